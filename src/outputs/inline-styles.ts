import { articleStructure, type ArticleNode } from '../article/structure.js';
import { THEMES, type Theme } from '../attributes.js';
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
  type ColorName,
  type Declarations,
  type Length,
  type Resolver,
  type StyleName,
  type TokenName,
  type Value,
} from '../look/styles.js';

/**
 * The widget's look (src/styles.ts) written for markup that has no stylesheet of its own: the
 * no-script fallback's inline styles, in every theme, and the email's px-only styles.
 */

/**
 * Every named value, per theme, as inline styles write it. The font stack in single quotes: the
 * value goes inside a double-quoted attribute, and `&quot;` there would make WordPress's kses
 * drop the whole declaration (it rejects CSS containing `&`).
 */
const values = Object.fromEntries(
  Object.entries(palettes).map(([theme, palette]) => [
    theme,
    { ...palette, ...settings, 'font-family': fontStack(fontFamilies, "'") } as Record<TokenName, string>,
  ]),
) as Record<keyof typeof palettes, Record<TokenName, string>>;

const resolver = (palette: keyof typeof palettes, colorScheme: string): Resolver => ({
  token: (name) => values[palette][name],
  colorScheme,
});

const isColor = (name: TokenName): name is ColorName => name in palettes.light;

const holdsColor = (value: Value): boolean =>
  (Array.isArray(value) ? value : [value]).some(
    (term) => typeof term === 'object' && 'token' in term && isColor(term.token),
  );

/** `light-dark(light, dark)` for a colour, and the light value for every other named value. */
const bothThemes: Resolver = {
  token: (name) => (isColor(name) ? `light-dark(${values.light[name]},${values.dark[name]})` : values.light[name]),
  colorScheme: colorSchemes.auto,
};

/** One declaration of an inline style, printed. */
export type InlineDeclaration = readonly [property: string, value: string];

/**
 * `declarations` as inline CSS in `theme`, one entry per declaration written. For `auto`, a
 * declaration holding a colour is written twice, the light value then `light-dark(light, dark)`:
 * browsers without `light-dark()`, and filters that drop unknown functions (WordPress's kses),
 * keep the light one.
 */
function inline(declarations: Declarations, theme: Theme): InlineDeclaration[] {
  const light = resolver(theme === 'dark' ? 'dark' : 'light', colorSchemes[theme]);
  return Object.entries(declarations).flatMap(([property, value]) => [
    split(printDeclaration(property, value, light)),
    ...(theme === 'auto' && holdsColor(value) ? [split(printDeclaration(property, value, bothThemes))] : []),
  ]);
}

const split = (declaration: string): InlineDeclaration => {
  const colon = declaration.indexOf(':');
  return [declaration.slice(0, colon), declaration.slice(colon + 1)];
};

/**
 * The fallback style of an element with no entry in `elementStyles` (the date's `time`): the
 * host page's rules dropped, the browser's defaults back, as inside a shadow root.
 */
export const UNSTYLED_FALLBACK: readonly InlineDeclaration[] = [['all', 'revert']];

/**
 * The fallback's declarations in `theme`, per name of `elementStyles`, giving it the widget's
 * look and box: the article starts from `all:initial` exactly like the shadow one, and every
 * child from `all:revert`, which drops the host page's rules and leaves the browser's defaults,
 * as inside a shadow root. Host rules marked `!important` still win.
 */
export function fallbackDeclarationsFor(theme: Theme): Record<StyleName, readonly InlineDeclaration[]> {
  if (!THEMES.includes(theme)) throw new RangeError(`fallbackDeclarationsFor: no theme ${String(theme)}`);
  const styles = {} as Record<StyleName, readonly InlineDeclaration[]>;
  for (const name of Object.keys(elementStyles) as StyleName[]) {
    styles[name] =
      name === 'article'
        ? inline({ ...articleReset, ...elementStyles.article }, theme)
        : [...UNSTYLED_FALLBACK, ...inline(elementStyles[name], theme)];
  }
  return styles;
}

/** Declarations as a `style` attribute writes them. */
export const styleText = (declarations: readonly InlineDeclaration[]): string =>
  declarations.map(([property, value]) => `${property}:${value}`).join(';');

