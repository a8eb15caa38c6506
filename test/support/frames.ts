/**
 * Test pages in iframes: each test gets a fresh document (and registry), styled and scripted as
 * a blog's page would be, loading the built `dist/leadership-article.js` exactly as a blog does.
 * Also the built files those pages are made of.
 */
import { expect } from '@open-wc/testing';

export const DIST_SCRIPT = '/dist/leadership-article.js';
/** The development build: the same element, with the warnings only a page's author can act on. */
export const DEV_SCRIPT = '/dist/leadership-article.dev.js';

export interface Recorded {
  warnings: string[];
  errors: string[];
  violations: string[];
  /** test/pages/privacy-probes.js: storage and font APIs the page touched. */
  touched?: string[];
}

export type FrameWindow = Window & typeof globalThis & { recorded: Recorded };

/** What the test server adds to every HTML file it serves. */
const SERVER_INJECTION = /<!-- injected by web-dev-server -->\s*<script[^>]*><\/script>\s*/;

/** A generated file as the build wrote it (served from dist/, minus the test server's addition). */
export async function distText(path: string): Promise<string> {
  const response = await fetch(`/dist/${path}`);
  if (!response.ok) throw new Error(`/dist/${path}: HTTP ${response.status} (run npm run build)`);
  return (await response.text()).replace(SERVER_INJECTION, '');
}

