/**
 * The publish page, as the site serves it (demo/build.mjs, test/server/site-plugin.mjs): on a
 * phone's first screen "Copy code" is reachable; every choice changes the code, its steps and
 * its preview, whose captions always say what shows; the copied code, pasted into a plain page on
 * another origin, renders as previewed and whole, with JavaScript on and off; copying falls back
 * to selecting when the Clipboard API refuses; "Tell the publisher" gives their contact details
 * as their page states them; axe finds nothing. Expectations come from the fixtures, the
 * documented attributes and the publisher's page, never from the page's own output.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import {
  DIST_SCRIPT,
  framePage,
  frameUrl,
  removeFrames,
  type FrameWindow,
  renderWithoutScripts,
  waitFor,
} from '../support/frames.js';
import { contrastRatio, renderedArticle, expectWholeArticleWithLinks } from '../support/helpers.js';

type Publish = HTMLElement & { whenPreviewed(): Promise<void> };

const WHITE = 'rgb(255, 255, 255)';
const PREVIEWS = ['js-light', 'nojs-light', 'js-dark', 'nojs-dark'];
/** The site's own address (another origin than this page), and its mirror on this origin. */
const { url: SITE_URL } = await executeServerCommand<{ url: string }, undefined>('site');
const PUBLISH_PAGE = new URL(SITE_URL).pathname;

