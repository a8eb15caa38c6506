/**
 * The site engines' static sites (test/platforms/out/engines/<id>/, built by the platform suite)
 * served as static hosts serve them (GitHub Pages, Netlify): a folder's address without its
 * trailing slash redirects to it, and an address without an extension answers the `.html` file
 * of that name. The engines link their pages that way (Next.js, SvelteKit and Docusaurus write
 * `blog/post.html` or `blog/post/index.html` and link `blog/post`).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SITES = '/test/platforms/out/engines/';

export async function staticSitesMiddleware(context, next) {
  const path = context.path;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (path.startsWith(SITES) && !path.includes('..') && name !== '' && !name.includes('.')) {
    const file = join(ROOT, path);
    // name.html first, then the folder, as static hosts try them (Next.js writes both).
    if (existsSync(`${file}.html`)) context.path = `${path}.html`;
    else if (existsSync(join(file, 'index.html')) && statSync(file).isDirectory()) {
      context.status = 301;
      context.redirect(`${path}/${context.querystring ? `?${context.querystring}` : ''}`);
      return;
    }
  }
  await next();
}
