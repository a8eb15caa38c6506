/**
 * `leadership-article check` on the pages the real platforms made (test/platforms/out/, built by
 * `npm run test:platforms:build`, which `npm test` runs first): every page the platform suite holds to
 * the publisher's terms complies, in the browser and with --static; the page where Hugo omits
 * the raw snippet does not. So does every post the site engines built with the code for each
 * (out/engines/), at the address the site links it.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';
import { serve } from './server.mjs';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(
  await readFile(new URL('test/platforms/out/manifest.json', root), 'utf8').catch(() => {
    throw new Error('no test/platforms/out/manifest.json: run `npm run test:platforms:build` first (npm test does)');
  }),
);
const gated = manifest.filter((page) => page.gated);
const engines = JSON.parse(
  await readFile(new URL('test/platforms/out/engines/manifest.json', root), 'utf8').catch(() => {
    throw new Error(
      'no test/platforms/out/engines/manifest.json: run `npm run test:platforms:build` first (npm test does)',
    );
  }),
);
const enginePosts = engines.filter((page) => page.built);
const omitted = manifest.filter((page) => !page.gated);

let server;
before(async () => {
  server = await serve({ root: fileURLToPath(root), pages: new Map() });
});
after(() => server.close());

for (const [mode, flags] of Object.entries({ browser: [], static: ['--static'] })) {
  test(`${mode}: every page the platforms made from the snippet complies (${gated.length} pages)`, async () => {
    const { code, stdout } = await run([
      'check',
      ...flags,
      '--json',
      ...gated.map((page) => server.origin + page.path),
    ]);
    const report = JSON.parse(stdout);
    const failing = report.pages.filter((page) => page.status !== 'pass').map((page) => page.url);
    assert.deepEqual(failing, []);
    assert.equal(report.pages.length, gated.length);
    assert.equal(code, 0);
  });

  test(`${mode}: a page where the platform dropped the snippet does not comply`, async () => {
    assert.ok(omitted.length > 0, 'the suite documents at least one such page');
    const { code, stdout } = await run([
      'check',
      ...flags,
      '--json',
      ...omitted.map((page) => server.origin + page.path),
    ]);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      report.pages.map((page) => page.status),
      omitted.map(() => 'fail'),
    );
    assert.equal(code, 1);
  });
}

for (const [mode, flags] of Object.entries({ browser: [], static: ['--static'] })) {
  test(`${mode}: every post the site engines built complies (${enginePosts.length} pages)`, async () => {
    assert.ok(enginePosts.length > 0, 'the engines built posts');
    const { code, stdout } = await run([
      'check',
      ...flags,
      '--json',
      ...enginePosts.map((page) => server.origin + page.path),
    ]);
    const report = JSON.parse(stdout);
    const failing = report.pages
      .filter((page) => page.status !== 'pass')
      .map((page) => `${page.url}: ${page.problems.map((problem) => problem.message).join('; ')}`);
    assert.deepEqual(failing, []);
    assert.equal(report.pages.length, enginePosts.length);
    assert.equal(code, 0);
  });
}
