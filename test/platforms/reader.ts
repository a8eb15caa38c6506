/**
 * What a reader gets on a platform's page, measured in a frame: the article's rendering (the
 * widget's shadow `<article>` or the fallback left in the page), its visible text against the
 * fixture, how many copies are visible, the required links, the widget's upgrade and warnings,
 * and the article's box. Expectations come from test/fixtures (through ../helpers.ts) only.
 */
import { collapse, expectedRenderedText, fixtureLines, isClickable, requiredLinks } from '../support/helpers.js';
import { loadFrame } from '../support/frames.js';
import { INTRO } from './intro.mjs';
import { ACTIVE_LINK_FORMS } from '../../tools/docs/platforms-table.mjs';

export const EXPECTED = await expectedRenderedText();
const LINES = (await fixtureLines()).map((line) => line.trim()).filter(Boolean);
const TITLE = LINES[0]!;

/** Per fixture line, its longest run of letters and spaces: found verbatim even after quotes curl. */
const MARKERS = LINES.map(
  (line) => (line.match(/[A-Za-z][A-Za-z ]{11,}[A-Za-z]/g) ?? []).sort((a, b) => b.length - a.length)[0],
).filter((marker): marker is string => !!marker);

const occurrences = (text: string, phrase: string): number => text.split(phrase).length - 1;

/** What test/support/pages/recorder.js keeps of a page: its console, and every shadow root. */
interface ProbeWindow extends Window {
  recorded?: { warnings: string[]; errors: string[] };
  __leadershipArticleCheckRoots?: { byHost: WeakMap<Element, ShadowRoot> };
}

/** The shadow root of `host`, open or (kept by the recorder) closed. */
const rootOf = (host: Element): ShadowRoot | null | undefined =>
  host.shadowRoot ?? (host.ownerDocument.defaultView as ProbeWindow).__leadershipArticleCheckRoots?.byHost.get(host);

/** Opens `path` in a frame of the given width; without scripts, as `sandbox` without allow-scripts. */
export function openPage(
  path: string,
  { scripts, width }: { scripts: boolean; width: number },
): Promise<HTMLIFrameElement> {
  return loadFrame({ src: path }, { width, height: 1000, ...(scripts ? {} : { sandbox: 'allow-same-origin' }) });
}

/** The shadow root of each `<leadership-article>`, open or (kept by the probe) closed. */
function shadowRoots(doc: Document): ShadowRoot[] {
  return [...doc.querySelectorAll('leadership-article')].map(rootOf).filter((root): root is ShadowRoot => !!root);
}

const isRendered = (element: Element): boolean => element.getClientRects().length > 0;

/**
 * Every visible rendering of the article: from each visible title, up to the nearest element
 * that also shows the copyright line. Shadow renderings first.
 */
function renderings(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const root of [...shadowRoots(doc), doc]) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (collapse(node.nodeValue ?? '') !== TITLE || !parent || !isRendered(parent)) continue;
      let element: HTMLElement | null = parent;
      while (element && !collapse(element.innerText).includes(requiredLinks.copyright.text))
        element = element.parentElement;
      if (element && !found.includes(element)) found.push(element);
    }
  }
  return found;
}

/** How many times the page shows the article: the most often shown fixture line, light DOM and shadow roots. */
function copiesShown(doc: Document): number {
  const texts = [
    collapse(doc.body.innerText),
    // The shadow article itself, not its host: a host may have no box of its own (display: contents).
    ...shadowRoots(doc).map((root) => {
      const article = root.querySelector<HTMLElement>('article');
      return article && isRendered(article) ? collapse(article.innerText) : '';
    }),
  ];
  const text = texts.join('\n');
  return Math.max(0, ...MARKERS.map((marker) => Math.round(occurrences(text, marker) / occurrences(EXPECTED, marker))));
}

