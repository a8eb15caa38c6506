import { colorDefaults } from '../look/stylesheet.js';
import { fontFamilies, type ColorName } from '../look/styles.js';
import { warnOnce } from '../warn.js';

/**
 * What the widget corrects in the rendered article, against the host page, for its readers: CSS
 * zoom, fonts the page swapped in, unreadable theme colours. The element runs it for every
 * instance at once, after the first paint and when one resizes (leadership-article.ts); what only
 * the page's author can act on is in the development build (author-checks.ts).
 */

const PROPERTY = '--leadership-article-';

/** The next element up, across shadow boundaries. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/**
 * What one pass over every instance computes once and shares: the zoom and the background of
 * each ancestor (an index page of 100 instances has one column), the page's font families, and
 * what is wrong with each custom font.
 */
export interface Pass {
  zooms: Map<Element, number>;
  backgrounds: Map<Element, RGBA | undefined>;
  pageFonts?: Set<string>;
  /** Why each custom family, by its quoted name, cannot be used, or '' where it can. */
  fontProblems: Record<string, string>;
}

/** A pass's empty shares. */
export const newPass = (): Pass => ({ zooms: new Map(), backgrounds: new Map(), fontProblems: {} });

/** The product of CSS `zoom` on the element and its ancestors: the engine's own where it has one. */
function zoomOf(el: Element, pass: Pass): number {
  if ('currentCSSZoom' in el) return el.currentCSSZoom as number;
  let zoom = pass.zooms.get(el);
  if (zoom === undefined) {
    const parent = parentOf(el);
    zoom = (parseFloat(getComputedStyle(el).zoom) || 1) * (parent ? zoomOf(parent, pass) : 1);
    pass.zooms.set(el, zoom);
  }
  return zoom;
}

/** CSS zoom below 1 on the element or its ancestors shrinks the text: undone on `box`. */
function undoZoom(host: Element, box: HTMLElement, pass: Pass): void {
  const zoom = zoomOf(host, pass);
  const undo = zoom < 1 ? String(1 / zoom) : '';
  if (box.style.zoom != undo) box.style.zoom = undo;
}

// ---------------------------------------------------------------------------------------------
// Fonts

const GENERIC = /^(serif|sans-serif|monospace|system-ui|ui-(serif|sans-serif|monospace|rounded))$/;
/** Fonts whose letters are pictures, not letters. */
const SYMBOLS =
  /^(wingdings|webdings|symbol|marlett|.*(dingbats|icons?|awesome.*)|material symbols.*|segoe (ui symbol|mdl2 assets|fluent icons))$/i;

