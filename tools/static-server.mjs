/**
 * A plain static file server, as GitHub Pages serves a project site: one folder under a
 * sub-path, directories answered by their index.html, no server code, and Pages' headers
 * (`Access-Control-Allow-Origin: *`, a ten-minute `Cache-Control`, types by extension). The
 * site build's output is served with it by `npm start`, the tests and the README's pictures.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.cjs': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The headers GitHub Pages sends with every file. */
export const PAGES_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'max-age=600' };

/**
 * Serves `folder` at `base` (a path with leading and trailing slashes, e.g. /leadership-article/).
 * Resolves with the server and the site's URL.
 *
 * @param {{ folder: string, base?: string, port?: number, hostname?: string }} options
 */
export async function startStaticServer({ folder, base = '/', port = 0, hostname = '127.0.0.1' }) {
  const server = createServer(async (request, response) => {
    const answer = (status, body, headers = {}) => {
      response.writeHead(status, { ...PAGES_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed');
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host.invalid').pathname);
    if (`${path}/` === base) return answer(301, '', { location: base });
    if (!path.startsWith(base)) return answer(404, 'Not found');
    let file = normalize(join(folder, path.slice(base.length)));
    if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep))
      return answer(404, 'Not found');
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) return answer(301, '', { location: `${path}/` });
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return answer(404, 'Not found');
    response.writeHead(200, {
      ...PAGES_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, hostname, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    server,
    url: `http://${hostname}:${address.port}${base}`,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