/** How `actual` differs from the fixture's text, in a line: substitutions tallied, else the first difference. */
export function describeDifference(actual: string, expected = EXPECTED): string {
  if (actual === expected) return 'verbatim';
  if (actual.length === expected.length) {
    const tally = new Map<string, number>();
    for (let i = 0; i < actual.length; i += 1) {
      if (actual[i] !== expected[i]) {
        const key = `${expected[i]} → ${actual[i]}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    }
    return `characters changed: ${[...tally].map(([key, count]) => `${key} ×${count}`).join(', ')}`;
  }
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i += 1;
  return `${actual.length - expected.length > 0 ? '+' : ''}${actual.length - expected.length} characters; first difference at ${i}: expected "${expected.slice(i, i + 40)}", shown "${actual.slice(i, i + 40)}"`;
}

export type Box = [number, number, number, number];

/**
 * How a required link reaches the reader: its exact address; that address with tracking
 * parameters added (`ref`, `utm_*`); a platform's click-tracking redirect to either; or not.
 */
export type LinkForm =
  | 'exact'
  | 'tracking parameters'
  | 'redirect'
  | 'redirect, tracking parameters'
  | 'other address'
  | 'missing'
  | 'not clickable';

/** A platform's click-tracking redirects on the page: the address in the page → where it leads. */
export type Redirects = Record<string, string>;

const TRACKING_PARAMETER = /^(ref|utm_[a-z]+)$/;

/** `address` without tracking parameters (the URL standard drops a `?` left empty). */
function withoutTracking(address: string): string {
  try {
    const url = new URL(address);
    for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return address;
  }
}

function addressForm(address: string, href: string): 'exact' | 'tracking parameters' | 'other address' {
  if (address === href) return 'exact';
  return withoutTracking(address) === href ? 'tracking parameters' : 'other address';
}

/** The form of the link named `text` that should lead to `href`, in `rendering`. */
function linkForm(
  rendering: HTMLElement,
  { text, href }: { text: string; href: string },
  redirects: Redirects,
): LinkForm {
  const named = [...rendering.querySelectorAll('a')].filter((a) => collapse(a.textContent ?? '') === text);
  if (named.length !== 1) return 'missing';
  const address = named[0]!.getAttribute('href') ?? '';
  const target = redirects[address];
  const form = target === undefined ? addressForm(address, href) : addressForm(target, href);
  if (form === 'other address') return form;
  if (!isClickable(named[0]!)) return 'not clickable';
  if (target === undefined) return form;
  return form === 'exact' ? 'redirect' : 'redirect, tracking parameters';
}

export interface Reading {
  /** 'verbatim' or how the shown text differs. */
  text: string;
  copies: number;
  /** Required links present in the rendering with their exact address and clickable (of 2). */
  links: number;
  box?: Box;
  /** Left edge of the rendering minus that of the post's paragraph before it. */
  columnOffset?: number;
  /** Whether the page still has the widget's script (a platform may strip it). */
  script?: boolean;
  upgraded?: boolean | undefined;
  warnings?: string[];
  /** Where the page may carry tracked links: each required link's form. */
  linkForms?: Record<keyof typeof requiredLinks, LinkForm>;
}

const round = (value: number) => Math.round(value * 10) / 10;

function boxOf(element: Element): Box {
  const view = element.ownerDocument.defaultView!;
  const { x, y, width, height } = element.getBoundingClientRect();
  return [round(x + view.scrollX), round(y + view.scrollY), round(width), round(height)];
}

/** The post's paragraph before the snippet (see intro.mjs). */
const introParagraph = (doc: Document): Element | undefined =>
  [...doc.querySelectorAll('p')].find((p) => collapse(p.textContent ?? '').startsWith(INTRO));

/** The snippet's script, external or inline, if the platform kept it. */
const hasWidgetScript = (doc: Document): boolean =>
  [...doc.scripts].some(
    (script) =>
      script.src.endsWith('/leadership-article.js') || (!script.src && script.text.includes('leadership-article')),
  );

/** Waits until every `<leadership-article>` has rendered its shadow `<article>`, or gives up. */
async function upgrade(doc: Document, timeoutMs = 5_000): Promise<boolean> {
  const hosts = doc.querySelectorAll('leadership-article');
  if (!hosts.length) return false;
  const deadline = performance.now() + timeoutMs;
  const done = () => [...hosts].every((host) => rootOf(host)?.querySelector('article'));
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** Reads the page in `frame`; `links` checks clicks too, which scrolls, so it comes last. */
export async function read(
  frame: HTMLIFrameElement,
  { scripts, links = true, redirects }: { scripts: boolean; links?: boolean; redirects?: Redirects | undefined },
): Promise<Reading> {
  const doc = frame.contentDocument!;
  const upgraded = scripts ? await upgrade(doc) : undefined;
  await doc.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const [rendering] = renderings(doc);
  const reading: Reading = {
    text: rendering ? describeDifference(collapse(rendering.innerText)) : 'article not shown',
    copies: copiesShown(doc),
    links: 0,
  };
  if (rendering) {
    reading.box = boxOf(rendering);
    const intro = introParagraph(doc);
    if (intro)
      reading.columnOffset = round(rendering.getBoundingClientRect().left - intro.getBoundingClientRect().left);
  }
  if (scripts) {
    reading.script = hasWidgetScript(doc);
    reading.upgraded = upgraded;
    const recorded = (frame.contentWindow as ProbeWindow).recorded;
    reading.warnings = (recorded?.warnings ?? []).filter((warning) => warning.includes('leadership-article'));
  }
  if (rendering && links) {
    for (const { text, href } of Object.values(requiredLinks)) {
      const named = [...rendering.querySelectorAll('a')].filter((a) => collapse(a.textContent ?? '') === text);
      if (named.length === 1 && named[0]!.getAttribute('href') === href && isClickable(named[0]!)) reading.links += 1;
    }
    if (redirects) {
      reading.linkForms = {
        citation: linkForm(rendering, requiredLinks.citation, redirects),
        copyright: linkForm(rendering, requiredLinks.copyright, redirects),
      };
    }
  }
  return reading;
}

/** Viewport widths at which the article's box is compared with and without the script. */
export const WIDTHS = [1280, 390];
const TOLERANCE_PX = 1;

/** Reads `path`; with `redirects` (a platform that may track links), each required link's form too. */
export async function readPage(
  path: string,
  scripts: boolean,
  width: number,
  links = true,
  redirects?: Redirects,
): Promise<Reading> {
  const frame = await openPage(path, { scripts, width });
  try {
    return await read(frame, { scripts, links, redirects });
  } finally {
    frame.remove();
  }
}

/**
 * What a platform build listed in `test/platforms/out/<folder>manifest.json`, or an error saying
 * which command (`build`) writes it.
 */
export async function readManifest<T>(folder: string, build: string): Promise<T[]> {
  const path = `test/platforms/out/${folder}manifest.json`;
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`no ${path}: run ${build}`);
  return response.json();
}

export const largestDelta = (a: Box, b: Box): number => Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));

/**
 * What the product must do on a page, as a list of failures (empty: all good). Where the reading
 * has link forms, a tracked link counts as active.
 */
export function failuresOf(
  off: Reading,
  on: Reading,
  boxes: Record<string, { delta: number | null; column: number | null }>,
): string[] {
  const failures: string[] = [];
  for (const [mode, reading] of [
    ['scripts off', off],
    ['scripts on', on],
  ] as const) {
    if (reading.text !== 'verbatim') failures.push(`${mode}: ${reading.text}`);
    if (reading.copies !== 1) failures.push(`${mode}: ${reading.copies} copies shown`);
    if (reading.linkForms) {
      const inactive = Object.entries(reading.linkForms).filter(([, form]) => !ACTIVE_LINK_FORMS.includes(form));
      for (const [name, form] of inactive) failures.push(`${mode}: the ${name} link: ${form}`);
    } else if (reading.links !== 2)
      failures.push(`${mode}: ${reading.links} of 2 required links with exact href and clickable`);
  }
  if (on.script && !on.upgraded) failures.push('scripts on: the script is on the page but the widget did not upgrade');
  if (on.warnings!.length && off.text === 'verbatim')
    failures.push(`scripts on: warned with nothing different: ${on.warnings!.join(' | ')}`);
  for (const [width, { delta, column }] of Object.entries(boxes)) {
    if (delta === null) failures.push(`${width} px: no box to compare`);
    else if (delta > TOLERANCE_PX) failures.push(`${width} px: the box moves ${delta} px on upgrade`);
    if (column === null) failures.push(`${width} px: no paragraph or fallback to compare the column with`);
    else if (Math.abs(column) > TOLERANCE_PX)
      failures.push(`${width} px: the fallback is ${column} px off the content column`);
  }
  return failures;
}
