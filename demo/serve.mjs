#!/usr/bin/env node
/**
 * `npm start` (after the build): builds the site (demo/build.mjs) for this address and serves
 * it as GitHub Pages would (tools/server.mjs): the publish page at http://127.0.0.1:8000/,
 * the demo blog post at /demo/, this release's files at /v/VERSION/. PORT and HOST set the
 * address.
 */
import { fileURLToPath } from 'node:url';
import { startPagesServer } from '../tools/server.mjs';
import { buildSite } from './build.mjs';

const port = Number(process.env.PORT ?? 8000);
const hostname = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number (0 to 65535).`);
  process.exit(2);
}
const folder = fileURLToPath(new URL('../site', import.meta.url));
let site;
try {
  site = await startPagesServer({ folder, port, hostname });
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error)?.code !== 'EADDRINUSE') throw error;
  console.error(
    `Port ${port} on ${hostname} is in use: stop what runs there, or choose another, e.g. PORT=8001 npm start.`,
  );
  process.exit(1);
}
const { release } = await buildSite({ siteUrl: site.url, out: folder });
console.log(`Get the code:   ${site.url}`);
console.log(`Demo blog post: ${site.url}demo/`);
console.log(`This release:   ${release} (embed.html, embed-cdn.html, article.html, embed/, oembed.json)`);
