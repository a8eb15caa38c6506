/**
 * The publish site (demo/build.mjs) as a plain static server serves it at a sub-path with
 * GitHub Pages' headers (test/server/site-plugin.mjs), read from this page's origin, another one:
 * its release folder holds what the build writes, byte for byte; the publish page's code is the
 * generators' for every option; each choice, pasted here, is whole with its links active with
 * JavaScript on and off; the CDN snippet loads the site's script with its integrity; the framed
 * page sizes itself across origins; oEmbed discovery answers.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import {
  distText,
  framePage,
  frameUrl,
  loadFrame,
  removeFrames,
  renderWithoutScripts,
  waitFor,
} from '../support/frames.js';
import { expectWholeArticleWithLinks, renderedArticle } from '../support/helpers.js';

const { url: SITE_URL } = await executeServerCommand<{ url: string }, undefined>('site');
const { version } = (await (await fetch('/package.json')).json()) as { version: string };
const RELEASE = `${SITE_URL}v/${version}/`;
/** The same site through this origin's mirror, for pages the tests must read inside. */
const MIRROR = new URL(SITE_URL).pathname;

interface Choices {
  entries: Record<string, { code: string; preview: string; bytes: number }>;
}
const choices = (await (await fetch(`${SITE_URL}choices.json`)).json()) as Choices;

const siteText = async (path: string) => {
  const response = await fetch(new URL(path, SITE_URL));
  expect(response.ok, path).to.equal(true);
  return response.text();
};
/** The code the publish page offers for a choice. */
const offered = (output: string, host = 'inline', theme = 'light', level = 2) =>
  siteText(choices.entries[`${output} ${host} ${theme} ${level}`]!.code);
const generated = async (options: object) => {
  const { html, error } = await executeServerCommand<{ html?: string; error?: string }, object>(
    'embed-snippet',
    options,
  );
  expect(error).to.equal(undefined);
  return html!;
};

/** The pasted code on a plain page of this origin: whole with JavaScript on, and off. */
async function expectWholePasted(code: string, label: string) {
  const win = await framePage(code, { width: 800, height: 2400 });
  const element = win.document.querySelector('leadership-article');
  const shown = element ? renderedArticle(element) : (win.document.querySelector('td[lang]') as HTMLElement);
  await expectWholeArticleWithLinks(shown);
  expect(win.recorded.errors, `${label}: errors`).to.deep.equal([]);
  const doc = await renderWithoutScripts(`<!doctype html><html lang="en"><body>${code}</body></html>`, {
    width: 800,
    height: 2400,
  });
  const fallback = (doc.querySelector('leadership-article > article') ?? doc.querySelector('td[lang]')) as HTMLElement;
  await expectWholeArticleWithLinks(fallback);
  return win;
}

describe('site: served at a sub-path like GitHub Pages', () => {
  afterEach(removeFrames);

  it("is on another origin than the pastes, under its sub-path, with Pages' headers", async () => {
    expect(new URL(SITE_URL).origin).to.not.equal(location.origin);
    expect(new URL(SITE_URL).pathname).to.equal('/leadership-article/');
    const page = await fetch(SITE_URL);
    expect(page.headers.get('content-type')).to.match(/^text\/html/);
    // Readable from this origin: Pages' `Access-Control-Allow-Origin: *`.
    expect(page.type).to.equal('cors');
    expect(page.ok).to.equal(true);
    expect((await fetch(new URL('/', SITE_URL))).status, 'nothing outside the sub-path').to.equal(404);
  });

  it("v/VERSION/ holds the build's files byte for byte, pointing at this site", async () => {
    for (const name of ['leadership-article.js', 'embed.html', 'article.html'])
      expect(await siteText(`v/${version}/${name}`), name).to.equal(await distText(name));
    expect(await siteText(`v/${version}/embed-cdn.html`)).to.equal(
      await generated({ scriptUrl: `${RELEASE}leadership-article.js` }),
    );
    const oembed = JSON.parse(await siteText(`v/${version}/oembed.json`));
    expect(oembed.html).to.contain(`src="${RELEASE}embed/index.html"`);
    expect(oembed.provider_url).to.equal(RELEASE);
  });

  it("the publish page offers the generators' code for every theme and heading level, from the code and from this site", async () => {
    for (const theme of ['light', 'dark', 'auto'])
      for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
        expect(await offered('snippet', 'inline', theme, headingLevel), `${theme} h${headingLevel}`).to.equal(
          await generated({ theme, headingLevel }),
        );
        expect(await offered('snippet', 'site', theme, headingLevel), `site ${theme} h${headingLevel}`).to.equal(
          await generated({ theme, headingLevel, scriptUrl: `${RELEASE}leadership-article.js` }),
        );
      }
    expect(await offered('hugo')).to.equal(
      await siteText(`v/${version}/integrations/hugo/layouts/shortcodes/leadership-article.html`),
    );
    expect(await offered('eleventy')).to.equal(
      await siteText(`v/${version}/integrations/eleventy/leadership-article.cjs`),
    );
    for (const output of ['wordpress', 'ghost', 'jekyll'])
      expect(await offered(output), output).to.equal(await distText('embed.html'));
    expect(await distText('article.html')).to.contain((await offered('email')).trim());
    const oembed = JSON.parse(await siteText(`v/${version}/oembed.json`));
    expect(await offered('iframe')).to.equal(`${oembed.html}\n`);
  });
});

