/** `leadership-article/article.js`: the article's words, their structure and reading order, as data. */
export { article, authorName, COPYRIGHT_URL, SOURCE_URL, type Article, type RequiredLink } from './article.js';
export {
  articleStructure,
  collapse,
  HEADING,
  readingOrder,
  type ArticleElement,
  type ArticleNode,
  type Section,
} from './structure.js';
