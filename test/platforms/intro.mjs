/**
 * The paragraph every platform page has in its post before the snippet: its left edge is the
 * theme's content column, which the fallback should share. Shared by the builders and tests.
 */
export const INTRO = 'This paragraph comes before the article in the post.';
