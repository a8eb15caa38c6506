import { articleStructure, HEADING, type ArticleNode } from '../article/structure.js';

/**
 * The article's DOM, built from its structure (article-structure.ts) once per heading level and
 * then cloned by every instance: nothing about the article is recomputed per instance. Built with
 * DOM calls and text nodes (no HTML parsing), so it needs no Trusted Types policy.
 */

const build = (node: ArticleNode, level: number): Node | string => {
  if (typeof node === 'string') return node;
  const element = document.createElement(node.tag === HEADING ? `h${level}` : node.tag);
  if (node.style) element.className = node.style;
  for (const name in node.attributes) element.setAttribute(name, node.attributes[name]!);
  element.append(...node.children.map((child) => build(child, level)));
  return element;
};

const templates: HTMLTemplateElement[] = [];

/** A fresh copy of the article, its title a heading of `level` (1 to 6). */
export function articleContent(level: number): Node {
  let template = templates[level];
  if (!template) {
    template = templates[level] = document.createElement('template');
    template.content.append(build(articleStructure, level));
  }
  return template.content.cloneNode(true);
}
