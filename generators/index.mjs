#!/usr/bin/env node
/**
 * Writes every generated output into dist/, after `tsc` and rollup (it reads lib/ and the
 * built dist/leadership-article.js). Run by `npm run build`. Environment:
 * LEADERSHIP_ARTICLE_PUBLIC_URL, the public URL of dist/ when self-hosting (see snippet.mjs).
 * An optional argument names another folder to write to, with a copy of the bundle: the site
 * build (scripts/site.mjs) writes each release's files that way, so they are what the build writes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eleventyPlugin, hugoShortcode } from './integrations.mjs';
import { articlePage, embedPage, oembedResponse } from './pages.mjs';
import { embedSnippet, publicBaseUrl } from './snippet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist');
const dist = process.argv[2] ? resolve(process.argv[2]) : built;

const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const bundle = await readFile(join(built, 'leadership-article.js')).catch(() => {
  throw new Error('generators: dist/leadership-article.js is missing; run `tsc -p . && rollup -c` first.');
});

const base = publicBaseUrl(version);
const snippet = embedSnippet({ bundle });

const outputs = {
  ...(dist === built ? {} : { 'leadership-article.js': bundle }),
  'embed.html': snippet,
  'embed-cdn.html': embedSnippet({ bundle, scriptUrl: `${base}leadership-article.js` }),
  'article.html': articlePage(),
  'embed/index.html': embedPage({ oembedUrl: `${base}oembed.json` }),
  'oembed.json': `${JSON.stringify(oembedResponse({ embedUrl: `${base}embed/index.html`, providerUrl: base }), null, 2)}\n`,
  'integrations/hugo/layouts/shortcodes/leadership-article.html': hugoShortcode({ snippet, version }),
  'integrations/eleventy/leadership-article.cjs': eleventyPlugin({ snippet, version }),
};

for (const [name, content] of Object.entries(outputs)) {
  const file = join(dist, name);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
  console.log(`${relative(root, file)}: ${Buffer.byteLength(content)} bytes`);
}
if (!process.env.LEADERSHIP_ARTICLE_PUBLIC_URL) {
  // jsDelivr serves the script well but serves HTML as text/plain, by design.
  console.log(
    `Public URL: ${base} (default). To offer embed/index.html and oembed.json, host dist/ where HTML is ` +
      'served as HTML and build with LEADERSHIP_ARTICLE_PUBLIC_URL set to its address.',
  );
}
