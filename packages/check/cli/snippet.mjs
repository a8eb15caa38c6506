/**
 * `leadership-article snippet`: the paste-ready snippet for the given options, from the
 * element package's own outputs, so it is byte for byte what dist/embed.html would be.
 */
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from 'leadership-article/attributes.js';
import { embedSnippet } from 'leadership-article/outputs.js';
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

/** The function that writes dist/embed.html, from the installed element package. */
export const snippetFor = ({ bundle, scriptUrl, theme, headingLevel }) =>
  embedSnippet({ bundle, ...(scriptUrl !== undefined && { scriptUrl }), theme, headingLevel });
