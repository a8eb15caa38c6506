/**
 * The values the element's attributes accept, and what unset means. The element, the look, the
 * generators, the `snippet` command and the publish page all take them from here.
 */

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
