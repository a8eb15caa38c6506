/** The look printed as inline styles: src/outputs/inline-styles.ts, compiled. */
export { ARTICLE_WIDTH_PX, emailStyles, fallbackStylesFor, UNSTYLED_FALLBACK } from '../lib/outputs/inline-styles.js';
