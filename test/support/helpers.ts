/**
 * Shared by the browser tests: the independent fixtures, and measuring what a reader sees
 * (rendered text, colours, boxes, hit tests, real mouse input), in whichever frame the element is.
 * Nothing here imports src/: expectations come from test/fixtures only.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { nextFrame } from './frames.js';

interface Link {
  text: string;
  href: string;
}

/** The links the publisher's terms require (test/fixtures/required-links.json). */
export const requiredLinks: { citation: Link; copyright: Link } = await (
  await fetch(new URL('../fixtures/required-links.json', import.meta.url))
).json();

/** Lines 1-16 of the publisher's page, verbatim (test/fixtures/article-lines-1-16.txt). */
export async function fixtureLines(): Promise<string[]> {
  const response = await fetch(new URL('../fixtures/article-lines-1-16.txt', import.meta.url));
  const text = await response.text();
  return text.replace(/\n$/, '').split('\n');
}

/**
 * Collapses white space the way HTML rendering does: ASCII white space only, so a no-break
 * space (the byline has one) must survive rendering to match.
 */
export const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * The article's whole text as a reader sees it once rendered: the fixture's lines in order,
 * the citation followed by its link's text.
 */
export async function expectedRenderedText(): Promise<string> {
  const lines = (await fixtureLines()).filter((line) => line.trim() !== '');
  return collapse(
    lines.map((line) => (line.endsWith('Retrieved from') ? `${line} ${requiredLinks.citation.text}` : line)).join('\n'),
  );
}

/** The rendered (visible) text of an element, white space collapsed. */
export const visibleText = (element: HTMLElement): string => collapse(element.innerText);

/** The element's shadow-rendered `<article>`. */
export function renderedArticle(host: Element): HTMLElement {
  const article = host.shadowRoot?.querySelector('article');
  if (!article) throw new Error('no <article> in the shadow root');
  return article;
}

type RGBA = [number, number, number, number];

