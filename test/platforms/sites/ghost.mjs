/**
 * Ghost 5, the newsletter platform, for real: one post is both the web version and the email.
 * Ghost is installed the way ghost-cli would install it (npm, native modules compiled here) into
 * a cache outside the repository, booted on 127.0.0.1 with sqlite3 and a content folder of its
 * own, and driven through its Admin API: owner, one member, then posts whose HTML card holds a
 * snippet (Lexical and Mobiledoc), each published and sent as a newsletter through a local
 * stand-in for Mailgun's API. Saved per post: the web version as served, the email preview and
 * the email as sent. Twice: with Ghost's defaults (outbound link tagging, email click tracking)
 * and with both settings off. Then `leadership-article check` on every saved page, while Ghost
 * still answers its redirects.
 */
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { INTRO, OUT, dist, freePort, run, savePage, start, until } from './common.mjs';
import { checkGhostPages } from './ghost-check.mjs';

export const GHOST_VERSION = '5.130.4';
/** Where the installed Ghost is kept between runs (about 15 minutes to install on 2 cores). */
export const GHOST_DIR =
  process.env.LEADERSHIP_GHOST_DIR ?? join(homedir(), '.cache/leadership-article', `ghost-${GHOST_VERSION}`);
export const GHOST_OUT = join(OUT, 'ghost');

const OWNER = { name: 'Newsletter Editor', email: 'editor@example.com', password: 'leadership-article-1' };
const MEMBER = { name: 'A Reader', email: 'reader@example.com' };
const SNIPPETS = {
  embed: 'dist/embed.html',
  'embed-cdn': 'dist/embed-cdn.html',
};
/** Ghost's two settings that change links, with what each does. */
export const LINK_SETTINGS = {
  outbound_link_tagging: 'outbound link tagging: adds ?ref=<site> to outbound links',
  email_track_clicks: 'email click tracking: sends email links through /r/ redirects',
};
const ROUNDS = {
  defaults: { label: "Ghost's defaults", settings: null },
  exact: {
    label: 'outbound link tagging and email click tracking off',
    settings: { outbound_link_tagging: false, email_track_clicks: false },
  },
};

/** A card-only post body in each of Ghost's two editor formats. */
const EDITORS = {
  lexical: {
    short: 'Lexical',
    name: 'Lexical (Ghost 5 editor), HTML card',
    body: (html) => ({
      lexical: JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [
                { type: 'extended-text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: INTRO },
              ],
            },
            { type: 'html', version: 1, html },
          ],
        },
      }),
    }),
  },
  mobiledoc: {
    short: 'Mobiledoc',
    name: 'Mobiledoc (older posts), HTML card',
    body: (html) => ({
      mobiledoc: JSON.stringify({
        version: '0.3.1',
        atoms: [],
        markups: [],
        cards: [['html', { html }]],
        sections: [
          [1, 'p', [[0, [], 0, INTRO]]],
          [10, 0],
        ],
      }),
    }),
  },
};
const VIEWS = {
  web: 'web version',
  preview: 'email preview',
  email: 'sent email',
};

/**
 * Installs Ghost into GHOST_DIR unless it is there: the npm package, its devDependencies emptied
 * (one is a GitHub tarball, unreachable here) and its yarn resolutions as npm overrides, then an
 * npm install that compiles re2 and sqlite3 against Debian's Node headers. Installed beside the
 * cache and renamed at the end, so a half-done install is never taken for a finished one.
 */
