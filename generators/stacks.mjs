/**
 * The code for each site engine, pasted into a post's own source file with the engine's
 * defaults. Engines whose post files are plain Markdown take the HTML snippet itself; MDX, Vue
 * and Svelte templates read upper-case tags as components, reject `style` strings (JSX) or drop
 * `<script>` (Vue), so each gets the article printed in its own template language from the same
 * structure, with the element's script loaded the way that language lets it run, also after a
 * client-side navigation.
 */
import { articleJsx, articleMarkup, escapeAttribute, jsString, jsxTag } from '../lib/outputs/markup.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME } from '../lib/attributes.js';
import { embedSnippet, integrityOf, scriptDataUrl, TAG_NAME } from './snippet.mjs';

/**
 * The site engines, by id: the name people know, the template language of the post file the
 * code goes into, that file, and where in it.
 */
export const STACKS = {
  docusaurus: {
    name: 'Docusaurus',
    language: 'mdx',
    file: 'blog/my-post.mdx',
    where: 'Paste it into the post (.md or .mdx: Docusaurus reads both as MDX), on lines of its own.',
  },
  'astro-mdx': {
    name: 'Astro (.mdx)',
    language: 'mdx',
    file: 'src/content/blog/my-post.mdx',
    where: 'Paste it into the .mdx post, on lines of its own.',
  },
  'astro-md': {
    name: 'Astro (.md)',
    language: 'html',
    file: 'src/content/blog/my-post.md',
    where: 'Paste it into the .md post, on a line of its own with a blank line before and after.',
  },
  nextjs: {
    name: 'Next.js',
    language: 'mdx',
    file: 'app/blog/my-post/page.mdx',
    where: "Paste it into the post's page.mdx (with @next/mdx), on lines of its own.",
  },
  gatsby: {
    name: 'Gatsby',
    language: 'mdx',
    file: 'content/blog/my-post/index.mdx',
    where: "Paste it into the post's .mdx file (gatsby-plugin-mdx), on lines of its own.",
  },
  vitepress: {
    name: 'VitePress',
    language: 'vue',
    file: 'posts/my-post.md',
    where: "Paste it into the post's .md file, on lines of its own, once per page.",
  },
  nuxt: {
    name: 'Nuxt Content',
    language: 'html-lower',
    file: 'content/blog/my-post.md',
    where: "Paste it into the post's .md file, on a line of its own.",
  },
  sveltekit: {
    name: 'SvelteKit (mdsvex)',
    language: 'svelte',
    file: 'src/routes/blog/my-post/+page.svx',
    where: "Paste it into the post's .svx (or .md) file, on a line of its own.",
  },
  hexo: {
    name: 'Hexo',
    language: 'html',
    file: 'source/_posts/my-post.md',
    where: "Paste it into the post's .md file, on a line of its own with a blank line before and after.",
  },
  mkdocs: {
    name: 'MkDocs',
    language: 'html',
    file: 'docs/my-post.md',
    where: "Paste it into the page's .md file, on a line of its own with a blank line before and after.",
  },
};

/**
 * The element's attributes for `theme` and `headingLevel` (none at their defaults).
 *
 * @returns {[string, string][]}
 */
const elementAttributes = (theme, headingLevel) => {
  /** @type {[string, string][]} */
  const attributes = [];
  if (theme !== DEFAULT_THEME) attributes.push(['theme', theme]);
  if (headingLevel !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', String(headingLevel)]);
  return attributes;
};

/**
 * The script's attributes: its code as a data: URL, or `scriptUrl` checked by its hash.
 *
 * @returns {[string, string][]}
 */
const scriptAttributes = (bundle, scriptUrl) =>
  scriptUrl === undefined
    ? [['src', scriptDataUrl(bundle)]]
    : [
        ['src', scriptUrl],
        ['integrity', integrityOf(bundle)],
        ['crossorigin', 'anonymous'],
      ];

/**
 * MDX (JSX). `<script async>`: React 19 renders an async script as a resource, loaded once, also
 * when the router shows the post without a page load; Astro writes it as it is.
 */
function mdxCode({ bundle, scriptUrl, theme, headingLevel }) {
  const element = `${jsxTag.open(TAG_NAME, elementAttributes(theme, headingLevel))}${articleJsx({ theme, headingLevel })}</${TAG_NAME}>`;
  const script = jsxTag.empty('script', scriptAttributes(bundle, scriptUrl)).replace('<script ', '<script async ');
  return `<div>${element}${script}</div>\n`;
}

/** The element around the lower-case HTML article, on one line, as Vue and Svelte templates take it. */
const lowerCaseElement = ({ theme, headingLevel }) => {
  const attributes = elementAttributes(theme, headingLevel)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const article = articleMarkup({ styled: true, theme, headingLevel }).replaceAll('\n', '');
  return `<${TAG_NAME}${attributes}>${article}</${TAG_NAME}>`;
};

/**
 * Vue (VitePress): templates drop `<script>`, so the page's own `<script setup>` adds the
 * element's script once the post is on screen, after a page load or a client-side navigation.
 */
function vueCode({ bundle, scriptUrl, theme, headingLevel }) {
  const properties = scriptAttributes(bundle, scriptUrl)
    .map(([name, value]) => `${name === 'crossorigin' ? 'crossOrigin' : name}: ${jsString(value)}`)
    .join(', ');
  return `<script setup>
import { onMounted } from 'vue'
// <${TAG_NAME}>'s script: Vue leaves <script> out of a page's content, so the page adds it.
onMounted(() => {
  if (!customElements.get('${TAG_NAME}')) document.head.append(Object.assign(document.createElement('script'), { ${properties} }))
})
</script>

<div>${lowerCaseElement({ theme, headingLevel })}</div>
`;
}

/**
 * Svelte: lower-case tags, no `{` anywhere (the data: URL encodes every one), and the script in
 * the markup, which Svelte runs when it creates the post's nodes.
 */
function svelteCode({ bundle, scriptUrl, theme, headingLevel }) {
  const script = `<script defer${scriptAttributes(bundle, scriptUrl)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}></script>`;
  return `<div>${lowerCaseElement({ theme, headingLevel })}${script}</div>\n`;
}

/**
 * The code to paste into a post of engine `id` (a key of {@link STACKS}).
 *
 * @param {string} id
 * @param {object} options as for {@link embedSnippet}
 * @param {Uint8Array | string} options.bundle the bytes of dist/leadership-article.js
 * @param {string} [options.scriptUrl] where that file is served; omit to carry it in the code
 * @param {import('../lib/attributes.js').Theme} [options.theme]
 * @param {import('../lib/attributes.js').HeadingLevel} [options.headingLevel]
 * @returns {string}
 */
export function stackCode(id, { bundle, scriptUrl, theme = DEFAULT_THEME, headingLevel = DEFAULT_HEADING_LEVEL }) {
  if (!Object.hasOwn(STACKS, id)) throw new RangeError(`stackCode: unknown engine ${id}`);
  // The snippet checks the options; every language prints the same checked values.
  const snippet = embedSnippet({ bundle, ...(scriptUrl === undefined ? {} : { scriptUrl }), theme, headingLevel });
  const options = { bundle, scriptUrl, theme, headingLevel };
  switch (STACKS[id].language) {
    case 'mdx':
      return mdxCode(options);
    case 'vue':
      return vueCode(options);
    case 'svelte':
      return svelteCode(options);
    case 'html-lower':
      return `<div>${lowerCaseElement(options)}</div>\n`;
    default:
      return snippet;
  }
}
