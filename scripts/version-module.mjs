#!/usr/bin/env node
/**
 * Writes src/element/version.ts from package.json's version, so the version is kept in one place
 * (Changesets bumps package.json) and the bundle still marks its class with it (src/element/define.ts).
 * Run before `tsc` by `npm run build` and `npm run lint`; the file is not committed.
 */
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const source =
  `/** The package's version, written from package.json by tools/version-module.mjs: do not edit. */\n` +
  `export const VERSION = ${JSON.stringify(version)};\n`;
const file = new URL('src/element/version.ts', root);
// Unchanged content is not rewritten, so watchers and tsc's incremental checks stay quiet.
if ((await readFile(file, 'utf8').catch(() => '')) !== source) await writeFile(file, source);
