/**
 * The code the publish page (demo/publish.html) shows, per choice, made by the build's own
 * outputs (leadership-article/outputs.js). The site build (demo/build.mjs) calls it for every choice ×
 * theme × heading level × script host and writes the results as static files, so the page needs
 * no server and offers exactly what `npm run build` writes for the same options.
 */
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME } from 'leadership-article/attributes.js';
import {
  STACKS,
  eleventyPlugin,
  emailArticleMarkup,
  embedSnippet,
  hugoShortcode,
  integrityOf,
  oembedResponse,
  stackCode,
} from 'leadership-article/outputs.js';

import { KINDS } from './choices.mjs';

export { HEADING_LEVELS, THEMES } from 'leadership-article/attributes.js';

/**
 * The site builders under "My site builder", as the page's menu lists them: WordPress first, the
 * rest by name.
 */
export const BUILDERS = [
  ['wordpress', 'WordPress'],
  ...[
    ['ghost', 'Ghost'],
    ['jekyll', 'Jekyll'],
    ['hugo', 'Hugo'],
    ['eleventy', 'Eleventy'],
    ...Object.entries(STACKS).map(([id, { name }]) => [id, name]),
  ].sort(([, a], [, b]) => a.localeCompare(b, 'en')),
];
/** The engines whose post files are templates, not HTML, in words: "Docusaurus, …, or SvelteKit". */
export const TEMPLATE_ENGINES = ((names) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`)(
  Object.values(STACKS)
    .filter(({ language }) => language !== 'html')
    .map(({ name }) => name),
);
/** The outputs, in the order the page lists them: the plain choices, then the site builders. */
export const OUTPUTS = [
  ...KINDS.map(([kind]) => kind).filter((kind) => kind !== 'builder'),
  ...BUILDERS.map(([id]) => id),
];

/** What each template language's code does, for the steps of the engines that take it. */
const LANGUAGE_STEPS = {
  mdx: [
    'It is the article written in JSX, as MDX requires: MDX stops the build on the HTML code of "Paste into a post".',
    'The script loads once, also when the reader arrives from another page of the site without a reload.',
  ],
  vue: [
    "Its <script setup> part loads the widget's script once the page shows, also after the site's client-side navigation. If the page already has a <script setup>, put the import and the onMounted(…) call in that one.",
  ],
  svelte: ['The script runs also when the reader arrives from another page of the site without a reload.'],
  html: [],
};
/** Where the snippet's script comes from: carried inside the code, or from the site's release folder. */
export const HOSTS = ['inline', 'site'];

/**
 * The code for one choice of options, and what to say about it.
 *
 * @param {object} options
 * @param {string} options.output one of {@link OUTPUTS}
 * @param {string} [options.host] one of {@link HOSTS}
 * @param {import('leadership-article/attributes.js').Theme} [options.theme]
 * @param {import('leadership-article/attributes.js').HeadingLevel} [options.headingLevel]
 * @param {Uint8Array} options.bundle dist/leadership-article.js
 * @param {string} options.version package.json's
 * @param {string} options.release the public URL of this release's files, with a trailing slash
 * @returns {{ code: string, preview: string, file?: string, steps: string[], requests: string,
 *   noScript: string, appliesOptions: boolean }}
 */
export function publishCode({
  output,
  host = 'inline',
  theme = DEFAULT_THEME,
  headingLevel = DEFAULT_HEADING_LEVEL,
  bundle,
  version,
  release,
}) {
  const scriptUrl = `${release}leadership-article.js`;
  const snippet =
    host === 'site'
      ? embedSnippet({ bundle, theme, headingLevel, scriptUrl })
      : embedSnippet({ bundle, theme, headingLevel });
  const loads = {
    requests:
      host === 'site'
        ? `One script: ${scriptUrl} (checked against its SHA-384 hash; cached once for every page).`
        : 'Nothing: the script travels inside the code itself.',
    noScript: 'The article shows as plain styled HTML, in the same place and size, with both links.',
  };
  switch (output) {
    case 'snippet':
      return {
        code: snippet,
        preview: snippet,
        steps: [
          'Paste it where your editor accepts HTML (an "HTML", "Custom HTML" or "Embed" block, or the source view), whole, from <div> to </div>.',
          `A post file of ${TEMPLATE_ENGINES} is not HTML, and this code would stop its build: choose "My site builder" and your engine.`,
        ],
        ...loads,
        appliesOptions: true,
      };
    case 'ghost':
      return {
        code: snippet,
        preview: snippet,
        steps: [
          'In the Ghost editor, type /html on an empty line to add an HTML card, and paste the code into it, whole.',
          'On the website the widget runs; in the newsletter email Ghost sends, mail readers run no script and the article shows as its plain styled HTML, with both links.',
        ],
        ...loads,
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
      const embedUrl = `${release}embed/index.html`;
      const { html } = oembedResponse({ embedUrl, providerUrl: release });
      return {
        code: `${html}\n`,
        preview: `${html}\n`,
        steps: [
          `Where only a link is allowed (Wix, Notion, WordPress's Embed block): give them ${embedUrl}`,
          'Where an iframe is allowed: paste the code.',
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
        ...loads,
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
        ...loads,
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
        ...loads,
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
        ...loads,
        appliesOptions: true,
      };
    default: {
      if (!Object.hasOwn(STACKS, output)) throw new RangeError(`publishCode: unknown output ${output}`);
      const stack = STACKS[output];
      const code = stackCode(output, { bundle, theme, headingLevel, ...(host === 'site' ? { scriptUrl } : {}) });
      if (stack.language === 'html-lower') {
        // Nuxt Content renders no <script> from content: the site loads the script once, itself.
        const head = `app: { head: { script: [{ src: '${scriptUrl}', integrity: '${integrityOf(bundle)}', crossorigin: 'anonymous', defer: true }] } }`;
        return {
          code,
          preview: snippet,
          steps: [
            `Open the post's file (for example ${stack.file}).`,
            stack.where,
            `${stack.name} leaves <script> out of content, so the article shows as its styled HTML, whole, with both links.`,
            `To make it the widget on every page, add the script once to nuxt.config.ts: ${head}`,
          ],
          requests: `None from the post; with the nuxt.config.ts line, one script: ${scriptUrl}`,
          noScript: loads.noScript,
          appliesOptions: true,
        };
      }
      return {
        code,
        preview: snippet,
        steps: [`Open the post's file (for example ${stack.file}).`, stack.where, ...LANGUAGE_STEPS[stack.language]],
        ...loads,
        appliesOptions: true,
      };
    }
  }
}
