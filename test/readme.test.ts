/**
 * The README is what users copy: its snippet must be the generated one, its API tables what the
 * element's JSDoc says (custom-elements.json) and what it renders, its quick start's test
 * command what CI runs, and the demo must paste the same snippet.
 */
import { expect } from '@open-wc/testing';
import { apiTables, readmeApiTables } from '../scripts/api-tables.mjs';
import { DIST_SCRIPT, framePage, removeFrames } from './frames.js';
import { renderedArticle } from './helpers.js';

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

describe('README', () => {
  afterEach(removeFrames);

  it('shows the generated snippet, dist/embed.html, verbatim (run `npm run readme` after a build)', async () => {
    const readme = await text('/README.md');
    const block = readme.match(/<!-- snippet:start[^>]*-->\n```html\n([\s\S]*?)\n```\n<!-- snippet:end -->/);
    expect(block, 'snippet block').to.not.equal(null);
    expect(block![1]).to.equal((await text('/dist/embed.html')).trim());
  });

  it('has the API tables generated from custom-elements.json (run `npm run readme` after a build)', async () => {
    const readme = await text('/README.md');
    const manifest = JSON.parse(await text('/custom-elements.json'));
    expect(readmeApiTables(readme), 'API block between the markers').to.equal(apiTables(manifest));
  });

  it("documents the custom properties' defaults the element renders with", async () => {
    const manifest = JSON.parse(await text('/custom-elements.json'));
    const element = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'leadership-article') as {
      cssProperties: { name: string; default: string }[];
    };
    const documented = Object.fromEntries(element.cssProperties.map(({ name, default: value }) => [name, value]));
    const win = await framePage(`<leadership-article></leadership-article><script src="${DIST_SCRIPT}"></script>`);
    const article = renderedArticle(win.document.querySelector('leadership-article')!);
    // A hex colour as browsers compute it.
    const rgb = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    };
    const style = (el: Element) => win.getComputedStyle(el);
    const rendered = {
      '--leadership-article-background': style(article).backgroundColor,
      '--leadership-article-color': style(article.querySelector('figure ~ p')!).color,
      '--leadership-article-muted-color': style(article.querySelector('h1 + p, h2 + p')!).color,
      '--leadership-article-link-color': style(article.querySelector('a')!).color,
      '--leadership-article-border-color': style(article).borderTopColor,
      '--leadership-article-border-radius': style(article).borderTopLeftRadius,
      '--leadership-article-font-family': style(article).fontFamily.replace(/'/g, '"'),
    };
    const expected = Object.fromEntries(
      Object.keys(rendered).map((name) => {
        const value = documented[name]!;
        return [name, value.startsWith('#') ? rgb(value) : value];
      }),
    );
    expect(Object.keys(documented).sort(), 'documented custom properties').to.deep.equal(Object.keys(rendered).sort());
    expect(rendered).to.deep.equal(expected);
  });

  it('gives two quick-start commands, and CI runs its test command', async () => {
    const readme = await text('/README.md');
    const quickStart = readme.split('## Quick start')[1]!.match(/```sh\n([\s\S]*?)```/)![1]!;
    const commands = quickStart
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).to.deep.equal(['npm ci && npm start', 'npm test']);
    const ci = await text('/.ci/run');
    const lastCommand = ci.trim().split('\n').at(-1);
    expect(lastCommand).to.equal('npm test');
  });

  it('the demo marks exactly one place for the snippet', async () => {
    const demo = await text('/demo/index.html');
    expect(demo.split('<!-- leadership-article snippet -->').length).to.equal(2);
  });
});
