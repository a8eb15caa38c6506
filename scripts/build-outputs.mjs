#!/usr/bin/env node
/**
 * `npm run build:outputs` (after the bundle): writes every output beside it in dist/, printed by
 * `leadership-article/outputs.js` from the built bundle. LEADERSHIP_ARTICLE_PUBLIC_URL, when set,
 * is the public URL of dist/ for self-hosting.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { distFiles, publicBaseUrl } from 'leadership-article/outputs.js';

const dist = new URL('../dist/', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const bundle = await readFile(new URL('leadership-article.js', dist));
const base = publicBaseUrl(version);

for (const [name, content] of Object.entries(distFiles({ bundle, version, base }))) {
  const file = new URL(name, dist);
  await mkdir(dirname(file.pathname), { recursive: true });
  await writeFile(file, content);
  console.log(`dist/${name}: ${Buffer.byteLength(content)} bytes`);
}
if (!process.env.LEADERSHIP_ARTICLE_PUBLIC_URL) {
  // jsDelivr serves the script well but serves HTML as text/plain, by design.
  console.log(
    `Public URL: ${base} (default). To offer embed/index.html and oembed.json, host dist/ where HTML is ` +
      'served as HTML and build with LEADERSHIP_ARTICLE_PUBLIC_URL set to its address.',
  );
}
