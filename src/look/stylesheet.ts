import { DEFAULT_THEME, THEMES } from '../attributes.js';
import {
  articleReset,
  colorSchemes,
  elementStyles,
  palettes,
  printDeclarations,
  px,
  settings,
  token,
  type ColorName,
  type Declarations,
  type TokenName,
} from './styles.js';

/**
 * The element's stylesheet, printed from the look (styles.ts). The bundle carries only the
 * printed text: rollup evaluates this module at build time (rollup.config.mjs).
 *
 * The article sits in a `div` as an inline-block: an atomic inline box, which the page's text
 * decorations (`line-through` on an ancestor, a link around the element) do not propagate into,
 * and which an ancestor's `::first-line`, `::first-letter` and (outside WebKit)
 * `-webkit-line-clamp` treat as one line. The `div` starts from `all:initial` with no font size,
 * so the line holding the article is exactly as tall as the article. `!important` on `:host`
 * beats even the page's `!important` (inner context wins for important rules): the element keeps
 * the height of its article whatever the page sets for its height, clipping, containment or line
 * clamp. Only the vertical overflow is taken: the page's `overflow:hidden` still makes it a block
 * formatting context beside floats, and cuts nothing once the height is the article's. Zoom is
 * undone by script (guards.ts), since an ancestor's zoom multiplies with the element's.
 * On paper the card's chrome goes, the text turns black, and the copyright link's address, which
 * its text does not show, follows it (the citation's text is its address).
 */

/** Named values as the private custom properties the article defines. */
const resolver = { token: (name: TokenName) => `var(--_${name})`, colorScheme: colorSchemes[DEFAULT_THEME] };

/**
 * Each colour's default: `light-dark(light,dark)`, one value for both themes, chosen by
 * `color-scheme` (set per theme). Also what guards.ts restores an unreadable custom colour to.
 */
export const colorDefaults = Object.fromEntries(
  Object.keys(palettes.light).map((name) => [
    name,
    `light-dark(${palettes.light[name as ColorName]},${palettes.dark[name as ColorName]})`,
  ]),
) as Record<ColorName, string>;

/** `--_name:var(--leadership-article-name,default)` for every named value. */
const fromPage = Object.fromEntries(
  Object.entries({ ...colorDefaults, ...settings }).map(([name, value]) => [
    `--_${name}`,
    `var(--leadership-article-${name},${value})`,
  ]),
);

const black = '#000';

/** Each rule: a selector and its declarations, or an at-rule and its rules. */
type Rule = readonly [string, Declarations | readonly Rule[]];

const rules: readonly Rule[] = [
  [
    ':host',
    {
      display: 'block',
      height: 'auto!important',
      'max-height': 'none!important',
      'overflow-y': 'visible!important',
      clip: 'auto!important',
      'clip-path': 'none!important',
      contain: 'none!important',
      '-webkit-line-clamp': 'none!important',
    },
  ],
  // Squeezed to almost no width and clipped (guards.ts): hidden by the page, and no tall blank.
  [':host(:state(squeezed))', { height: '0!important', 'overflow-y': 'hidden!important' }],
  [':host([hidden])', { display: 'none' }],
  ['div', { all: 'initial', display: 'block', visibility: 'inherit', 'font-size': 0 }],
  ['div>article', { display: 'inline-block', 'vertical-align': 'top', width: '100%' }],
  ['article', { ...articleReset, ...fromPage, ...elementStyles.article }],
  ...THEMES.filter((theme) => theme !== DEFAULT_THEME).map((theme): Rule => [
    `:host([theme=${theme}]) article`,
    { 'color-scheme': colorSchemes[theme] },
  ]),
  ['.title', elementStyles.title],
  ['.credit', elementStyles.credit],
  ['figure', elementStyles.epigraph],
  ['blockquote', elementStyles.quote],
  ['figcaption', elementStyles.attribution],
  ['.paragraph', elementStyles.paragraph],
  ['.citation', elementStyles.citation],
  ['.copyright', elementStyles.copyright],
  ['a', { ...elementStyles.link, cursor: 'pointer' }],
  [
    'a:focus-visible',
    { outline: [px(2), 'solid', token('link-color')], 'outline-offset': px(2), 'border-radius': px(2) },
  ],
  [
    '@media print',
    [
      [
        'article',
        {
          border: 0,
          padding: 0,
          'max-width': 'none',
          background: 'none',
          '--_color': black,
          '--_muted-color': black,
          '--_link-color': black,
        },
      ],
      ['.copyright a:after', { content: '" (" attr(href) ")"' }],
    ],
  ],
];

const print = (list: readonly Rule[]): string =>
  list
    .map(
      ([selector, body]) =>
        `${selector}{${Array.isArray(body) ? print(body as readonly Rule[]) : printDeclarations(body as Declarations, resolver)}}`,
    )
    .join('');

export const stylesheet: string = print(rules);
