/** The version the bundle marks its class with is package.json's (Changesets bumps it there). */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

test("src/element/version.ts holds package.json's version (run `npm run build:version`)", async () => {
  const read = (path) => readFile(new URL(`../../../${path}`, import.meta.url), 'utf8');
  const { version } = JSON.parse(await read('package.json'));
  assert.match(
    await read('src/element/version.ts'),
    new RegExp(`export const VERSION = "${version.replaceAll('.', '\\.')}";`),
  );
});
