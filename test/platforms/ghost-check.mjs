#!/usr/bin/env node
/**
 * `leadership-article check` (the bin, as a user runs it) on every Ghost page that
 * `node test/platforms/build.mjs ghost` saved, in the browser and with --static, served over HTTP
 * as the CLI's tests serve the platform pages. Writes the verdicts to ghost-check.json (for the
 * table in docs/newsletters.md). Fails where Ghost left the required links exact and `check` does
 * not pass: a page with tracked links is recorded either way.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { run } from '../cli/run.mjs';
import { serve } from '../cli/server.mjs';

const root = new URL('../../', import.meta.url);
const FILE = new URL('test/platforms/ghost-check.json', root);
const manifest = JSON.parse(
  await readFile(new URL('test/platforms/out/ghost/manifest.json', root), 'utf8').catch(() => {
    throw new Error('no test/platforms/out/ghost/manifest.json: run `node test/platforms/build.mjs ghost` first');
  }),
);

/** Ghost's address (a free port) and redirect ids change every run: named, so the file stays put. */
const withoutPort = (/** @type {string} */ text) =>
  text.replace(/http:\/\/127\.0\.0\.1:\d+/g, '<the Ghost site>').replace(/\/r\/[0-9a-f]+/g, '/r/<id>');

const server = await serve({ root: fileURLToPath(root), pages: new Map() });
/** @type {Record<string, Record<string, { status: string, problems: string[], notes: string[] }>>} */
const pages = {};
try {
  for (const [mode, flags] of Object.entries({ browser: [], static: ['--static'] })) {
    const { stdout, stderr } = await run([
      'check',
      ...flags,
      '--json',
      ...manifest.map((/** @type {{ path: string }} */ page) => server.origin + page.path),
    ]);
    if (!stdout) throw new Error(`check ${mode}: no report\n${stderr}`);
    const report = JSON.parse(stdout);
    report.pages.forEach((/** @type {any} */ checked, /** @type {number} */ i) => {
      const embeds = checked.embeds ?? [];
      (pages[manifest[i].id] ??= {})[mode] = {
        status: checked.status,
        problems: [...(checked.problems ?? []), ...embeds.flatMap((/** @type {any} */ e) => e.problems)].map(
          (/** @type {{ message: string }} */ p) => withoutPort(p.message),
        ),
        notes: [...(checked.warnings ?? []), ...embeds.flatMap((/** @type {any} */ e) => e.warnings ?? [])].map(
          (/** @type {{ message: string }} */ w) => withoutPort(w.message),
        ),
      };
    });
  }
} finally {
  await server.close();
}
await writeFile(
  FILE,
  `${JSON.stringify({ $comment: 'Written by test/platforms/ghost-check.mjs (npm run test:ghost).', pages }, null, 2)}\n`,
);

const exact = manifest.filter((/** @type {{ round: string }} */ page) => page.round === 'exact');
const failing = exact.flatMap((/** @type {{ id: string }} */ page) =>
  Object.entries(pages[page.id] ?? {})
    .filter(([, verdict]) => verdict.status !== 'pass')
    .map(([mode, verdict]) => `${page.id} (${mode}): ${verdict.status} ${verdict.problems.join('; ')}`),
);
const tally = Object.values(pages)
  .flatMap((modes) => Object.values(modes))
  .reduce((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
console.log(`leadership-article check on ${manifest.length} Ghost pages × 2 modes: ${JSON.stringify(tally)}`);
if (failing.length) {
  console.error(`With exact links, check must pass:\n${failing.join('\n')}`);
  process.exitCode = 1;
}
