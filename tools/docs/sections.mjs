/**
 * The generated sections of the README and docs/*.md, each between its markers, from what the
 * build and the suites measured: the platform tables (test/platforms/results.json), the API
 * tables (custom-elements.json, from the element's JSDoc), the outputs' sizes (dist/), the
 * benchmark's figures (bench/results.json), the Ghost tables (test/platforms/ghost-*.json) and the
 * site engines' tables (test/platforms/engines-results.json, engines-before-results.json).
 * `npm run docs` writes them (scripts/docs.mjs); a test checks they are current.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { API_END, API_START, apiTables } from './api-tables.mjs';
import { BENCH_END, BENCH_START, benchSection } from './bench-section.mjs';
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

const root = new URL('../../', import.meta.url);
const json = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/** Each generated section: its start and end markers and what goes between them. */
async function sections() {
  const bytes = Object.fromEntries(
    await Promise.all(SIZED_OUTPUTS.map(async ([name]) => [name, (await stat(new URL(`dist/${name}`, root))).size])),
  );
  return [
    [PLATFORMS_START, PLATFORMS_END, platformsTable(await json('test/platforms/results.json'))],
    [API_START, API_END, `\n${apiTables(await json('custom-elements.json'))}\n`],
    [SIZES_START, SIZES_END, sizesTable(bytes)],
    [BENCH_START, BENCH_END, benchSection(await json('bench/results.json'))],
    [
      NEWSLETTERS_START,
      NEWSLETTERS_END,
      newslettersTable(await json('test/platforms/ghost-results.json'), await json('test/platforms/ghost-check.json')),
    ],
    [ENGINES_START, ENGINES_END, enginesTable(await json('test/platforms/engines-results.json'))],
    [ENGINES_BEFORE_START, ENGINES_BEFORE_END, enginesTable(await json('test/platforms/engines-before-results.json'))],
  ];
}

/**
 * Every file holding generated sections (the README and docs/*.md) as it is and as it should be,
 * and the markers no file holds.
 */
export async function generatedDocs() {
  const names = [
    'README.md',
    ...(await readdir(new URL('docs/', root))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ];
  const all = await sections();
  const found = new Set();
  const files = [];
  for (const name of names) {
    const text = await readFile(new URL(name, root), 'utf8');
    let updated = text;
    for (const [start, end, content] of all) {
      const from = updated.indexOf(start);
      if (from < 0) continue;
      const to = updated.indexOf(end, from);
      if (to < 0) throw new Error(`${name} has ${start} but no ${end} after it`);
      found.add(start);
      updated = `${updated.slice(0, from + start.length)}\n${content}\n${updated.slice(to)}`;
    }
    files.push({ name, text, updated });
  }
  return { files, missing: all.filter(([start]) => !found.has(start)).map(([start]) => start) };
}
