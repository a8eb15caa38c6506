/**
 * The widget inside other people's CSS.
 *
 * - It reads right inside common real stylesheets (Bootstrap, Pico, Tailwind's preflight,
 *   GitHub's markdown CSS, WordPress's default themes, light and dark).
 * - Inherited host styles (text-transform, letter-spacing, word-spacing,
 *   text-indent, white-space, color and -webkit-text-fill-color, root font-size, line-height,
 *   direction, font-variant, pointer-events, user-select, visibility) change neither how the
 *   article reads nor whether its links work; theming goes through the documented
 *   `--leadership-article-*` custom properties only.
 *
 * Every host page is an iframe of its own, so no page's global CSS reaches another test, and the
 * widget is registered there the way a site registers it: a script tag loading the shipped bundle,
 * /dist/leadership-article.js (build first). Expectations come from test/fixtures (the article's
 * whole text, the required links) and from the same bundle rendered in an unstyled page in the
 * same engine (the baseline); nothing here imports src/.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  collapse,
  contrastRatio,
  expectedRenderedText,
  fixtureLines,
  parseColor,
  requiredLinks,
  textElements,
  visibleText,
} from './helpers.js';

const TAG = 'leadership-article';
const BUNDLE = '/dist/leadership-article.js';
const NODE_MODULES = '/node_modules';
/** A stylesheet vendored in test/fixtures/host-css (see the README there). */
const vendored = (name: string): string => new URL(`./fixtures/host-css/${name}`, import.meta.url).pathname;

/** Fits the top-level viewport of every engine, so real mouse input can reach the whole frame. */
const FRAME_WIDTH = 760;
const FRAME_HEIGHT = 560;

// ---------------------------------------------------------------------------------------------
// Host pages

interface PageSpec {
  /** Attributes of the page's <html> element. */
  html?: string;
  /** Attributes of the page's <body> element. */
  bodyAttrs?: string;
  /** Stylesheets linked from the page's <head>, in order. */
  stylesheets?: string[];
  /** A <style> element after the stylesheets. */
  css?: string;
  /** Body markup holding one <leadership-article>; the bundle's <script> is added after it. */
  body: string;
}

interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  host: HTMLElement;
  article: HTMLElement;
}

const openFrames: HTMLIFrameElement[] = [];

