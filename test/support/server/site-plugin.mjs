/**
 * The publish site for the browser tests, served as GitHub Pages serves a project site: built
 * once per run (demo/build.mjs) into a temporary folder, for the address of a plain static
 * server (tools/server.mjs) on its own port, at the sub-path /leadership-article/. The
 * test pages run on the test server's origin, so every paste is on another origin than the site.
 *
 * - `executeServerCommand('site')` answers `{ url }`, the site's address;
 * - `executeServerCommand('doc-files')` answers `{ files }`: README.md and docs/*.md;
 * - `/leadership-article/…` on the test server answers what the site's server answers, bytes and
 *   headers: the publish page opened from there is readable by the tests, while its code still
 *   points at the site's own address.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../../demo/build.mjs';
import { startPagesServer } from '../../../tools/server.mjs';

export const SITE_PATH = '/leadership-article/';

export function sitePlugin() {
  let site;
  let folder;
  return {
    name: 'site',
    async serverStart() {
      folder = await mkdtemp(join(tmpdir(), 'leadership-article-site-'));
      site = await startPagesServer({ folder, base: SITE_PATH });
      siteOrigin.value = new URL(site.url).origin;
      await buildSite({ siteUrl: site.url, out: folder });
    },
    async serverStop() {
      await site?.close();
      if (folder) await rm(folder, { recursive: true, force: true });
    },
    executeCommand({ command }) {
      if (command === 'site') return { url: site.url };
      // The README and docs/*.md, which the README tests read.
      if (command === 'doc-files')
        return readdir('docs').then((names) => ({
          files: ['README.md', ...names.filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)],
        }));
      return undefined;
    },
  };
}

/** Middleware: the test server's /leadership-article/ is a mirror of the site's server. */
export async function siteMirrorMiddleware(context, next) {
  if (!context.path.startsWith(SITE_PATH) || !siteOrigin.value) return next();
  const response = await fetch(new URL(context.url, siteOrigin.value), { redirect: 'manual' });
  context.status = response.status;
  for (const [name, value] of response.headers) if (name !== 'content-length') context.set(name, value);
  context.body = Buffer.from(await response.arrayBuffer());
}

/** The site server's origin, once it runs. */
const siteOrigin = { value: '' };
