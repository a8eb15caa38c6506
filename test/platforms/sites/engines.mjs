/**
 * JavaScript site engines, for real: each engine's starter (test/platforms/engines/<folder>/, as
 * its own starter writes it, trimmed to a home or blog list page and the post) installed from its
 * own lockfile into a cache outside the repository, the code pasted into a post's source file with
 * the engine's defaults, built by the engine, and its static site copied under out/engines/<id>/,
 * served by the test server under that path (the one configuration change: the base path, read
 * from SITE_BASE). MkDocs comes from Debian.
 *
 * The code pasted: `stackCode(id, …)` from src/outputs/stacks.ts, self-contained and with the
 * script from a URL (here the test server's copy of the bundle), or with ENGINES_CODE=before the
 * outputs bloggers had before: dist/embed.html, dist/embed-cdn.html and the oEmbed iframe. A build
 * that fails is a result (the engine's error, in the manifest), not a crash of the suite.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { STACKS, publicBaseUrl, stackCode } from 'leadership-article/outputs.js';
import { LOCAL_SCRIPT_URL } from '../local-script.mjs';
import { INTRO, OUT, PROBE, ROOT, dist, run, urlPathOf } from './common.mjs';
import { ENGINES_CACHE, STARTERS, installEngine } from './engine-installs.mjs';
import { NPM_PAGES, NPM_PASTE, addPackage } from './engine-npm-pages.mjs';

export { installEngines } from './engine-installs.mjs';

export const ENGINES_OUT = join(OUT, 'engines');

/**
 * `before`: the outputs bloggers had before the per-engine code; a folder: code to try, from
 * `<folder>/<engine id>/<name>.txt` (engines without a folder there are left out); unset:
 * stackCode's, as the publish page gives it.
 */
const CODE = process.env.ENGINES_CODE ?? '';
export const CODE_MODE = CODE === 'before' ? 'before' : CODE ? 'trial' : 'after';

/** Post titles by code, for the list pages' links (a reader clicks one of them). */
const TITLES = {
  inline: 'My post',
  cdn: 'My post, script from a URL',
  embed: 'My post, dist/embed.html',
  'embed-cdn': 'My post, dist/embed-cdn.html',
  iframe: 'My post, the oEmbed iframe',
  npm: 'My post, npm',
};

/** The code's description in the manifest and the tables. */
const PASTES = {
  inline: 'the code for the engine, self-contained (`stackCode(id, { bundle })`)',
  cdn: 'the code for the engine, script from jsDelivr (`stackCode(id, { bundle, scriptUrl })`)',
  embed: 'dist/embed.html',
  'embed-cdn': 'dist/embed-cdn.html',
  iframe: "the oEmbed iframe (dist/oembed.json's html)",
  npm: NPM_PASTE,
};

