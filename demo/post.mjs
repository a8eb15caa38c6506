/**
 * The demo blog post (demo/index.html) with the snippet pasted where a blogger would paste it.
 * demo/index.html holds a marker there; this inserts the generated snippet (dist/embed.html's
 * code, made from the built bundle): self-contained, it needs no script address.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedSnippet } from 'leadership-article/outputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where demo/index.html takes the snippet. */
export const MARKER = '<!-- leadership-article snippet -->';

/** demo/index.html with the snippet pasted at its marker. */
export async function demoPage() {
  const [page, bundle] = await Promise.all([
    readFile(join(root, 'demo/index.html'), 'utf8'),
    readFile(join(root, 'dist/leadership-article.js')),
  ]);
  return page.replace(MARKER, embedSnippet({ bundle }));
}
