/**
 * The widget's look (lib/styles.js, compiled from src/styles.ts) as inline `style` attribute
 * values, for markup that has no stylesheet of its own: the no-script fallback of the snippet
 * and the email-safe page.
 */
import { fontFamily, palettes, parts, styles } from '../lib/styles.js';

/** styles.ts's default for `--leadership-article-border-radius`. */
const RADIUS = '8px';

/** The `theme` attribute's values, and the `color-scheme` each gives the article. */
export const COLOR_SCHEMES = { light: 'light', dark: 'dark', auto: 'light dark' };

/** Every `var(--_name)` the parts use, resolved per theme to its default. */
const themeValues = (palette) => ({
  ...palette,
  // Single quotes: the value goes inside a double-quoted attribute, and `&quot;` there would
  // make WordPress's kses drop the whole declaration (it rejects CSS containing `&`).
  'font-family': fontFamily.replaceAll('"', "'"),
  radius: RADIUS,
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
 * The declarations the widget puts on its `<article>` before the part's own (`all:initial`,
 * `direction`, …): read from the element's stylesheet itself, minus the custom properties that
 * {@link resolveColors} replaces, so both stay one definition. `color-scheme` is the theme's,
 * as the stylesheet's `:host([theme])` rules set it.
 */
function articleResetDeclarations(theme) {
  const rule = /(?:^|\n)article\{([^}]*)\}/.exec(String(styles.cssText));
  if (!rule) throw new Error('generators/styles.mjs: no `article{…}` rule in lib/styles.js');
  return declarations(rule[1])
    .filter((declaration) => !declaration.startsWith('--'))
    .map((declaration) => (declaration.startsWith('color-scheme:') ? `color-scheme:${COLOR_SCHEMES[theme]}` : declaration));
}

/**
 * Inline styles for the fallback markup in `theme`, per part name of `parts` (plus `time`),
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
    ['article', [...articleResetDeclarations(theme), ...declarations(resolveColors(parts.article, theme))].join(';')],
    ...Object.entries(parts)
      .filter(([name]) => name !== 'article')
      .map(([name, css]) => [name, `all:revert;${resolveColors(css, theme)}`]),
    ['time', 'all:revert'],
  ]);
}

/** The light theme's fallback styles. */
export const fallbackStyles = fallbackStylesFor('light');

/** Font size in px of each part's parent, for turning `em` into `px` (email has no `max()`). */
const PARENT_PART = {
  article: undefined,
  title: 'article',
  byline: 'article',
  epigraph: 'article',
  quote: 'epigraph',
  attribution: 'epigraph',
  paragraph: 'article',
  footer: 'article',
  citation: 'footer',
  copyright: 'footer',
  link: 'citation',
};

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

/** Each part's computed font size in px. */
const fontSizes = {};
for (const name of Object.keys(PARENT_PART)) {
  const parentPx = PARENT_PART[name] ? fontSizes[PARENT_PART[name]] : ROOT_PX;
  const fontSize = declarations(parts[name]).find((d) => d.startsWith('font-size:'));
  fontSizes[name] = fontSize ? lengthPx(fontSize.slice('font-size:'.length), parentPx) : parentPx;
}

/** Declarations mail readers ignore or mishandle, and that the email version can do without. */
const NOT_FOR_EMAIL = new Set(['text-underline-offset', 'box-sizing']);

/**
 * Inline styles for the email-safe page, per part name: the same look with colours resolved,
 * lengths in px, and no `max()`, custom property or `all`.
 */
export const emailStyles = Object.fromEntries(
  Object.keys(PARENT_PART).map((name) => {
    const parentPx = PARENT_PART[name] ? fontSizes[PARENT_PART[name]] : ROOT_PX;
    const css = declarations(resolveColors(parts[name]))
      .filter((declaration) => !NOT_FOR_EMAIL.has(declaration.split(':')[0]))
      .map((declaration) => {
        const [property, ...rest] = declaration.split(':');
        const value = rest.join(':');
        // font-size's em is the parent's size; every other em is the element's own.
        const emPx = property === 'font-size' ? parentPx : fontSizes[name];
        if (property === 'font-size') return `font-size:${round(lengthPx(value, emPx))}`;
        return `${property}:${value.replace(/(^|[\s(,])(-?[\d.]+)(em|rem)\b/g, (_, before, number, unit) =>
          before + round(lengthPx(`${number}${unit}`, emPx)),
        )}`;
      });
    return [name, css.join(';')];
  }),
);

/** The widget's width in px at its minimum font size (its `max-width`, for frames and email). */
export const ARTICLE_WIDTH_PX = Number(/max-width:([\d.]+)px/.exec(emailStyles.article)[1]);
