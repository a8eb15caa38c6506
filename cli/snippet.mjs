/**
 * `leadership-article snippet`: the paste-ready snippet for the given options, from the
 * generator the build uses, so it is byte for byte what dist/embed.html would be.
 */
import { articleMarkup } from '../generators/markup.mjs';
import { embedSnippet } from '../generators/snippet.mjs';
import { UsageError } from './article.mjs';
import { integrityOf } from './bundles.mjs';

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

/** The one call into generators/snippet.mjs. */
export const snippetFor = ({ bundle, scriptUrl, theme, headingLevel }) =>
  embedSnippetCompat({ bundle, scriptUrl, theme, headingLevel });

/**
 * Shim for today's `embedSnippet({ scriptUrl, integrity })`: adds what the coming
 * `embedSnippet({ bundle, scriptUrl, theme, headingLevel })` does (attributes, heading level,
 * self-contained data: script, the wrapping <div>). Remove it, and call embedSnippet directly,
 * once generators/snippet.mjs takes those options. The fallback's colours stay light here.
 */
function embedSnippetCompat({ bundle, scriptUrl, theme, headingLevel }) {
  const integrity = integrityOf(bundle);
  const src = scriptUrl ?? `data:text/javascript;base64,${bundle.toString('base64')}`;
  let html = embedSnippet({ scriptUrl: src, integrity });
  html = html.replace(articleMarkup({ styled: true }), articleMarkup({ styled: true, headingLevel }));
  const attributes = `${theme !== 'light' ? ` theme="${theme}"` : ''}${headingLevel !== 2 ? ` heading-level="${headingLevel}"` : ''}`;
  html = html.replace('<leadership-article>', `<leadership-article${attributes}>`);
  if (!scriptUrl) html = html.replace(' crossorigin="anonymous"', '');
  return `<div>\n${html.trimEnd()}\n</div>\n`;
}
