import { article, type RequiredLink } from './article.js';
import type { StyleName } from './styles.js';

/**
 * The article's structure, as data: which element holds which field of src/article.ts, in what
 * order, with which look. The element's shadow DOM (article-template.ts), the no-script fallback
 * and the email version (generators/markup.mjs) and the email's font-size nesting
 * (generators/styles.mjs) are all produced from this one tree, so a new section is added here
 * and in src/article.ts only.
 */

/** The title's tag: `h1` to `h6`, at the element's heading level (always `h1` in email). */
export const HEADING = 'heading';

export interface ArticleElement {
  /** The HTML tag name, or {@link HEADING}. */
  readonly tag: string;
  /**
   * The entry of `elementStyles` (src/styles.ts) it takes, and its `class` in the shadow DOM;
   * none: the browser's defaults.
   */
  readonly style: StyleName | undefined;
  /**
   * Its attributes. The shadow DOM's `id` and `aria-labelledby` (its accessible name) are left out
   * of pasted markup, where they could collide with the page's own.
   */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly ArticleNode[];
}

/** An element, or text (written as text, never parsed as HTML). */
export type ArticleNode = ArticleElement | string;

/** `<tag>` with the look `style`, `attributes` and `children`. */
const element = (
  tag: string,
  style?: StyleName,
  attributes: Record<string, string> = {},
  ...children: ArticleNode[]
): ArticleElement => ({ tag, style, attributes, children });

/** A required link, opening in a new tab, which its accessible name says after its visible text. */
const link = ({ href, text }: RequiredLink) =>
  element('a', 'link', { href, target: '_blank', rel: 'noopener', 'aria-label': `${text} (opens in a new tab)` }, text);

const { title, byline, date, epigraph, paragraphs, citation, copyright } = article;

/** The whole article: its one root element. */
export const articleStructure = element(
  'article',
  'article',
  { lang: 'en', dir: 'ltr', 'aria-labelledby': 'title' },
  element(HEADING, 'title', { id: 'title' }, title),
  element('p', 'credit', {}, byline, element('br'), element('time', undefined, { datetime: date.iso }, date.text)),
  element(
    'figure',
    'epigraph',
    {},
    element('blockquote', 'quote', {}, epigraph.quote),
    element('figcaption', 'attribution', {}, epigraph.attribution),
  ),
  ...paragraphs.map((text) => element('p', 'paragraph', {}, text)),
  // Paragraphs of the article itself, in no <footer> or <div>: reader modes (Mozilla's
  // Readability) delete every <footer> and drop a short <div> dense with links, which would
  // take the citation and the copyright with their required links.
  element('p', 'citation', {}, `${citation.text} `, link(citation.link)),
  element('p', 'copyright', {}, link(copyright)),
);
