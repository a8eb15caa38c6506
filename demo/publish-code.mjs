/**
 * The code the publish page (demo/publish.html) shows, per option, made by the build's own
 * generators (generators/*.mjs) at request time. The server runs them, not the page: they need
 * Node (the bundle's bytes, SHA-384 for `integrity`), and calling them per request means every
 * option, including any script URL a self-hoster types, gets exactly what `npm run build` would
 * write, with no second copy of the markup and no pre-made variants in dist/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailArticleMarkup } from '../generators/markup.mjs';
import { oembedResponse } from '../generators/pages.mjs';
import { eleventyPlugin, hugoShortcode } from '../generators/integrations.mjs';
import { embedSnippet, publicBaseUrl } from '../generators/snippet.mjs';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from '../lib/attributes.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The "Output" choices, in the order the page lists them. */
export const OUTPUTS = ['snippet', 'cdn', 'email', 'iframe', 'hugo', 'eleventy', 'jekyll', 'wordpress'];

/**
 * Reads the options from a query string, falling back to the defaults on anything unknown and
 * saying so in `warnings` (the page shows them), never throwing.
 *
 * @param {URLSearchParams} query output, theme, level, base
 */
export function readOptions(query) {
  const warnings = [];
  const pick = (name, allowed, fallback) => {
    const value = query.get(name);
    if (value === null || value === '') return fallback;
    if (allowed.includes(value)) return value;
    warnings.push(`${name}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  };
  const output = pick('output', OUTPUTS, 'snippet');
  const theme = pick('theme', THEMES, DEFAULT_THEME);
  const headingLevel = /** @type {import('../lib/attributes.js').HeadingLevel} */ (
    Number(pick('level', HEADING_LEVELS.map(String), `${DEFAULT_HEADING_LEVEL}`))
  );
  let base = (query.get('base') ?? '').trim();
  if (base) {
    let url;
    try {
      url = new URL(base);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      warnings.push(`The script's base URL ${JSON.stringify(base)} is not an http(s) address; using the default.`);
      base = '';
    } else {
      base = url.href.endsWith('/') ? url.href : `${url.href}/`;
    }
  }
  return { output, theme, headingLevel, base, warnings };
}

/**
 * The code for one choice of options, and what to say about it.
 *
 * @param {ReturnType<typeof readOptions> & { bundle: Uint8Array, version: string }} options the
 *   options from {@link readOptions}, with `bundle` (dist/leadership-article.js) and `version`
 *   (package.json's)
 * @returns {{ code: string, preview: string, file?: string, steps: string[], requests: string,
 *   noScript: string, appliesOptions: boolean }}
 */