/** Parses a computed colour (`rgb()`/`rgba()`), the form browsers return for hex input. */
export function parseColor(value: string): RGBA {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) throw new Error(`unparsed colour: ${value}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** An element's computed style, from its own window (the frame it is in). */
export const styleOf = (el: Element): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el);

/** WCAG 2 relative luminance of a computed colour (0 black to 1 white). */
export function relativeLuminance(color: string): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColor(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [l1, l2] = [relativeLuminance(foreground), relativeLuminance(background)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Whether white text would contrast better than black on `color` (WCAG luminance under 0.179). */
export const isDark = (color: string): boolean => relativeLuminance(color) < 0.179;

const parentAcrossShadow = (el: Element): Element | null =>
  el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;

/** The first opaque background at or above the element, across shadow boundaries. */
export function effectiveBackground(element: Element): string {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const background = styleOf(node).backgroundColor;
    if (parseColor(background)[3] === 1) return background;
  }
  // A frame whose root and body paint nothing shows the test page behind it, which is white.
  return 'rgb(255, 255, 255)';
}

/** Every element of the rendered article that holds text directly. */
export function textElements(root: HTMLElement): HTMLElement[] {
  return [root, ...root.querySelectorAll<HTMLElement>('*')].filter((el) =>
    [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
}

/** Average characters per rendered line of a paragraph. */
export function charactersPerLine(paragraph: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
  return collapse(paragraph.textContent ?? '').length / lineTops.size;
}

/** Pages such as Bootstrap's set `scroll-behavior: smooth`; measuring needs the scroll done now. */
const INSTANTLY: ScrollIntoViewOptions = { block: 'center', behavior: 'instant' };

/**
 * Whether a click at the centre of the link's first box reaches it: scrolled into view, then
 * hit-tested through its shadow root, with pointer events on. The first box, not the bounding
 * one: the middle of a link that wraps may be another word.
 */
export function isClickable(link: HTMLElement): boolean {
  link.scrollIntoView(INSTANTLY);
  const box = link.getClientRects()[0];
  if (!box || box.width === 0 || box.height === 0) return false;
  const root = link.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && link.contains(hit) && styleOf(link).pointerEvents !== 'none';
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

/** The colours text is painted with: `-webkit-text-fill-color` draws the glyphs, `color` the underlines. */
function inkColors(style: CSSStyleDeclaration): { color: string; fill: string } {
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return { color: style.color, fill: fill && fill !== 'currentcolor' ? fill : style.color };
}

/** An element as a message names it: `<p.class>`. */
export const describeElement = (el: Element): string => `<${el.localName}${el.className ? `.${el.className}` : ''}>`;

/** The article's longest block of text: a body paragraph. */
export const longestTextElement = (article: HTMLElement): HTMLElement =>
  textElements(article).reduce((a, b) => (collapse(b.textContent!).length > collapse(a.textContent!).length ? b : a));

/** The client rect of one character of an element's first text node. */
export function charRect(el: HTMLElement, index: number): DOMRect {
  const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const offset = text.textContent!.search(/\S/) + index;
  const range = el.ownerDocument.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  return range.getBoundingClientRect();
}

/**
 * What a reader must get from a rendered article: the whole text visible and in order; every
 * text element at least 16px, visible, painted in opaque colours with 4.5:1 contrast against
 * what is behind it, left to right; and both required links present with their exact
 * addresses and reachable by a click.
 */
export async function expectReadable(article: HTMLElement, label: string): Promise<void> {
  expect(visibleText(article), `${label}: the whole text, visible`).to.equal(await expectedRenderedText());

  for (const el of textElements(article)) {
    const name = `${label}: ${describeElement(el)}`;
    const style = styleOf(el);
    expect(style.visibility, `${name} visibility`).to.equal('visible');
    expect(parseFloat(style.fontSize), `${name} font-size`).to.be.at.least(16);
    expect(style.direction, `${name} direction`).to.equal('ltr');
    const background = effectiveBackground(el);
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
  for (const link of links) expect(isClickable(link), `${label}: a click reaches ${link.href}`).to.equal(true);
}

/** A point of `el`'s frame, in the top-level viewport coordinates the mouse uses. */
function toViewport(el: Element, x: number, y: number): [number, number] {
  const frame = el.ownerDocument.defaultView!.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  return [Math.round(frame.left + x), Math.round(frame.top + y)];
}

/** A real mouse click at the centre of the link; true if the link received it (navigation cancelled). */
export async function clickWithMouse(link: HTMLElement): Promise<boolean> {
  link.scrollIntoView(INSTANTLY);
  const box = link.getClientRects()[0]!;
  let clicked = false;
  const onClick = (event: Event) => {
    clicked = true;
    event.preventDefault();
  };
  link.addEventListener('click', onClick);
  try {
    await sendMouse({ type: 'click', position: toViewport(link, box.left + box.width / 2, box.top + box.height / 2) });
    await nextFrame(link.ownerDocument.defaultView!);
  } finally {
    link.removeEventListener('click', onClick);
    await resetMouse();
  }
  return clicked;
}

/** The text a reader selected in `host`'s page, whichever way the engine exposes a selection inside a shadow root. */
export function selectedText(host: Element): string {
  const root = host.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null;
  const inShadow = root?.getSelection?.()?.toString() ?? '';
  return collapse(inShadow || host.ownerDocument.defaultView!.getSelection()?.toString() || '');
}

/** Drags the mouse across the first `characters` of an element's first line, as a reader selecting it would. */
export async function dragAcross(el: HTMLElement, characters: number): Promise<void> {
  const win = el.ownerDocument.defaultView!;
  win.getSelection()?.removeAllRanges();
  // The first line well inside the frame, and the frame inside the window.
  win.frameElement?.scrollIntoView({ block: 'start', behavior: 'instant' });
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
  win.scrollBy({ top: -100, behavior: 'instant' });
  const first = charRect(el, 0);
  const last = charRect(el, characters - 1);
  const y = first.top + first.height / 2;
  try {
    await sendMouse({ type: 'move', position: toViewport(el, first.left + 1, y) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: toViewport(el, (first.left + last.right) / 2, y) });
    await sendMouse({ type: 'move', position: toViewport(el, last.right - 1, y) });
    await sendMouse({ type: 'up' });
    await nextFrame(win);
  } finally {
    await resetMouse();
  }
}

/**
 * Computed values that host styles reach by inheritance, compared with a baseline on every text
 * element of the article.
 */
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

export interface Rendering {
  /** Per text element, in document order: the COMPARED computed values. */
  values: Record<string, string>[];
  width: number;
  height: number;
}

/** The article's inherited values and box, to compare with another page's. */
export function measureRendering(article: HTMLElement): Rendering {
  const values = textElements(article).map((el) => {
    const style = styleOf(el);
    return Object.fromEntries(COMPARED.map((name) => [name, style.getPropertyValue(name)]));
  });
  const box = article.getBoundingClientRect();
  return { values, width: box.width, height: box.height };
}

/** The article renders as in `baseline`: the same inherited values on every text element, the same box. */
export function expectSameAsBaseline(article: HTMLElement, baseline: Rendering, label: string): void {
  const rendering = measureRendering(article);
  expect(rendering.values.length, `${label}: text elements`).to.equal(baseline.values.length);
  const changed: string[] = [];
  rendering.values.forEach((values, i) => {
    for (const name of COMPARED) {
      if (values[name] !== baseline.values[i]![name]) {
        changed.push(
          `${describeElement(textElements(article)[i]!)} ${name}: ${values[name]} (baseline ${baseline.values[i]![name]})`,
        );
      }
    }
  });
  expect(changed, `${label}: computed values that differ from the unstyled page`).to.deep.equal([]);
  expect(rendering.width, `${label}: article width`).to.be.closeTo(baseline.width, 0.5);
  expect(rendering.height, `${label}: article height`).to.be.closeTo(baseline.height, 0.5);
}