export async function installGhost() {
  const compiled = ['sqlite3/build/Release/node_sqlite3.node', 're2/build/Release/re2.node'];
  if (compiled.every((file) => existsSync(join(GHOST_DIR, 'node_modules', file)))) return;
  const started = Date.now();
  const work = `${GHOST_DIR}.installing`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  console.log(`Ghost ${GHOST_VERSION}: installing into ${GHOST_DIR} (about 15 minutes on 2 cores)`);
  await run('npm', ['pack', `ghost@${GHOST_VERSION}`, '--silent'], { cwd: work });
  await run('tar', ['xzf', `ghost-${GHOST_VERSION}.tgz`], { cwd: work });
  const app = join(work, 'package');
  const manifest = JSON.parse(await readFile(join(app, 'package.json'), 'utf8'));
  manifest.devDependencies = {};
  manifest.overrides = { ...manifest.resolutions };
  await writeFile(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--omit=dev', '--legacy-peer-deps', '--no-audit', '--no-fund'], {
    cwd: app,
    env: { ...process.env, npm_config_nodedir: '/usr' },
  });
  await rm(GHOST_DIR, { recursive: true, force: true });
  await rename(app, GHOST_DIR);
  await rm(work, { recursive: true, force: true });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`Ghost ${GHOST_VERSION}: installed in ${seconds} s`);
}

/**
 * A stand-in for Mailgun's API: keeps every message Ghost sends (`POST /v3/<domain>/messages`,
 * multipart) and answers the events poll with no events.
 */
async function startMailgunStandIn() {
  /** @type {{ subject: string, html: string, to: string }[]} */
  const messages = [];
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const reply = (body) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && request.url?.endsWith('/messages')) {
      // Node's fetch Request parses the multipart body the way a server would.
      const form = await new Request('http://stand-in/', {
        method: 'POST',
        headers: { 'content-type': String(request.headers['content-type']) },
        body: Buffer.concat(chunks),
      }).formData();
      messages.push({
        subject: String(form.get('subject')),
        html: String(form.get('html')),
        to: String(form.get('to')),
      });
      return reply({ id: `<${messages.length}@stand-in>`, message: 'Queued. Thank you.' });
    }
    return reply({ items: [], paging: {} });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const stop = () => new Promise((resolve) => server.close(resolve));
  return { baseUrl: `http://127.0.0.1:${port}/v3`, messages, stop };
}

