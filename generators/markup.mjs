/** The article's structure printed as markup: src/outputs/markup.ts, compiled. */
export { articleMarkup, emailArticleMarkup, escapeAttribute, escapeText } from '../lib/outputs/markup.js';
