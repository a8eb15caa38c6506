/**
 * The "Get the code" page (demo/publish.html): every control changes both the code and its
 * preview; the copied code, pasted into a plain page, renders as previewed and whole, with
 * JavaScript on and off; copying falls back to selecting when the Clipboard API refuses; the
 * message for the publisher carries the page address; axe finds nothing. Expectations come from
 * the fixtures and the documented attributes, never from the page's own output.
 */
import { expect } from '@open-wc/testing';
import {
  DIST_SCRIPT,
  framePage,
  frameUrl,
  removeFrames,
  type FrameWindow,
  renderWithoutScripts,
  waitFor,
} from './frames.js';
import { contrastRatio, renderedArticle, expectWholeArticleWithLinks } from './helpers.js';

type Publish = HTMLElement & { whenPreviewed(): Promise<void> };

const WHITE = 'rgb(255, 255, 255)';
const PREVIEWS = ['js-light', 'nojs-light', 'js-dark', 'nojs-dark'];

/** The publish page in a frame, its code shown and its previews loaded. */
async function openPublishPage(): Promise<{ win: FrameWindow; page: Publish }> {
  const win = await frameUrl('/demo/publish.html', { width: 1280, height: 900 });
  await win.customElements.whenDefined('leadership-publish');
  const page = win.document.querySelector('leadership-publish') as Publish;
  await page.whenPreviewed();
  return { win, page };
}

const field = (page: Publish, id: string) =>
  page.querySelector(`#${id}`) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
const code = (page: Publish) => field(page, 'code').value;

/** Sets a control as a user would and waits for the code and previews to follow. */
async function choose(page: Publish, id: string, value: string, event = 'change') {
  const control = field(page, id);
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
  await page.whenPreviewed();
}

/** The `<leadership-article>` in a preview frame, rendered if its script ran. */
async function previewElement(page: Publish, name: string) {
  const frame = page.querySelector(`#preview-${name}`) as HTMLIFrameElement;
  const doc = frame.contentDocument!;
  const element = doc.querySelector('leadership-article')!;
  expect(element, `${name}: a <leadership-article>`).to.not.equal(null);
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return { doc, element, win: frame.contentWindow as Window & typeof globalThis };
}

/** What the reader sees in a preview or paste: the widget's article, else the fallback's. */
function shownArticle(element: Element): HTMLElement {
  return element.shadowRoot ? renderedArticle(element) : (element.querySelector('article') as HTMLElement);
}

/** The pasted code's `<leadership-article>` and `<script>`, as a browser parses them. */
function parsed(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const element = doc.querySelector('leadership-article');
  expect(element, 'a <leadership-article> in the code').to.not.equal(null);
  const attributes = Object.fromEntries([...element!.attributes].map((a) => [a.name, a.value]));
  return { attributes, scripts: [...doc.querySelectorAll('script')] };
}

const headings = (root: ParentNode) => [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);

/** Replaces the frame's Clipboard API with one that records, or refuses. */
function stubClipboard(win: Window, refuse: boolean): string[] {
  const written: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) =>
        refuse
          ? Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
          : (written.push(text), Promise.resolve()),
    },
  });
  return written;
}

