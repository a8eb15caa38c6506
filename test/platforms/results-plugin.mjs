/**
 * A @web/test-runner plugin for the platform suite, two server commands:
 * - `platform-page` { name, html }: saves HTML made in the browser (what an editor kept) as a
 *   page under test/platforms/out/editors/, the way the builders save theirs; answers its path;
 * - `platform-result` { page, result, suite? }: what a test measured. When the run ends, results
 *   merge into the suite's file (RESULTS_FILES: results.json, ghost-results.json for the
 *   Ghost suite, engines-results.json and engines-before-results.json for the site engines), replacing the (pipeline, engine) pairs that ran and keeping the rest. Stable
 *   order and no timings, so a file changes only when a result does; its table is generated from
 *   it (`npm run docs`). After renaming a pipeline, delete the file and run the engines again.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, savePage } from './sites/common.mjs';

/** Each suite's results file; `npm run docs` makes a table from each. */
export const RESULTS_FILES = {
  platforms: 'test/platforms/results.json',
  ghost: 'test/platforms/ghost-results.json',
  // The site engines (engines.test.ts), with the code of today and with the outputs of before.
  engines: 'test/platforms/engines-results.json',
  'engines-before': 'test/platforms/engines-before-results.json',
  // Code tried from a folder (ENGINES_CODE=<folder>): kept out of the repository.
  'engines-trial': 'test/platforms/out/engines-trial-results.json',
};

/** The engine's short name, from the launcher's browser name. */
const engineOf = (name) => {
  const lower = String(name).toLowerCase();
  if (lower.includes('firefox')) return 'firefox';
  if (lower.includes('chrom')) return 'chromium';
  return 'webkit';
};

const sortKeys = (value) => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
};

/** Merges `collected` into a results file, keeping the pipelines and engines that did not run. */
async function mergeInto(file, collected) {
  const previous = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')).pipelines : [];
  const byId = new Map(previous.map(({ results, ...page }) => [page.id, { page, results }]));
  for (const [id, { page, results }] of collected) {
    byId.set(id, { page, results: { ...(byId.get(id)?.results ?? {}), ...results } });
  }
  const pipelines = [...byId.values()]
    .map(({ page, results }) => ({ ...page, results }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const out = {
    $comment: 'Written by the platform suite (test/platforms/); npm run docs makes its table from it.',
    pipelines: pipelines.map(sortKeys),
  };
  await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
}

export function platformResultsPlugin({ root = process.cwd() } = {}) {
  /** suite → id → { page, results: { engine → result } } */
  const collected = new Map(Object.keys(RESULTS_FILES).map((suite) => [suite, new Map()]));
  return {
    name: 'leadership-article-platform-suite',
    async executeCommand({ command, payload, session }) {
      if (command === 'platform-page') {
        if (!/^[a-z0-9-]+$/.test(payload?.name ?? '')) return { error: 'platform-page: name must be [a-z0-9-]+' };
        return savePage(join(OUT, 'editors', `${payload.name}.html`), payload.html);
      }
      if (command !== 'platform-result') return undefined;
      const { page, result, suite = 'platforms' } = payload;
      const pages = collected.get(suite);
      if (!pages) return { error: `platform-result: unknown suite ${suite}` };
      const { path, boxes, file, list, ...meta } = page;
      const entry = pages.get(page.id) ?? { page: meta, results: {} };
      entry.results[engineOf(session.browser.name)] = result;
      pages.set(page.id, entry);
      return true;
    },
    async serverStop() {
      for (const [suite, pages] of collected) if (pages.size) await mergeInto(join(root, RESULTS_FILES[suite]), pages);
    },
  };
}
