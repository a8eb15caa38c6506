/**
 * The element's name, the values its attributes accept, and what unset means. The element, the
 * look, the outputs, the `check` command and the publish page all take them from here.
 */

/** The element's tag name, which is also the npm package's name. */
export const TAG_NAME = 'leadership-article';

/** Accepted values of the `theme` attribute; unset, or anything else (with a warning), is `light`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'light';

/**
 * Accepted values of the `heading-level` attribute; unset, or anything else (with a warning), is
 * `2`, which suits a blog post whose own title is the page's `h1`.
 */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