describe('publish page: the preview shows exactly the code', () => {
  afterEach(removeFrames);

  it('starts with the self-contained snippet, whole in all four previews; the widget runs only where scripts may', async () => {
    const { page } = await openPublishPage();
    const { attributes, scripts } = parsed(code(page));
    expect(attributes).to.deep.equal({});
    expect(scripts.length).to.equal(1);
    expect(scripts[0]!.defer).to.equal(true);
    expect(scripts[0]!.getAttribute('src')).to.match(/^data:text\/javascript;charset=utf-8;base64,/);
    for (const name of PREVIEWS) {
      const { element, win } = await previewElement(page, name);
      expect(!!win.customElements.get('leadership-article'), `${name}: widget defined`).to.equal(
        name.startsWith('js-'),
      );
      await expectWholeArticleWithLinks(shownArticle(element));
    }
    expect(page.querySelector('#code-requests')!.textContent).to.match(/^Nothing/);
    expect(Number(page.querySelector('#code-bytes')!.textContent!.replace(/\D/g, ''))).to.equal(
      new TextEncoder().encode(code(page)).length,
    );
  });

  it('theme: dark reaches the code, the widget and the no-script fallback', async () => {
    const { page } = await openPublishPage();
    for (const name of ['js-light', 'nojs-light']) {
      const { element } = await previewElement(page, name);
      expect(
        contrastRatio(getComputedStyle(shownArticle(element)).backgroundColor, WHITE),
        `${name} light`,
      ).to.be.below(1.2);
    }
    await choose(page, 'theme', 'dark');
    expect(parsed(code(page)).attributes).to.deep.equal({ theme: 'dark' });
    for (const name of PREVIEWS) {
      const { element } = await previewElement(page, name);
      const article = shownArticle(element);
      expect(contrastRatio(getComputedStyle(article).backgroundColor, WHITE), `${name} dark background`).to.be.above(
        15,
      );
      expect(
        contrastRatio(getComputedStyle(article).color, getComputedStyle(article).backgroundColor),
        `${name} text`,
      ).to.be.above(7);
    }
  });

  it('heading level: 3 reaches the code, the widget and the no-script fallback', async () => {
    const { page } = await openPublishPage();
    await choose(page, 'heading-level', '3');
    expect(parsed(code(page)).attributes).to.deep.equal({ 'heading-level': '3' });
    for (const name of PREVIEWS) {
      const { element } = await previewElement(page, name);
      expect(headings(element.shadowRoot ?? element), name).to.deep.equal(['h3']);
    }
  });

  it('script base URL: the CDN snippet loads the script from there, with its integrity, and the preview runs it', async () => {
    const { page } = await openPublishPage();
    await choose(page, 'output', 'cdn');
    const script = () => {
      const { scripts } = parsed(code(page));
      expect(scripts.length).to.equal(1);
      expect(scripts[0]!.integrity).to.match(/^sha384-[\w+/]+=*$/);
      expect(scripts[0]!.getAttribute('crossorigin')).to.equal('anonymous');
      return scripts[0]!.getAttribute('src');
    };
    expect(script()).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/leadership-article@[^/]+\/dist\/leadership-article\.js$/,
    );
    const base = `${location.origin}/dist/`;
    await choose(page, 'base-url', base);
    expect(script()).to.equal(`${base}leadership-article.js`);
    expect(page.querySelector('#code-requests')!.textContent).to.contain(`${base}leadership-article.js`);
    const { element, win } = await previewElement(page, 'js-light');
    await waitFor(() => !!win.customElements.get('leadership-article'), 'the script from the base URL');
    await expectWholeArticleWithLinks(shownArticle(element));
  });

  it('output: each choice gives its own code and instructions', async () => {
    const { page } = await openPublishPage();
    const seen = new Map<string, string>();
    for (const output of ['snippet', 'cdn', 'email', 'iframe', 'hugo', 'eleventy', 'jekyll', 'wordpress']) {
      await choose(page, 'output', output);
      const steps = page.querySelector('.steps')!.textContent!;
      expect(steps.trim(), output).to.not.equal('');
      seen.set(output, `${code(page)}\n${steps}`);
    }
    expect(new Set(seen.values()).size).to.equal(seen.size);
    expect(seen.get('hugo')).to.contain('{{< leadership-article >}}');
    expect(seen.get('eleventy')).to.contain("eleventyConfig.addShortcode('leadershipArticle'");
    expect(seen.get('jekyll')).to.contain('{% include leadership-article.html %}');
    expect(seen.get('wordpress')).to.contain('Custom HTML');
    expect(seen.get('iframe')).to.match(/^<iframe src="https:\/\/[^"]+\/embed\/index\.html"/);
  });

  it('output: the newsletter HTML is just the part to paste, and its preview is whole', async () => {
    const { page } = await openPublishPage();
    await choose(page, 'output', 'email');
    expect(code(page)).to.match(/^<table role="presentation"/);
    expect(code(page)).to.not.match(/<script|<html|<body|<head/i);
    for (const name of ['js-light', 'nojs-dark']) {
      const frame = page.querySelector(`#preview-${name}`) as HTMLIFrameElement;
      await expectWholeArticleWithLinks(frame.contentDocument!.body.querySelector('td[lang]') as HTMLElement);
    }
  });

  it('a base URL that is not http(s): the page says so, and keeps showing whole, working code', async () => {
    const { page } = await openPublishPage();
    await choose(page, 'output', 'cdn');
    await choose(page, 'base-url', 'ftp://files.example/dist/');
    expect(page.querySelector('.options .warning')!.textContent)
      .to.contain('ftp://files.example/dist/')
      .and.contain('http(s)');
    const { scripts } = parsed(code(page));
    expect(scripts[0]!.getAttribute('src')).to.match(/^https:\/\/cdn\.jsdelivr\.net\//);
    for (const name of ['nojs-light', 'nojs-dark'])
      await expectWholeArticleWithLinks(shownArticle((await previewElement(page, name)).element));
  });

  it('bad options in the request: a warning, and the default code, never an empty box', async () => {
    const response = await fetch('/publish/code.json?output=banner&theme=pink&level=9&base=javascript:alert(1)');
    const body = await response.json();
    expect(response.status).to.equal(200);
    expect(body.warnings.join(' '))
      .to.contain('output="banner"')
      .and.contain('theme="pink"')
      .and.contain('level="9"')
      .and.contain('base URL');
    expect(parsed(body.code).attributes).to.deep.equal({});
  });
});

