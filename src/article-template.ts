import { article } from './article.js';

/**
 * The article's DOM, built from the data once per heading level and then cloned by every
 * instance: nothing about the article is recomputed per instance. Built with DOM calls and
 * `textContent`-style text nodes (no HTML parsing), so it needs no Trusted Types policy.
 */

type Child = Node | string;

/** `<tag attributes…>children…</tag>` */
const element = (tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement => {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  node.append(...children);
  return node;
};

const link = ({ href, text }: { href: string; text: string }) =>
  element('a', { href, target: '_blank', rel: 'noopener' }, text);

const templates: HTMLTemplateElement[] = [];

/** A fresh copy of the article, its title a heading of `level` (1 to 6). */
export function articleContent(level: number): Node {
  let template = templates[level];
  if (!template) {
    const { title, byline, date, epigraph, paragraphs, citation, copyright } = article;
    template = templates[level] = document.createElement('template');
    template.content.append(
      element(
        'article',
        { lang: 'en', dir: 'ltr', 'aria-labelledby': 'title' },
        element(`h${level}`, { id: 'title' }, title),
        element('p', { class: 'byline' }, byline, element('br', {}), element('time', { datetime: date.iso }, date.text)),
        element('figure', {}, element('blockquote', {}, epigraph.quote), element('figcaption', {}, epigraph.attribution)),
        ...paragraphs.map((text) => element('p', { class: 'paragraph' }, text)),
        element(
          'footer',
          {},
          element('p', { class: 'citation' }, `${citation.text} `, link(citation.link)),
          element('p', { class: 'copyright' }, link(copyright)),
        ),
      ),
    );
  }
  return template.content.cloneNode(true);
}
