/**
 * The code for each site engine, pasted into a post's own source file with the engine's
 * defaults. Engines whose post files are HTML-friendly Markdown take the snippet itself; MDX,
 * Vue and Svelte templates each get the article printed in their own template language.
 */
import { embedSnippet } from './snippet.mjs';

/**
 * The site engines, by id: the name people know, the template language of the post file the
 * code is pasted into, and that file.
 */
export const STACKS = {
  docusaurus: {
    name: 'Docusaurus',
    language: 'mdx',
    file: 'blog/my-post.mdx (or .md: Docusaurus compiles both as MDX)',
  },
  'astro-mdx': { name: 'Astro (.mdx)', language: 'mdx', file: 'src/content/blog/my-post.mdx' },
  'astro-md': { name: 'Astro (.md)', language: 'html', file: 'src/content/blog/my-post.md' },
  nextjs: { name: 'Next.js (@next/mdx)', language: 'mdx', file: 'app/blog/my-post/page.mdx' },
  gatsby: { name: 'Gatsby (MDX)', language: 'mdx', file: 'content/blog/my-post/index.mdx' },
  vitepress: { name: 'VitePress', language: 'vue', file: 'posts/my-post.md' },
  nuxt: { name: 'Nuxt Content', language: 'vue', file: 'content/blog/my-post.md' },
  sveltekit: { name: 'SvelteKit (mdsvex)', language: 'svelte', file: 'src/routes/blog/my-post/+page.svx' },
  hexo: { name: 'Hexo', language: 'html', file: 'source/_posts/my-post.md' },
  mkdocs: { name: 'MkDocs', language: 'html', file: 'docs/my-post.md' },
};

/**
 * The code to paste into a post of engine `id` (a key of {@link STACKS}).
 *
 * @param {keyof typeof STACKS} id
 * @param {Parameters<typeof embedSnippet>[0]} options as for the snippet
 * @returns {string}
 */
export function stackCode(id, options) {
  if (!Object.hasOwn(STACKS, id)) throw new RangeError(`stackCode: unknown engine ${id}`);
  return embedSnippet(options);
}
