/** npm entry: `import 'leadership-article'` registers the element and exposes its class. */
export { LeadershipArticleElement, THEMES, type Theme } from './leadership-article.js';
export { defineLeadershipArticle } from './define.js';
export { article, SOURCE_URL, COPYRIGHT_URL, type Article, type RequiredLink } from './article.js';
