/**
 * Shared by the tests of the generated outputs: reading dist/ files, rendering HTML
 * with scripts off, and checking that a rendering carries the whole article with active links.
 * Expectations come from test/fixtures only (through helpers.ts), never from the generators.
 */
import { expect } from '@open-wc/testing';
import { collapse, expectedRenderedText, isClickable, requiredLinks, visibleText } from './helpers.js';

/** What the test server adds to every HTML file it serves. */
const SERVER_INJECTION = /<!-- injected by web-dev-server -->\s*<script[^>]*><\/script>\s*/;

/** A generated file as the build wrote it (served from dist/, minus the test server's addition). */
export async function distText(path: string): Promise<string> {
  const response = await fetch(`/dist/${path}`);
  if (!response.ok) throw new Error(`/dist/${path}: HTTP ${response.status} (run npm run build)`);
  return (await response.text()).replace(SERVER_INJECTION, '');
}

/** The tags the snippet may use: what DOMPurify, sanitize-html and kses keep (and the script). */
export const SNIPPET_TAGS = [
  'div',
  'leadership-article',
  'article',
  'h2',
  'p',
  'br',
  'time',
  'figure',
  'blockquote',
  'figcaption',
  'footer',
  'a',
  'script',
];

/** A whole document around an HTML fragment. */
export const pageAround = (fragment: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${fragment}</body></html>`;

/**
 * Renders a document in a frame with scripts disabled (`sandbox` without `allow-scripts`, as
 * with JavaScript turned off) and resolves with its document, readable from here
 * (`allow-same-origin`).
 */
export function renderWithoutScripts(html: string, { width = 800, height = 600 } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.srcdoc = html;
  const loaded = new Promise<Document>((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true }),
  );
  document.body.append(frame);
  return loaded;
}

/** The links in `root` whose text is the required link's text. */
const linksNamed = (root: ParentNode, text: string): HTMLAnchorElement[] =>
  [...root.querySelectorAll('a')].filter((a) => collapse(a.textContent!) === text);

/**
 * `root` shows the whole article, verbatim (the fixture), and both required links, each once,
 * with its exact address, reachable by a click.
 */
export async function expectWholeArticleWithLinks(root: HTMLElement): Promise<void> {
  expect(visibleText(root)).to.equal(await expectedRenderedText());
  for (const name of ['citation', 'copyright'] as const) {
    const { text, href } = requiredLinks[name];
    const links = linksNamed(root, text);
    expect(links.length, `${name} links`).to.equal(1);
    expect(links[0]!.getAttribute('href'), `${name} href`).to.equal(href);
    expect(isClickable(links[0]!), `${name} link is clickable`).to.equal(true);
  }
}

/** The embed snippet with its script loaded from `scriptUrl` instead of the CDN. */
export function snippetWithScript(snippet: string, scriptUrl: string): string {
  const withLocalScript = snippet.replace(/(<script\b[^>]*\bsrc=")[^"]*(")/, `$1${scriptUrl}$2`);
  if (withLocalScript === snippet) throw new Error('no <script src> in the snippet');
  return withLocalScript;
}

/** Waits for one task turn (a frame's pending layout, events or messages). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Polls `condition` until it holds; fails, naming `what`, after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
