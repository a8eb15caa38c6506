import { createHash } from 'node:crypto';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  HEADING_LEVELS,
  THEMES,
  type HeadingLevel,
  type Theme,
} from '../attributes.js';
import { TAG_NAME } from '../attributes.js';
import { articleMarkup, escapeAttribute } from './markup.js';

/**
 * The paste-ready snippet: the whole article as styled fallback markup inside
 * `<leadership-article>`, then the script, carried in the snippet itself (dist/embed.html) or
 * loaded from a version-pinned URL with Subresource Integrity (dist/embed-cdn.html).
 */

/** The npm package is named after its element, so the tag's name is also its CDN path. */
export const PACKAGE_NAME = TAG_NAME;

/**
 * The public base URL of dist/, with a trailing slash: `LEADERSHIP_ARTICLE_PUBLIC_URL` when set
 * (self-hosting; keep the version in it so every URL stays immutable), else jsDelivr's URL of
 * this exact npm version.
 */
export function publicBaseUrl(version: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env['LEADERSHIP_ARTICLE_PUBLIC_URL']?.trim();
  const base = configured || `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/`;
  return base.endsWith('/') ? base : `${base}/`;
}

/** `sha384-...`, the Subresource Integrity value of a file's bytes. */
export const integrityOf = (bytes: Uint8Array | string): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * A script's code as a `data:` URL that survives where the snippet is pasted, about a fifth
 * smaller than base64: the code as it is, percent-encoding only what an HTML attribute, a URL
 * or a template language would read otherwise: `%`, `"`, `&`, `<`, `>`, `#` (a fragment), line
 * breaks (a URL drops them), anything beyond ASCII, and every `{`, which would open a Liquid,
 * Jinja or Go template tag (`{{`, `{%`) or a Svelte expression, even inside an attribute.
 */
export function scriptDataUrl(code: Uint8Array | string): string {
  const encoded = Buffer.from(code)
    .toString('utf8')
    .replace(/[^ -~]|[%"&<>#]/gu, (char) =>
      /[ -~]/.test(char) ? `%${char.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(char),
    )
    .replace(/\{/g, '%7B');
  return `data:text/javascript;charset=utf-8,${encoded}`;
}

/** What every output that carries the element's script is given. */
export interface ScriptOptions {
  /** The bytes of dist/leadership-article.js. */
  bundle: Uint8Array | string;
  /** Where that file is served; omitted, the code carries it as a `data:` URL. */
  scriptUrl?: string | undefined;
  /** The element's `theme`, and the fallback's colours. */
  theme?: Theme;
  /** The element's `heading-level`, and the fallback's heading. */
  headingLevel?: HeadingLevel;
}

/** A build-time mistake in the options: fails loudly, naming it. */
const invalid = (message: string): never => {
  throw new TypeError(`embedSnippet: ${message}`);
};

/** The options checked, with their defaults: a mistake here is the build's, never a reader's. */
export function checkedScriptOptions({
  bundle,
  scriptUrl,
  theme = DEFAULT_THEME,
  headingLevel = DEFAULT_HEADING_LEVEL,
}: ScriptOptions): Required<Omit<ScriptOptions, 'scriptUrl'>> & { scriptUrl: string | undefined } {
  if (!(typeof bundle == 'string' || bundle instanceof Uint8Array) || !bundle.length) {
    invalid('`bundle` must be the bytes of dist/leadership-article.js (a Buffer, Uint8Array or string).');
  }
  if (!THEMES.includes(theme)) invalid(`\`theme\` must be one of ${THEMES.join(', ')}, not ${JSON.stringify(theme)}.`);
  if (!HEADING_LEVELS.includes(headingLevel)) {
    invalid(`\`headingLevel\` must be one of ${HEADING_LEVELS.join(', ')}, not ${JSON.stringify(headingLevel)}.`);
  }
  if (scriptUrl !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(scriptUrl, 'https://host.invalid/').protocol;
    } catch {
      // reported below
    }
    if (typeof scriptUrl != 'string' || !scriptUrl.trim() || !/^https?:$/.test(protocol ?? '')) {
      invalid(`\`scriptUrl\` must be an http(s) URL or a path, not ${JSON.stringify(scriptUrl)}.`);
    }
  }
  return { bundle, scriptUrl, theme, headingLevel };
}

/** The element's attributes for `theme` and `headingLevel`, none at their defaults. */
export function elementAttributes(theme: Theme, headingLevel: HeadingLevel): [string, string][] {
  const attributes: [string, string][] = [];
  if (theme !== DEFAULT_THEME) attributes.push(['theme', theme]);
  if (headingLevel !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', String(headingLevel)]);
  return attributes;
}

/** The script's attributes: its code as a data: URL, or `scriptUrl` checked by its hash. */
export const scriptAttributes = (bundle: Uint8Array | string, scriptUrl: string | undefined): [string, string][] =>
  scriptUrl === undefined
    ? [['src', scriptDataUrl(bundle)]]
    : [
        ['src', scriptUrl],
        ['integrity', integrityOf(bundle)],
        ['crossorigin', 'anonymous'],
      ];

/**
 * The snippet, on one line in a `<div>`: `<leadership-article>` holding the styled fallback,
 * then the script. The `<div>` keeps the paste whole: it closes a `<p>` that an editor or
 * wpautop put around the paste and starts an HTML block even straight after a Markdown
 * paragraph. Only tags common sanitizers keep; no inline script, event handler or declarative
 * shadow DOM. Self-contained, the script is a `data:` URL, not inline code, which a sanitizer
 * that drops `<script>` but keeps its text (WordPress's kses) would show as text, and carries no
 * `integrity`, which Firefox refuses on a data: script.
 */
export function embedSnippet(options: ScriptOptions): string {
  const { bundle, scriptUrl, theme, headingLevel } = checkedScriptOptions(options);
  const script = `<script defer${scriptAttributes(bundle, scriptUrl)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}></script>`;
  const attributes = elementAttributes(theme, headingLevel)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  // One line: WordPress's wpautop turns line breaks into <br> and paragraphs (see articleMarkup).
  return `<div><${TAG_NAME}${attributes}>${articleMarkup({ styled: true, headingLevel, theme, paste: true })}</${TAG_NAME}>${script}</div>\n`;
}
