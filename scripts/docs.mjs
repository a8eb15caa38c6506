#!/usr/bin/env node
/**
 * `npm run docs`: writes the generated sections of the README and docs/*.md
 * (tools/docs/sections.mjs). With `--check`, writes nothing and exits 1 naming what is stale.
 */
import { writeFile } from 'node:fs/promises';
import { generatedDocs } from '../tools/docs/sections.mjs';

const check = process.argv.includes('--check');
const { files, missing } = await generatedDocs();
for (const start of missing) console.error(`No file of the README or docs/ has a ${start} block`);
const stale = files.filter(({ text, updated }) => text !== updated);
for (const { name, updated } of stale) {
  if (check) console.error(`${name} is out of date: run \`npm run docs\``);
  else await writeFile(new URL(`../${name}`, import.meta.url), updated);
  if (!check) console.log(`${name} updated`);
}
if (missing.length || (check && stale.length)) process.exit(1);
console.log(check ? 'Generated sections are current' : 'Generated sections up to date');
