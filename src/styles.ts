import { unsafeCSS } from '@lit/reactive-element';

/**
 * The widget's look, kept as data so the build-time generators can inline exactly the same
 * declarations into the no-script fallback and the email version (same look, and the same box
 * size, so the upgrade from fallback to widget does not shift the page).
 *
 * Colours are private custom properties (`--_name`), resolved from the public, tag-prefixed ones
 * on the article element itself: a host stylesheet can theme through the public properties but
 * cannot reach inside to anything else.
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

/** The default font stack: fonts already on the reader's system, never a download. */
export const fontFamily = 'Georgia, Cambria, "Times New Roman", Times, serif';

/** The default of `--leadership-article-border-radius`. */
export const defaultBorderRadius = '8px';

/**
 * What the shadow `article` starts from, before its own look: no inherited or host style, left
 * to right, text selectable. `color-scheme` is the light theme's; `:host([theme])` changes it.
 */
export const articleReset =
  'all:initial;visibility:inherit;direction:ltr;color-scheme:light;-webkit-user-select:text;user-select:text';

/**
 * Declarations per element of the article (by its `style` in article-structure.ts), referring
 * to colours as `var(--_name)`.
 * `font-size` in px with a rem maximum: never under 18px whatever the host's root size,
 * larger if the reader asked their browser for larger text. The names are the shadow DOM's
 * classes, none of which reader modes take for clutter or a byline (Readability's patterns:
 * footer, byline, author, meta, comment, sidebar...), should one ever read that tree.
 */
export const elementStyles = {
  article:
    'display:block;box-sizing:border-box;max-width:31em;margin:0;padding:1.25em 1.5em;' +
    'border:1px solid var(--_border-color);border-radius:var(--_radius);' +
    'background:var(--_background);color:var(--_color);' +
    'font-family:var(--_font-family);font-size:max(18px,1.125rem);font-weight:400;line-height:1.6;text-align:left',
  title: 'margin:0 0 .5em;font-size:1.5em;font-weight:700;line-height:1.25',
  credit: 'margin:0;font-size:.9em;color:var(--_muted-color)',
  epigraph: 'margin:1.25em 0;padding:0 0 0 1em;border-left:3px solid var(--_border-color)',
  quote: 'margin:0;font-style:italic',
  attribution: 'margin:.25em 0 0;font-size:.9em;color:var(--_muted-color)',
  paragraph: 'margin:0 0 1em',
  citation:
    'margin:1.25em 0 .5em;padding:1em 0 0;border-top:1px solid var(--_border-color);font-size:.9em;color:var(--_muted-color)',
  copyright: 'margin:0;font-size:.9em;color:var(--_muted-color)',
  // `overflow-wrap`: the citation's address breaks rather than overflow a narrow column.
  link: 'color:var(--_link-color);text-decoration:underline;text-underline-offset:.15em;overflow-wrap:anywhere',
} as const;

export type StyleName = keyof typeof elementStyles;

/**
 * `--_name: var(--leadership-article-name, light-dark(light, dark))` for every colour: one list
 * for both themes, chosen by `color-scheme` (set per `theme` below).
 */
const colorProperties = Object.keys(palettes.light)
  .map(
    (name) =>
      `--_${name}:var(--leadership-article-${name},light-dark(${palettes.light[name as ColorName]},${palettes.dark[name as ColorName]}))`,
  )
  .join(';');

/**
 * The element's stylesheet. The article sits in a `div` as an inline-block: an atomic inline box,
 * which the page's text decorations (`line-through` on an ancestor, a link around the element)
 * do not propagate into, and which an ancestor's `::first-line`, `::first-letter` and (outside
 * WebKit) `-webkit-line-clamp` treat as one line. The `div` starts from `all:initial` with no
 * font size, so the line holding the article is exactly as tall as the article. `!important`
 * on `:host` beats even the page's `!important` (inner context wins for important rules); zoom
 * is undone by script (guards.ts), since an ancestor's zoom multiplies with the element's.
 * On paper the card's chrome goes, the text turns black, and the copyright link's address, which
 * its text does not show, follows it (the citation's text is its address). Each line ends in
 * `\` (a template literal's line continuation), so the rules ship without line breaks.
 */
export const styles = unsafeCSS(`\
:host{display:block;-webkit-line-clamp:none!important}\
:host([hidden]){display:none}\
div{all:initial;display:block;visibility:inherit;font-size:0}\
div>article{display:inline-block;vertical-align:top;width:100%}\
article{${articleReset};${colorProperties};--_font-family:var(--leadership-article-font-family,${fontFamily});--_radius:var(--leadership-article-border-radius,${defaultBorderRadius});${elementStyles.article}}\
:host([theme=dark]) article{color-scheme:dark}\
:host([theme=auto]) article{color-scheme:light dark}\
.title{${elementStyles.title}}\
.credit{${elementStyles.credit}}\
figure{${elementStyles.epigraph}}\
blockquote{${elementStyles.quote}}\
figcaption{${elementStyles.attribution}}\
.paragraph{${elementStyles.paragraph}}\
.citation{${elementStyles.citation}}\
.copyright{${elementStyles.copyright}}\
a{${elementStyles.link};cursor:pointer}\
a:focus-visible{outline:2px solid var(--_link-color);outline-offset:2px;border-radius:2px}\
@media print{article{border:0;padding:0;max-width:none;background:none;--_color:#000;--_muted-color:#000;--_link-color:#000}.copyright a:after{content:" (" attr(href) ")"}}`);
