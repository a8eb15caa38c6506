#!/usr/bin/env node
/**
 * `npm start` (after the build): serves the demo blog post at http://127.0.0.1:8000/ and the
 * "Get the code" page at /publish.html, with @web/dev-server (its node resolution lets the
 * publish page import Lit). PORT and HOST set the address.
 *
 * demo/index.html holds a marker where a blogger would paste the README's snippet; this inserts
 * the same snippet there (generators/snippet.mjs): self-contained, it needs no script address.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { embedSnippet } from '../generators/snippet.mjs';
import { publishCodePlugin } from '../demo/publish-code.mjs';

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

/** The demo's pages at their public addresses, and the publish page's code. */
export function demoPlugins() {
  return [
    {
      name: 'demo-pages',
      async serve(context) {
        if (context.path === '/' || context.path === '/index.html') return { body: await demoPage(), type: 'html' };
        if (context.path === '/publish.html')
          return { body: await readFile(join(root, 'demo/publish.html'), 'utf8'), type: 'html' };
        return undefined;
      },
    },
    publishCodePlugin(),
  ];
}

/** Whether `hostname` means this machine only. */
const isLoopback = (hostname) => ['localhost', '127.0.0.1', '::1'].includes(hostname);

/**
 * For a loopback HOST, answers requests from this machine only: the dev server listens on every
 * interface for 127.0.0.1 and localhost, and it serves the whole project folder.
 */
async function thisMachineOnly(context, next) {
  const address = context.req.socket.remoteAddress ?? '';
  if (/^(127\.|::1$|::ffff:127\.)/.test(address)) return next();
  context.status = 403;
  context.body = 'This demo server answers this machine only; set HOST to serve other machines.';
}

/**
 * Rejects with `code` EADDRINUSE when the port is taken. Checked first because the dev server
 * reports it as an unhandled 'error' event with a stack trace. Bound as the dev server binds:
 * every interface for 127.0.0.1 and localhost.
 */
const portIsFree = (port, hostname) =>
  new Promise((resolve, reject) => {
    if (port === 0) return resolve();
    const probe = createServer()
      .once('error', reject)
      .listen({ port, host: ['localhost', '127.0.0.1'].includes(hostname) ? undefined : hostname }, () =>
        probe.close(() => resolve()),
      );
  });

/**
 * Starts the server; resolves with it and its origin. A port in use rejects with
 * `error.code` EADDRINUSE.
 */
export async function startDemoServer({ port = 8000, hostname = '127.0.0.1' } = {}) {
  await portIsFree(port, hostname);
  const server = await startDevServer({
    config: {
      rootDir: root,
      port,
      hostname,
      nodeResolve: { exportConditions: ['production'] },
      plugins: demoPlugins(),
      middleware: isLoopback(hostname) ? [thisMachineOnly] : [],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return {
    server,
    origin: `http://${hostname}:${/** @type {import('node:net').AddressInfo} */ (server.server.address()).port}`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  const hostname = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number (0 to 65535).`);
    process.exit(2);
  }
  try {
    const { origin } = await startDemoServer({ port, hostname });
    console.log(`Demo blog post: ${origin}/`);
    console.log(`Get the code:   ${origin}/publish.html`);
    console.log(
      'Static outputs: /dist/embed.html, /dist/embed-cdn.html, /dist/article.html, /dist/embed/, /dist/oembed.json',
    );
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${port} on ${hostname} is in use: stop what runs there, or choose another, e.g. PORT=8001 npm start.`,
    );
    process.exit(1);
  }
}
