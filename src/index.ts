/** npm entry: `import 'leadership-article'` registers the element and exposes its class. */
export { LeadershipArticleElement } from './element/leadership-article.js';
export {
  THEMES,
  DEFAULT_THEME,
  HEADING_LEVELS,
  DEFAULT_HEADING_LEVEL,
  type Theme,
  type HeadingLevel,
} from './attributes.js';
export { defineLeadershipArticle } from './element/define.js';
export { article, SOURCE_URL, COPYRIGHT_URL, type Article, type RequiredLink } from './article/article.js';