afterEach(async () => {
  for (const frame of openFrames.splice(0)) frame.remove();
  window.getSelection()?.removeAllRanges();
});

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/** Loads a host page in a fresh iframe and waits for the widget's first render. */
async function openPage(spec: PageSpec): Promise<HostPage> {
  const stylesheets = spec.stylesheets ?? [];
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;width:${FRAME_WIDTH}px;height:${FRAME_HEIGHT}px;border:0;margin:0`;
  frame.title = 'host page';
  frame.srcdoc = `<!doctype html>
<html ${spec.html ?? 'lang="en"'}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
${links}
${spec.css ? `<style>${spec.css}</style>` : ''}
</head>
<body ${spec.bodyAttrs ?? ''}>
${spec.body}
<script src="${BUNDLE}"></script>
</body>
</html>`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  openFrames.push(frame);
  document.body.append(frame);
  await loaded;

  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // Every stylesheet arrived and parsed: a wrong path must fail here, not test an unstyled page.
  const sheets = [...doc.styleSheets];
  expect(sheets.length, 'stylesheets loaded').to.equal(stylesheets.length + (spec.css ? 1 : 0));
  for (const sheet of sheets) expect(sheet.cssRules.length, `rules in ${sheet.href ?? '<style>'}`).to.be.above(0);

  await win.customElements.whenDefined(TAG);
  const host = doc.querySelector<HTMLElement>(TAG);
  if (!host) throw new Error(`no <${TAG}> in the host page`);
  await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await doc.fonts.ready;
  await nextFrame(win);
  const article = host.shadowRoot?.querySelector('article');
  if (!article) throw new Error('no <article> in the shadow root');
  return { frame, win, doc, host, article };
}

// ---------------------------------------------------------------------------------------------
// Measuring what a reader sees, in the page's own window

const styleOf = (el: Element): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el);

/** Pages such as Bootstrap's set `scroll-behavior: smooth`; measuring needs the scroll done now. */
const INSTANTLY: ScrollIntoViewOptions = { block: 'center', behavior: 'instant' };

const parentAcrossShadow = (el: Element): Element | null =>
  el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;

/** The first opaque background at or above the element, across shadow boundaries. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const background = styleOf(node).backgroundColor;
    if (parseColor(background)[3] === 1) return background;
  }
  // A frame whose root and body paint nothing shows this page, which is white.
  return 'rgb(255, 255, 255)';
}

const luminance = (color: string): number => {
  const [r, g, b] = parseColor(color).map((c) => c / 255);
  const lin = (s: number) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};

/** The colours text is painted with: `-webkit-text-fill-color` draws the glyphs, `color` the underlines. */
function inkColors(style: CSSStyleDeclaration): { color: string; fill: string } {
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return { color: style.color, fill: fill && fill !== 'currentcolor' ? fill : style.color };
}

const describeEl = (el: Element): string => `<${el.localName}${el.className ? `.${el.className}` : ''}>`;

/** The article's longest block of text: a body paragraph. */
const longestTextElement = (article: HTMLElement): HTMLElement =>
  textElements(article).reduce((a, b) => (collapse(b.textContent!).length > collapse(a.textContent!).length ? b : a));

/** The client rect of one character of an element's first text node. */
function charRect(el: HTMLElement, index: number): DOMRect {
  const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const offset = text.textContent!.search(/\S/) + index;
  const range = el.ownerDocument.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  return range.getBoundingClientRect();
}

/** Whether a click at the centre of the link's first box reaches it (hit test through its shadow root). */
function reachesLink(link: HTMLElement): boolean {
  link.scrollIntoView(INSTANTLY);
  const box = link.getClientRects()[0];
  if (!box || box.width === 0 || box.height === 0) return false;
  const root = link.getRootNode() as ShadowRoot;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && link.contains(hit) && styleOf(link).pointerEvents !== 'none';
}

/** A point of the host page's frame, in the top-level viewport coordinates the mouse uses. */
function toViewport(page: HostPage, x: number, y: number): [number, number] {
  const frame = page.frame.getBoundingClientRect();
  return [Math.round(frame.left + x), Math.round(frame.top + y)];
}

/** A real mouse click at the centre of the link; true if the link received it (navigation cancelled). */
async function clickWithMouse(page: HostPage, link: HTMLElement): Promise<boolean> {
  link.scrollIntoView(INSTANTLY);
  const box = link.getClientRects()[0]!;
  let clicked = false;
  const onClick = (event: Event) => {
    clicked = true;
    event.preventDefault();
  };
  link.addEventListener('click', onClick);
  try {
    await sendMouse({ type: 'click', position: toViewport(page, box.left + box.width / 2, box.top + box.height / 2) });
    await nextFrame(page.win);
  } finally {
    link.removeEventListener('click', onClick);
    await resetMouse();
  }
  return clicked;
}

/** The text a reader selected, whichever way the engine exposes a selection inside a shadow root. */
function selectedText(page: HostPage): string {
  const root = page.host.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
  const inShadow = root.getSelection?.()?.toString() ?? '';
  return collapse(inShadow || page.win.getSelection()?.toString() || '');
}

/** Drags the mouse across the first line of an element's text, as a reader selecting it would. */
async function dragAcross(page: HostPage, el: HTMLElement, characters: number): Promise<void> {
  page.win.getSelection()?.removeAllRanges();
  // The first line well inside the frame, and the frame inside the window.
  page.frame.scrollIntoView({ block: 'start', behavior: 'instant' });
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
  page.win.scrollBy({ top: -100, behavior: 'instant' });
  const first = charRect(el, 0);
  const last = charRect(el, characters - 1);
  const y = first.top + first.height / 2;
  try {
    await sendMouse({ type: 'move', position: toViewport(page, first.left + 1, y) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: toViewport(page, (first.left + last.right) / 2, y) });
    await sendMouse({ type: 'move', position: toViewport(page, last.right - 1, y) });
    await sendMouse({ type: 'up' });
    await nextFrame(page.win);
  } finally {
    await resetMouse();
  }
}

/**
 * What a reader must get: the whole text visible and in order; every text element at least 16px, visible,
 * painted in opaque colours with 4.5:1 contrast against what is behind it, left to right; and both
 * required links present with their exact addresses and reachable by a click.
 */
async function expectReadable(page: HostPage, label: string): Promise<void> {
  const { article } = page;
  expect(visibleText(article), `${label}: the whole text, visible`).to.equal(await expectedRenderedText());

  for (const el of textElements(article)) {
    const name = `${label}: ${describeEl(el)}`;
    const style = styleOf(el);
    expect(style.visibility, `${name} visibility`).to.equal('visible');
    expect(parseFloat(style.fontSize), `${name} font-size`).to.be.at.least(16);
    expect(style.direction, `${name} direction`).to.equal('ltr');
    const background = backgroundOf(el);
    for (const [which, ink] of Object.entries(inkColors(style))) {
      expect(parseColor(ink)[3], `${name} ${which} ${ink} is opaque`).to.equal(1);
      expect(contrastRatio(ink, background), `${name} ${which} ${ink} on ${background}`).to.be.at.least(4.5);
    }
  }

  // Left to right on screen, not just in the computed style: a paragraph's second character
  // sits to the right of its first, on the same line.
  const paragraph = longestTextElement(article);
  paragraph.scrollIntoView(INSTANTLY);
  const [a, b] = [charRect(paragraph, 0), charRect(paragraph, 1)];
  expect(Math.abs(a.top - b.top), `${label}: first two characters on one line`).to.be.below(2);
  expect(b.left, `${label}: text runs left to right`).to.be.above(a.left);

  const links = [...article.querySelectorAll('a')];
  expect(
    links.map((a) => ({ text: collapse(a.textContent!), href: a.getAttribute('href') })),
    `${label}: the required links`,
  ).to.deep.equal([requiredLinks.citation, requiredLinks.copyright]);
  for (const link of links) expect(reachesLink(link), `${label}: a click reaches ${link.href}`).to.equal(true);
}

// ---------------------------------------------------------------------------------------------
// Real stylesheets

const widget = (attrs: string) => `<leadership-article${attrs}></leadership-article>`;
const hostParagraph = "<p>The host page's own paragraph, before the embed.</p>";

interface ThemePage {
  name: string;
  /** A dark page: its background behind the widget is dark (proves the dark variant applied). */
  dark: boolean;
  page: (widgetAttrs: string) => PageSpec;
}

const bootstrap =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => ({
    html: `lang="en" data-bs-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/bootstrap/dist/css/bootstrap.css`],
    body: `<main class="container"><div class="row g-5"><div class="col-md-8">
    <article class="blog-post">
      <h2 class="display-5 link-body-emphasis mb-1">A host post</h2>
      <p class="blog-post-meta">January 1, 2025 by <a href="#">Someone</a></p>
      ${hostParagraph}
      ${widget(attrs)}
    </article></div></div></main>`,
  });

const pico =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => ({
    html: `lang="en" data-theme="${theme}"`,
    stylesheets: [`${NODE_MODULES}/@picocss/pico/css/pico.css`],
    body: `<main class="container"><h1>A host post</h1>${hostParagraph}${widget(attrs)}</main>`,
  });

const githubMarkdown =
  (file: string) =>
  (attrs: string): PageSpec => ({
    stylesheets: [`${NODE_MODULES}/github-markdown-css/${file}`],
    // The container rules github-markdown-css's readme asks pages to add.
    css: '.markdown-body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px}',
    body: `<article class="markdown-body"><h1>A host README</h1>${hostParagraph}${widget(attrs)}</article>`,
  });

const twentyTwentyOne =
  (theme: 'light' | 'dark') =>
  (attrs: string): PageSpec => {
    // What the theme's PHP and its dark-mode script put on <html> and <body> for a reader whose
    // system asks for dark mode, with "Dark mode support" on.
    const dark = theme === 'dark' ? ' is-dark-theme' : '';
    return {
      html: `lang="en" class="respect-color-scheme-preference${dark}"`,
      bodyAttrs: `class="post-template-default single single-post singular${dark}"`,
      stylesheets: [
        vendored('twentytwentyone-2.2-style-excerpt.css'),
        ...(theme === 'dark' ? [vendored('twentytwentyone-2.2-dark-mode.css')] : []),
      ],
      body: `<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article class="post type-post status-publish format-standard hentry entry">
          <header class="entry-header alignwide"><h1 class="entry-title">A host post</h1></header>
          <div class="entry-content">${hostParagraph}${widget(attrs)}</div>
        </article>
      </main></div></div></div>`,
    };
  };

/** The markup a block theme (Twenty Twenty-Four, Twenty Twenty-Five) renders for a post's content. */
const blockTheme =
  (stylesheets: string[], theme: string) =>
  (attrs: string): PageSpec => ({
    bodyAttrs: `class="wp-singular post-template-default single single-post wp-theme-${theme}"`,
    stylesheets,
    body: `<div class="wp-site-blocks"><main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
    <div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
      ${hostParagraph}${widget(attrs)}
    </div></main></div>`,
  });

const themePages: ThemePage[] = [
  { name: 'Bootstrap 5.3', dark: false, page: bootstrap('light') },
  { name: 'Bootstrap 5.3 dark (data-bs-theme=dark)', dark: true, page: bootstrap('dark') },
  { name: 'Pico 2', dark: false, page: pico('light') },
  { name: 'Pico 2 dark (data-theme=dark)', dark: true, page: pico('dark') },
  {
    name: "Tailwind 3's preflight",
    dark: false,
    page: (attrs) => ({
      stylesheets: [vendored('tailwind-3.4.19-preflight.css')],
      body: `<main><h1>A host post</h1>${hostParagraph}${widget(attrs)}</main>`,
    }),
  },
  { name: 'GitHub markdown CSS (light)', dark: false, page: githubMarkdown('github-markdown-light.css') },
  { name: 'GitHub markdown CSS (auto, light system)', dark: false, page: githubMarkdown('github-markdown.css') },
  { name: 'GitHub markdown CSS (dark)', dark: true, page: githubMarkdown('github-markdown-dark.css') },
  { name: 'WordPress Twenty Twenty-One', dark: false, page: twentyTwentyOne('light') },
  { name: 'WordPress Twenty Twenty-One dark mode', dark: true, page: twentyTwentyOne('dark') },
  {
    name: 'WordPress Twenty Twenty-Four',
    dark: false,
    page: blockTheme([vendored('twentytwentyfour-global-styles.css')], 'twentytwentyfour'),
  },
  {
    name: 'WordPress Twenty Twenty-Five',
    dark: false,
    page: blockTheme(
      [vendored('twentytwentyfive-global-styles.css'), vendored('twentytwentyfive-1.3-style.css')],
      'twentytwentyfive',
    ),
  },
  {
    name: 'WordPress Twenty Twenty-Five "Evening" (dark)',
    dark: true,
    page: blockTheme(
      [
        vendored('twentytwentyfive-global-styles.css'),
        vendored('twentytwentyfive-evening.css'),
        vendored('twentytwentyfive-1.3-style.css'),
      ],
      'twentytwentyfive',
    ),
  },
];

describe('<leadership-article> inside real stylesheets', () => {
  for (const theme of themePages) {
    // On a dark page a site may keep the default light card or ask for the dark one.
    const variants = theme.dark ? ['', ' theme="dark"'] : [''];
    for (const attrs of variants) {
      it(`reads right in ${theme.name}${attrs ? ` with${attrs}` : ''}`, async () => {
        const page = await openPage(theme.page(attrs));
        const pageBackground = luminance(backgroundOf(page.host.parentElement!));
        if (theme.dark) expect(pageBackground, 'the dark variant applied').to.be.below(0.1);
        else expect(pageBackground, 'a light page').to.be.above(0.4);
        await expectReadable(page, theme.name);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Inherited host styles

/** Computed values compared with the baseline on every text element of the article. */
const COMPARED = [
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'white-space',
  'color',
  '-webkit-text-fill-color',
  'font-size',
  'line-height',
  'direction',
  'unicode-bidi',
  'font-variant',
  'font-variant-caps',
  'font-feature-settings',
  'font-family',
  'font-weight',
  'font-style',
  'text-align',
  'pointer-events',
  'user-select',
  '-webkit-user-select',
  'visibility',
] as const;

interface Rendering {
  /** Per text element, in document order: the COMPARED computed values. */
  values: Record<string, string>[];
  width: number;
  height: number;
}

function measure(page: HostPage): Rendering {
  const values = textElements(page.article).map((el) => {
    const style = styleOf(el);
    return Object.fromEntries(COMPARED.map((name) => [name, style.getPropertyValue(name)]));
  });
  const box = page.article.getBoundingClientRect();
  return { values, width: box.width, height: box.height };
}

/** A post body: the host's own paragraph, then the widget. */
const postBody = (widgetAttrs = '') =>
  `<div class="post"><p class="host-text">The host page's own paragraph, before the embed.</p>${widget(widgetAttrs)}</div>`;
/** Fixed width, so the widget's box can be compared with the baseline's. */
const BASE_CSS = 'body{margin:8px}.post{width:640px}';
/** The way themes set a property: on the post AND on everything in it, the widget's element included. */
const onPostAndEverythingInIt = (declarations: string) => `.post, .post * { ${declarations} }`;

let baseline: Rendering;

async function expectSameAsBaseline(page: HostPage, label: string): Promise<void> {
  const rendering = measure(page);
  expect(rendering.values.length, `${label}: text elements`).to.equal(baseline.values.length);
  const changed: string[] = [];
  rendering.values.forEach((values, i) => {
    for (const name of COMPARED) {
      if (values[name] !== baseline.values[i]![name]) {
        changed.push(
          `${describeEl(textElements(page.article)[i]!)} ${name}: ${values[name]} (baseline ${baseline.values[i]![name]})`,
        );
      }
    }
  });
  expect(changed, `${label}: computed values that differ from the unstyled page`).to.deep.equal([]);
  expect(rendering.width, `${label}: article width`).to.be.closeTo(baseline.width, 0.5);
  expect(rendering.height, `${label}: article height`).to.be.closeTo(baseline.height, 0.5);
}

interface Variant {
  label: string;
  css: string;
  html?: string;
  widgetAttrs?: string;
}

const inheritedCases: { property: string; variants: Variant[] }[] = [
  {
    property: 'text-transform',
    variants: ['uppercase', 'lowercase', 'capitalize', 'full-width'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`text-transform: ${value}`),
    })),
  },
  {
    property: 'letter-spacing',
    variants: ['0.5em', '-0.1em'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`letter-spacing: ${value}`),
    })),
  },
  {
    property: 'word-spacing',
    variants: ['2em', '-0.5em'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`word-spacing: ${value}`),
    })),
  },
  {
    property: 'text-indent',
    // -9999px: the old image-replacement trick that throws text off screen.
    variants: ['3em', '-9999px'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`text-indent: ${value}`),
    })),
  },
  {
    property: 'white-space',
    variants: ['pre', 'nowrap', 'pre-wrap'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`white-space: ${value}`),
    })),
  },
  {
    property: 'color',
    variants: ['transparent', '#ffffff', 'rgb(0 0 0 / 0.1)'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`color: ${value}`),
    })),
  },
  {
    property: '-webkit-text-fill-color',
    variants: [
      { label: 'transparent', css: onPostAndEverythingInIt('-webkit-text-fill-color: transparent') },
      { label: '#ffffff', css: onPostAndEverythingInIt('-webkit-text-fill-color: #ffffff') },
      // The "gradient text" recipe: transparent glyphs over a background clipped to the text.
      {
        label: 'gradient text',
        css: onPostAndEverythingInIt(
          'color: transparent; -webkit-text-fill-color: transparent; background: linear-gradient(#fff, #eee); -webkit-background-clip: text; background-clip: text',
        ),
      },
    ],
  },
  {
    property: 'root font-size',
    variants: [
      { label: 'html { font-size: 62.5% }', css: 'html { font-size: 62.5% } body { font-size: 1.6rem }' },
      { label: 'html { font-size: 10px }', css: 'html { font-size: 10px } .post, .post * { font-size: 1rem }' },
    ],
  },
  {
    property: 'line-height',
    variants: ['0.5', '40px', 'normal'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`line-height: ${value}`),
    })),
  },
  {
    property: 'direction',
    variants: [
      { label: 'right-to-left page', html: 'lang="ar" dir="rtl"', css: onPostAndEverythingInIt('direction: rtl') },
      {
        label: 'rtl with bidi-override',
        html: 'lang="he" dir="rtl"',
        css: onPostAndEverythingInIt('direction: rtl; unicode-bidi: bidi-override'),
      },
      { label: 'dir="rtl" on the widget', html: 'lang="ar" dir="rtl"', css: '', widgetAttrs: ' dir="rtl"' },
    ],
  },
  {
    property: 'font-variant',
    variants: [
      { label: 'small-caps', css: onPostAndEverythingInIt('font-variant: small-caps') },
      { label: 'all-small-caps', css: onPostAndEverythingInIt('font-variant: all-small-caps') },
      { label: 'font-feature-settings smcp', css: onPostAndEverythingInIt('font-feature-settings: "smcp", "c2sc"') },
    ],
  },
  {
    property: 'pointer-events',
    variants: [{ label: 'none', css: onPostAndEverythingInIt('pointer-events: none') }],
  },
  {
    property: 'user-select',
    variants: [{ label: 'none', css: onPostAndEverythingInIt('-webkit-user-select: none; user-select: none') }],
  },
  {
    property: 'visibility',
    variants: [
      {
        label: 'hidden ancestor, widget visible',
        css: '.post { visibility: hidden } leadership-article { visibility: visible }',
      },
      {
        label: 'hidden post and everything in it, widget visible',
        css: `${onPostAndEverythingInIt('visibility: hidden')} .post leadership-article { visibility: visible }`,
      },
    ],
  },
];