/** Ghost's Admin API with the owner's session cookie. */
function adminApi(url) {
  let cookie = '';
  const call = async (method, path, body) => {
    const response = await fetch(`${url}/ghost/api/admin${path}`, {
      method,
      headers: {
        origin: url,
        'content-type': 'application/json',
        'accept-version': 'v5.0',
        ...(cookie && { cookie }),
      },
      body: body && JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie();
    if (setCookie.length) cookie = setCookie.map((value) => value.split(';')[0]).join('; ');
    const text = await response.text();
    if (!response.ok) throw new Error(`Ghost ${method} ${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
    // The session endpoint answers plain "Created".
    return response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {};
  };
  return call;
}

/** Boots Ghost with a temporary database and content folder; resolves when its API answers. */
async function bootGhost(temp, mailgunBaseUrl) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const content = join(temp, 'content');
  await cp(join(GHOST_DIR, 'content'), content, { recursive: true });
  const config = {
    url,
    server: { host: '127.0.0.1', port },
    database: { client: 'sqlite3', connection: { filename: join(temp, 'ghost.db') }, useNullAsDefault: true },
    paths: { contentPath: content },
    mail: { transport: 'stub' },
    logging: { level: 'info', transports: ['stdout'] },
    privacy: { useTinfoil: true },
    security: { staffDeviceVerification: false },
    bulkEmail: { mailgun: { apiKey: 'stand-in', domain: 'example.com', baseUrl: mailgunBaseUrl } },
    // Portal, search and the like load from a CDN this machine cannot reach; none touches a post.
    portal: { url: false },
    sodoSearch: { url: false },
    comments: { url: false },
    announcementBar: { url: false },
  };
  // Ghost reads config.<env>.json beside index.js; the file is rewritten on every run.
  await writeFile(join(GHOST_DIR, 'config.development.json'), `${JSON.stringify(config, null, 2)}\n`);
  // Ghost's own log, kept beside the pages for when something fails.
  const logFile = join(GHOST_OUT, 'ghost.log');
  await mkdir(GHOST_OUT, { recursive: true });
  const log = createWriteStream(logFile);
  await new Promise((resolve) => log.once('open', resolve));
  const ghost = start(process.execPath, ['index.js'], {
    cwd: GHOST_DIR,
    env: { ...process.env, NODE_ENV: 'development' },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolve) => ghost.once('exit', resolve));
  try {
    await until(
      async () => {
        if (ghost.exitCode !== null) throw new Error('exited');
        return (await fetch(`${url}/ghost/api/admin/site/`)).ok;
      },
      'Ghost to answer',
      120_000,
    );
  } catch (error) {
    throw new Error(`${error.message}; Ghost's log:\n${await readFile(logFile, 'utf8')}`, { cause: error });
  }
  const stop = async () => {
    if (ghost.exitCode === null) {
      ghost.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (ghost.exitCode === null) process.kill(-ghost.pid, 'SIGKILL');
    }
    log.end();
  };
  return { url, stop };
}

/** Where each `/r/` click-tracking redirect in `html` leads, asked of Ghost itself. */
async function redirectsIn(html, url) {
  const redirects = {};
  for (const [, href] of html.matchAll(/href="([^"]*\/r\/[0-9a-f]+[^"]*)"/g)) {
    const address = href.replaceAll('&amp;', '&');
    if (redirects[address] || !address.startsWith(url)) continue;
    const response = await fetch(address.replace(/%recipient\.[a-z_]+%|%%\{[a-z_]+\}%%/g, ''), { redirect: 'manual' });
    redirects[address] = response.headers.get('location') ?? `HTTP ${response.status}`;
  }
  return redirects;
}

/** Files a theme's page loads that are not pages. */
const ASSET = /\.(css|js|woff2?|ttf|otf|png|gif|jpe?g|svg|webp|ico)$/;

/**
 * The web version's stylesheets and scripts from Ghost's own address (the theme's, the cards'),
 * and the fonts those stylesheets name, saved under `folder` at their paths on Ghost's site, so
 * the page renders as served after Ghost stops. Returns the page pointing at them.
 */
async function withLocalAssets(html, url, folder) {
  const saved = new Set();
  const save = async (address) => {
    const { pathname } = address;
    if (saved.has(pathname)) return;
    saved.add(pathname);
    const response = await fetch(address);
    if (!response.ok) return;
    const body = Buffer.from(await response.arrayBuffer());
    await mkdir(join(folder, dirname(pathname)), { recursive: true });
    await writeFile(join(folder, pathname), body);
    if (pathname.endsWith('.css')) {
      for (const [, reference] of String(body).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const inner = new URL(reference, address);
        if (inner.origin === url) await save(inner);
      }
    }
  };
  let local = html;
  // Attributes (stylesheets, scripts, preloaded fonts) and inline styles' url(…).
  const references = /(\b(?:href|src)="|url\()((?:\/|https?:\/\/127\.0\.0\.1:\d+\/)[^")]*)/g;
  for (const [, before, address] of html.matchAll(references)) {
    const absolute = new URL(address.replaceAll('&amp;', '&'), url);
    if (absolute.origin !== url || !ASSET.test(absolute.pathname)) continue;
    await save(absolute);
    // Relative to the page, which sits at the top of `folder`: the site's root there.
    local = local.replaceAll(`${before}${address}`, `${before}${address.replace(/^(https?:\/\/[^/]+)?\//, '')}`);
  }
  return local;
}

/** Waits until the stand-in holds the email whose subject is `title`. */
async function sentEmail(messages, title) {
  await until(() => messages.some((message) => message.subject === title), `Ghost to send "${title}"`, 180_000);
  return /** @type {{ html: string }} */ (messages.find((message) => message.subject === title));
}

/** @returns {Promise<object[]>} the Ghost pages' entries (see build.mjs), with redirects found */
export async function buildGhost() {
  await installGhost();
  const temp = await mkdtemp(join(tmpdir(), 'leadership-ghost-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.once('exit', removeTemp);
  const mailgun = await startMailgunStandIn();
  let ghost;
  try {
    ghost = await bootGhost(temp, mailgun.baseUrl);
    const { url } = ghost;
    const api = adminApi(url);
    await api('POST', '/authentication/setup/', {
      setup: [{ name: OWNER.name, email: OWNER.email, password: OWNER.password, blogTitle: 'Leadership Letters' }],
    });
    await api('POST', '/session/', { username: OWNER.email, password: OWNER.password });
    await api('POST', '/members/', { members: [{ email: MEMBER.email, name: MEMBER.name }] });
    const { settings } = await api('GET', '/settings/');
    const defaults = Object.fromEntries(
      settings.filter(({ key }) => key in LINK_SETTINGS).map(({ key, value }) => [key, value]),
    );

    const pages = [];
    for (const [roundId, round] of Object.entries(ROUNDS)) {
      if (round.settings) {
        await api('PUT', '/settings/', {
          settings: Object.entries(round.settings).map(([key, value]) => ({ key, value })),
        });
      }
      for (const [editorId, editor] of Object.entries(EDITORS)) {
        for (const [snippetId, snippetPath] of Object.entries(SNIPPETS)) {
          const snippet = (await dist(snippetPath.replace(/^dist\//, ''))).trim();
          const title = `Leadership article: ${editorId}, ${snippetId}, ${roundId}`;
          const {
            posts: [draft],
          } = await api('POST', '/posts/', { posts: [{ title, status: 'draft', ...editor.body(snippet) }] });
          const {
            posts: [post],
          } = await api('PUT', `/posts/${draft.id}/?newsletter=default-newsletter`, {
            posts: [{ status: 'published', updated_at: draft.updated_at }],
          });
          // The sent email first: Ghost's renderer can lose its template partials when a
          // preview is rendered while a newsletter is ("The partial styles could not be found").
          const email = (await sentEmail(mailgun.messages, title)).html;
          const html = {
            web: await (await fetch(post.url)).text(),
            preview: (await api('GET', `/email_previews/posts/${post.id}/`)).email_previews[0].html,
            email,
          };
          const stored = JSON.parse(post.lexical ?? post.mobiledoc);
          const storedCard = editorId === 'lexical' ? stored.root.children[1].html : stored.cards[0][1].html;
          for (const [viewId, view] of Object.entries(VIEWS)) {
            const id = `ghost-${roundId}-${editorId}-${snippetId}-${viewId}`;
            const folder = join(GHOST_OUT, roundId);
            const page = viewId === 'web' ? await withLocalAssets(html[viewId], url, folder) : html[viewId];
            const path = await savePage(join(folder, `${editorId}-${snippetId}-${viewId}.html`), page);
            pages.push({
              id,
              platform: `Ghost ${GHOST_VERSION}, ${view}`,
              pipeline: `${editor.name}, ${round.label}`,
              editor: editor.short,
              snippet: snippetPath,
              paste: `${snippetPath} into an HTML card`,
              path,
              gated: true,
              round: roundId,
              view: viewId,
              stored: storedCard === snippet ? 'byte for byte' : 'changed',
              redirects: await redirectsIn(html[viewId], url),
            });
          }
          // One post with the article per site, as a blog would have: otherwise the theme's "read
          // more" cards under the next post would quote this one.
          await api('DELETE', `/posts/${post.id}/`);
        }
      }
    }
    await checkGhostPages(pages);
    console.log(
      `Ghost ${GHOST_VERSION}: defaults ${JSON.stringify(defaults)}; ${mailgun.messages.length} emails sent to the stand-in`,
    );
    return pages;
  } finally {
    await ghost?.stop();
    await mailgun.stop();
    removeTemp();
    process.off('exit', removeTemp);
  }
}
