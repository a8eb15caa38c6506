/**
 * Reader mode: Mozilla's Readability (the library of Firefox Reader View and of read-later apps)
 * keeps the whole article, citation and copyright with both links exact, on each output page as
 * served (scripts off) and on the upgraded page's DOM. Readability reads `document.cloneNode(true)`,
 * which holds no shadow root: on an upgraded page it reads the light-DOM fallback, which the
 * element leaves in place (and has checked against the article).
 */
import { expect, fixture } from '@open-wc/testing';
import type { Readability as ReadabilityClass, isProbablyReaderable as isReaderable } from '@mozilla/readability';
import { distText, frameUrl, loadFrame, removeFrames, renderWithoutScripts, waitFor } from '../support/frames.js';
import { collapse, expectedRenderedText, fixtureLines, requiredLinks } from '../support/helpers.js';

/** Loads one of Readability's files as the classic script it is (it has no ES module build). */
const classicScript = (path: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `/node_modules/@mozilla/readability/${path}`;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
await classicScript('Readability.js');
await classicScript('Readability-readerable.js');
const { Readability, isProbablyReaderable } = window as unknown as {
  Readability: typeof ReadabilityClass;
  isProbablyReaderable: typeof isReaderable;
};

const snippet = await distText('embed.html');
const title = (await fixtureLines())[0]!;

/** The demo blog post (demo/index.html) with the snippet pasted at its marker, as served. */
const demoPost = async (): Promise<string> => {
  const page = await (await fetch('/demo/index.html')).text();
  const pasted = page.replace('<!-- leadership-article snippet -->', snippet);
  if (pasted === page) throw new Error('demo/index.html has no snippet marker');
  return pasted;
};

/** A page holding the snippet and nothing else of its own, titled as blogs title a post. */
const plainPage = (): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | A blog</title></head>` +
  `<body>${snippet}</body></html>`;

interface ReaderView {
  /** The reader's heading: the page's title as Readability finds it. */
  title: string;
  /** The reader's page as it renders: its title, byline, then the article's content. */
  text: string;
  /** The links of the content, as text and address. */
  links: { text: string; href: string }[];
  readerable: boolean;
}

/**
 * What Readability gives a reader for `doc`, rendered as Firefox Reader View lays it out (title,
 * byline, content) in a document with scripts off. `textContent` would run the byline into its
 * date (a `<br>` holds no text), so the rendered text is compared.
 */
async function readerView(doc: Document): Promise<ReaderView> {
  const readerable = isProbablyReaderable(doc);
  const result = new Readability(doc.cloneNode(true) as Document).parse();
  if (!result?.content) throw new Error('Readability found no article');
  const view = await renderWithoutScripts('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>');
  const heading = view.createElement('h1');
  heading.textContent = result.title ?? '';
  const byline = view.createElement('p');
  byline.textContent = result.byline ?? '';
  const content = view.createElement('div');
  content.innerHTML = result.content;
  view.body.append(heading, byline, content);
  const links = [...content.querySelectorAll('a')].map((a) => ({
    text: collapse(a.textContent!),
    href: a.getAttribute('href')!,
  }));
  return { title: collapse(heading.innerText), text: collapse(view.body.innerText), links, readerable };
}

/** Where `part` occurs in `text`. */
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/**
 * The reader's view holds the article once, verbatim, and both required links exactly; with
 * `alone`, nothing else but the reader's heading (which is the article's title when Readability
 * takes the title out of the content).
 */
async function expectWholeArticle(view: ReaderView, alone: boolean): Promise<void> {
  const article = await expectedRenderedText();
  expect(view.readerable, 'Readability offers reader mode').to.equal(true);
  const missing = (await fixtureLines()).filter((line) => line.trim() && !view.text.includes(collapse(line)));
  expect(missing.map((line) => line.slice(0, 30)).join(' | '), 'lines of the article missing').to.equal('');
  expect(occurrences(view.text, article), 'the whole article, verbatim, once').to.equal(1);
  if (alone) expect(view.text, 'nothing else').to.be.oneOf([article, `${view.title} ${article}`]);
  for (const name of ['citation', 'copyright'] as const) {
    const required = requiredLinks[name];
    const links = view.links.filter((link) => link.text === required.text);
    expect(links, `${name} link`).to.deep.equal([required]);
  }
}

describe('reader mode (Mozilla Readability), the page as served', () => {
  afterEach(removeFrames);

  const pages: [string, () => Promise<{ srcdoc: string } | { src: string }>, boolean][] = [
    ['the snippet in the demo blog post', async () => ({ srcdoc: await demoPost() }), false],
    ['the snippet alone on a page', async () => ({ srcdoc: plainPage() }), true],
    ['the email HTML, dist/article.html', async () => ({ src: '/dist/article.html' }), true],
    ['the iframe page, dist/embed/index.html', async () => ({ src: '/dist/embed/index.html' }), true],
  ];
  for (const [name, source, alone] of pages) {
    it(`${name}: the whole article, citation and copyright, both links exact`, async () => {
      // Scripts off: the document exactly as parsed.
      const frame = await loadFrame(await source(), { sandbox: 'allow-same-origin' });
      await expectWholeArticle(await readerView(frame.contentDocument!), alone);
    });
  }
});

describe('reader mode (Mozilla Readability), the upgraded page', () => {
  afterEach(removeFrames);

  /** The page in a frame with scripts on, once its element has rendered its shadow article. */
  async function upgraded(source: { srcdoc: string } | { src: string }): Promise<Document> {
    const frame = 'src' in source ? (await frameUrl(source.src)).frameElement! : await loadFrame(source);
    const doc = (frame as HTMLIFrameElement).contentDocument!;
    await waitFor(() => !!doc.querySelector('leadership-article')?.shadowRoot?.querySelector('article'), 'the upgrade');
    return doc;
  }

  const pages: [string, () => Promise<{ srcdoc: string } | { src: string }>, boolean][] = [
    ['the snippet in the demo blog post', async () => ({ srcdoc: await demoPost() }), false],
    ['the snippet alone on a page', async () => ({ srcdoc: plainPage() }), true],
    ['the iframe page, dist/embed/index.html', async () => ({ src: '/dist/embed/index.html' }), true],
  ];
  for (const [name, source, alone] of pages) {
    it(`${name}: the reader gets the fallback, whole, both links exact`, async () => {
      await expectWholeArticle(await readerView(await upgraded(await source())), alone);
    });
  }
});

describe('the structure reader modes keep, for screen readers', () => {
  /** A heading, and an article landmark named by the title: what the footer's removal must not cost. */
  const expectLandmarkAndHeading = (root: Element, heading: string) => {
    expect([...root.querySelectorAll(heading)].map((h) => collapse(h.textContent!))).to.deep.equal([title]);
    const article = root.querySelector('article');
    if (article) expect(article.getAttribute('aria-label')).to.equal(title);
  };

  it('the fallback as pasted (scripts off): axe-core finds no violation', async () => {
    const pasted = await fixture<HTMLElement>(snippet.replace(/<script\b[^>]*><\/script>/, ''));
    expectLandmarkAndHeading(pasted, 'h2');
    await expect(pasted).to.be.accessible();
  });

  it('the email HTML: axe-core finds no violation', async () => {
    const html = await distText('article.html');
    const body = await fixture<HTMLElement>(`<div>${/<body[^>]*>([^]*)<\/body>/.exec(html)![1]}</div>`);
    expectLandmarkAndHeading(body, 'h1');
    await expect(body).to.be.accessible();
  });
});
