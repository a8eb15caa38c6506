/**
 * What test/platforms/build.mjs leaves for the browser tests (run after `npm run test:platforms:build`):
 * a manifest whose every page exists, holds the page probe, and loads the snippet's script from
 * the test server; the pages' HTML as each platform saved it. What a reader gets on each page is
 * the browser suite's (test/platforms/pages.test.ts).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { fixtureLines } from '../support/fixtures.mjs';
import { INTRO } from './intro.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const manifestFile = join(ROOT, 'test/platforms/out/manifest.json');
if (!existsSync(manifestFile))
  throw new Error('no test/platforms/out/manifest.json: run `npm run test:platforms:build`');
const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));

/** A page's saved HTML, from its URL path under the project root. */
const saved = (page) => readFile(join(ROOT, page.path), 'utf8');

/** The opening of the article's first paragraph, as a reader sees it in any copy. */
const opening = fixtureLines[7].slice(0, 60);

test('the manifest lists pages with unique ids, each saved under test/platforms/out/', () => {
  assert.ok(manifest.length > 0, 'pages built');
  const ids = manifest.map((page) => page.id);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    'repeated ids',
  );
  for (const page of manifest) {
    for (const field of ['id', 'platform', 'pipeline', 'paste', 'path']) {
      assert.equal(typeof page[field], 'string', `${page.id}: ${field}`);
    }
    assert.match(page.path, /^\/test\/platforms\/out\/.+\.html$/, page.id);
    assert.ok(existsSync(join(ROOT, page.path)), `${page.id}: ${page.path} exists`);
    // A page no snippet can help says why; a gated one has nothing to excuse.
    assert.equal(typeof page.reason === 'string' && page.reason !== '', !page.gated, `${page.id}: reason`);
  }
});

test('every page loads the probe first in <head>, and any script of the widget from the test server', async () => {
  for (const page of manifest) {
    const $ = load(await saved(page));
    assert.equal($('head > script').first().attr('src'), '/test/support/pages/recorder.js', page.id);
    const widgetScripts = $('script[src]')
      .toArray()
      .map((script) => script.attribs.src)
      .filter((src) => src.endsWith('/leadership-article.js'));
    assert.deepEqual(
      widgetScripts.filter((src) => src !== '/dist/leadership-article.js'),
      [],
      `${page.id}: scripts from elsewhere`,
    );
  }
});

test('every gated page holds the article in its HTML; the documented exception holds none', async () => {
  for (const page of manifest) {
    const text = load(await saved(page))('body').text();
    assert.equal(text.includes(opening), page.gated, `${page.id}: the article's opening in the saved HTML`);
  }
});

const engines = JSON.parse(
  await readFile(join(ROOT, 'test/platforms/out/engines/manifest.json'), 'utf8').catch(() => {
    throw new Error('no test/platforms/out/engines/manifest.json: run `npm run test:platforms:build`');
  }),
);
/** The site engines the suite builds, as the issue names them: each must be there, with each code. */
const ENGINE_IDS = ['docusaurus', 'astro-md', 'astro-mdx', 'nextjs', 'vitepress', 'sveltekit', 'hexo', 'mkdocs'];

/** The framework engines with an npm developer's page (the package's server module and import). */
const NPM_ENGINE_IDS = ['astro-md', 'nextjs', 'vitepress', 'sveltekit'];

test('site engines: every engine is listed with each code pasted, built posts saved with the probe first', async () => {
  const codes = [...new Set(engines.map((page) => page.code))].filter((code) => code !== 'npm');
  assert.ok(codes.length > 0, 'codes pasted');
  const npm = engines[0].mode === 'after' ? NPM_ENGINE_IDS.map((engine) => `${engine}-npm`) : [];
  assert.deepEqual(
    engines.map((page) => page.id).sort(),
    [...ENGINE_IDS.flatMap((engine) => codes.map((code) => `${engine}-${code}`)), ...npm].sort(),
  );
  for (const page of engines.filter((entry) => entry.built)) {
    assert.match(page.file, /^\/test\/platforms\/out\/engines\/.+\.html$/, page.id);
    const $ = load(await readFile(join(ROOT, page.file), 'utf8'));
    assert.equal($('head > script').first().attr('src'), '/test/support/pages/recorder.js', page.id);
    assert.ok($('body').text().includes(INTRO), `${page.id}: the post's own paragraph`);
    if (page.router) assert.match(page.list, /^\/test\/platforms\/out\/engines\/[^/]+\//, `${page.id}: list page`);
  }
});

test("site engines: the code for each engine builds with the engine's defaults (the engine's error otherwise)", () => {
  const modes = new Set(engines.map((page) => page.mode));
  assert.deepEqual([...modes], ['after'], 'built with the code of today (ENGINES_CODE unset)');
  const failed = engines.filter((page) => !page.built).map((page) => `${page.id}: ${page.error}`);
  assert.deepEqual(failed, []);
});
