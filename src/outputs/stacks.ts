import { TAG_NAME } from '../attributes.js';
import { articleJsx, articleMarkup, escapeAttribute, jsString, jsxTag } from './markup.js';
import {
  checkedScriptOptions,
  elementAttributes,
  embedSnippet,
  scriptAttributes,
  type ScriptOptions,
} from './snippet.js';
import type { HeadingLevel, Theme } from '../attributes.js';

/**
 * The code for each site engine, pasted into a post's own source file with the engine's
 * defaults. Engines whose post files are plain Markdown take the HTML snippet itself; MDX, Vue
 * and Svelte templates read upper-case tags as components, reject `style` strings (JSX) or drop
 * `<script>` (Vue), so each gets the article printed in its own template language from the same
 * structure, with the element's script loaded the way that language lets it run, also after a
 * client-side navigation.
 */

/** The template language of an engine's post files. */
export type Language = 'html' | 'html-lower' | 'mdx' | 'vue' | 'svelte';

export interface Stack {
  /** The name people know it by. */
  readonly name: string;
  readonly language: Language;
  /** A post file, as the engine's starter names them. */
  readonly file: string;
  /** Where in it the code goes. */
  readonly where: string;
}

/** The site engines, by id. */
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
} as const satisfies Record<string, Stack>;

export type StackId = keyof typeof STACKS;

type Checked = ReturnType<typeof checkedScriptOptions>;

/**
 * MDX (JSX). `<script async>`: React 19 renders an async script as a resource, loaded once, also
 * when the router shows the post without a page load; Astro writes it as it is.
 */
function mdxCode({ bundle, scriptUrl, theme, headingLevel }: Checked): string {
  const element = `${jsxTag.open(TAG_NAME, elementAttributes(theme, headingLevel))}${articleJsx({ theme, headingLevel })}</${TAG_NAME}>`;
  const script = jsxTag.empty('script', scriptAttributes(bundle, scriptUrl)).replace('<script ', '<script async ');
  return `<div>${element}${script}</div>\n`;
}

/** The element around the lower-case HTML article, on one line, as Vue and Svelte templates take it. */
function lowerCaseElement(theme: Theme, headingLevel: HeadingLevel): string {
  const attributes = elementAttributes(theme, headingLevel)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const article = articleMarkup({ styled: true, theme, headingLevel }).replaceAll('\n', '');
  return `<${TAG_NAME}${attributes}>${article}</${TAG_NAME}>`;
}

/**
 * Vue (VitePress): templates drop `<script>`, so the page's own `<script setup>` adds the
 * element's script once the post is on screen, after a page load or a client-side navigation.
 */
function vueCode({ bundle, scriptUrl, theme, headingLevel }: Checked): string {
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

<div>${lowerCaseElement(theme, headingLevel)}</div>
`;
}

/**
 * Svelte: lower-case tags, no `{` anywhere (the data: URL encodes every one), and the script in
 * the markup, which Svelte runs when it creates the post's nodes.
 */
function svelteCode({ bundle, scriptUrl, theme, headingLevel }: Checked): string {
  const script = `<script defer${scriptAttributes(bundle, scriptUrl)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}></script>`;
  return `<div>${lowerCaseElement(theme, headingLevel)}${script}</div>\n`;
}

/** The code to paste into a post of engine `id` (a key of {@link STACKS}; another is a build error). */
export function stackCode(id: string, options: ScriptOptions): string {
  if (!Object.prototype.hasOwnProperty.call(STACKS, id)) throw new RangeError(`stackCode: unknown engine ${id}`);
  const checked = checkedScriptOptions(options);
  switch (STACKS[id as StackId].language) {
    case 'mdx':
      return mdxCode(checked);
    case 'vue':
      return vueCode(checked);
    case 'svelte':
      return svelteCode(checked);
    case 'html-lower':
      return `<div>${lowerCaseElement(checked.theme, checked.headingLevel)}</div>\n`;
    default:
      return embedSnippet(checked);
  }
}
