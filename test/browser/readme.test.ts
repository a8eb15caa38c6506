/**
 * The README is for the blogger: short, the publish page (package.json's homepage) on its first
 * screen, no snippet to copy by hand; no size typed by hand outside the generated sections (whose
 * currency test/unit/docs.test.mjs checks). The custom properties' documented defaults are what
 * the element renders. It ends with the two commands for a fresh machine, the second running
 * what CI runs; the demo has one place for the snippet.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, removeFrames } from '../support/frames.js';
import { renderedArticle } from '../support/helpers.js';

/** README.md and every docs/*.md. */
const { files: DOCS } = await executeServerCommand<{ files: string[] }, undefined>('doc-files');

/** Each generated block, markers included: their figures come from the build or its results. */
const GENERATED = /<!-- (\w+):start[^>]*-->[\s\S]*?<!-- \1:end -->/g;

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

describe('README', () => {
  afterEach(removeFrames);

  it('is at most 12 kB, and its first screen links to the publish page', async () => {
    const readme = await text('/README.md');
    expect(new TextEncoder().encode(readme).length).to.be.at.most(12_000);
    const { homepage } = JSON.parse(await text('/package.json'));
    expect(homepage).to.match(/^https:\/\/[^/]+\/leadership-article\/$/);
    const firstScreen = readme.split('\n').slice(0, 10).join('\n');
    expect(firstScreen).to.contain(`](${homepage})`);
  });

  it("quotes the publisher's contact details as their page states them", async () => {
    const readme = await text('/README.md');
    // The lines of the publisher's page (test/fixtures/publisher-contact.txt, from the capture).
    const contact = (await text('/test/fixtures/publisher-contact.txt')).trim().split('\n');
    const quoted = readme
      .split('\n')
      .filter((line) => /^\s*> /.test(line))
      .map((line) => line.replace(/^\s*> /, '').replace(/<br>$/, ''));
    for (const line of contact) expect(quoted, line).to.include(line);
  });

  it('inlines no snippet, and types no size by hand outside the generated sections', async () => {
    for (const file of DOCS) {
      const doc = await text(`/${file}`);
      const inlined = /data:text\/javascript[^,\s]*,[^"\s]{100}/.exec(doc);
      expect(inlined?.index, `${file}: a snippet's bundle`).to.equal(undefined);
      const typed = doc.replace(GENERATED, '').match(/\b\d[\d,.]*\s?(?:kB|KB|MB|bytes|B)\b/g) ?? [];
      expect(typed, `${file}: sizes typed by hand`).to.deep.equal([]);
    }
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

  it('ends with "Run it yourself": the main job and the tests on a fresh machine, and CI runs that test command', async () => {
    const readme = await text('/README.md');
    const last = readme.slice(readme.lastIndexOf('\n## '));
    expect(last.split('\n')[1]).to.equal('## Run it yourself');
    const lines = last
      .match(/```sh\n([\s\S]*?)```/)![1]!
      .trim()
      .split('\n');
    expect(lines.map((line) => line.replace(/\s+#.*$/, ''))).to.deep.equal([
      'npm ci && npm start',
      'sudo bash .ci/run',
    ]);
    const ci = await text('/.ci/run');
    expect(ci.trim().split('\n').at(-1), "CI's last command").to.equal('npm test');
    expect(lines[1], 'the test command it runs').to.contain('npm test');
    const development = await text('/docs/development.md');
    const quickStart = development.split('## Quick start')[1]!.match(/```sh\n([\s\S]*?)```/)![1]!;
    expect(quickStart.split('\n')[0]!.replace(/\s+#.*$/, '')).to.equal('npm ci && npm start');
  });

  it('the demo marks exactly one place for the snippet', async () => {
    const demo = await text('/demo/index.html');
    expect(demo.split('<!-- leadership-article snippet -->').length).to.equal(2);
  });
});