export function publishCode({ output, theme, headingLevel, base, bundle, version }) {
  // Blank: the build's own default (LEADERSHIP_ARTICLE_PUBLIC_URL, else jsDelivr), as in dist/.
  const dist = base || publicBaseUrl(version);
  const selfHosted = !dist.startsWith('https://cdn.jsdelivr.net/');
  const scriptUrl = `${dist}leadership-article.js`;
  const snippet = embedSnippet({ bundle, theme, headingLevel });
  const cdnSnippet = embedSnippet({ bundle, theme, headingLevel, scriptUrl });
  const selfContained = {
    requests: 'Nothing: the script travels inside the code itself.',
    noScript: 'The article shows as plain styled HTML, in the same place and size, with both links.',
  };
  switch (output) {
    case 'snippet':
      return {
        code: snippet,
        preview: snippet,
        steps: ['Paste it where HTML is accepted (a "Custom HTML" or "Embed" block), whole, from <div> to </div>.'],
        ...selfContained,
        appliesOptions: true,
      };
    case 'cdn':
      return {
        code: cdnSnippet,
        preview: cdnSnippet,
        steps: [
          selfHosted
            ? `Put the files of dist/ at ${dist} (the script must be served with CORS, as integrity checking needs it).`
            : 'The script comes from jsDelivr once this version is published on npm; to host it yourself, enter your copy of dist/ above.',
          'Paste the code where HTML is accepted, whole, from <div> to </div>.',
        ],
        requests: `One script: ${scriptUrl} (checked against its SHA-384 hash; cached once for every page).`,
        noScript: 'The article shows as plain styled HTML, in the same place and size, with both links.',
        appliesOptions: true,
      };
    case 'email': {
      const email = emailArticleMarkup();
      return {
        code: email,
        preview: email,
        steps: [
          "Paste it into your newsletter editor's HTML block (or its source view).",
          'Mail readers run no script and ignore most styles, so this version has one look: light, title as a heading of its own.',
        ],
        requests: 'Nothing: tables and inline styles only.',
        noScript: 'It never needs one: this is already the no-script version.',
        appliesOptions: false,
      };
    }
    case 'iframe': {
      const embedUrl = `${dist}embed/index.html`;
      const { html } = oembedResponse({ embedUrl, providerUrl: dist });
      return {
        code: `${html}\n`,
        preview: `${html}\n`,
        steps: [
          `Platforms that take a URL (oEmbed): give them ${embedUrl}`,
          'Platforms that take an iframe: paste the code.',
          selfHosted
            ? `Host the files of dist/ at ${dist}, built with LEADERSHIP_ARTICLE_PUBLIC_URL=${dist} so the page points to itself.`
            : 'jsDelivr serves HTML as plain text, so this needs your own copy of dist/: enter its address above.',
        ],
        requests: `One page in a frame: ${embedUrl}`,
        noScript: 'The framed page carries the article as HTML; where the host strips iframes, nothing shows.',
        appliesOptions: false,
      };
    }
    case 'hugo':
      return {
        code: hugoShortcode({ snippet, version }),
        preview: snippet,
        file: 'layouts/shortcodes/leadership-article.html',
        steps: [
          'Save the code as layouts/shortcodes/leadership-article.html in your site (Hugo 0.146 and later: layouts/_shortcodes/).',
          'In the post, on a line of its own: {{< leadership-article >}}',
          'The shortcode passes the snippet through even though Hugo drops raw HTML in Markdown by default.',
        ],
        ...selfContained,
        appliesOptions: true,
      };
    case 'eleventy':
      return {
        code: eleventyPlugin({ snippet, version }),
        preview: snippet,
        file: 'leadership-article.cjs',
        steps: [
          'Save the code as leadership-article.cjs next to your Eleventy config.',
          'In eleventy.config.js: eleventyConfig.addPlugin(require("./leadership-article.cjs"));',
          'In the post, on a line of its own: {% leadershipArticle %}',
        ],
        ...selfContained,
        appliesOptions: true,
      };
    case 'jekyll':
      return {
        code: snippet,
        preview: snippet,
        file: '_includes/leadership-article.html',
        steps: [
          'Save the code as _includes/leadership-article.html in your site.',
          'In the post or layout, on a line of its own with a blank line after it: {% include leadership-article.html %}',
          "With kramdown's parse_block_html on, wrap that line in {::nomarkdown} and {:/nomarkdown} so it stays verbatim.",
        ],
        ...selfContained,
        appliesOptions: true,
      };
    case 'wordpress':
      return {
        code: snippet,
        preview: snippet,
        steps: [
          'In the block editor, add a "Custom HTML" block and paste the code into it, whole. (Classic editor: the "Text" tab.)',
          'Administrators and editors keep the script; for authors and contributors, and on WordPress.com plans without plugins, WordPress removes it and the article shows as its plain styled HTML.',
        ],
        ...selfContained,
        appliesOptions: true,
      };
    default:
      throw new RangeError(`publishCode: unknown output ${output}`);
  }
}

/** A @web/dev-server plugin answering `/publish/code.json?output=…&theme=…&level=…&base=…`. */
export function publishCodePlugin() {
  return {
    name: 'publish-code',
    async serve(context) {
      if (context.path !== '/publish/code.json') return undefined;
      const options = readOptions(context.URL.searchParams);
      const [bundle, pkg] = await Promise.all([
        readFile(join(root, 'dist/leadership-article.js')),
        readFile(join(root, 'package.json'), 'utf8').then(JSON.parse),
      ]);
      const result = publishCode({ ...options, bundle, version: pkg.version });
      const body = { ...result, bytes: Buffer.byteLength(result.code), warnings: options.warnings };
      return { body: JSON.stringify(body), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
