import type { Theme } from '../attributes.js';

/**
 * The widget's look, as data: per part of the article a record of CSS property -> value, and the
 * values those refer to by name (colours per theme, the font stack, the corner radius). Printed,
 * never parsed, into the element's stylesheet (stylesheet.ts), the no-script fallback's inline
 * styles and the email's px-only styles (generators/styles.mjs): same look, and the same box
 * size, so the upgrade from fallback to widget does not shift the page.
 *
 * A named value is read in the stylesheet through a private custom property (`--_name`),
 * resolved from the public, tag-prefixed one on the article element itself: a host stylesheet can
 * theme through the public properties but cannot reach inside to anything else. Inline styles
 * write the default instead.
 */

/** Default colours per theme. Every text/background pair here has a contrast of 4.5:1 or more. */
export const palettes = {
  light: {
    background: '#ffffff',
    color: '#1f2328',
    'muted-color': '#59636e',
    'link-color': '#0550ae',
    'border-color': '#d1d9e0',
  },
  dark: {
    background: '#0d1117',
    color: '#e6edf3',
    'muted-color': '#9198a1',
    'link-color': '#58a6ff',
    'border-color': '#3d444d',
  },
} as const;

export type ColorName = keyof (typeof palettes)['light'];

/** The default fonts, in order: fonts already on the reader's system, never a download. */
export const fontFamilies = ['Georgia', 'Cambria', 'Times New Roman', 'Times', 'serif'] as const;

/** `families` as CSS lists them, each name holding a space between `quote`s. */
export const fontStack = (families: readonly string[], quote: string): string =>
  families.map((family) => (family.includes(' ') ? quote + family + quote : family)).join(', ');

/** The default of `--leadership-article-border-radius`. */
export const defaultBorderRadius = '8px';

/** The named values that are the same in every theme, with their defaults. */
export const settings = {
  'font-family': /* @__PURE__ */ fontStack(fontFamilies, '"'),
  'border-radius': defaultBorderRadius,
} as const;

/** A value the page can set as `--leadership-article-<name>`: a colour or a setting. */
export type TokenName = ColorName | keyof typeof settings;

/** The `color-scheme` each theme gives the article. */
export const colorSchemes: Readonly<Record<Theme, string>> = { light: 'light', dark: 'dark', auto: 'light dark' };

export interface Length {
  readonly n: number;
  readonly unit: 'px' | 'em' | 'rem';
}
/** One part of a value: a keyword or number as written, a length, `max()` of lengths, a named value. */
export type Term =
  | string
  | number
  | Length
  | { readonly max: readonly Length[] }
  | { readonly token: TokenName }
  | typeof themeColorScheme;
/** A declaration's value: one term, or several separated by spaces. */
export type Value = Term | readonly Term[];
export type Declarations = Readonly<Record<string, Value>>;

export const px = (n: number): Length => ({ n, unit: 'px' });
export const em = (n: number): Length => ({ n, unit: 'em' });
const rem = (n: number): Length => ({ n, unit: 'rem' });
const max = (...lengths: Length[]) => ({ max: lengths });
export const token = (name: TokenName) => ({ token: name });
/** The theme's `color-scheme`: in the stylesheet the default theme's, which `:host([theme])` changes. */
export const themeColorScheme = { colorScheme: true } as const;

/**
 * What the shadow `article` starts from, before its own look: no inherited or host style, left
 * to right, text selectable.
 */
export const articleReset: Declarations = {
  all: 'initial',
  visibility: 'inherit',
  direction: 'ltr',
  'color-scheme': themeColorScheme,
  '-webkit-user-select': 'text',
  'user-select': 'text',
};

/**
 * Declarations per element of the article (by its `style` in article-structure.ts).
 * `font-size` in px with a rem maximum: never under 18px whatever the host's root size,
 * larger if the reader asked their browser for larger text. The names are the shadow DOM's
 * classes, none of which reader modes take for clutter or a byline (Readability's patterns:
 * footer, byline, author, meta, comment, sidebar...), should one ever read that tree.
 */
export const elementStyles = {
  article: {
    display: 'block',
    'box-sizing': 'border-box',
    'max-width': em(31),
    margin: 0,
    padding: [em(1.25), em(1.5)],
    border: [px(1), 'solid', token('border-color')],
    'border-radius': token('border-radius'),
    background: token('background'),
    color: token('color'),
    'font-family': token('font-family'),
    'font-size': max(px(18), rem(1.125)),
    'font-weight': 400,
    'line-height': 1.6,
    'text-align': 'left',
  },
  title: { margin: [0, 0, em(0.5)], 'font-size': em(1.5), 'font-weight': 700, 'line-height': 1.25 },
  credit: { margin: 0, 'font-size': em(0.9), color: token('muted-color') },
  epigraph: {
    margin: [em(1.25), 0],
    padding: [0, 0, 0, em(1)],
    'border-left': [px(3), 'solid', token('border-color')],
  },
  quote: { margin: 0, 'font-style': 'italic' },
  attribution: { margin: [em(0.25), 0, 0], 'font-size': em(0.9), color: token('muted-color') },
  paragraph: { margin: [0, 0, em(1)] },
  citation: {
    margin: [em(1.25), 0, em(0.5)],
    padding: [em(1), 0, 0],
    'border-top': [px(1), 'solid', token('border-color')],
    'font-size': em(0.9),
    color: token('muted-color'),
  },
  copyright: { margin: 0, 'font-size': em(0.9), color: token('muted-color') },
  // `overflow-wrap`: the citation's address breaks rather than overflow a narrow column.
  link: {
    color: token('link-color'),
    'text-decoration': 'underline',
    'text-underline-offset': em(0.15),
    'overflow-wrap': 'anywhere',
  },
} as const satisfies Record<string, Declarations>;

export type StyleName = keyof typeof elementStyles;

/** How one output writes what the look leaves open: named values and the colour scheme. */
export interface Resolver {
  token(name: TokenName): string;
  colorScheme: string;
}

/** `.5`, `1.25`, `31`: numbers as CSS writes them shortest. */
const number = (n: number): string => (n > 0 && n < 1 ? String(n).slice(1) : String(n));

const term = (part: Term, resolve: Resolver): string =>
  typeof part !== 'object'
    ? String(part)
    : 'unit' in part
      ? number(part.n) + part.unit
      : 'max' in part
        ? `max(${part.max.map((length) => term(length, resolve)).join(',')})`
        : 'token' in part
          ? resolve.token(part.token)
          : resolve.colorScheme;

/** `property:value`. */
export const printDeclaration = (property: string, value: Value, resolve: Resolver): string =>
  `${property}:${(Array.isArray(value) ? value : [value]).map((part: Term) => term(part, resolve)).join(' ')}`;

/** `a:b;c:d`, in the record's order. */
export const printDeclarations = (declarations: Declarations, resolve: Resolver): string =>
  Object.entries(declarations)
    .map(([property, value]) => printDeclaration(property, value, resolve))
    .join(';');
