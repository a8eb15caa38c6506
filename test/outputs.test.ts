/**
 * Every file `npm run build` generates for places without scripts carries the whole
 * article, verbatim, with both links and their exact addresses.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixtureLines, requiredLinks, expectWholeArticleWithLinks } from './helpers.js';
import { removeFrames, SNIPPET_TAGS, distText, pageAround, renderWithoutScripts } from './frames.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** package.json's version: the one every URL must pin. */
const { version } = (await (await fetch('/package.json')).json()) as { version: string };

/** Base64 of the SHA-384 digest of `bytes`, as Subresource Integrity writes it. */
async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return btoa(String.fromCharCode(...digest));
}

interface OEmbed {
  [field: string]: unknown;
  html: string;
  width: number;
  height: number;
}

/** The paste-ready snippets: self-contained (the default), and the CDN variant. */
const SNIPPETS = ['embed.html', 'embed-cdn.html'];

/** The built bundle's bytes. */
const bundleBytes = async () => new Uint8Array(await (await fetch('/dist/leadership-article.js')).arrayBuffer());

/** The snippet's parts: its `<div>`, the element inside, and the script after it. */
function snippetParts(html: string) {
  const doc = parse(html);
  const [wrapper, ...others] = [...doc.body.children];
  expect(others, 'one element at the top').to.deep.equal([]);
  expect(wrapper!.localName).to.equal('div');
  const [host, script, ...rest] = [...wrapper!.children];
  expect(rest).to.deep.equal([]);
  expect(host!.localName).to.equal('leadership-article');
  expect(host!.querySelector('article')).to.not.equal(null);
  expect(script!.localName).to.equal('script');
  expect(script!.hasAttribute('defer')).to.equal(true);
  return { host: host!, script: script as HTMLScriptElement };
}