/** Where the code the publish page gives loads the script and the embed page from (jsDelivr). */
const PUBLIC_URL = publicBaseUrl(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
/** The oEmbed frame's sandbox, and the same with `allow-same-origin` (see {@link localized}). */
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * A built site's file with the public addresses this closed network cannot reach pointed at the
 * test server's copies (the bundle, the embed page), and the oEmbed frame readable by the tests
 * (`allow-same-origin`, as embed-frame.test.ts reads it): after the build, in the HTML and in the
 * scripts that render pages on the client, so what the engine built is what was pasted.
 */
const localized = (text) =>
  text
    .replaceAll(`${PUBLIC_URL}leadership-article.js`, LOCAL_SCRIPT_URL)
    .replaceAll(`${PUBLIC_URL}embed/index.html`, '/dist/embed/index.html')
    .replaceAll(SANDBOX, `allow-same-origin ${SANDBOX}`);

/** The codes pasted, one post each: `{ code: text }`, as a blogger copies them. */
async function codesFor(id) {
  if (CODE_MODE === 'trial') {
    const folder = join(CODE, id);
    if (!existsSync(folder)) return {};
    const names = (await readdir(folder)).filter((name) => name.endsWith('.txt'));
    return Object.fromEntries(
      await Promise.all(names.map(async (name) => [name.slice(0, -4), await readFile(join(folder, name), 'utf8')])),
    );
  }
  if (CODE_MODE === 'after') {
    const bundle = await readFile(join(ROOT, 'dist/leadership-article.js'));
    return {
      inline: stackCode(id, { bundle }),
      cdn: stackCode(id, { bundle, scriptUrl: `${PUBLIC_URL}leadership-article.js` }),
    };
  }
  return {
    embed: await dist('embed.html'),
    'embed-cdn': await dist('embed-cdn.html'),
    iframe: JSON.parse(await dist('oembed.json')).html,
  };
}

const slugOf = (code) => `my-post-${code}`;

/** The post file's path in the site, from STACKS (`my-post` becomes the post's slug). */
const postFile = (id, slug) => STACKS[id].file.split(' ')[0].replace('my-post', slug);

/**
 * Each engine: its starter folder, the post's source around the code, the list page's link to a
 * post (replacing `<!-- posts -->` or `{/* posts *\/}` in the starter), the build command, where
 * the static site is written, the post's and the list page's URLs in it (as the site links
 * them), and whether a client-side router swaps pages.
 */
const ENGINES = {
  docusaurus: {
    folder: 'docusaurus',
    // The starter's posts put a truncation marker after the excerpt: the blog list shows the
    // excerpt, the post page the whole post.
    post: (title, code) => `---\ntitle: ${title}\ndate: 2017-06-30\n---\n\n${INTRO}\n\n{/* truncate */}\n\n${code}\n`,
    command: ['docusaurus', ['build']],
    output: 'build',
    url: (slug) => `blog/${slug}`,
    list: 'blog',
    router: true,
  },
  'astro-md': {
    folder: 'astro',
    post: (title, code) =>
      `---\ntitle: '${title}'\ndescription: 'A post'\npubDate: 'Jun 30 2017'\n---\n\n${INTRO}\n\n${code}\n`,
    command: ['astro', ['build']],
    output: 'dist',
    url: (slug) => `blog/${slug}/`,
    list: 'blog/',
    router: false,
  },
  nextjs: {
    folder: 'nextjs',
    post: (title, code) => `# ${title}\n\n${INTRO}\n\n${code}\n`,
    links: {
      file: 'app/page.js',
      marker: '{/* posts */}',
      link: (href, title) => `<li><Link href="/${href}">${title}</Link></li>`,
    },
    command: ['next', ['build']],
    output: 'out',
    url: (slug) => `blog/${slug}`,
    list: '',
    router: true,
  },
  vitepress: {
    folder: 'vitepress',
    post: (title, code) => `# ${title}\n\n${INTRO}\n\n${code}\n`,
    links: { file: 'index.md', marker: '<!-- posts -->', link: (href, title) => `- [${title}](/${href})` },
    command: ['vitepress', ['build']],
    output: '.vitepress/dist',
    url: (slug) => `posts/${slug}.html`,
    list: '',
    router: true,
  },
  sveltekit: {
    folder: 'sveltekit',
    post: (title, code) => `# ${title}\n\n${INTRO}\n\n${code}\n`,
    links: {
      file: 'src/routes/+page.svelte',
      marker: '<!-- posts -->',
      link: (href, title) => `<li><a href={resolve('/${href}')}>${title}</a></li>`,
    },
    command: ['vite', ['build']],
    output: 'build',
    url: (slug) => `blog/${slug}`,
    list: '',
    router: true,
  },
  hexo: {
    folder: 'hexo',
    // `<!-- more -->`: the index shows the excerpt and links to the post, as Hexo's docs advise.
    post: (title, code) =>
      `---\ntitle: ${title}\ndate: 2017-06-30 12:00:00\n---\n${INTRO}\n\n<!-- more -->\n\n${code}\n`,
    command: ['hexo', ['generate']],
    output: 'public',
    url: (slug) => `2017/06/30/${slug}/`,
    list: '',
    router: false,
  },
  mkdocs: {
    folder: 'mkdocs',
    post: (title, code) => `# ${title}\n\n${INTRO}\n\n${code}\n`,
    links: { file: 'docs/index.md', marker: '<!-- posts -->', link: (href, title) => `- [${title}](${href}.md)` },
    command: ['mkdocs', ['build', '--quiet']],
    output: 'site',
    url: (slug) => `${slug}/`,
    list: '',
    router: false,
  },
};
ENGINES['astro-mdx'] = { ...ENGINES['astro-md'] };

/** The engines built, in the tables' order. */
export const ENGINE_IDS = ['docusaurus', 'astro-md', 'astro-mdx', 'nextjs', 'vitepress', 'sveltekit', 'hexo', 'mkdocs'];

/**
 * The lines of a failed build's output that say what went wrong: ANSI colours, stack frames and
 * the site's folder (`site`, a path on this machine) off.
 */
function errorOf(output, site = '') {
  const text = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '');
  const lines = (site ? text.replaceAll(`${site}/`, '').replaceAll(site, '.') : text)
    .split('\n')
    // The first line is run()'s own ("<command> failed:").
    .slice(1)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/^\s+at /.test(line))
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
  const first = lines.findIndex((line) => /error|unexpected|expected|not defined/i.test(line));
  const from = first < 0 ? Math.max(0, lines.length - 12) : first;
  return lines
    .slice(from, from + 12)
    .join('\n')
    .slice(0, 1500);
}