describe('publish page: copy, paste into a plain page', () => {
  afterEach(removeFrames);

  it('dark, h3: the copied code renders as previewed, whole with both links, with JavaScript on and off', async () => {
    const { win, page } = await openPublishPage();
    await choose(page, 'theme', 'dark');
    await choose(page, 'heading-level', '3');
    const written = stubClipboard(win, false);
    (page.querySelector('#copy-code') as HTMLButtonElement).click();
    await waitFor(() => written.length === 1, 'the copy');
    expect(written[0]).to.equal(code(page));
    await waitFor(() => /^Copied/.test(page.querySelector('#code-status')!.textContent!), 'the copy message');
    expect(page.querySelector('#code-status')!.getAttribute('aria-live')).to.equal('polite');

    const previewed = shownArticle((await previewElement(page, 'js-dark')).element);
    const pasted = await framePage(written[0]!, { width: 800, height: 2400 });
    const element = pasted.document.querySelector('leadership-article')!;
    const widget = renderedArticle(element);
    expect(headings(element.shadowRoot!)).to.deep.equal(['h3']);
    expect(getComputedStyle(widget).backgroundColor).to.equal(getComputedStyle(previewed).backgroundColor);
    expect(getComputedStyle(widget).color).to.equal(getComputedStyle(previewed).color);
    expect(contrastRatio(getComputedStyle(widget).backgroundColor, WHITE)).to.be.above(15);
    await expectWholeArticleWithLinks(widget);
    expect(pasted.recorded.warnings).to.deep.equal([]);

    const noScript = await renderWithoutScripts(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${written[0]}</body></html>`,
      { width: 800, height: 2400 },
    );
    const fallback = noScript.querySelector('leadership-article > article') as HTMLElement;
    expect(headings(fallback)).to.deep.equal(['h3']);
    expect(getComputedStyle(fallback).backgroundColor).to.equal(getComputedStyle(widget).backgroundColor);
    await expectWholeArticleWithLinks(fallback);
  });

  it('where the Clipboard API refuses, it selects the whole code and copies it the old way', async () => {
    const { win, page } = await openPublishPage();
    stubClipboard(win, true);
    const textarea = field(page, 'code');
    const commands: Array<{ command: string; selected: string }> = [];
    win.document.execCommand = (command: string) => {
      commands.push({ command, selected: textarea.value.slice(textarea.selectionStart, textarea.selectionEnd) });
      return true;
    };
    (page.querySelector('#copy-code') as HTMLButtonElement).click();
    await waitFor(() => commands.length === 1, 'the fallback copy');
    expect(commands[0]!.command).to.equal('copy');
    expect(commands[0]!.selected).to.equal(textarea.value);
    await waitFor(() => /^Copied/.test(page.querySelector('#code-status')!.textContent!), 'the copy message');
  });

  it('where both ways are refused, it leaves the code selected and says to press Ctrl/Cmd+C', async () => {
    const { win, page } = await openPublishPage();
    stubClipboard(win, true);
    win.document.execCommand = () => false;
    (page.querySelector('#copy-code') as HTMLButtonElement).click();
    const status = page.querySelector('#code-status')!;
    await waitFor(() => status.textContent!.trim() !== '', 'the message');
    expect(status.textContent).to.contain('Ctrl+C').and.contain('Cmd+C');
    const textarea = field(page, 'code');
    expect(win.document.activeElement).to.equal(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal(textarea.value);
  });
});

describe('publish page: tell the publisher', () => {
  afterEach(removeFrames);

  it('the message names the article and carries the page address given, and copies as shown', async () => {
    const { win, page } = await openPublishPage();
    const address = 'https://blog.example.org/2026/11/leadership-and-management/';
    await choose(page, 'page-url', address, 'input');
    await choose(page, 'published-on', '2026-11-20', 'input');
    const message = field(page, 'message').value;
    expect(message).to.contain(address);
    expect(message).to.contain('2026-11-20');
    expect(message).to.contain('"The Difference Between Leadership and Management"');
    expect(message).to.contain('Kelly Ogle');
    const written = stubClipboard(win, false);
    (page.querySelector('#copy-message') as HTMLButtonElement).click();
    await waitFor(() => written.length === 1, 'the copy');
    expect(written[0]).to.equal(message);
  });

  it("states the publisher's three conditions and where to write, with no invented address", async () => {
    const { page } = await openPublishPage();
    const section = page.querySelector('.tell') as HTMLElement;
    const text = section.innerText.toLowerCase();
    for (const condition of ['published in its entirety', 'all links active', 'let them know where'])
      expect(text).to.contain(condition);
    const links = [...section.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://www.findacode.com/']);
    expect(section.innerHTML)
      .to.not.contain('mailto:')
      .and.not.match(/@[\w-]+\./);
  });
});

describe('publish page: accessibility', () => {
  afterEach(removeFrames);

  it('axe-core finds no violation on the page', async () => {
    const { win } = await openPublishPage();
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
    const axe = (
      win as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    // The preview frames are the article itself, checked by its own tests; axe cannot run in the
    // frames without scripts.
    const { violations } = await axe.run(win.document, { iframes: false });
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
  });
});

describe('publish page: every theme and heading level reaches the fallback, which keeps its box on upgrade', () => {
  afterEach(removeFrames);

  /** The border box in page coordinates: the link checks scroll the page. */
  const box = (el: Element) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    const win = el.ownerDocument.defaultView!;
    return { x: x + win.scrollX, y: y + win.scrollY, width, height };
  };
  const look = (el: Element) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color, border: style.borderTopColor };
  };

  for (const theme of ['light', 'dark', 'auto']) {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`theme ${theme}, h${level}`, async () => {
        const response = await fetch(`/publish/code.json?output=snippet&theme=${theme}&level=${level}`);
        const { code: snippet } = await response.json();
        // The page first as it is where scripts are stripped, then with the shipped script.
        const withoutScript = snippet.replace(/<script\b[^>]*><\/script>/, '');
        expect(withoutScript).to.not.equal(snippet);
        const win = await framePage(`<main><p>A host paragraph.</p>${withoutScript}</main>`, {
          width: 800,
          height: 900,
        });
        const element = win.document.querySelector('leadership-article')!;
        const fallback = element.querySelector('article')!;
        expect(headings(fallback)).to.deep.equal([`h${level}`]);
        const before = { box: box(fallback), look: look(fallback) };
        await expectWholeArticleWithLinks(fallback);

        const script = win.document.createElement('script');
        script.src = DIST_SCRIPT;
        win.document.head.append(script);
        await waitFor(() => !!win.customElements.get('leadership-article'), 'the script');
        await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
        const widget = renderedArticle(element);
        const after = box(widget);
        console.log(
          `box ${theme}/h${level}: fallback ${Object.values(before.box).map((n) => n.toFixed(1))} → widget ${Object.values(after).map((n) => n.toFixed(1))}`,
        );
        expect(headings(element.shadowRoot!)).to.deep.equal([`h${level}`]);
        for (const key of ['x', 'y', 'width', 'height'] as const) {
          expect(Math.abs(after[key] - before.box[key]), `${key}: ${before.box[key]} → ${after[key]}`).to.be.at.most(1);
        }
        expect(look(widget)).to.deep.equal(before.look);
        const lightBackground = contrastRatio(before.look.background, WHITE) < 1.2;
        // auto follows the reader's setting, light in these browsers' defaults.
        expect(lightBackground, 'background').to.equal(theme !== 'dark');
      });
    }
  }
});
