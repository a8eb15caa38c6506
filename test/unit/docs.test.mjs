/**
 * The README's and docs/'s generated sections are what `npm run docs` writes from the build
 * (dist/, custom-elements.json) and from what the suites and the benchmark measured.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedDocs } from '../../tools/docs/sections.mjs';

test('every generated section is current (run `npm run docs` after the build and the suites)', async () => {
  const { files, missing } = await generatedDocs();
  assert.deepEqual(missing, [], 'sections no file holds');
  for (const { name, text, updated } of files) assert.equal(text, updated, `${name}: run \`npm run docs\``);
});
