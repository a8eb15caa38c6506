/**
 * `leadership-article snippet`: the paste-ready snippet for the given options, from the
 * generator the build uses, so it is byte for byte what dist/embed.html would be.
 */
import { embedSnippet } from '../lib/from-element.mjs';
import { UsageError } from './article.mjs';

export const THEMES = ['light', 'dark', 'auto'];

/** Validates the command's options; a bad one is a UsageError naming what is accepted. */
export function snippetOptions({ src, theme = 'light', 'heading-level': level = '2' }) {
  if (!THEMES.includes(theme)) throw new UsageError(`--theme ${theme}: use one of ${THEMES.join(', ')}.`);
  if (!/^[1-6]$/.test(level)) throw new UsageError(`--heading-level ${level}: use a whole number from 1 to 6.`);
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
  return { scriptUrl: src, theme, headingLevel: Number(level) };
}

/** The one call into the build's generators/snippet.mjs (bundled into lib/from-element.mjs): the function that writes dist/embed.html. */
export const snippetFor = ({ bundle, scriptUrl, theme, headingLevel }) =>
  embedSnippet({ bundle, ...(scriptUrl !== undefined && { scriptUrl }), theme, headingLevel });
