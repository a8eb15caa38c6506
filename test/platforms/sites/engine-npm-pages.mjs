/**
 * The npm developer's page in each framework engine: the package as npm users get it (the
 * project packed with `npm pack`, installed beside the engine's locked packages without changing
 * its lockfile), the article rendered on the server with `leadership-article/html.js`, and the
 * element imported on the client the framework's way: React's `useEffect` (Next.js), Vue's
 * `onMounted` (VitePress), Svelte's `onMount` (SvelteKit), Astro's bundled `<script>`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { INTRO, ROOT, run } from './common.mjs';
import { ENGINES_CACHE } from './engine-installs.mjs';

/** What the tables say was used. */
export const NPM_PASTE =
  "npm: `leadership-article/html.js` renders the article on the server, `import('leadership-article')` on the client";

/** Each framework engine's page files for the post `slug`, by the site's folder. */
export const NPM_PAGES = {
  nextjs: (slug, title) => ({
    [`app/blog/${slug}/page.js`]: `import { articleHTML } from 'leadership-article/html.js';
import LeadershipArticleScript from './leadership-article-script';

export default function Page() {
  return (
    <main>
      <h1>${title}</h1>
      <p>${INTRO}</p>
      <leadership-article dangerouslySetInnerHTML={{ __html: articleHTML() }} />
      <LeadershipArticleScript />
    </main>
  );
}
`,
    [`app/blog/${slug}/leadership-article-script.js`]: `'use client';
import { useEffect } from 'react';

/** Defines <leadership-article> in the browser, once the page is there. */
export default function LeadershipArticleScript() {
  useEffect(() => {
    import('leadership-article');
  }, []);
  return null;
}
`,
  }),
  // Vue reads an unknown tag as a component: the element goes in with v-html (the project keeps
  // the engine's default configuration, without `isCustomElement`).
  vitepress: (slug, title) => ({
    [`posts/${slug}.md`]: `<script setup>
import { onMounted } from 'vue'
import { elementHTML } from 'leadership-article/html.js'

const element = elementHTML()
onMounted(() => import('leadership-article'))
</script>

# ${title}

${INTRO}

<div v-html="element"></div>
`,
  }),
  sveltekit: (slug, title) => ({
    [`src/routes/blog/${slug}/+page.svelte`]: `<script>
	import { onMount } from 'svelte';
	import { articleHTML } from 'leadership-article/html.js';

	onMount(() => {
		import('leadership-article');
	});
</script>

<h1>${title}</h1>
<p>${INTRO}</p>
<leadership-article>{@html articleHTML()}</leadership-article>
`,
  }),
  'astro-md': (slug, title) => ({
    [`src/pages/blog/${slug}.astro`]: `---
import { articleHTML } from 'leadership-article/html.js';
import BlogPost from '../../layouts/BlogPost.astro';
---

<BlogPost title="${title}" description="A post" pubDate={new Date('2017-06-30')}>
	<p>${INTRO}</p>
	<leadership-article set:html={articleHTML()} />
</BlogPost>

<script>
	import 'leadership-article';
</script>
`,
  }),
};

let packed;

/** The project packed as npm publishes it (the build already ran: no prepack), once per run. */
function packProject() {
  packed ??= (async () => {
    const folder = join(ENGINES_CACHE, 'package');
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], { cwd: ROOT });
    const [tarball] = (await readdir(folder)).filter((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    return join(folder, tarball);
  })();
  return packed;
}

const added = new Map();

/**
 * Installs the packed project into an engine's install (`npm install --no-save`: its
 * package.json and lockfile stay as committed), once per run and install.
 */
export function addPackage(installed) {
  if (!added.has(installed)) {
    added.set(
      installed,
      (async () => {
        const tarball = await packProject();
        await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
          cwd: installed,
        });
        if (!existsSync(join(installed, 'node_modules/leadership-article/package.json')))
          throw new Error(`the packed project is not in ${installed}/node_modules`);
      })(),
    );
  }
  return added.get(installed);
}
