/**
 * The project's one local HTTP server, for `npm start`, the tests, the check command's tests and
 * the benchmark: folders mounted at URL prefixes (a directory answered by its index.html, and
 * `/name` by name.html, as GitHub Pages does), pages held in memory, redirects, on 127.0.0.1 and
 * a free port unless told.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types by extension; text always as UTF-8. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The headers GitHub Pages sends with every file. */
const PAGES_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'max-age=600' };

/**
 * @typedef {object} ServerOptions
 * @property {Record<string, string>} [mounts] URL prefix with both slashes (`/dist/`) → folder
 * @property {{ get(path: string): undefined | string | Buffer | (() => string | Promise<string>) }} [pages]
 *   HTML by URL path (a Map, read at each request); a function is called at each request
 * @property {Record<string, string>} [redirects] URL path → address, answered 302
 * @property {string[]} [unanswered] URL paths never answered (a page that never loads)
 * @property {Record<string, string>} [headers] on every answer, over the others
 * @property {boolean} [compress] brotli or gzip text, as a CDN would
 * @property {boolean} [isolated] COOP and COEP, for `performance.now()` at 5 µs
 * @property {(path: string, isPage: boolean) => string} [cacheControl] default `no-store`
 * @property {number} [port] default 0: any free port
 * @property {string} [hostname] default 127.0.0.1
 */

/**
 * Starts the server; resolves with its `origin`, `page(path, html)` to hold a page (returns its
 * URL) and `close()`.
 *
 * @param {ServerOptions} options
 */
export async function startServer({
  mounts = {},
  pages = new Map(),
  redirects = {},
  unanswered = [],
  headers = {},
  compress = false,
  isolated = false,
  cacheControl = () => 'no-store',
  port = 0,
  hostname = '127.0.0.1',
} = {}) {
  const held = new Map();
  const compressed = new Map();
  const encode = (body, encoding) => {
    const key = `${encoding}:${createHash('sha256').update(body).digest('base64')}`;
    if (!compressed.has(key)) {
      compressed.set(
        key,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 }),
      );
    }
    return compressed.get(key);
  };

  const server = createServer(async (request, response) => {
    const send = (status, type, body, { isPage = false, extra = {} } = {}) => {
      let payload = typeof body === 'string' ? Buffer.from(body) : body;
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const encoding =
        compress && status === 200 && /^(text\/|application\/json|image\/svg)/.test(type) && payload.length > 256
          ? ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted))
          : undefined;
      if (encoding) payload = encode(payload, encoding);
      response.writeHead(status, {
        'content-type': type,
        'content-length': payload.length,
        ...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
        'cache-control': status === 200 ? cacheControl(path, isPage) : 'no-store',
        ...(isolated
          ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
          : {}),
        ...extra,
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : payload);
    };
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host.invalid').pathname);
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, TYPES['.txt'], 'Method not allowed');
      if (unanswered.includes(path)) return;
      if (Object.hasOwn(redirects, path)) return send(302, TYPES['.txt'], '', { extra: { location: redirects[path] } });
      const page = held.get(path) ?? pages.get(path);
      if (page !== undefined) {
        return send(200, TYPES['.html'], typeof page === 'function' ? await page() : page, { isPage: true });
      }
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (`${path}/` === prefix) return send(301, TYPES['.txt'], '', { extra: { location: prefix } });
        if (!path.startsWith(prefix)) continue;
        let file = normalize(join(folder, path.slice(prefix.length)));
        if (file !== normalize(folder) && !file.startsWith(normalize(folder + sep))) {
          return send(403, TYPES['.txt'], 'Forbidden');
        }
        let info = await stat(file).catch(() => undefined);
        // `/post` answers post.html, as GitHub Pages does (before a folder of that name, as
        // static hosts try them): the site engines link their pages so.
        const html = !info?.isFile() && !path.endsWith('/') && !extname(file) && `${file}.html`;
        const htmlInfo = html ? await stat(html).catch(() => undefined) : undefined;
        if (html && htmlInfo?.isFile()) [file, info] = [html, htmlInfo];
        else if (info?.isDirectory()) {
          if (!path.endsWith('/')) return send(301, TYPES['.txt'], '', { extra: { location: `${path}/` } });
          file = join(file, 'index.html');
          info = await stat(file).catch(() => undefined);
        }
        if (!info?.isFile()) continue;
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      // Browsers ask for it on every page; no icon, and no error in the console.
      if (path === '/favicon.ico') return send(204, TYPES['.txt'], '');
      send(404, TYPES['.txt'], 'Not found');
    } catch (error) {
      send(500, TYPES['.txt'], String(error));
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, hostname, () => resolve(undefined)));
  const origin = `http://${hostname}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    /**
     * Serves `html` at `path` (a function: called at each request) and returns its URL.
     *
     * @param {string} path
     * @param {string | (() => string | Promise<string>)} html
     */
    page(path, html) {
      held.set(path, html);
      return origin + path;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * `folder` served at `base` (both slashes) as GitHub Pages serves a project site, with its
 * headers; resolves with the server and the site's `url`.
 *
 * @param {{ folder: string, base?: string, port?: number, hostname?: string }} options
 */
export async function startPagesServer({ folder, base = '/', port = 0, hostname = '127.0.0.1' }) {
  const server = await startServer({ mounts: { [base]: folder }, headers: PAGES_HEADERS, port, hostname });
  return { ...server, url: server.origin + base };
}
