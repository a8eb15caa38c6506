#!/usr/bin/env node
/**
 * `npm start` (after the build): serves the demo blog post at http://127.0.0.1:8000/ .
 *
 * demo/index.html holds a marker where a blogger would paste the README's snippet; this inserts
 * the same snippet there (generators/snippet.mjs), with the script's address pointed at this
 * server's /dist/ instead of the CDN: the file, and so its integrity hash, are the same.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedSnippet, integrityOfFile } from '../generators/snippet.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
/** Where demo/index.html takes the snippet. */
export const MARKER = '<!-- leadership-article snippet -->';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The README snippet (dist/embed.html) with its script served from here: same file, same hash. */
export async function localSnippet() {
  const integrity = await integrityOfFile(join(root, 'dist/leadership-article.js'));
  return embedSnippet({ scriptUrl: '/dist/leadership-article.js', integrity });
}

/** demo/index.html with the snippet pasted at its marker. */
export async function demoPage() {
  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  return page.replace(MARKER, await localSnippet());
}

/** A file under demo/ or dist/ only. */
function servedFile(pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const allowed = ['demo', 'dist'].some((dir) => path === dir || path.startsWith(dir + sep));
  if (!allowed) return undefined;
  return join(root, path.endsWith(sep) || !extname(path) ? join(path, 'index.html') : path);
}

const serve = async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (pathname === '/' || pathname === '/index.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(await demoPage());
      return;
    }
    const file = servedFile(pathname);
    if (!file) throw Object.assign(new Error('not served'), { code: 'ENOENT' });
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch (error) {
    response.writeHead(error.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
    response.end(error.code === 'ENOENT' ? 'Not found' : String(error));
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createServer(serve).listen(port, host, () => {
    console.log(`Demo blog post: http://${host}:${port}/`);
    console.log('Static outputs: /dist/embed.html, /dist/article.html, /dist/embed/, /dist/oembed.json');
  });
}
