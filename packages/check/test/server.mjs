/**
 * A local HTTP server for the CLI tests, on 127.0.0.1 and a free port: `/dist/…` (the build),
 * the host stylesheets, the themes' packages and the platform suite's pages from the repository,
 * `/pages/NAME.html` from the
 * pages given, `redirects` (path → address) answered 302 as a click-tracking service does;
 * `/never` never answers; anything else is a 404. The site engines' static sites
 * (test/platforms/out/engines/) as static hosts serve them: `post` answers post.html, a folder
 * without its trailing slash redirects to it.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ENGINE_SITES = '/test/platforms/out/engines/';
const SERVED = ['/dist/', '/test/fixtures/host-css/', '/node_modules/', '/test/platforms/out/'];
const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

export async function serve({ root, pages, redirects = {} }) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // Never answered: a page that never finishes loading, for the per-page timeout.
    if (path === '/never') return;
    if (Object.hasOwn(redirects, path)) {
      response.writeHead(302, { location: redirects[path] }).end();
      return;
    }
    if (path.startsWith(ENGINE_SITES) && !path.includes('..') && !/\.[^/]*$/.test(path)) {
      const file = join(root, path);
      if (existsSync(join(file, 'index.html')) && statSync(file).isDirectory()) {
        if (!path.endsWith('/')) return response.writeHead(301, { location: `${path}/` }).end();
        path = `${path}index.html`;
      } else if (existsSync(`${file}.html`)) path = `${path}.html`;
    }
    const page = path.startsWith('/pages/') ? pages.get(path.slice('/pages/'.length)) : undefined;
    let body = page;
    if (body === undefined && SERVED.some((folder) => path.startsWith(folder))) {
      body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))).catch(() => undefined);
    }
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      })
      .end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
