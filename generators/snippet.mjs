/**
 * The paste-ready snippet (dist/embed.html): the whole article as styled fallback markup inside
 * `<leadership-article>`, then one external, version-pinned script with Subresource Integrity.
 * A demo or self-hosting server can call {@link embedSnippet} with its own script URL: the hash
 * stays valid because the file is the same.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { articleMarkup, escapeAttribute } from './markup.mjs';

/** The npm package's name: the tag's name and the CDN path. */
export const PACKAGE_NAME = 'leadership-article';

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
 * The snippet: `<leadership-article>` holding the styled fallback, then
 * `<script defer src integrity crossorigin>`. Only tags that common sanitizers keep, no inline
 * script, no event-handler attribute, no declarative shadow DOM.
 *
 * @param {object} options
 * @param {string} options.scriptUrl where dist/leadership-article.js is served
 * @param {string} options.integrity its `sha384-…` value ({@link integrityOf})
 * @returns {string} HTML ending in a newline
 */
export function embedSnippet({ scriptUrl, integrity }) {
  return [
    `<${PACKAGE_NAME}>`,
    articleMarkup({ styled: true }),
    `</${PACKAGE_NAME}>`,
    `<script defer src="${escapeAttribute(scriptUrl)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>`,
    '',
  ].join('\n');
}