describe('site: each choice pasted on another origin', () => {
  afterEach(removeFrames);

  it('"Paste into a post" (and WordPress, Ghost, Jekyll): whole with links, JavaScript on and off', async () => {
    const win = await expectWholePasted(await offered('snippet', 'inline', 'dark', 3), 'snippet');
    expect(win.document.querySelector('leadership-article')!.shadowRoot, 'upgraded').to.not.equal(null);
  });

  it('"Newsletter or email": whole with links, no script needed', async () => {
    const code = await offered('email');
    expect(code).to.not.match(/<script/i);
    await expectWholePasted(code, 'email');
  });

  it("advanced, from this site: loads this site's release script across origins, checked by its integrity, and upgrades", async () => {
    const code = await offered('snippet', 'site');
    const src = new DOMParser().parseFromString(code, 'text/html').querySelector('script')!;
    expect(src.src).to.equal(`${RELEASE}leadership-article.js`);
    expect(src.integrity).to.match(/^sha384-/);
    expect(src.crossOrigin).to.equal('anonymous');
    const win = await expectWholePasted(code, 'site script');
    await waitFor(() => !!win.customElements.get('leadership-article'), "the site's script");
    expect(win.document.querySelector('leadership-article')!.shadowRoot, 'upgraded').to.not.equal(null);
    const entries = win.performance.getEntriesByName(`${RELEASE}leadership-article.js`);
    expect(entries.length, 'fetched from the site').to.equal(1);
  });

  it('"Only a link or iframe allowed": the framed page, on the site\'s origin, reports its height and is whole', async () => {
    const code = await offered('iframe');
    // What the frame shows, read through this origin's mirror: whole, with and without scripts.
    const embed = `${MIRROR}v/${version}/embed/index.html`;
    const win = await frameUrl(embed, { width: 558, height: 2400 });
    await expectWholeArticleWithLinks(renderedArticle(win.document.querySelector('leadership-article')!));
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    const off = await loadFrame({ src: embed }, { width: 558, height: 2400, sandbox: 'allow-same-origin' });
    await expectWholeArticleWithLinks(
      off.contentDocument!.querySelector('leadership-article > article') as HTMLElement,
    );
    removeFrames();

    const heights: number[] = [];
    const listen = (event: MessageEvent) => {
      if (event.data?.type === 'leadership-article:height') heights.push(event.data.height);
    };
    window.addEventListener('message', listen);
    try {
      // The host's page passes on what the framed page posts to it, as a sizing script would read it.
      const relay =
        "<script>addEventListener('message', (e) => { if (e.data?.type === 'leadership-article:height' && " +
        "e.source === document.querySelector('iframe')?.contentWindow) parent.postMessage(e.data, '*'); });</script>";
      const page = await framePage(code, { width: 800, height: 2400, head: relay });
      const frame = page.document.querySelector('iframe')!;
      expect(frame.src).to.equal(`${RELEASE}embed/index.html`);
      expect(frame.contentDocument, 'the frame is on another origin').to.equal(null);
      // The same page at the same width, once the cross-origin frame has been laid out: a report
      // made before the host gave the frame its size would measure an unsized page.
      await waitFor(() => heights.at(-1) === height, `the framed page to report its height, ${height}px`);
      expect(height).to.be.within(500, Number(frame.getAttribute('height')));
    } finally {
      window.removeEventListener('message', listen);
    }
  });

  it('oEmbed discovery: the embed page links its oembed.json, which answers across origins', async () => {
    const page = new DOMParser().parseFromString(await siteText(`v/${version}/embed/index.html`), 'text/html');
    const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(link.getAttribute('href')).to.equal(`${RELEASE}oembed.json`);
    const response = await fetch(link.getAttribute('href')!);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    const oembed = await response.json();
    expect(oembed).to.include({
      version: '1.0',
      type: 'rich',
      title: 'The Difference Between Leadership and Management',
    });
    expect(oembed.html).to.contain(`${RELEASE}embed/index.html`);
  });

  it('the demo post and the help pages are on the site, and lead back to the publish page', async () => {
    const win = await frameUrl(`${MIRROR}demo/`, { width: 800, height: 2400 });
    await expectWholeArticleWithLinks(renderedArticle(win.document.querySelector('leadership-article')!));
    const back = [...win.document.querySelectorAll('a')].find((a) => a.textContent === 'Get the code')!;
    expect(back.href).to.equal(new URL(MIRROR, location.href).href);
    const help = new DOMParser().parseFromString(await siteText('docs/'), 'text/html');
    expect(help.querySelector('h1')!.textContent).to.contain('leadership-article');
    expect([...help.querySelectorAll('a')].some((a) => a.getAttribute('href') === '../')).to.equal(true);
  });

  it("the help pages' links between them lead to pages and headings that exist", async () => {
    const pages = new Map<string, Document>();
    const page = async (name: string) => {
      if (!pages.has(name))
        pages.set(name, new DOMParser().parseFromString(await siteText(`docs/${name}`), 'text/html'));
      return pages.get(name)!;
    };
    const links = [...(await page('index.html')).querySelectorAll('a[href$=".html"], a[href*=".html#"]')].map((a) =>
      a.getAttribute('href')!,
    );
    expect(links.length).to.be.above(10);
    for (const link of links) {
      const [name, fragment] = link.split('#') as [string, string | undefined];
      const doc = await page(name);
      if (fragment) expect(doc.getElementById(fragment), link).to.not.equal(null);
    }
  });
});
