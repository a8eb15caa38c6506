import { article, type RequiredLink } from './article.js';
import type { StyleName } from '../look/styles.js';

/**
 * The article's structure, as data: which element holds which words of article.ts, in what
 * order, with which look. The element's shadow DOM
 * (element/template.ts), every output (outputs/) and the reading order that the development
 * build and `check` compare with ({@link readingOrder}) are all produced from this one tree, so a
 * new section is added here and in article.ts only.
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

/** One section of the text, in reading order: its name and its words as written. */
export interface Section {
  readonly name: string;
  readonly text: string;
}

/** The section each element's words are (by its look, else its tag), as `check` names them. */
const SECTIONS: Readonly<Record<string, string>> = {
  title: 'title',
  credit: 'byline',
  time: 'date',
  quote: 'epigraph',
  attribution: 'epigraph attribution',
  paragraph: 'paragraph',
  citation: 'citation',
  copyright: 'copyright',
};

/**
 * The article's text in reading order, by section: the one walk of the structure that the
 * development build's comparison of a fallback and `check` both read. Paragraphs are numbered.
 */
export function readingOrder(): Section[] {
  const sections: { name: string; text: string }[] = [];
  let paragraphs = 0;
  const walk = (node: ArticleNode, name: string): void => {
    if (typeof node == 'string') {
      const last = sections[sections.length - 1];
      if (last?.name == name) last.text += node;
      else sections.push({ name, text: node });
      return;
    }
    let own = SECTIONS[node.style ?? node.tag];
    if (own == 'paragraph') own = `paragraph ${++paragraphs}`;
    for (const child of node.children) walk(child, own ?? name);
  };
  walk(articleStructure, '');
  return sections;
}

/** Collapses white space as rendering does: ASCII white space only, so a no-break space stays. */
export const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();
