/**
 * The packages as users install them: every public package is packed (`npm pack`) and installed
 * from its tarball into an empty project, then used the way its audience uses it. Run by
 * `npm test` after the build (the packs are made with --ignore-scripts from that build).
 * Needs the npm registry (or a warm cache) for the CLI's dependencies, and Chromium.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { CHROMIUM_ARGS, findChromium } from '../../packages/check/cli/browsers.mjs';

const root = new URL('../../', import.meta.url);
const rootPath = decodeURIComponent(root.pathname);
const exec = promisify(execFile);
const npm = (args, cwd) => exec('npm', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });

/** What only the command needs: none of it may reach a site that installs the element. */
const CLI_ONLY = ['leadership-article-check', 'puppeteer-core', 'parse5', 'diff', 'chromium-bidi', 'devtools-protocol'];
/** The element, Lit's base class and the shim Lit depends on for server rendering. */
const ELEMENT_PACKAGES = ['leadership-article', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];
const ELEMENT_MAX_PACKAGES = 3;
const ELEMENT_MAX_BYTES = 1_000_000;

const title = (await readFile(new URL('test/fixtures/article-lines-1-16.txt', root), 'utf8')).split('\n')[0];
let work;
const tarballs = {};

/** An empty project in its own folder, with the given tarballs installed from the registry's cache. */
async function project(name, files) {
  const dir = join(work, name);
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `probe-${name}`, private: true, type: 'module' }));
  // --prefer-offline: the cache answers without asking the registry again for every package.
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...files], dir);
  return dir;
}

/** Every installed package (name@version) under node_modules, nested ones included. */
async function installedPackages(dir) {
  const found = [];
  for (const entry of await readdir(dir).catch(() => [])) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const scoped of await readdir(join(dir, entry))) found.push(...(await packageAt(join(dir, entry, scoped))));
    } else found.push(...(await packageAt(join(dir, entry))));
  }
  return found;
}
async function packageAt(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  return [`${manifest.name}@${manifest.version}`, ...(await installedPackages(join(dir, 'node_modules')))];
}

/** Bytes of every file under a folder (their sizes, not their blocks), symlinks not followed. */
async function bytesUnder(dir) {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await bytesUnder(path);
    else total += (await lstat(path)).size;
  }
  return total;
}

before(async () => {
  for (const built of ['lib/index.js', 'dist/leadership-article.js', 'dist/embed.html']) {
    await lstat(new URL(built, root)).catch(() => assert.fail(`${built} is missing: run \`npm run build\` first.`));
  }
  work = await mkdtemp(join(tmpdir(), 'leadership-article-packages-'));
  // From the build npm test has just made, so the tarballs hold exactly what was tested.
  const { stdout } = await npm(
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work, '.', './packages/check'],
    rootPath,
  );
  for (const { name, filename } of JSON.parse(stdout)) tarballs[name] = join(work, filename);
  assert.deepEqual(Object.keys(tarballs).sort(), ['leadership-article', 'leadership-article-check']);
});

after(() => work && rm(work, { recursive: true, force: true }));

test('the element alone: 3 packages at most, no dependency of the command, its own files under 1 MB', async () => {
  const dir = await project('element', [tarballs['leadership-article']]);
  const packages = await installedPackages(join(dir, 'node_modules'));
  const bytes = await bytesUnder(join(dir, 'node_modules'));
  const own = await bytesUnder(join(dir, 'node_modules', 'leadership-article'));
  const mb = (n) => `${n.toLocaleString('en')} bytes (${(n / 1e6).toFixed(2)} MB)`;
  console.log(
    `npm i leadership-article: ${packages.length} packages (${packages.join(', ')}), ${mb(bytes)} in node_modules, ` +
      `of which leadership-article ${mb(own)}`,
  );
  assert.ok(packages.length <= ELEMENT_MAX_PACKAGES, `${packages.length} packages: ${packages.join(', ')}`);
  for (const name of packages.map((p) => p.replace(/(?<=.)@.*/, ''))) assert.ok(ELEMENT_PACKAGES.includes(name), name);
  // Lit's two packages are 1.05 MB as published (development builds, maps, types): the budget
  // is on what this package adds.
  assert.ok(own <= ELEMENT_MAX_BYTES, `leadership-article alone is ${own} bytes`);
  const { stdout: tree } = await npm(['ls', '--all'], dir);
  for (const name of CLI_ONLY) assert.doesNotMatch(tree, new RegExp(`[ ─]${name}@`), `npm ls --all:\n${tree}`);

  // What the tarball carries: the element's files, not its sources or tooling.
  const { stdout: listing } = await exec('tar', ['-tzf', tarballs['leadership-article']], { encoding: 'utf8' });
  const tops = new Set(
    listing
      .split('\n')
      .filter(Boolean)
      .map((path) => path.split('/')[1]),
  );
  assert.deepEqual([...tops].sort(), [
    'ARTICLE-COPYRIGHT.md',
    'LICENSE',
    'README.md',
    'custom-elements.json',
    'dist',
    'lib',
    'package.json',
  ]);
});

