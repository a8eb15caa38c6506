#!/usr/bin/env node
/**
 * `npm start` (after the build): serves the demo blog post at http://127.0.0.1:8000/ .
 *
 * demo/index.html holds a marker where a blogger would paste the README's snippet; this inserts
 * the same snippet there (generators/snippet.mjs): self-contained, it needs no script address.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../bench/server.mjs';
import { embedSnippet } from '../generators/snippet.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where demo/index.html takes the snippet. */
export const MARKER = '<!-- leadership-article snippet -->';

/** The README snippet (dist/embed.html), made from the built bundle. */
export async function localSnippet() {
  return embedSnippet({ bundle: await readFile(join(root, 'dist/leadership-article.js')) });
}

/** demo/index.html with the snippet pasted at its marker. */
export async function demoPage() {
  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  return page.replace(MARKER, await localSnippet());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({
    port: Number(process.env.PORT ?? 8000),
    host: process.env.HOST ?? '127.0.0.1',
    mounts: { '/dist/': join(root, 'dist'), '/demo/': join(root, 'demo') },
  });
  server.page('/', demoPage);
  server.page('/index.html', demoPage);
  console.log(`Demo blog post: ${server.origin}/`);
  console.log('Static outputs: /dist/embed.html, /dist/article.html, /dist/embed/, /dist/oembed.json');
}
