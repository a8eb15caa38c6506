#!/usr/bin/env node
/**
 * Records the built dist/leadership-article.js's integrity under package.json's version in
 * packages/check/cli/published-bundles.json, so later versions of `check` still recognise pages
 * that pasted this version's snippet. `npm run release:version` runs it after `changeset version`
 * and the build, so the record is committed with the version bump; the release workflow runs it
 * with `--verify` before publishing, and fails if the bundle it is about to publish differs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { integrityOf } from 'leadership-article/outputs.js';

const root = new URL('../', import.meta.url);
const recordFile = new URL('packages/check/cli/published-bundles.json', root);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const integrity = integrityOf(await readFile(new URL('dist/leadership-article.js', root)));
const record = JSON.parse(await readFile(recordFile, 'utf8'));
const recorded = Object.entries(record.bundles).find(([, v]) => v === version)?.[0];

if (process.argv.includes('--verify')) {
  if (recorded !== integrity) {
    console.error(
      recorded
        ? `record-bundle: the built bundle (${integrity}) is not the one recorded for ${version} (${recorded}): ` +
            'the code changed after `npm run release:version`; run it again and commit.'
        : `record-bundle: no bundle is recorded for ${version}: versions are cut with \`npm run release:version\`.`,
    );
    process.exit(1);
  }
  console.log(`record-bundle: ${version} ${integrity}, as recorded.`);
} else {
  // A version is recorded once: re-running after a rebuild replaces that version's entry.
  const bundles = Object.fromEntries(Object.entries(record.bundles).filter(([, v]) => v !== version));
  bundles[integrity] = version;
  await writeFile(recordFile, `${JSON.stringify({ ...record, bundles }, null, 2)}\n`);
  console.log(`record-bundle: ${version} ${integrity}`);
}
