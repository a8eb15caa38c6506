/**
 * WordPress 6.1 from Debian (/usr/share/wordpress), for real: a private MariaDB in a temporary
 * directory (socket only), WordPress installed by wp_install(), posts saved the way the block
 * and Classic editors save them, as an administrator and as an author, then each post fetched
 * from WordPress's own front end (`php -S`, where the_content runs) under Twenty Twenty-Three
 * and Twenty Twenty-One.
 */
import { rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INTRO, OUT, dist, freePort, run, savePage, start, until, urlPathOf } from './common.mjs';
import { saveFeed } from './feeds.mjs';

const WORDPRESS = '/usr/share/wordpress';
const HERE = join(OUT, '..', 'wordpress');
const THEMES = { tt3: ['twentytwentythree', 'Twenty Twenty-Three'], tt1: ['twentytwentyone', 'Twenty Twenty-One'] };
const EDITORS = {
  block: 'Block editor, Custom HTML block (REST save)',
  classic: 'Classic editor (wp_insert_post, wpautop on display)',
};

/**
 * A document root for `php -S`: WordPress's directories linked from Debian's package, its
 * top-level scripts copied (PHP resolves links in __DIR__, and wp-load.php looks for
 * wp-config.php next to itself), the suite's wp-config.php, and a wp-content of its own.
 */
async function documentRoot(root) {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'wp-content/themes'), { recursive: true });
  await mkdir(join(root, 'wp-content/plugins'));
  for (const entry of await readdir(WORDPRESS, { withFileTypes: true })) {
    if (entry.name === 'wp-config.php' || entry.name === 'wp-content') continue;
    if (entry.isDirectory()) await symlink(join(WORDPRESS, entry.name), join(root, entry.name));
    else await copyFile(join(WORDPRESS, entry.name), join(root, entry.name));
  }
  await copyFile(join(HERE, 'wp-config.php'), join(root, 'wp-config.php'));
  for (const [directory] of Object.values(THEMES)) {
    await symlink(join(WORDPRESS, 'wp-content/themes', directory), join(root, 'wp-content/themes', directory));
  }
}

/** Starts MariaDB on a socket in `dir`; resolves with the socket path and a stop function. */
async function startMariaDB(dir) {
  const data = join(dir, 'data');
  const socket = join(dir, 'mysql.sock');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const server = start('mariadbd', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    '--skip-networking',
    '--user=root',
    `--pid-file=${join(dir, 'mariadb.pid')}`,
    `--log-error=${join(dir, 'mariadb.err')}`,
  ]);
  const client = (sql) => run('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', sql]);
  await until(() => client('select 1'), 'MariaDB to answer');
  await client('create database wordpress');
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', resolve);
      server.kill('SIGTERM');
    });
  return { socket, stop };
}

/** @returns {Promise<object[]>} the suite's page entries (see build.mjs) */
export async function buildWordPress() {
  const root = join(OUT, 'wordpress/root');
  await documentRoot(root);
  const temp = await mkdtemp(join(tmpdir(), 'leadership-wp-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.once('exit', removeTemp);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    LEADERSHIP_WP_ROOT: root,
    LEADERSHIP_WP_URL: url,
    LEADERSHIP_WP_INTRO: INTRO,
    LEADERSHIP_WP_SOCKET: '',
  };
  const database = await startMariaDB(temp);
  let php;
  try {
    env.LEADERSHIP_WP_SOCKET = database.socket;
    const snippet = await dist('embed.html');
    const posts = JSON.parse(await run('php', [join(HERE, 'install.php')], { env, input: snippet }));

    php = start('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], { env });
    await until(async () => (await fetch(`${url}/`)).ok, 'php -S to serve WordPress');

    // WordPress writes absolute URLs to its own address; the saved pages load the same files
    // from the test server, which serves this document root, so the tests' frames are same-origin.
    const served = urlPathOf(root);
    const sameOrigin = (html) =>
      html.replaceAll(url, served).replaceAll(url.replaceAll('/', '\\/'), served.replaceAll('/', '\\/'));

    // The blog's RSS with the four posts: whole posts (WordPress's default), then summaries.
    const readingSettings = [
      {
        id: 'wordpress-rss-full',
        useExcerpt: '0',
        setting: 'Settings → Reading → "For each post in a feed, include": Full text (default)',
        full: true,
      },
      {
        id: 'wordpress-rss-excerpt',
        useExcerpt: '1',
        setting: 'Settings → Reading → "For each post in a feed, include": Excerpt',
        full: false,
      },
    ];
    for (const { id, useExcerpt, setting, full } of readingSettings) {
      await run('php', [join(HERE, 'set-option.php'), 'rss_use_excerpt', useExcerpt], { env });
      const response = await fetch(`${url}/?feed=rss2`);
      if (!response.ok) throw new Error(`WordPress /?feed=rss2: HTTP ${response.status}`);
      const post = 'a Custom HTML block and the Classic editor, as administrator and as author';
      await saveFeed(
        { id, platform: 'WordPress 6.1', format: 'RSS 2.0 (/?feed=rss2)', post, setting, full },
        await response.text(),
      );
    }
    await run('php', [join(HERE, 'set-option.php'), 'rss_use_excerpt', '0'], { env });

    const pages = [];
    for (const [themeId, [directory, themeName]] of Object.entries(THEMES)) {
      await run('php', [join(HERE, 'switch-theme.php'), directory], { env });
      for (const [post, id] of Object.entries(posts)) {
        const [editor, role] = post.split('-');
        const response = await fetch(`${url}/?p=${id}`);
        if (!response.ok) throw new Error(`WordPress ${themeName} ?p=${id}: HTTP ${response.status}`);
        const path = await savePage(join(OUT, `wordpress/${themeId}-${post}.html`), sameOrigin(await response.text()));
        pages.push({
          id: `wordpress-${themeId}-${post}`,
          platform: `WordPress 6.1, ${themeName}`,
          pipeline: `${EDITORS[editor]}, ${role}`,
          paste: editor === 'block' ? 'dist/embed.html into a Custom HTML block' : 'dist/embed.html into the Text tab',
          path,
          gated: true,
          boxes: true,
        });
      }
    }
    return pages;
  } finally {
    php?.kill('SIGTERM');
    await database.stop();
    removeTemp();
    process.off('exit', removeTemp);
  }
}
