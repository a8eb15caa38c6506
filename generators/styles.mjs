/**
 * The widget's look (lib/styles.js, compiled from src/styles.ts: records of property → value)
 * printed as inline `style` attribute values, for markup that has no stylesheet of its own: the
 * no-script fallback of the snippet and the email-safe page.
 */
import { articleStructure } from '../lib/article-structure.js';
import { THEMES } from '../lib/attributes.js';
import {
  articleReset,
  colorSchemes,
  elementStyles,
  fontFamilies,
  fontStack,
  palettes,
  printDeclaration,
  printDeclarations,
  px,
  settings,
} from '../lib/styles.js';

/** @typedef {import('../lib/styles.js').Declarations} Declarations */
/** @typedef {import('../lib/styles.js').Value} Value */
/** @typedef {import('../lib/styles.js').Length} Length */
/** @typedef {import('../lib/attributes.js').Theme} Theme */

/**
 * Every named value, per theme, written as inline styles write it. The font stack in single
 * quotes: the value goes inside a double-quoted attribute, and `&quot;` there would make
 * WordPress's kses drop the whole declaration (it rejects CSS containing `&`).
 */
const values = Object.fromEntries(
  Object.entries(palettes).map(([theme, palette]) => [
    theme,
    { ...palette, ...settings, 'font-family': fontStack(fontFamilies, "'") },
  ]),
);

/** How inline styles write the look in `palette`'s theme, with `colorScheme`. */
const resolver = (palette, colorScheme) => ({ token: (name) => values[palette][name], colorScheme });

/** Whether `value` names one of the theme's colours. */
const holdsColor = (value) =>
  (Array.isArray(value) ? value : [value]).some((term) => Object.hasOwn(palettes.light, term?.token));

/** `light-dark(light, dark)` for a colour, and the light value for every other named value. */
const bothThemes = {
  token: (name) =>
    Object.hasOwn(palettes.light, name) ? `light-dark(${values.light[name]},${values.dark[name]})` : values.light[name],
  colorScheme: colorSchemes.auto,
};

/**
 * `declarations` as inline CSS in `theme`. For `auto`, a declaration holding a colour is written
 * twice, the light value then `light-dark(light, dark)`: browsers without `light-dark()`, and
 * filters that drop unknown functions (WordPress's kses), keep the light one.
 *
 * @param {Declarations} declarations
 * @param {Theme} theme
 */
function inline(declarations, theme) {
  if (theme !== 'auto') return printDeclarations(declarations, resolver(theme, colorSchemes[theme]));
  const light = resolver('light', colorSchemes.auto);
  return Object.entries(declarations)
    .flatMap(([property, value]) => [
      printDeclaration(property, value, light),
      ...(holdsColor(value) ? [printDeclaration(property, value, bothThemes)] : []),
    ])
    .join(';');
}

/**
 * The fallback style of an element with no entry in `elementStyles` (the date's `time`): the
 * host page's rules dropped, the browser's defaults back, as inside a shadow root.
 */
export const UNSTYLED_FALLBACK = 'all:revert';

/**
 * Inline styles for the fallback markup in `theme`, per name of `elementStyles`,
 * giving the fallback the widget's look and box: the article starts from `all:initial` exactly
 * like the shadow one, and every child from `all:revert`, which drops the host page's rules and
 * leaves the browser's defaults, as inside a shadow root. Host rules marked `!important` still
 * win; under a strict `style-src` CSP the attributes are ignored and the fallback takes the
 * page's own look.
 *
 * @param {Theme} [theme='light']
 */
export function fallbackStylesFor(theme = 'light') {
  if (!THEMES.includes(theme)) throw new RangeError(`generators/styles.mjs: no theme ${theme}`);
  return Object.fromEntries(
    Object.entries(elementStyles).map(([name, declarations]) => [
      name,
      name === 'article'
        ? inline({ ...articleReset, ...declarations }, theme)
        : `${UNSTYLED_FALLBACK};${inline(declarations, theme)}`,
    ]),
  );
}

/**
 * Calls `visit` with the style of every styled element under `node` and of its nearest styled
 * ancestor, in tree order.
 *
 * @param {import('../lib/article-structure.js').ArticleNode} node
 * @param {string | undefined} parent
 * @param {(style: string, parent: string | undefined) => void} visit
 */
function eachStyled(node, parent, visit) {
  if (typeof node === 'string') return;
  if (node.style) visit(node.style, parent);
  for (const child of node.children) eachStyled(child, node.style ?? parent, visit);
}

/**
 * The style of each styled element's nearest styled ancestor in the article's structure
 * (`undefined` for the outermost), in tree order: whose font size an `em` refers to. A style
 * used under two parents that differ is a build error if their font sizes differ (checked below).
 */
const parentStyles = new Map();
eachStyled(articleStructure, undefined, (style, parent) => {
  if (!parentStyles.has(style)) parentStyles.set(style, parent);
});

/** Root font size that `rem` refers to in a mail reader that applies no user setting. */
const ROOT_PX = 16;

/**
 * A length, or `max()` of lengths, in px, given the em size.
 *
 * @param {Length | { max: readonly Length[] }} length
 * @param {number} emPx
 * @returns {number}
 */
const lengthPx = (length, emPx) =>
  'max' in length
    ? Math.max(...length.max.map((each) => lengthPx(each, emPx)))
    : length.n * { px: 1, em: emPx, rem: ROOT_PX }[length.unit];

/** Each length of `value` (a length or `max()`) in px, rounded to a tenth. */
const inPx = (value, emPx) =>
  Array.isArray(value)
    ? value.map((term) => inPx(term, emPx))
    : typeof value === 'object' && ('unit' in value || 'max' in value)
      ? px(Math.round(lengthPx(value, emPx) * 10) / 10)
      : value;

/** Each style's computed font size in px. */
const fontSizes = {};
for (const [name, parent] of parentStyles) {
  const parentPx = parent ? fontSizes[parent] : ROOT_PX;
  const fontSize = elementStyles[name]['font-size'];
  fontSizes[name] = fontSize ? lengthPx(fontSize, parentPx) : parentPx;
}
eachStyled(articleStructure, undefined, (style, parent) => {
  if (fontSizes[parentStyles.get(style)] !== fontSizes[parent]) {
    throw new Error(`generators/styles.mjs: style ${style} sits in parents of different font sizes; email needs one`);
  }
});

/** Declarations mail readers ignore or mishandle, and that the email version can do without. */
const NOT_FOR_EMAIL = new Set(['text-underline-offset', 'box-sizing']);

/**
 * Inline styles for the email-safe page, per name of `elementStyles` the article uses: the same
 * look with colours resolved, lengths in px, and no `max()`, custom property or `all`.
 */
export const emailStyles = Object.fromEntries(
  [...parentStyles].map(([name, parent]) => {
    const declarations = Object.entries(elementStyles[name])
      .filter(([property]) => !NOT_FOR_EMAIL.has(property))
      // font-size's em is the parent's size; every other em is the element's own.
      .map(([property, value]) => [
        property,
        inPx(value, property === 'font-size' ? (parent ? fontSizes[parent] : ROOT_PX) : fontSizes[name]),
      ]);
    return [name, printDeclarations(Object.fromEntries(declarations), resolver('light', colorSchemes.light))];
  }),
);

/** The widget's width in px at its minimum font size (its `max-width`, for frames and email). */
export const ARTICLE_WIDTH_PX = lengthPx(elementStyles.article['max-width'], fontSizes.article);