/** Every file under `dir`, relative paths. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Builds engine `id`'s site with `posts` (`[{ code, slug, title, text }]`) into out/engines/<id>/.
 * Resolves to `{ ok, seconds, error? }`.
 */
async function buildSite(id, posts) {
  const engine = ENGINES[id];
  let installed;
  try {
    installed = await installEngine(engine.folder);
  } catch (error) {
    return { ok: false, seconds: 0, error: `the engine's install failed: ${errorOf(error.message)}` };
  }
  const base = `${urlPathOf(join(ENGINES_OUT, id))}/`;
  // Inside the install, so the engine resolves its packages from the install's node_modules.
  const site = join(installed ?? join(ENGINES_CACHE, engine.folder), 'sites', id);
  await rm(site, { recursive: true, force: true });
  await cp(join(STARTERS, engine.folder), site, {
    recursive: true,
    filter: (source) => !source.endsWith('package-lock.json'),
  });
  // Hexo loads its plugins from the site's own node_modules.
  if (installed && engine.folder === 'hexo') await symlink(join(installed, 'node_modules'), join(site, 'node_modules'));
  if (engine.folder === 'hexo') {
    const config = join(site, '_config.yml');
    const text = await readFile(config, 'utf8');
    // Hexo takes the site's root path from its URL (the starter's comment says so for GitHub Pages).
    await writeFile(
      config,
      text.replace(/^url: http:\/\/example\.com$/m, `url: http://example.com${base.slice(0, -1)}`),
    );
  }
  for (const post of posts) {
    const files = post.files ?? { [postFile(id, post.slug)]: engine.post(post.title, post.text) };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(site, path)), { recursive: true });
      await writeFile(join(site, path), text);
    }
  }
  if (posts.some((post) => post.files)) {
    try {
      await addPackage(installed);
    } catch (error) {
      return { ok: false, seconds: 0, error: `installing the packed project failed: ${errorOf(error.message)}` };
    }
  }
  if (engine.links) {
    const file = join(site, engine.links.file);
    const text = await readFile(file, 'utf8');
    const links = posts.map((post) => engine.links.link(engine.url(post.slug).replace(/(\.html|\/)$/, ''), post.title));
    await writeFile(file, text.replace(engine.links.marker, links.join('\n')));
  }
  const [command, args] = engine.command;
  const started = Date.now();
  const log = join(ENGINES_OUT, `${id}.${posts.map((post) => post.code).join('+')}.log`);
  try {
    const bin = installed ? join(installed, 'node_modules/.bin', command) : command;
    const output = await run(bin, args, {
      cwd: site,
      timeout: 600_000,
      env: {
        ...process.env,
        SITE_BASE: engine.folder === 'nextjs' || engine.folder === 'sveltekit' ? base.slice(0, -1) : base,
        NEXT_TELEMETRY_DISABLED: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        DO_NOT_TRACK: '1',
      },
    });
    await mkdir(ENGINES_OUT, { recursive: true });
    await writeFile(log, output);
  } catch (error) {
    await mkdir(ENGINES_OUT, { recursive: true });
    await writeFile(log, error.message);
    return { ok: false, seconds: (Date.now() - started) / 1000, error: errorOf(error.message, site) };
  }
  const seconds = (Date.now() - started) / 1000;
  const target = join(ENGINES_OUT, id);
  await rm(target, { recursive: true, force: true });
  await cp(join(site, engine.output), target, { recursive: true });
  // The probe first in every page's <head>, so a page reached by the router has it from the start.
  for (const file of await filesUnder(target)) {
    if (!/\.(html|js|mjs|json|txt)$/.test(file)) continue;
    const text = await readFile(file, 'utf8');
    const probed = file.endsWith('.html') ? text.replace(/<head\b[^>]*>/i, (head) => `${head}${PROBE}`) : text;
    if (localized(probed) !== text) await writeFile(file, localized(probed));
  }
  return { ok: true, seconds };
}

