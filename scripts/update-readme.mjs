#!/usr/bin/env node
/**
 * `npm run readme`: writes every generated section of the README and of docs/*.md, between its
 * markers, in whichever of those files holds them: the platform table (scripts/platforms-table.mjs)
 * from what the platform suite measured, test/platforms/results.json; the API tables
 * (scripts/api-tables.mjs) from custom-elements.json, which the build makes from the JSDoc; the
 * outputs' sizes (scripts/sizes-table.mjs) from dist/; the "Size and speed" figures from what
 * `npm run bench` measured, bench/results.json (scripts/bench-readme.mjs); the Ghost table
 * (scripts/newsletters-table.mjs) from what `npm run test:ghost` measured,
 * test/platforms/ghost-results.json and ghost-check.json; the site engines' tables
 * (scripts/engines-table.mjs) from test/platforms/engines-results.json and
 * engines-before-results.json. Each section must
 * appear somewhere; test/readme.test.ts fails until the files are brought up to date.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { API_END, API_START, apiTables } from './api-tables.mjs';
import { BENCH_END, BENCH_START, benchSection } from './bench-readme.mjs';
import {
  ENGINES_BEFORE_END,
  ENGINES_BEFORE_START,
  ENGINES_END,
  ENGINES_START,
  enginesTable,
} from './engines-table.mjs';
import { NEWSLETTERS_END, NEWSLETTERS_START, newslettersTable } from './newsletters-table.mjs';
import { PLATFORMS_END, PLATFORMS_START, platformsTable } from './platforms-table.mjs';
import { SIZED_OUTPUTS, SIZES_END, SIZES_START, sizesTable } from './sizes-table.mjs';

const results = JSON.parse(await readFile('test/platforms/results.json', 'utf8'));
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const bench = JSON.parse(await readFile('bench/results.json', 'utf8'));
const ghostResults = JSON.parse(await readFile('test/platforms/ghost-results.json', 'utf8'));
const ghostChecks = JSON.parse(await readFile('test/platforms/ghost-check.json', 'utf8'));
const engineResults = JSON.parse(await readFile('test/platforms/engines-results.json', 'utf8'));
const engineResultsBefore = JSON.parse(await readFile('test/platforms/engines-before-results.json', 'utf8'));
const bytes = Object.fromEntries(
  await Promise.all(SIZED_OUTPUTS.map(async ([name]) => [name, (await stat(`dist/${name}`)).size])),
);

/** Each generated section: its markers and what goes between them. */
const sections = [
  [PLATFORMS_START, PLATFORMS_END, platformsTable(results)],
  [API_START, API_END, `\n${apiTables(manifest)}\n`],
  [SIZES_START, SIZES_END, sizesTable(bytes)],
  [BENCH_START, BENCH_END, benchSection(bench)],
  [NEWSLETTERS_START, NEWSLETTERS_END, newslettersTable(ghostResults, ghostChecks)],
  [ENGINES_START, ENGINES_END, enginesTable(engineResults)],
  [ENGINES_BEFORE_START, ENGINES_BEFORE_END, enginesTable(engineResultsBefore)],
];

const files = [
  'README.md',
  ...(await readdir('docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
];
const found = new Set();
for (const file of files) {
  const text = await readFile(file, 'utf8');
  let updated = text;
  for (const [start, end, content] of sections) {
    const from = updated.indexOf(start);
    if (from < 0) continue;
    const to = updated.indexOf(end, from);
    if (to < 0) {
      console.error(`${file} has ${start} but no ${end} after it`);
      process.exit(1);
    }
    found.add(start);
    updated = `${updated.slice(0, from + start.length)}\n${content}\n${updated.slice(to)}`;
  }
  if (updated !== text) {
    await writeFile(file, updated);
    console.log(`${file} updated`);
  }
}
const missing = sections.filter(([start]) => !found.has(start));
for (const [start, end] of missing) console.error(`No file of ${files.join(', ')} has a ${start} … ${end} block`);
if (missing.length) process.exit(1);
console.log('Generated sections up to date');