describe('<leadership-article> under inherited host styles', () => {
  before(async () => {
    const page = await openPage({ css: BASE_CSS, body: postBody() });
    baseline = measure(page);
    // The baseline itself meets the bar, so "same as the baseline" means "readable".
    await expectReadable(page, 'unstyled page');
    for (const frame of openFrames.splice(0)) frame.remove();
  });

  for (const { property, variants } of inheritedCases) {
    it(`${property} set on the page does not change the article`, async () => {
      for (const variant of variants) {
        const label = `${property}: ${variant.label}`;
        const page = await openPage({
          ...(variant.html ? { html: variant.html } : {}),
          css: `${BASE_CSS}\n${variant.css}`,
          body: postBody(variant.widgetAttrs),
        });
        await expectSameAsBaseline(page, label);
        await expectReadable(page, label);
      }
    });
  }

  it('pointer-events: none on the page: a real mouse click still reaches both links', async () => {
    const page = await openPage({
      css: `${BASE_CSS}\n${onPostAndEverythingInIt('pointer-events: none')}`,
      body: postBody(),
    });
    for (const link of page.article.querySelectorAll('a')) {
      expect(await clickWithMouse(page, link), `click on ${link.href}`).to.equal(true);
    }
  });

  it('user-select: none on the page: the reader can still select the text with the mouse', async () => {
    const page = await openPage({
      css: `${BASE_CSS}\n${onPostAndEverythingInIt('-webkit-user-select: none; user-select: none')}`,
      body: postBody(),
    });
    for (const el of textElements(page.article)) {
      const style = styleOf(el);
      for (const name of ['user-select', '-webkit-user-select']) {
        expect(style.getPropertyValue(name), `${describeEl(el)} ${name}`).to.not.equal('none');
      }
    }

    // Control: the same drag over the host's own paragraph, which the page made unselectable,
    // selects nothing, so the drag below proves something.
    const hostText = page.doc.querySelector<HTMLElement>('.host-text')!;
    await dragAcross(page, hostText, 20);
    expect(selectedText(page), 'the host paragraph the page made unselectable').to.equal('');

    // The article's longest paragraph is the fixture's longest line.
    const longestLine = (await fixtureLines()).reduce((a, b) => (b.length > a.length ? b : a));
    const firstWords = collapse(longestLine).slice(0, 20);
    const paragraph = longestTextElement(page.article);
    await dragAcross(page, paragraph, 30);
    expect(selectedText(page), 'text selected by dragging over the article').to.contain(firstWords);
  });

  it('a hidden ancestor keeps the widget hidden when the widget does not ask to be visible', async () => {
    const variants: Variant[] = [
      { label: 'hidden ancestor', css: '.post { visibility: hidden }' },
      { label: 'hidden post and everything in it', css: onPostAndEverythingInIt('visibility: hidden') },
      { label: 'widget set hidden', css: 'leadership-article { visibility: hidden }' },
    ];
    for (const variant of variants) {
      const page = await openPage({ css: `${BASE_CSS}\n${variant.css}`, body: postBody() });
      expect(visibleText(page.article), `${variant.label}: no visible text`).to.equal('');
      for (const el of textElements(page.article)) {
        expect(styleOf(el).visibility, `${variant.label}: ${describeEl(el)}`).to.equal('hidden');
      }
      for (const link of page.article.querySelectorAll('a')) {
        expect(reachesLink(link), `${variant.label}: a click reaches ${link.href}`).to.equal(false);
      }
    }
  });

  it('a page setting every property at once still shows the article, legible, left to right, with working links', async () => {
    // Every inherited property above at once, on the widget's ancestors and, through the
    // universal selector, on the widget's element itself.
    const page = await openPage({
      html: 'lang="ar" dir="rtl"',
      css: `${BASE_CSS}
html { font-size: 62.5% }
.hidden-theme { visibility: hidden }
.post, .post * {
  text-transform: uppercase;
  letter-spacing: 0.3em;
  word-spacing: 1em;
  text-indent: -9999px;
  white-space: pre;
  color: transparent;
  -webkit-text-fill-color: transparent;
  line-height: 0.5;
  direction: rtl;
  font-variant: small-caps;
  font-feature-settings: "smcp";
  pointer-events: none;
  -webkit-user-select: none;
  user-select: none;
}
.post leadership-article { visibility: visible }`,
      body: `<div class="hidden-theme">${postBody()}</div>`,
    });
    expect(visibleText(page.doc.querySelector<HTMLElement>('.host-text')!), 'the host text is hidden').to.equal('');
    await expectSameAsBaseline(page, 'all at once');
    await expectReadable(page, 'all at once');
    for (const link of page.article.querySelectorAll('a')) {
      expect(await clickWithMouse(page, link), `all at once: click on ${link.href}`).to.equal(true);
    }
    const longestLine = (await fixtureLines()).reduce((a, b) => (b.length > a.length ? b : a));
    await dragAcross(page, longestTextElement(page.article), 30);
    expect(selectedText(page), 'all at once: text selected by dragging').to.contain(collapse(longestLine).slice(0, 20));
  });
});

