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
 */

/** Named values as the private custom properties the article defines. */
const resolver = { token: (name: TokenName) => `var(--_${name})`, colorScheme: colorSchemes[DEFAULT_THEME] };

/**
 * Each colour's default: `light-dark(light,dark)`, one value for both themes, chosen by
 * `color-scheme` (set per theme). Also what element/corrections.ts restores an unreadable custom colour to.
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
  // `!important` here beats even the page's (the inner context wins for important rules): the
  // element keeps its article's height. The page's horizontal overflow stays, beside floats.
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
  // Squeezed to no width and clipped (element/corrections.ts): hidden by the page, no tall blank.
  [':host(:state(squeezed))', { height: '0!important', 'overflow-y': 'hidden!important' }],
  [':host([hidden])', { display: 'none' }],
  // An atomic inline box, which the page's text decorations do not reach into and an ancestor's
  // `::first-line` and line clamp count as one line; no font size, so the line is the article's.
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
  // On paper: no card, black text, and the copyright link's address after it (the citation's text
  // is its address).
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
