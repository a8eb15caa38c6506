/**
 * The widget's look (lib/styles.js, compiled from src/styles.ts) as inline `style` attribute
 * values, for markup that has no stylesheet of its own: the no-script fallback of the snippet
 * and the email-safe page.
 */
import { articleStructure } from '../lib/article-structure.js';
import { articleReset, defaultBorderRadius, elementStyles, fontFamily, palettes } from '../lib/styles.js';

/** The `theme` attribute's values, and the `color-scheme` each gives the article. */
export const COLOR_SCHEMES = { light: 'light', dark: 'dark', auto: 'light dark' };

/** Every `var(--_name)` the element styles use, resolved per theme to its default. */
const themeValues = (palette) => ({
  ...palette,
  // Single quotes: the value goes inside a double-quoted attribute, and `&quot;` there would
  // make WordPress's kses drop the whole declaration (it rejects CSS containing `&`).
  'font-family': fontFamily.replaceAll('"', "'"),
  radius: defaultBorderRadius,
});
const values = { light: themeValues(palettes.light), dark: themeValues(palettes.dark) };

/** `a:b;c:d` → `['a:b', 'c:d']`, trimmed. */
const declarations = (css) =>
  css
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean);

/** Replaces each `var(--_name)` with `value(name)`; an unknown name is a build error. */
const replaceVariables = (css, value) =>
  css.replace(/var\(--_([\w-]+)\)/g, (_, name) => {
    if (!(name in values.light)) throw new Error(`generators/styles.mjs: no value for --_${name}`);
    return value(name);
  });

/**
 * Replaces each `var(--_name)` with its default for `theme`. For `auto`, a declaration holding
 * a colour is written twice, the light value then `light-dark(light, dark)`: browsers without
 * `light-dark()`, and filters that drop unknown functions (WordPress's kses), keep the light one.
 */
export function resolveColors(css, theme = 'light') {
  if (theme !== 'auto') return replaceVariables(css, (name) => values[theme][name]);
  return declarations(css)
    .flatMap((declaration) => {
      const light = replaceVariables(declaration, (name) => values.light[name]);
      const both = replaceVariables(declaration, (name) =>
        name in palettes.light ? `light-dark(${values.light[name]},${values.dark[name]})` : values.light[name],
      );
      return light === both ? [light] : [light, both];
    })
    .join(';');
}

/**
 * The declarations the widget puts on its `<article>` before its own look (`all:initial`,
 * `direction`, …), with `color-scheme` the theme's, as the stylesheet's `:host([theme])` rules
 * set it.
 */
const articleResetDeclarations = (theme) =>
  declarations(articleReset).map((declaration) =>
    declaration.startsWith('color-scheme:') ? `color-scheme:${COLOR_SCHEMES[theme]}` : declaration,
  );

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
 * @param {'light'|'dark'|'auto'} [theme='light']
 */
export function fallbackStylesFor(theme = 'light') {
  if (!Object.hasOwn(COLOR_SCHEMES, theme)) throw new RangeError(`generators/styles.mjs: no theme ${theme}`);
  return Object.fromEntries([
    [
      'article',
      [...articleResetDeclarations(theme), ...declarations(resolveColors(elementStyles.article, theme))].join(';'),
    ],
    ...Object.entries(elementStyles)
      .filter(([name]) => name !== 'article')
      .map(([name, css]) => [name, `${UNSTYLED_FALLBACK};${resolveColors(css, theme)}`]),
  ]);
}

/** The light theme's fallback styles. */
export const fallbackStyles = fallbackStylesFor('light');

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

const round = (px) => `${Math.round(px * 10) / 10}px`;

/** A length (`18px`, `1.5em`, `1.125rem`, `max(18px,1.125rem)`) in px, given the em size. */
function lengthPx(value, emPx) {
  const max = /^max\((.*)\)$/.exec(value);
  if (max) return Math.max(...max[1].split(',').map((part) => lengthPx(part.trim(), emPx)));
  const match = /^(-?[\d.]+)(px|em|rem)$/.exec(value);
  if (!match) throw new Error(`generators/styles.mjs: cannot turn ${value} into px`);
  const number = Number(match[1]);
  return match[2] === 'px' ? number : number * (match[2] === 'em' ? emPx : ROOT_PX);
}

/** Each style's computed font size in px. */
const fontSizes = {};
for (const [name, parent] of parentStyles) {
  const parentPx = parent ? fontSizes[parent] : ROOT_PX;
  const fontSize = declarations(elementStyles[name]).find((d) => d.startsWith('font-size:'));
  fontSizes[name] = fontSize ? lengthPx(fontSize.slice('font-size:'.length), parentPx) : parentPx;
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
    const parentPx = parent ? fontSizes[parent] : ROOT_PX;
    const css = declarations(resolveColors(elementStyles[name]))
      .filter((declaration) => !NOT_FOR_EMAIL.has(declaration.split(':')[0]))
      .map((declaration) => {
        const [property, ...rest] = declaration.split(':');
        const value = rest.join(':');
        // font-size's em is the parent's size; every other em is the element's own.
        const emPx = property === 'font-size' ? parentPx : fontSizes[name];
        if (property === 'font-size') return `font-size:${round(lengthPx(value, emPx))}`;
        return `${property}:${value.replace(
          /(^|[\s(,])(-?[\d.]+)(em|rem)\b/g,
          (_, before, number, unit) => before + round(lengthPx(`${number}${unit}`, emPx)),
        )}`;
      });
    return [name, css.join(';')];
  }),
);

/** The widget's width in px at its minimum font size (its `max-width`, for frames and email). */
export const ARTICLE_WIDTH_PX = Number(/max-width:([\d.]+)px/.exec(emailStyles.article)[1]);
