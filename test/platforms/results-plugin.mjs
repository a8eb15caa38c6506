/**
 * A @web/test-runner plugin for the platform suite, two server commands:
 * - `platform-page` { name, html }: saves HTML made in the browser (what an editor kept) as a
 *   page under test/platforms/out/editors/, the way the builders save theirs; answers its path;
 * - `platform-result` { page, result }: what a test measured. When the run ends, results merge
 *   into test/platforms/results.json, replacing the (pipeline, engine) pairs that ran and
 *   keeping the rest. Stable order and no timings, so the file changes only when a result
 *   does; the README table is generated from it (`npm run readme`). After renaming a pipeline,
 *   delete the file and run the three engines again.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, savePage } from './sites/common.mjs';

export const RESULTS_FILE = 'test/platforms/results.json';

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

export function platformResultsPlugin({ root = process.cwd() } = {}) {
  const file = join(root, RESULTS_FILE);
  /** id → { page, results: { engine → result } } */
  const collected = new Map();
  return {
    name: 'leadership-article-platform-suite',
    async executeCommand({ command, payload, session }) {
      if (command === 'platform-page') {
        if (!/^[a-z0-9-]+$/.test(payload?.name ?? '')) return { error: 'platform-page: name must be [a-z0-9-]+' };
        return savePage(join(OUT, 'editors', `${payload.name}.html`), payload.html);
      }
      if (command !== 'platform-result') return undefined;
      const { page, result } = payload;
      const { path, boxes, ...meta } = page;
      const entry = collected.get(page.id) ?? { page: meta, results: {} };
      entry.results[engineOf(session.browser.name)] = result;
      collected.set(page.id, entry);
      return true;
    },
    async serverStop() {
      if (!collected.size) return;
      const previous = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')).pipelines : [];
      const byId = new Map(previous.map(({ results, ...page }) => [page.id, { page, results }]));
      for (const [id, { page, results }] of collected) {
        byId.set(id, { page, results: { ...(byId.get(id)?.results ?? {}), ...results } });
      }
      const pipelines = [...byId.values()]
        .map(({ page, results }) => ({ ...page, results }))
        .sort((a, b) => a.id.localeCompare(b.id));
      const out = {
        $comment: 'Written by the platform suite (test/platforms/); npm run readme makes the README table from it.',
        pipelines: pipelines.map(sortKeys),
      };
      await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
    },
  };
}