/** The built HTML file of a URL path in the site: `x/` → x/index.html, `x` → x.html or x/index.html. */
function builtFile(id, url) {
  const path = join(ENGINES_OUT, id, url);
  if (url === '' || url.endsWith('/')) return join(path, 'index.html');
  if (url.endsWith('.html')) return path;
  return existsSync(`${path}.html`) ? `${path}.html` : join(path, 'index.html');
}

/**
 * Builds every engine with the codes of CODE_MODE: all posts in one build; if that fails, each
 * post alone (which code fails, with the engine's message), then the ones that build together.
 */
export async function buildEngines() {
  await rm(ENGINES_OUT, { recursive: true, force: true });
  await mkdir(ENGINES_OUT, { recursive: true });
  const entries = [];
  const timings = [];
  for (const id of ENGINE_IDS) {
    const engine = ENGINES[id];
    const codes = await codesFor(id);
    /** @type {{ code: string, slug: string, title: string, text?: string, files?: Record<string, string> }[]} */
    const posts = Object.entries(codes).map(([code, text]) => ({
      code,
      slug: slugOf(code),
      title: TITLES[code] ?? `My post, ${code}`,
      text,
    }));
    // The npm developer's page, with the package as it is today.
    if (CODE_MODE === 'after' && NPM_PAGES[id]) {
      const [slug, title] = [slugOf('npm'), TITLES.npm];
      posts.push({ code: 'npm', slug, title, files: NPM_PAGES[id](slug, title) });
    }
    if (!posts.length) continue;
    const failed = new Map();
    let result = await buildSite(id, posts);
    timings.push(`${id} ${result.seconds.toFixed(0)} s${result.ok ? '' : ' (failed)'}`);
    let built = result.ok ? posts : [];
    if (!result.ok) {
      if (posts.length === 1) failed.set(posts[0].code, result.error);
      else {
        for (const post of posts) {
          const alone = await buildSite(id, [post]);
          timings.push(`${id}/${post.code} ${alone.seconds.toFixed(0)} s${alone.ok ? '' : ' (failed)'}`);
          if (alone.ok) built.push(post);
          else failed.set(post.code, alone.error);
        }
        if (built.length > 1) {
          result = await buildSite(id, built);
          if (!result.ok) throw new Error(`${id}: posts that build alone fail together: ${result.error}`);
        } else if (built.length === 1) await buildSite(id, built);
      }
    }
    for (const post of posts) {
      const entry = {
        id: `${id}-${post.code}`,
        engine: id,
        // The npm page is the framework's, whichever post format the site's pasted posts use.
        platform: post.files ? STACKS[id].name.replace(' (.md)', '') : STACKS[id].name,
        pipeline: post.files
          ? "the package from npm, the framework's way"
          : `${STACKS[id].file}, the engine's defaults`,
        post: post.files ? Object.keys(post.files)[0] : STACKS[id].file.split(' ')[0],
        paste: PASTES[post.code] ?? `${post.code} (tried from ${CODE})`,
        code: post.code,
        mode: CODE_MODE,
        router: engine.router,
        built: !failed.has(post.code),
      };
      if (failed.has(post.code)) entry.error = failed.get(post.code);
      else {
        const url = engine.url(post.slug);
        entry.path = urlPathOf(join(ENGINES_OUT, id, url)) + (url.endsWith('/') ? '/' : '');
        entry.file = urlPathOf(builtFile(id, url));
        if (engine.router)
          entry.list = `${urlPathOf(join(ENGINES_OUT, id, engine.list))}${engine.list === '' || engine.list.endsWith('/') ? '/' : ''}`;
      }
      entries.push(entry);
    }
  }
  await writeFile(join(ENGINES_OUT, 'manifest.json'), `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`engines (${CODE_MODE}): ${timings.join(', ')}`);
  return entries;
}
