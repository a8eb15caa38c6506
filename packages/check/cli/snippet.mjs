/**
 * `leadership-article snippet`: the paste-ready snippet for the given options, from the
 * generator the build uses, so it is byte for byte what dist/embed.html would be.
 */
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES, embedSnippet } from '../lib/from-element.mjs';
import { UsageError } from './article.mjs';

/**
 * Validates the command's options; a bad one is a UsageError naming what is accepted.
 *
 * @param {{ src?: string, theme?: string, 'heading-level'?: string }} options as typed
 */
export function snippetOptions({ src, theme = DEFAULT_THEME, 'heading-level': level = `${DEFAULT_HEADING_LEVEL}` }) {
  const chosenTheme = THEMES.find((each) => each === theme);
  if (!chosenTheme) throw new UsageError(`--theme ${theme}: use one of ${THEMES.join(', ')}.`);
  const headingLevel = HEADING_LEVELS.find((each) => `${each}` === level);
  if (!headingLevel) {
    throw new UsageError(
      `--heading-level ${level}: use a whole number from ${HEADING_LEVELS[0]} to ${HEADING_LEVELS.at(-1)}.`,
    );
  }
  if (src !== undefined) {
    let url;
    try {
      url = new URL(src);
    } catch {
      url = undefined;
    }
    if (!src.startsWith('/') && !(url && /^https?:$/.test(url.protocol))) {
      throw new UsageError(`--src ${src}: give the script's http(s) URL or a path from the site's root (/…).`);
    }
  }
  return { scriptUrl: src, theme: chosenTheme, headingLevel };
}

/** The one call into the build's generators/snippet.mjs (bundled into lib/from-element.mjs): the function that writes dist/embed.html. */
export const snippetFor = ({ bundle, scriptUrl, theme, headingLevel }) =>
  embedSnippet({ bundle, ...(scriptUrl !== undefined && { scriptUrl }), theme, headingLevel });