/** The embed snippet with its script loaded from `scriptUrl` instead of the CDN. */
export function snippetWithScript(snippet: string, scriptUrl: string): string {
  const withLocalScript = snippet.replace(/(<script\b[^>]*\bsrc=")[^"]*(")/, `$1${scriptUrl}$2`);
  if (withLocalScript === snippet) throw new Error('no <script src> in the snippet');
  return withLocalScript;
}

/** What a theme's page puts around a post: attributes of `<html>` and `<body>`, stylesheets. */
export interface PageSpec {
  /** Attributes of the page's `<html>` element (default `lang="en"`). */
  html?: string;
  /** Attributes of the page's `<body>` element. */
  bodyAttrs?: string;
  /** Stylesheets linked from the page's `<head>`, in order. */
  stylesheets?: string[];
  /** A `<style>` element after the stylesheets. */
  css?: string;
  /** More of the `<head>`, after the styles. */
  head?: string;
  body: string;
}

/** The `<meta>` a phone-ready theme puts in its head. */
export const VIEWPORT_META = '<meta name="viewport" content="width=device-width, initial-scale=1">';

/** A whole HTML document. */
export function pageHtml({ html = 'lang="en"', bodyAttrs = '', stylesheets = [], css, head = '', body }: PageSpec) {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html><html ${html}><head><meta charset="utf-8">${links}${css ? `<style>${css}</style>` : ''}${head}</head><body${bodyAttrs ? ` ${bodyAttrs}` : ''}>${body}</body></html>`;
}

/** A whole document around an HTML fragment. */
export const pageAround = (fragment: string, head = ''): string => pageHtml({ head, body: fragment });

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The frame's `sandbox`: `allow-same-origin` alone is a page with JavaScript off, still readable from here. */
  sandbox?: string;
}

/** Adds a frame showing `srcdoc` or `src` to the test page, without waiting for it. */
export function appendFrame(
  source: { srcdoc: string } | { src: string },
  { width = 800, height = 600, sandbox }: FrameOptions = {},
): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = `display:block;width:${width}px;height:${height}px;border:0;margin:0`;
  if ('srcdoc' in source) frame.srcdoc = source.srcdoc;
  else frame.src = source.src;
  document.body.append(frame);
  return frame;
}

/** Adds a frame and resolves once it has loaded. */
export function loadFrame(
  source: { srcdoc: string } | { src: string },
  options: FrameOptions = {},
): Promise<HTMLIFrameElement> {
  return frameLoaded(appendFrame(source, options));
}

/**
 * Resolves once a frame just appended has loaded. A frame loads in a later task, so a listener
 * added in the task that appended it misses nothing.
 */
export const frameLoaded = (frame: HTMLIFrameElement): Promise<HTMLIFrameElement> =>
  new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));

/** Resolves once every `<leadership-article>` in the frame has rendered. */
async function settled(frame: HTMLIFrameElement): Promise<FrameWindow> {
  const win = frame.contentWindow as FrameWindow;
  const elements = [...win.document.querySelectorAll('leadership-article')];
  if (elements.length && win.customElements.get('leadership-article')) {
    await win.customElements.whenDefined('leadership-article');
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
  // A task turn, not an animation frame: Chromium runs no frames in a background tab, which a
  // test page is whenever two test files run at once. Reading geometry forces layout anyway.
  await nextTask();
  return win;
}

/**
 * A page whose body is `body`, with the recorder (console warnings/errors, CSP violations)
 * loaded first. Scripts in `body` run as in any page.
 */
export async function framePage(body: string, { width = 800, height = 600, head = '' } = {}): Promise<FrameWindow> {
  const srcdoc = pageAround(body, `<script src="/test/support/pages/recorder.js"></script>${head}`);
  return settled(await loadFrame({ srcdoc }, { width, height }));
}

/** A page served from `url` (so its response headers, e.g. a CSP, apply). */
export async function frameUrl(url: string, { width = 800, height = 600 } = {}): Promise<FrameWindow> {
  return settled(await loadFrame({ src: url }, { width, height }));
}

/** A document rendered with scripts disabled (as with JavaScript turned off), readable from here. */
export async function renderWithoutScripts(html: string, { width = 800, height = 600 } = {}): Promise<Document> {
  const frame = await loadFrame({ srcdoc: html }, { width, height, sandbox: 'allow-same-origin' });
  return frame.contentDocument!;
}

/** Removes every frame a test added. */
export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/** Waits for one task turn (a frame's pending layout, events or messages). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Waits for `win`'s next animation frame (its pending resize observations, style and paint). */
export const nextFrame = (win: Window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => resolve()));

/** Polls `condition` until it holds; fails, naming `what`, after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A host page in its frame, and the widget in it. */
export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  host: HTMLElement;
  /** The widget's rendered `<article>`, in its shadow root. */
  article: HTMLElement;
}

/** Fits the top-level viewport of every engine, so real mouse input can reach the whole frame. */
export const HOST_FRAME = { width: 760, height: 560 };

/**
 * A host page (its body holding one `<leadership-article>`) with the bundle's `<script>` after
 * the body's content, as a site adds it; resolves once every stylesheet has arrived and the
 * widget has rendered with the page's fonts.
 */
export async function openHostPage(spec: PageSpec): Promise<HostPage> {
  const srcdoc = pageHtml({
    ...spec,
    head: `${VIEWPORT_META}<title>Host page</title>${spec.head ?? ''}`,
    body: `${spec.body}\n<script src="${DIST_SCRIPT}"></script>`,
  });
  const frame = await loadFrame({ srcdoc }, HOST_FRAME);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  // Every stylesheet arrived and parsed: a wrong path must fail here, not test an unstyled page.
  const sheets = [...doc.styleSheets];
  expect(sheets.length, 'stylesheets loaded').to.equal((spec.stylesheets ?? []).length + (spec.css ? 1 : 0));
  for (const sheet of sheets) expect(sheet.cssRules.length, `rules in ${sheet.href ?? '<style>'}`).to.be.above(0);

  await win.customElements.whenDefined('leadership-article');
  const host = doc.querySelector<HTMLElement>('leadership-article');
  if (!host) throw new Error('no <leadership-article> in the host page');
  await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await doc.fonts.ready;
  await nextFrame(win);
  const article = host.shadowRoot?.querySelector('article');
  if (!article) throw new Error('no <article> in the shadow root');
  return { frame, win, doc, host, article };
}

/** The widget, with `attrs` (each with its leading space). */
export const widget = (attrs = ''): string => `<leadership-article${attrs}></leadership-article>`;

/** The host's own paragraph, before the embed. */
export const HOST_PARAGRAPH = '<p class="host-text">The host page\'s own paragraph, before the embed.</p>';

/** A post body: the host's own paragraph, then the widget. */
export const postBody = (widgetAttrs = ''): string => `<div class="post">${HOST_PARAGRAPH}${widget(widgetAttrs)}</div>`;

/** A fixed-width post column, so the widget's box can be compared between pages. */
export const POST_CSS = 'body{margin:8px}.post{width:640px}';

/** The way themes set a property: on the post AND on everything in it, the widget's element included. */
export const onPostAndEverythingInIt = (declarations: string): string => `.post, .post * { ${declarations} }`;

/** A stylesheet vendored in test/fixtures/host-css (see the README there). */
export const vendored = (name: string): string => new URL(`../fixtures/host-css/${name}`, import.meta.url).pathname;