// ---------------------------------------------------------------------------------------------
// Theming: the documented custom properties, and nothing else

describe('<leadership-article> theming from the host page', () => {
  const themed = {
    '--leadership-article-color': 'rgb(0, 0, 0)',
    '--leadership-article-background': 'rgb(255, 255, 240)',
    '--leadership-article-link-color': 'rgb(0, 0, 153)',
    '--leadership-article-muted-color': 'rgb(51, 51, 51)',
  };
  const declarations = (props: Record<string, string>) =>
    Object.entries(props)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');

  for (const [where, selector] of [
    ['on the element', 'leadership-article'],
    ['on an ancestor', '.post'],
  ] as const) {
    it(`the documented custom properties theme it, set ${where}`, async () => {
      const page = await openPage({ css: `${BASE_CSS}\n${selector} { ${declarations(themed)} }`, body: postBody() });
      const { article } = page;
      expect(styleOf(article).backgroundColor, 'background').to.equal(themed['--leadership-article-background']);
      const paragraph = longestTextElement(article);
      expect(styleOf(paragraph).color, 'text colour').to.equal(themed['--leadership-article-color']);
      for (const link of article.querySelectorAll('a')) {
        expect(styleOf(link).color, `${link.href} colour`).to.equal(themed['--leadership-article-link-color']);
      }
      await expectReadable(page, `themed ${where}`);
    });
  }

  it('private custom properties set by the host do not reach it', async () => {
    const privateProps = {
      '--_color': 'rgb(255, 0, 0)',
      '--_background': 'rgb(0, 0, 0)',
      '--_muted-color': 'rgb(255, 0, 0)',
      '--_link-color': 'rgb(255, 0, 0)',
      '--_border-color': 'rgb(255, 0, 0)',
      '--_font-family': 'monospace',
      '--_radius': '0px',
    };
    const baselinePage = await openPage({ css: BASE_CSS, body: postBody() });
    const expected = {
      background: styleOf(baselinePage.article).backgroundColor,
      border: styleOf(baselinePage.article).borderTopColor,
      radius: styleOf(baselinePage.article).borderTopLeftRadius,
    };
    for (const selector of ['leadership-article', '.post, .post *', ':root']) {
      const page = await openPage({
        css: `${BASE_CSS}\n${selector} { ${declarations(privateProps)} }`,
        body: postBody(),
      });
      await expectSameAsBaseline(page, `private properties on ${selector}`);
      const style = styleOf(page.article);
      expect(
        { background: style.backgroundColor, border: style.borderTopColor, radius: style.borderTopLeftRadius },
        `private properties on ${selector}: the article's box`,
      ).to.deep.equal(expected);
      await expectReadable(page, `private properties on ${selector}`);
    }
  });
});
