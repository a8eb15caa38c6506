import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  HEADING_LEVELS,
  THEMES,
  type HeadingLevel,
  type Theme,
  TAG_NAME,
} from '../attributes.js';
import { warnOnce } from '../warn.js';
import { articleMarkup, type MarkupOptions } from './markup.js';

/**
 * The article as HTML for server rendering (`leadership-article/html.js`): no DOM, no
 * dependency, the markup the snippet's fallback carries, in lower case for JSX, Vue and Svelte.
 * Rendered inside `<leadership-article>`, it is what readers without JavaScript and reader modes
 * get; once the element's script runs on the client, the widget takes its place.
 */

export type { MarkupOptions } from './markup.js';

/** The options, with a warning and the default for a value the element would not take either. */
function accepted({ theme = DEFAULT_THEME, headingLevel = DEFAULT_HEADING_LEVEL }: MarkupOptions) {
  if (!THEMES.includes(theme)) {
    warnOnce(`theme must be one of ${THEMES.join(', ')}, not ${JSON.stringify(theme)}; using ${DEFAULT_THEME}.`);
    theme = DEFAULT_THEME as Theme;
  }
  if (!HEADING_LEVELS.includes(headingLevel)) {
    warnOnce(
      `headingLevel must be one of ${HEADING_LEVELS.join(', ')}, not ${JSON.stringify(headingLevel)}; using ${DEFAULT_HEADING_LEVEL}.`,
    );
    headingLevel = DEFAULT_HEADING_LEVEL as HeadingLevel;
  }
  return { theme, headingLevel };
}

/** The styled article, to render inside `<leadership-article>` given the same options. */
export const articleHTML = (options: MarkupOptions = {}): string =>
  articleMarkup({ ...accepted(options), styled: true });

/** The whole `<leadership-article>` element: its attributes and the article inside. */
export function elementHTML(options: MarkupOptions = {}): string {
  const { theme, headingLevel } = accepted(options);
  const attributes =
    (theme === DEFAULT_THEME ? '' : ` theme="${theme}"`) +
    (headingLevel === DEFAULT_HEADING_LEVEL ? '' : ` heading-level="${headingLevel}"`);
  return `<${TAG_NAME}${attributes}>${articleMarkup({ theme, headingLevel, styled: true })}</${TAG_NAME}>`;
}