test("a bundler: `import 'leadership-article'` bundles with rollup from the installed package", async () => {
  const dir = join(work, 'element');
  await writeFile(
    join(dir, 'main.js'),
    "import { LeadershipArticleElement } from 'leadership-article';\nconsole.log(LeadershipArticleElement.name);\n",
  );
  const warnings = [];
  const bundle = await rollup({
    input: join(dir, 'main.js'),
    plugins: [nodeResolve({ browser: true, rootDir: dir })],
    onwarn: (warning) => warnings.push(warning),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  assert.deepEqual(
    warnings.filter((w) => w.code === 'UNRESOLVED_IMPORT').map((w) => w.message),
    [],
    'every import resolves inside the installed packages',
  );
  const ids = bundle.watchFiles.filter((id) => id.includes('node_modules'));
  assert.ok(
    ids.some((id) => id.startsWith(join(dir, 'node_modules', 'leadership-article', 'lib'))),
    'the element came from the installed package',
  );
  assert.match(output[0].code, /customElements/);
  assert.match(output[0].code, /leadership-article/);
});

test('the tarball’s dist/leadership-article.js upgrades a page in Chromium', async () => {
  const executablePath = findChromium();
  assert.ok(executablePath, 'Chromium is needed (apt-get install chromium, or CHROME_PATH)');
  const dir = join(work, 'element');
  const page = join(dir, 'page.html');
  await writeFile(
    page,
    '<!doctype html><meta charset="utf-8"><title>post</title><leadership-article></leadership-article>' +
      '<script src="node_modules/leadership-article/dist/leadership-article.js"></script>',
  );
  const browser = await puppeteer.launch({ executablePath, args: [...CHROMIUM_ARGS, '--headless=new'], pipe: true });
  try {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForFunction(() => document.querySelector('leadership-article')?.shadowRoot?.textContent?.trim());
    const heading = await tab.evaluate(
      () =>
        document.querySelector('leadership-article').shadowRoot.querySelector('h1, h2, h3, h4, h5, h6')?.textContent,
    );
    assert.equal(heading?.trim(), title);
  } finally {
    await browser.close();
  }
});

test('the command, installed beside the element: check passes a compliant page, snippet is dist/embed.html', async () => {
  const dir = await project('check', [tarballs['leadership-article'], tarballs['leadership-article-check']]);
  const bin = join(dir, 'node_modules', '.bin', 'leadership-article');
  const built = await readFile(new URL('dist/embed.html', root), 'utf8');

  const { stdout: snippet } = await exec(bin, ['snippet'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(snippet, built, 'snippet prints what the build wrote to dist/embed.html');

  const page = join(dir, 'post.html');
  await writeFile(page, `<!doctype html><meta charset="utf-8"><title>A post</title><p>Intro.</p>\n${snippet}`);
  for (const mode of [['--static'], []]) {
    // Verdicts, not speed: a loaded CI machine may need more than the default 30 s a page.
    const run = await exec(bin, ['check', ...mode, '--timeout', '120', page], { cwd: dir, encoding: 'utf8' }).catch(
      (error) => error,
    );
    assert.equal(run.code ?? 0, 0, `check ${mode.join(' ')}: ${run.stdout}${run.stderr}`);
  }
});
