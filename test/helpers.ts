/**
 * Shared by the browser tests: the independent fixtures, and measuring what a reader sees.
 * Nothing here imports src/: expectations come from test/fixtures only.
 */
interface Link {
  text: string;
  href: string;
}

/** The links the publisher's terms require (test/fixtures/required-links.json). */
export const requiredLinks: { citation: Link; copyright: Link } = await (
  await fetch(new URL('./fixtures/required-links.json', import.meta.url))
).json();

/** Lines 1-16 of the publisher's page, verbatim (test/fixtures/article-lines-1-16.txt). */
export async function fixtureLines(): Promise<string[]> {
  const response = await fetch(new URL('./fixtures/article-lines-1-16.txt', import.meta.url));
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

const luminance = ([r, g, b]: RGBA): number => {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [l1, l2] = [luminance(parseColor(foreground)), luminance(parseColor(background))];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** The first opaque background at or above the element, across shadow boundaries. */
export function effectiveBackground(element: Element): string {
  for (let node: Element | null = element; node;) {
    const background = getComputedStyle(node).backgroundColor;
    if (parseColor(background)[3] === 1) return background;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
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

/**
 * Whether a click at the centre of the link reaches it: scrolled into view, then hit-tested
 * through its shadow root, with pointer events on.
 */
export function isClickable(link: HTMLElement): boolean {
  link.scrollIntoView({ block: 'center' });
  const box = link.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const root = link.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && link.contains(hit) && getComputedStyle(link).pointerEvents !== 'none';
}