for (const file of SNIPPETS) {
  describe(`dist/${file}, a paste-ready snippet`, () => {
    afterEach(removeFrames);

    it('holds the whole article with both links, shown as it is (no script run)', async () => {
      const doc = await renderWithoutScripts(pageAround(await distText(file)));
      await expectWholeArticleWithLinks(doc.body);
    });

    it('uses only tags sanitizers keep; no inline script, event handler or declarative shadow DOM', async () => {
      const html = await distText(file);
      const doc = parse(html);
      const elements = [...doc.body.querySelectorAll('*')];
      expect(
        [...new Set(elements.map((el) => el.localName))].filter((tag) => !SNIPPET_TAGS.includes(tag)),
      ).to.deep.equal([]);
      const attributes = elements.flatMap((el) => el.getAttributeNames());
      expect(attributes.filter((name) => name.startsWith('on'))).to.deep.equal([]);
      expect(attributes.filter((name) => name.startsWith('shadowroot'))).to.deep.equal([]);
      expect(html).not.to.match(/shadowroot|<template|javascript:/i);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.length).to.equal(1);
      expect(scripts[0]!.textContent).to.equal('');
      expect((html.match(/<script\b/gi) ?? []).length).to.equal(1);
    });

    it("writes the article's quotes and apostrophes as references, none literally in text", async () => {
      const html = await distText(file);
      const text = html.replace(/<[^>]*>/g, '');
      expect(text.match(/["']/g)).to.equal(null);
      expect(text).to.contain('&#34;The best leader').and.contain('can&#39;t');
    });

    it('keeps the structure of the rendered widget, in plain semantic elements', async () => {
      const doc = parse(await distText(file));
      const lines = await fixtureLines();
      const text = (selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent);
      const article = doc.querySelector('div > leadership-article > article')!;
      expect(article.getAttribute('lang')).to.equal('en');
      expect(article.getAttribute('dir')).to.equal('ltr');
      expect(text('article > h2')).to.deep.equal([lines[0]]);
      expect(text('article > p:first-of-type > time')).to.deep.equal([lines[3]]);
      expect(doc.querySelector('time')!.getAttribute('datetime')).to.equal('2017-06-30');
      expect(`${text('figure > blockquote')[0]} ${text('figure > figcaption')[0]}`).to.equal(lines[5]);
      expect(text('figure ~ p:not(:nth-last-of-type(-n+2))')).to.deep.equal([lines[7], lines[9], lines[11]]);
      expect(text('article > p:nth-last-of-type(-n+2)')).to.deep.equal([
        `${lines[13]} ${requiredLinks.citation.text}`,
        lines[15],
      ]);
    });
  });
}

describe("the two snippets' scripts", () => {
  it('embed.html carries the built bundle itself, as a deferred data: URL', async () => {
    const { script } = snippetParts(await distText('embed.html'));
    const src = script.getAttribute('src')!;
    // Declared UTF-8: otherwise a data: script is decoded in the page's encoding.
    const prefix = 'data:text/javascript;charset=utf-8;base64,';
    expect(src.startsWith(prefix)).to.equal(true);
    const carried = Uint8Array.from(atob(src.slice(prefix.length)), (char) => char.charCodeAt(0));
    expect(carried).to.deep.equal(await bundleBytes());
    // Firefox refuses to run a data: script with an integrity attribute; CORS is moot.
    expect(script.hasAttribute('integrity') || script.hasAttribute('crossorigin')).to.equal(false);
  });

  it('embed-cdn.html loads one version-pinned https script, with SRI of the built bundle', async () => {
    const { script } = snippetParts(await distText('embed-cdn.html'));
    const src = script.getAttribute('src')!;
    expect(new URL(src).protocol).to.equal('https:');
    expect(src).to.contain(version);
    expect(src).to.match(/\/leadership-article\.js$/);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.getAttribute('integrity')).to.equal(
      `sha384-${await sha384((await bundleBytes()).buffer as ArrayBuffer)}`,
    );
  });

  it('both hold the same fallback', async () => {
    const [a, b] = await Promise.all(SNIPPETS.map(async (file) => snippetParts(await distText(file)).host.outerHTML));
    expect(a).to.equal(b);
  });
});

describe('generators/snippet.mjs embedSnippet(), the API other tools build on', () => {
  const build = (options: object) =>
    executeServerCommand<{ html?: string; error?: string }, object>('embed-snippet', options);

  it('sets theme and heading level on the element and in the fallback', async () => {
    const { html } = await build({ theme: 'dark', headingLevel: 4 });
    const { host } = snippetParts(html!);
    expect(host.getAttribute('theme')).to.equal('dark');
    expect(host.getAttribute('heading-level')).to.equal('4');
    expect(host.querySelector('article > h4')!.textContent).to.equal((await fixtureLines())[0]);
    expect(host.querySelector('article')!.getAttribute('style')).to.contain('color-scheme:dark');
  });

  it('for theme auto, writes each colour light first, then light-dark()', async () => {
    const { html } = await build({ theme: 'auto' });
    const style = snippetParts(html!).host.querySelector('article')!.getAttribute('style')!;
    expect(style).to.contain('color-scheme:light dark');
    expect(style).to.match(/background:#[0-9a-f]{6};background:light-dark\(/);
  });

  it('with scriptUrl: an external script with integrity and crossorigin', async () => {
    const { html } = await build({
      scriptUrl: 'https://static.example/leadership-article/1.2.3/leadership-article.js',
    });
    const { script } = snippetParts(html!);
    expect(script.getAttribute('src')).to.equal(
      'https://static.example/leadership-article/1.2.3/leadership-article.js',
    );
    expect(script.getAttribute('integrity')).to.match(/^sha384-/);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
  });

  for (const [options, field] of [
    [{ theme: 'dusk' }, 'theme'],
    [{ headingLevel: 7 }, 'headingLevel'],
    [{ headingLevel: '2' }, 'headingLevel'],
    [{ scriptUrl: 'javascript:alert(1)' }, 'scriptUrl'],
    [{ bundle: '' }, 'bundle'],
  ] as const) {
    it(`throws a clear error for ${JSON.stringify(options)}`, async () => {
      const { html, error } = await build(options);
      expect(html).to.equal(undefined);
      expect(error).to.contain('embedSnippet').and.contain(field);
    });
  }
});

describe('dist/article.html, the email-safe version', () => {
  afterEach(removeFrames);

  it('holds the whole article with both links', async () => {
    const doc = await renderWithoutScripts(await distText('article.html'));
    await expectWholeArticleWithLinks(doc.body);
  });

  it('has no script, no custom element, no <style>: inline styles only, in px, without max(), var() or all', async () => {
    const html = await distText('article.html');
    const doc = parse(html);
    expect(html).not.to.match(/<script|<leadership-article|<style|<link/i);
    const styles = [...doc.querySelectorAll('[style]')].map((el) => el.getAttribute('style')!);
    expect(styles.length).to.be.greaterThan(10);
    for (const style of styles) {
      expect(style).not.to.match(/max\(|min\(|var\(|--|\ball\s*:|\d(r?em|vw|vh)(?![\w-])|calc\(/);
    }
  });
});

describe('dist/embed/index.html, the page made to be framed', () => {
  afterEach(removeFrames);

  it('holds the whole article with both links, even with scripts off', async () => {
    const html = (await distText('embed/index.html')).replace(
      '<head>',
      `<head><base href="${location.origin}/dist/embed/">`,
    );
    const doc = await renderWithoutScripts(html);
    await expectWholeArticleWithLinks(doc.body);
  });

  it('links its oEmbed response (discovery), by the same base URL as the frame it describes', async () => {
    const doc = parse(await distText('embed/index.html'));
    const discovery = doc.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
    expect(discovery.length).to.equal(1);
    const href = discovery[0]!.getAttribute('href')!;
    expect(new URL(href).pathname).to.match(/\/oembed\.json$/);
    expect(href).to.contain(version);
    const oembed = JSON.parse(await distText('oembed.json')) as OEmbed;
    const frameSrc = parse(oembed.html).querySelector('iframe')!.getAttribute('src')!;
    expect(new URL('embed/index.html', href).href).to.equal(frameSrc);
    expect(discovery[0]!.getAttribute('title')).to.equal((await fixtureLines())[0]);
  });

  it('loads the widget from next to itself, without CORS or SRI (a sandboxed frame has no origin)', async () => {
    const doc = parse(await distText('embed/index.html'));
    const external = [...doc.querySelectorAll('script[src]')];
    expect(external.map((script) => script.getAttribute('src'))).to.deep.equal(['../leadership-article.js']);
    expect(external[0]!.hasAttribute('integrity') || external[0]!.hasAttribute('crossorigin')).to.equal(false);
  });
});

describe('dist/oembed.json', () => {
  it('is an oEmbed 1.0 "rich" response naming the article, its author and the provider', async () => {
    const oembed = JSON.parse(await distText('oembed.json')) as OEmbed;
    const lines = await fixtureLines();
    expect(oembed.version).to.equal('1.0');
    expect(oembed.type).to.equal('rich');
    expect(oembed.title).to.equal(lines[0]);
    // The byline's "by" and white space (a no-break space among it) are not part of the name.
    expect(oembed.author_name).to.equal(lines[2]!.replace(/^by[\s\u00a0]+/, ''));
    expect(oembed.provider_name).to.be.a('string').and.not.equal('');
    expect(new URL(oembed.provider_url as string).protocol).to.equal('https:');
    expect(oembed.cache_age).to.be.a('number').and.be.greaterThan(0);
    expect(Number.isInteger(oembed.width) && oembed.width > 0).to.equal(true);
    expect(Number.isInteger(oembed.height) && oembed.height > 0).to.equal(true);
  });

  it('embeds the framed page in an iframe of the announced size, sandboxed with scripts on', async () => {
    const oembed = JSON.parse(await distText('oembed.json')) as OEmbed;
    const doc = parse(oembed.html);
    expect([...doc.body.children].map((el) => el.localName)).to.deep.equal(['iframe']);
    const frame = doc.querySelector('iframe')!;
    expect(new URL(frame.getAttribute('src')!).pathname).to.match(/\/embed\/index\.html$/);
    expect(frame.getAttribute('src')).to.contain(version);
    expect(Number(frame.getAttribute('width'))).to.equal(oembed.width);
    expect(Number(frame.getAttribute('height'))).to.equal(oembed.height);
    expect(frame.getAttribute('title')).to.equal((await fixtureLines())[0]);
    expect(frame.sandbox.contains('allow-scripts')).to.equal(true);
    expect(frame.sandbox.contains('allow-same-origin')).to.equal(false);
  });
});

describe('shortcodes for static site generators', () => {
  it('Hugo: the shortcode template outputs the snippet unchanged', async () => {
    const snippet = await distText('embed.html');
    const template = await distText('integrations/hugo/layouts/shortcodes/leadership-article.html');
    // A leading Go template comment (trimmed, so it prints nothing), then the snippet verbatim.
    const comment = /^\{\{- \/\*[\s\S]*?\*\/ -\}\}\n/.exec(template);
    expect(comment, 'leading comment').to.not.equal(null);
    expect(template.slice(comment![0].length)).to.equal(snippet);
    expect(comment![0]).to.contain('{{< leadership-article >}}');
  });

  it('Eleventy: the plugin adds a shortcode returning the snippet', async () => {
    const snippet = await distText('embed.html');
    const source = await distText('integrations/eleventy/leadership-article.cjs');
    // Evaluated as CommonJS with a stand-in Eleventy config that records the shortcode.
    const module = { exports: {} as unknown };
    new Function('module', 'exports', 'require', source)(module, module.exports, () => {
      throw new Error('the plugin must not require anything');
    });
    const shortcodes = new Map<string, () => string>();
    (module.exports as (config: unknown) => void)({
      addShortcode: (name: string, fn: () => string) => shortcodes.set(name, fn),
    });
    expect([...shortcodes.keys()]).to.deep.equal(['leadershipArticle']);
    expect(shortcodes.get('leadershipArticle')!()).to.equal(snippet);
  });
});
