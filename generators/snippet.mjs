/**
 * The paste-ready snippets: the whole article as styled fallback markup inside
 * `<leadership-article>`, then the script, either carried in the snippet itself
 * (dist/embed.html) or loaded from a version-pinned URL with Subresource Integrity
 * (dist/embed-cdn.html). A demo or self-hosting server can call {@link embedSnippet} with its own
 * script URL: the hash stays valid because the file is the same.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from '../lib/attributes.js';
import { TAG_NAME } from '../lib/warn.js';
import { articleMarkup, escapeAttribute } from './markup.mjs';

export { TAG_NAME };

/** The npm package is named after its element, so the tag's name is also its CDN path. */
export const PACKAGE_NAME = TAG_NAME;

/**
 * The public base URL of dist/, with a trailing slash: `LEADERSHIP_ARTICLE_PUBLIC_URL` when set
 * (self-hosting; keep the version in it so every URL stays immutable), else jsDelivr's URL of
 * this exact npm version.
 *
 * @param {string} version package.json's version
 * @param {NodeJS.ProcessEnv} [env]
 */
export function publicBaseUrl(version, env = process.env) {
  const configured = env.LEADERSHIP_ARTICLE_PUBLIC_URL?.trim();
  const base = configured || `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/`;
  return base.endsWith('/') ? base : `${base}/`;
}

/** `sha384-…`, the Subresource Integrity value of a file's bytes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The integrity value of a file on disk (e.g. dist/leadership-article.js). */
export const integrityOfFile = async (path) => integrityOf(await readFile(path));

/**
 * A script's code as a `data:` URL that survives where the snippet is pasted, about a fifth
 * smaller than base64: the code as it is, percent-encoding only what an HTML attribute, a URL
 * or a template language would read otherwise: `%`, `"`, `&`, `<`, `>`, `#` (a fragment), line
 * breaks (a URL drops them), anything beyond ASCII, and every `{`, which would open a Liquid,
 * Jinja or Go template tag (`{{`, `{%`) or a Svelte expression, even inside an attribute.
 *
 * @param {Uint8Array|string} code
 */
export function scriptDataUrl(code) {
  const encoded = Buffer.from(code)
    .toString('utf8')
    .replace(/[^ -~]|[%"&<>#]/gu, (char) =>
      /[ -~]/.test(char) ? `%${char.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(char),
    )
    .replace(/\{/g, '%7B');
  return `data:text/javascript;charset=utf-8,${encoded}`;
}

/** A build-time mistake in the options of {@link embedSnippet}: fail loudly, naming it. */
const invalid = (message) => {
  throw new TypeError(`embedSnippet: ${message}`);
};

/**
 * The snippet, on one line in a `<div>`: `<leadership-article>` holding the styled fallback,
 * then the script. The `<div>` keeps the paste whole: it closes a `<p>` that an editor or wpautop put
 * around the paste and starts an HTML block even straight after a Markdown paragraph, where a
 * bare `<article>` would end up outside the element. Only tags that common sanitizers keep,
 * no inline script, no event-handler attribute, no declarative shadow DOM.
 *
 * Without `scriptUrl` the snippet is self-contained: `<script defer src="data:…">` runs the day
 * it is pasted, with no request ({@link scriptDataUrl}). A data: URL, not inline code, because a
 * sanitizer that drops `<script>` but keeps its text (WordPress's kses) would show inline code as
 * text. No
 * `integrity` there: the code is the attribute itself, so a hash beside it protects nothing, and
 * Firefox refuses to run a data: script that carries one (not CORS-enabled nor same-origin).
 *
 * @param {object} options
 * @param {Uint8Array|string} options.bundle the bytes of dist/leadership-article.js
 * @param {string} [options.scriptUrl] where that file is served; omit for a self-contained snippet
 * @param {'light'|'dark'|'auto'} [options.theme='light'] the element's `theme`, and the fallback's colours
 * @param {1|2|3|4|5|6} [options.headingLevel=2] the element's `heading-level`, and the fallback's heading
 * @returns {string} HTML ending in a newline
 */
export function embedSnippet({
  bundle,
  scriptUrl = undefined,
  theme = DEFAULT_THEME,
  headingLevel = DEFAULT_HEADING_LEVEL,
}) {
  if (!(typeof bundle == 'string' || bundle instanceof Uint8Array) || !bundle.length) {
    invalid('`bundle` must be the bytes of dist/leadership-article.js (a Buffer, Uint8Array or string).');
  }
  if (!THEMES.includes(theme)) {
    invalid(`\`theme\` must be one of ${THEMES.join(', ')}, not ${JSON.stringify(theme)}.`);
  }
  if (!HEADING_LEVELS.includes(headingLevel)) {
    invalid(`\`headingLevel\` must be one of ${HEADING_LEVELS.join(', ')}, not ${JSON.stringify(headingLevel)}.`);
  }
  if (scriptUrl !== undefined) {
    let protocol;
    try {
      protocol = new URL(scriptUrl, 'https://host.invalid/').protocol;
    } catch {
      // reported below
    }
    if (typeof scriptUrl != 'string' || !scriptUrl.trim() || !/^https?:$/.test(protocol)) {
      invalid(`\`scriptUrl\` must be an http(s) URL or a path, not ${JSON.stringify(scriptUrl)}.`);
    }
  }
  const script =
    scriptUrl === undefined
      ? `<script defer src="${scriptDataUrl(bundle)}"></script>`
      : `<script defer src="${escapeAttribute(scriptUrl)}" integrity="${integrityOf(bundle)}" crossorigin="anonymous"></script>`;
  const attributes =
    (theme === DEFAULT_THEME ? '' : ` theme="${theme}"`) +
    (headingLevel === DEFAULT_HEADING_LEVEL ? '' : ` heading-level="${headingLevel}"`);
  // One line: WordPress's wpautop turns line breaks into <br> and paragraphs (see articleMarkup).
  return `<div><${TAG_NAME}${attributes}>${articleMarkup({ styled: true, headingLevel, theme, paste: true })}</${TAG_NAME}>${script}</div>\n`;
}
