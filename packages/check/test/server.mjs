/**
 * The CLI tests' server (the project's one, tools/server.mjs) on 127.0.0.1 and a free port: the
 * build, the host stylesheets, the themes' packages and the platform suite's pages from the
 * repository, `/pages/NAME` from `pages` (filled after the start), `redirects` (path -> address)
 * answered 302 as a click-tracking service does, and `/never` never answered.
 */
import { join } from 'node:path';
import { startServer } from '../../../tools/server.mjs';

const SERVED = ['/dist/', '/test/fixtures/host-css/', '/node_modules/', '/test/platforms/out/'];

/**
 * @param {{ root: string, pages: Map<string, string>, redirects?: Record<string, string> }} options
 */
export const serve = ({ root, pages, redirects = {} }) =>
  startServer({
    mounts: Object.fromEntries(SERVED.map((prefix) => [prefix, join(root, prefix)])),
    pages: { get: (path) => (path.startsWith('/pages/') ? pages.get(path.slice('/pages/'.length)) : undefined) },
    redirects,
    unanswered: ['/never'],
    headers: { 'access-control-allow-origin': '*' },
  });