const familiesOf = (list: string): string[] =>
  list
    .split(',')
    .map((family) => family.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter(Boolean);

const DEFAULT_FAMILIES: readonly string[] = fontFamilies;

let canvas: CanvasRenderingContext2D | undefined;
const context = (): CanvasRenderingContext2D =>
  (canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!);

const SAMPLE = 'The Difference Between Leadership and Management';
const widthIn = (font: string): number => {
  context().font = `40px ${font}`;
  return context().measureText(SAMPLE).width;
};

/** Why `family` (from the custom property) cannot be used, or nothing. */
function unusableFont(family: string, pageFonts: Set<string>): string | undefined {
  if (GENERIC.test(family)) return undefined;
  if (SYMBOLS.test(family)) return 'is a symbol font';
  const quoted = JSON.stringify(family);
  // An installed or loaded font changes the width of the sample against at least one generic.
  const [serif, mono] = [widthIn('serif'), widthIn('monospace')];
  const [inSerif, inMono] = [widthIn(`${quoted},serif`), widthIn(`${quoted},monospace`)];
  if (inSerif < serif / 4) return 'draws no visible letters';
  if (inSerif == serif && inMono == mono && !pageFonts.has(family.toLowerCase())) return 'is not installed';
  return undefined;
}

/**
 * The font stack to use: the custom property's usable families, then the default stack, minus
 * any family of the default stack that a page @font-face redefines (a theme's own "Georgia",
 * possibly another font or a shrunken one). `style` is the host's computed style: read first, it
 * has brought in the page's newest stylesheets, and with them their @font-face rules.
 */
function fontStack(style: CSSStyleDeclaration, pass: Pass): string | undefined {
  const custom = familiesOf(style.getPropertyValue(`${PROPERTY}font-family`));
  let pageFonts = pass.pageFonts;
  if (!pageFonts) {
    pageFonts = pass.pageFonts = new Set();
    document.fonts.forEach((face) => pageFonts!.add(familiesOf(face.family)[0]!.toLowerCase()));
  }
  const stack: string[] = [];
  let changed = custom.length > 0;
  for (const [index, family] of [...custom, ...DEFAULT_FAMILIES].entries()) {
    const key = family.toLowerCase();
    if (DEFAULT_FAMILIES.some((name) => name.toLowerCase() == key) && pageFonts.has(key)) {
      warnOnce(`a page @font-face redefines "${family}" of its stack; skipped.`);
      changed = true;
      continue;
    }
    // Quoted, a name cannot be one of the record's own (`constructor`).
    const quoted = JSON.stringify(family);
    const problem = index < custom.length && (pass.fontProblems[quoted] ??= unusableFont(family, pageFonts) ?? '');
    if (problem) warnOnce(`${PROPERTY}font-family: ${quoted} ${problem}; skipped.`);
    else stack.push(GENERIC.test(family) ? family : quoted);
  }
  return changed ? stack.join(',') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Colours

type RGBA = [number, number, number, number];

/** Any CSS colour as sRGB bytes, through a 1x1 canvas (computed colours may be oklch(), color(), ...). */
function rgba(color: string): RGBA {
  const ctx = context();
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
const over = ([r, g, b, a]: RGBA, bottom: RGBA): RGBA => [
  r * a + bottom[0] * (1 - a),
  g * a + bottom[1] * (1 - a),
  b * a + bottom[2] * (1 - a),
  1,
];

const luminance = (color: RGBA): number =>
  color
    .slice(0, 3)
    .map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

const contrast = (a: RGBA, b: RGBA): number => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/**
 * The nearest opaque background at or above `el`, if any: what the article's own background is
 * painted on. Shared by every instance in a pass, as the zoom is.
 */
function pageBackground(el: Element | null, pass: Pass): RGBA | undefined {
  if (!el) return undefined;
  if (!pass.backgrounds.has(el)) {
    const color = rgba(getComputedStyle(el).backgroundColor);
    pass.backgrounds.set(el, color[3] == 1 ? color : pageBackground(parentOf(el), pass));
  }
  return pass.backgrounds.get(el);
}

/**
 * `theme="auto"` follows the page it sits on: dark on a dark page, light on a light one, by the
 * nearest opaque background behind the element (dark where white text contrasts better than
 * black: luminance under 0.179). Only where nothing behind it is opaque does the reader's system
 * setting decide, through the stylesheet's `color-scheme: light dark`.
 */
export function followPage(host: Element, article: HTMLElement, pass: Pass): void {
  const behind = host.getAttribute('theme') == 'auto' && pageBackground(parentOf(host), pass);
  const scheme = behind ? (luminance(behind) < 0.179 ? 'dark' : 'light') : '';
  if (article.style.colorScheme != scheme) article.style.colorScheme = scheme;
}

/** Each text colour and the contrast it needs against the background (3:1 for underlined links). */
const TEXT_COLORS: [ColorName, string, number][] = [
  ['color', '.paragraph', 4.5],
  ['muted-color', '.citation', 4.5],
  ['link-color', 'a', 3],
];

/**
 * Custom colours that leave text under its contrast bar go back to the theme's default (the
 * private `--_name` on the article), one warning per property. Repeated, since undoing a
 * background can expose another pair.
 */
function keepReadable(style: CSSStyleDeclaration, article: HTMLElement, pass: Pass): void {
  const custom = (name: ColorName) => style.getPropertyValue(PROPERTY + name).trim();
  for (let round = 0; round < 3; round++) {
    const background = over(
      rgba(getComputedStyle(article).backgroundColor),
      pageBackground(parentOf(article), pass) ?? [255, 255, 255, 1],
    );
    const undo = new Set<ColorName>();
    for (const [name, selector, needed] of TEXT_COLORS) {
      const text = over(rgba(getComputedStyle(article.querySelector(selector)!).color), background);
      const ratio = contrast(text, background);
      if (ratio >= needed) continue;
      for (const culprit of [name, 'background'] as ColorName[]) {
        if (!custom(culprit) || article.style.getPropertyValue(`--_${culprit}`)) continue;
        undo.add(culprit);
        warnOnce(
          `${PROPERTY}${culprit}: ${custom(culprit)} leaves ${ratio.toFixed(1)}:1 contrast (needs ${needed}:1); using the default.`,
        );
      }
    }
    if (!undo.size) return;
    for (const name of undo) {
      article.style.setProperty(`--_${name}`, colorDefaults[name]);
    }
  }
}

// ---------------------------------------------------------------------------------------------

const COLORS: ColorName[] = ['background', 'color', 'muted-color', 'link-color'];

/**
 * Checks and corrects the article that `box` holds, for the element `host`: only the inline
 * styles of `box` and its article change, and only when a value differs. What the page as a
 * whole decides (its fonts, the zoom and background of a shared column) is read once, in `pass`.
 * Returns whether the page squeezes the element to almost no width and clips it: hiding it,
 * which its own height cannot undo, only turn into a blank as tall as the squeezed article.
 */
export function guard(host: Element, box: HTMLElement, pass: Pass): boolean {
  const article = box.firstElementChild as HTMLElement | null;
  if (!article) return false;
  // The host's computed style, read live: one object for every property this pass needs of it.
  const style = getComputedStyle(host);
  undoZoom(host, box, pass);
  followPage(host, article, pass);
  const stack = fontStack(style, pass);
  if (stack && article.style.getPropertyValue('--_font-family') != stack)
    article.style.setProperty('--_font-family', stack);
  if (COLORS.some((name) => style.getPropertyValue(PROPERTY + name).trim())) keepReadable(style, article, pass);
  return style.overflowX != 'visible' && host.getBoundingClientRect().width < 10;
}