/** The publish page in a frame, its code shown and its previews loaded. */
async function openPublishPage(size = { width: 1280, height: 900 }): Promise<{ win: FrameWindow; page: Publish }> {
  const win = await frameUrl(PUBLISH_PAGE, size);
  await waitFor(() => !!win.customElements?.get('leadership-publish'), 'the publish page');
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

/** Clicks one of the radio buttons named `name` and waits for the code and previews to follow. */
async function pick(page: Publish, name: string, value: string) {
  (page.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement).click();
  await page.whenPreviewed();
}

/** Chooses an output as a user would: a plain choice, or a site builder under "My site builder". */
async function chooseOutput(page: Publish, output: string) {
  if (['snippet', 'email', 'iframe'].includes(output)) return pick(page, 'kind', output);
  await pick(page, 'kind', 'builder');
  return choose(page, 'builder', output);
}

/** Opens "More previews". */
async function showAllPreviews(page: Publish) {
  const details = page.querySelector('details.more-previews') as HTMLDetailsElement;
  details.open = true;
  await waitFor(() => !!page.querySelector('#preview-nojs-dark'), 'the other previews');
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

/** The captions of the previews shown, as a reader sees them. */
const captions = (page: Publish) =>
  [...page.querySelectorAll('.preview figcaption')].map((caption) => (caption as HTMLElement).innerText.trim());

/** The site engines the publish page offers code for, as the menu names them (from the issue). */
const STACKS = [
  'docusaurus',
  'astro-mdx',
  'astro-md',
  'nextjs',
  'gatsby',
  'vitepress',
  'nuxt',
  'sveltekit',
  'hexo',
  'mkdocs',
];

describe('publish page: on a phone', () => {
  afterEach(removeFrames);

  it('the first screen (390 × 844) reaches "Copy code" for the default choice, and nothing is wider than the screen', async () => {
    const { win, page } = await openPublishPage({ width: 390, height: 844 });
    const button = page.querySelector('#copy-code') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Copy code');
    const rect = button.getBoundingClientRect();
    expect(rect.bottom, 'the button within the first screen').to.be.at.most(844);
    expect(win.document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)).to.equal(button);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(390);
    // The plain choices, in words, and the script's host only under "Advanced".
    const kinds = [...page.querySelectorAll('input[name="kind"]')].map((input) =>
      (input.closest('label') as HTMLElement).innerText.trim().split('\n')[0]!.trim(),
    );
    expect(kinds).to.deep.equal([
      'Paste into a post',
      'Newsletter or email',
      'Only a link or iframe allowed',
      'My site builder',
    ]);
    for (const input of page.querySelectorAll('input[name="host"]'))
      expect(input.closest('details.advanced'), 'the host choice').to.not.equal(null);
    expect((page.querySelector('details.advanced') as HTMLDetailsElement).open).to.equal(false);
  });
});

describe('publish page: the preview shows exactly the code', () => {
  afterEach(removeFrames);

  it('starts with the self-contained snippet and one preview; the others, opened, are whole; the widget runs only where scripts may', async () => {
    const { page } = await openPublishPage();
    const { attributes, scripts } = parsed(code(page));
    expect(attributes).to.deep.equal({});
    expect(scripts.length).to.equal(1);
    expect(scripts[0]!.defer).to.equal(true);
    expect(scripts[0]!.getAttribute('src')).to.match(/^data:text\/javascript;charset=utf-8,/);
    expect(page.querySelectorAll('iframe.preview-frame').length, 'previews shown at first').to.equal(1);
    expect(captions(page)).to.deep.equal(['With JavaScript, light page: the widget runs']);
    await showAllPreviews(page);
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
    await showAllPreviews(page);
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
    await showAllPreviews(page);
    await choose(page, 'heading-level', '3');
    expect(parsed(code(page)).attributes).to.deep.equal({ 'heading-level': '3' });
    for (const name of PREVIEWS) {
      const { element } = await previewElement(page, name);
      expect(headings(element.shadowRoot ?? element), name).to.deep.equal(['h3']);
    }
  });

  it("advanced, from this site: the snippet loads the site's release script, with its integrity, and the preview runs it", async () => {
    const { page } = await openPublishPage();
    (page.querySelector('details.advanced') as HTMLDetailsElement).open = true;
    await pick(page, 'host', 'site');
    const { scripts } = parsed(code(page));
    expect(scripts.length).to.equal(1);
    expect(scripts[0]!.integrity).to.match(/^sha384-[\w+/]+=*$/);
    expect(scripts[0]!.getAttribute('crossorigin')).to.equal('anonymous');
    const src = scripts[0]!.getAttribute('src')!;
    expect(src).to.match(
      new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}v/[^/]+/leadership-article\\.js$`),
    );
    expect(page.querySelector('#code-requests')!.textContent).to.contain(src);
    const { element, win } = await previewElement(page, 'js-light');
    await waitFor(() => !!win.customElements.get('leadership-article'), "the site's script");
    await expectWholeArticleWithLinks(shownArticle(element));
    expect(captions(page)[0]).to.equal('With JavaScript, light page: the widget runs');
  });

  it('every choice gives its own code and steps, and every shown caption says what shows right after the switch', async () => {
    const { page } = await openPublishPage();
    await showAllPreviews(page);
    const seen = new Map<string, string>();
    for (const output of [
      'snippet',
      'email',
      'iframe',
      'wordpress',
      'ghost',
      'jekyll',
      'hugo',
      'eleventy',
      ...STACKS,
      'snippet',
    ]) {
      await chooseOutput(page, output);
      const steps = page.querySelector('.steps')!.textContent!;
      expect(steps.trim(), output).to.not.equal('');
      seen.set(output, `${code(page)}\n${steps}`);
      const shown = captions(page);
      expect(shown.length, `${output}: captions`).to.equal(4);
      for (const caption of shown) expect(caption, output).to.match(/: \S/).and.not.contain('loading');
    }
    expect(new Set(seen.values()).size).to.equal(seen.size);
    expect(seen.get('hugo')).to.contain('{{< leadership-article >}}');
    expect(seen.get('eleventy')).to.contain("eleventyConfig.addShortcode('leadershipArticle'");
    expect(seen.get('jekyll')).to.contain('{% include leadership-article.html %}');
    expect(seen.get('wordpress')).to.contain('Custom HTML');
    expect(seen.get('ghost')).to.contain('HTML card');
    // Template languages: JSX for MDX, Vue's own <script setup>, Svelte without a { anywhere.
    for (const output of ['docusaurus', 'astro-mdx', 'nextjs', 'gatsby'])
      expect(seen.get(output), output).to.match(
        /^<div><leadership-article><article lang=\{"en"\}[^\n]* style=\{\{all:"initial"/,
      );
    expect(seen.get('vitepress')).to.match(/^<script setup>\n/);
    expect(seen.get('sveltekit')!.split('\n')[0]).to.not.contain('{');
    for (const output of ['hexo', 'mkdocs', 'astro-md']) expect(seen.get(output), output).to.contain('<ARTICLE');
    expect(seen.get('iframe')).to.match(/^<iframe src="http:\/\/[^"]+\/v\/[^/]+\/embed\/index\.html"/);
    expect(seen.get('iframe')).to.contain(`src="${SITE_URL}`);
    // Site builders' files can be downloaded under their names.
    const download = page.querySelector('#download-code') as HTMLAnchorElement;
    await chooseOutput(page, 'hugo');
    expect((page.querySelector('#download-code') as HTMLAnchorElement).download).to.equal('leadership-article.html');
    expect(await (await fetch((page.querySelector('#download-code') as HTMLAnchorElement).href)).text()).to.equal(
      code(page),
    );
    expect(download, 'no download for a paste').to.equal(null);
  });

  it('"My site builder" lists every engine; "Paste into a post" names those its HTML would break', async () => {
    const { page } = await openPublishPage();
    const note = page.querySelector('#template-engines') as HTMLElement;
    for (const name of ['Docusaurus', 'Astro (.mdx)', 'Next.js', 'Gatsby', 'VitePress', 'Nuxt Content', 'SvelteKit'])
      expect(note.innerText, name).to.contain(name);
    expect(note.innerText).to.contain('choose My site builder');
    await chooseOutput(page, 'wordpress');
    expect(page.querySelector('#template-engines'), 'the note belongs to the HTML paste').to.equal(null);
    const menu = [...field(page, 'builder').options].map((option) => option.textContent!.trim());
    expect(menu[0]).to.equal('WordPress');
    expect([...menu].sort()).to.deep.equal(
      [
        'Astro (.md)',
        'Astro (.mdx)',
        'Docusaurus',
        'Eleventy',
        'Gatsby',
        'Ghost',
        'Hexo',
        'Hugo',
        'Jekyll',
        'MkDocs',
        'Next.js',
        'Nuxt Content',
        'SvelteKit (mdsvex)',
        'VitePress',
        'WordPress',
      ].sort(),
    );
  });

  it('output: the newsletter HTML is just the part to paste, and its preview is whole', async () => {
    const { page } = await openPublishPage();
    await showAllPreviews(page);
    await chooseOutput(page, 'email');
    expect(code(page)).to.match(/^<table role="presentation"/);
    expect(code(page)).to.not.match(/<script|<html|<body|<head/i);
    for (const name of ['js-light', 'nojs-dark']) {
      const frame = page.querySelector(`#preview-${name}`) as HTMLIFrameElement;
      await expectWholeArticleWithLinks(frame.contentDocument!.body.querySelector('td[lang]') as HTMLElement);
    }
  });
});

describe('publish page: copy, paste into a plain page', () => {
  afterEach(removeFrames);

  it('dark, h3: the copied code renders as previewed, whole with both links, with JavaScript on and off', async () => {
    const { win, page } = await openPublishPage();
    await showAllPreviews(page);
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

  it("states the publisher's three conditions, and their contact details as their page gives them, with no mail address", async () => {
    const { page } = await openPublishPage({ width: 390, height: 844 });
    const section = page.querySelector('.tell') as HTMLElement;
    const text = section.innerText.toLowerCase();
    for (const condition of ['published in its entirety', 'all links active', 'let them know where'])
      expect(text).to.contain(condition);
    // The lines of the publisher's page (test/fixtures/publisher-contact.txt, from the capture).
    const contact = (await (await fetch('/test/fixtures/publisher-contact.txt')).text()).trim().split('\n');
    const shown = (page.querySelector('address#publisher') as HTMLElement).innerText.split('\n').map((l) => l.trim());
    for (const line of contact) expect(shown, line).to.include(line);
    const links = [...section.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['tel:+18017704203', 'https://www.findacode.com/']);
    expect(section.innerHTML)
      .to.not.contain('mailto:')
      .and.not.match(/@[\w-]+\./);
    // The message and its copy button come before the contact details: no mail program needed.
    const button = section.querySelector('#copy-message')!;
    expect(
      button.compareDocumentPosition(section.querySelector('address')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
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
        const choices = await (await fetch(`${PUBLISH_PAGE}choices.json`)).json();
        const entry = choices.entries[`snippet inline ${theme} ${level}`];
        const snippet = await (await fetch(`${PUBLISH_PAGE}${entry.code}`)).text();
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
