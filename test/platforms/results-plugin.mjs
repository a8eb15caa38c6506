/**
 * A @web/test-runner plugin collecting what the platform tests measured
 * (`executeServerCommand('platform-result', { id, result })`) and, when the run ends, merging
 * it into test/platforms/results.json: the engines that ran replace their own entries, others
 * are kept. Stable order and no timings, so the file changes only when a result does; the
 * README table is generated from it (`npm run readme`).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const RESULT_COMMAND = 'platform-result';

/** The engine's short name, from the launcher's browser name. */
const engineOf = (name) => {
  const lower = String(name).toLowerCase();
  if (lower.includes('firefox')) return 'firefox';
  if (lower.includes('chrom')) return 'chromium';
  return 'webkit';
};

const sortKeys = (value) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]))
    : Array.isArray(value)
      ? value.map(sortKeys)
      : value;

export function platformResultsPlugin({ root = process.cwd() } = {}) {
  const file = join(root, 'test/platforms/results.json');
  const manifestFile = join(root, 'test/platforms/out/manifest.json');
  /** engine → id → result */
  const collected = new Map();
  return {
    name: 'leadership-article-platform-results',
    executeCommand({ command, payload, session }) {
      if (command !== RESULT_COMMAND) return undefined;
      const engine = engineOf(session.browser.name);
      if (!collected.has(engine)) collected.set(engine, new Map());
      collected.get(engine).set(payload.id, payload.result);
      return true;
    },
    async serverStop() {
      if (!collected.size || !existsSync(manifestFile)) return;
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
      const previous = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')).pipelines : [];
      const previousById = new Map(previous.map((entry) => [entry.id, entry]));
      const pipelines = manifest.map(({ path, boxes, ...page }) => {
        const results = { ...(previousById.get(page.id)?.results ?? {}) };
        for (const [engine, byId] of collected) {
          if (byId.has(page.id)) results[engine] = byId.get(page.id);
          else delete results[engine];
        }
        return { ...page, results };
      });
      pipelines.sort((a, b) => a.id.localeCompare(b.id));
      const out = {
        $comment: 'Written by the platform suite (test/platforms/); the README table is generated from it by npm run readme.',
        pipelines: pipelines.map(sortKeys),
      };
      await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
    },
  };
}
