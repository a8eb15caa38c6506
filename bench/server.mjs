/**
 * A tiny local HTTP server for the benchmark and Lighthouse: 127.0.0.1, on an ephemeral port
 * unless told otherwise. It serves pages registered in memory, and files from a few directories
 * of the project. (A late script, `?delay=MS`, is the test server's: test/server/middleware.mjs.)
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * @param {object} options
 * @param {Record<string, string>} [options.mounts] URL prefix (e.g. `/dist/`) → directory.
 * @param {boolean} [options.isolated] Send COOP/COEP so pages are cross-origin isolated, which
 *   gives `performance.now()` 5 µs resolution instead of 100 µs.
 * @param {Record<string, string>} [options.headers] Extra headers on every answer.
 * @param {boolean} [options.compress] Compress text answers (brotli, else gzip) as a CDN would.
 * @param {(pathname: string, isPage: boolean) => string} [options.cacheControl] Default: no-store.
 * @param {number} [options.port] Default 0: any free port.
 * @param {string} [options.host] Default 127.0.0.1.
 */
export async function startServer({
  mounts = {},
  isolated = false,
  headers = {},
  compress = false,
  cacheControl = () => 'no-store',
  port = 0,
  host = '127.0.0.1',
} = {}) {
  const pages = new Map();
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
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body, isPage = false) => {
      let payload = typeof body === 'string' ? Buffer.from(body) : body;
      const encodings = String(request.headers['accept-encoding'] ?? '');
      const encoding =
        compress && status === 200 && /^(text\/|application\/json|image\/svg)/.test(type) && payload.length > 256
          ? /\bbr\b/.test(encodings)
            ? 'br'
            : /\bgzip\b/.test(encodings)
              ? 'gzip'
              : undefined
          : undefined;
      if (encoding) payload = encode(payload, encoding);
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': payload.length,
        ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
        'Cache-Control': status === 200 ? cacheControl(url.pathname, isPage) : 'no-store',
        ...(isolated
          ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
          : {}),
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : payload);
    };
    try {
      if (pages.has(url.pathname)) {
        const page = pages.get(url.pathname);
        return send(200, TYPES['.html'], typeof page === 'function' ? await page() : page, true);
      }
      for (const [prefix, directory] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        let relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
        if (relative === '.' || relative.endsWith(sep)) relative = join(relative, 'index.html');
        const file = join(directory, relative);
        if (!file.startsWith(normalize(directory + sep))) return send(403, TYPES['.txt'], 'Forbidden');
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) continue;
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      if (url.pathname === '/favicon.ico') return send(204, TYPES['.txt'], '');
      send(404, TYPES['.txt'], 'Not found');
    } catch (error) {
      send(500, TYPES['.txt'], String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const origin = `http://${host}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    /**
     * Serves `html` at `path` and returns its full URL; a function is called on every request
     * (a page read from disk each time).
     */
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