/** The fallback's inline `style` values in `theme`, per name of `elementStyles`. */
export const fallbackStylesFor = (theme: Theme = 'light'): Record<StyleName, string> =>
  Object.fromEntries(
    Object.entries(fallbackDeclarationsFor(theme)).map(([name, declarations]) => [name, styleText(declarations)]),
  ) as Record<StyleName, string>;

/** Calls `visit` with the style of every styled element under `node` and its nearest styled ancestor's. */
function eachStyled(
  node: ArticleNode,
  parent: StyleName | undefined,
  visit: (style: StyleName, parent: StyleName | undefined) => void,
): void {
  if (typeof node === 'string') return;
  if (node.style) visit(node.style, parent);
  for (const child of node.children) eachStyled(child, node.style ?? parent, visit);
}

/**
 * Each styled element's nearest styled ancestor (`undefined` for the outermost): whose font size
 * an `em` refers to. A style used under two parents of different font sizes is a build error.
 */
const parentStyles = new Map<StyleName, StyleName | undefined>();
eachStyled(articleStructure, undefined, (style, parent) => {
  if (!parentStyles.has(style)) parentStyles.set(style, parent);
});

/** Root font size that `rem` refers to in a mail reader that applies no user setting. */
const ROOT_PX = 16;

type LengthOrMax = Length | { readonly max: readonly Length[] };

const lengthPx = (length: LengthOrMax, emPx: number): number =>
  'max' in length
    ? Math.max(...length.max.map((each) => lengthPx(each, emPx)))
    : length.n * { px: 1, em: emPx, rem: ROOT_PX }[length.unit];

const isLength = (value: unknown): value is LengthOrMax =>
  typeof value === 'object' && value !== null && ('unit' in value || 'max' in value);

/** Each length of `value` in px, rounded to a tenth. */
const inPx = (value: Value, emPx: number): Value =>
  Array.isArray(value)
    ? value.map((term: Value) => inPx(term, emPx) as Exclude<Value, readonly unknown[]>)
    : isLength(value)
      ? px(Math.round(lengthPx(value, emPx) * 10) / 10)
      : value;

const fontSizes = new Map<StyleName, number>();
for (const [name, parent] of parentStyles) {
  const parentPx = parent ? fontSizes.get(parent)! : ROOT_PX;
  const fontSize = (elementStyles[name] as Declarations)['font-size'];
  fontSizes.set(name, fontSize && isLength(fontSize) ? lengthPx(fontSize, parentPx) : parentPx);
}
eachStyled(articleStructure, undefined, (style, parent) => {
  const expected = parentStyles.get(style);
  if ((expected && fontSizes.get(expected)) !== (parent && fontSizes.get(parent))) {
    throw new Error(`inline-styles: style ${style} sits in parents of different font sizes; email needs one`);
  }
});

/** Declarations mail readers ignore or mishandle, and that the email version can do without. */
const NOT_FOR_EMAIL = new Set(['text-underline-offset', 'box-sizing']);

/**
 * Inline styles for the email-safe page, per name of `elementStyles` the article uses: the same
 * look with colours resolved, lengths in px, and no `max()`, custom property or `all`.
 */
export const emailStyles: Partial<Record<StyleName, string>> = Object.fromEntries(
  [...parentStyles].map(([name, parent]) => {
    const declarations = Object.entries(elementStyles[name] as Declarations)
      .filter(([property]) => !NOT_FOR_EMAIL.has(property))
      // font-size's em is the parent's size; every other em is the element's own.
      .map(([property, value]) => [
        property,
        inPx(value, property === 'font-size' ? (parent ? fontSizes.get(parent)! : ROOT_PX) : fontSizes.get(name)!),
      ]);
    return [name, printDeclarations(Object.fromEntries(declarations), resolver('light', colorSchemes.light))];
  }),
);

/** The widget's width in px at its minimum font size (its `max-width`, for frames and email). */
export const ARTICLE_WIDTH_PX = lengthPx(elementStyles.article['max-width'], fontSizes.get('article')!);
