/**
 * `leadership-article check` (the bin, as a user runs it) on the Ghost pages just saved, in the
 * browser and with --static, served over HTTP as the CLI's tests serve the platform pages. Run
 * by the Ghost builder while Ghost still answers, so that `check` can follow its click-tracking
 * redirects. Writes the verdicts to ghost-check.json (for the table in docs/newsletters.md), and
 * fails where `check` does not pass: links Ghost tagged or sent through its click tracking are
 * the same links.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../../../packages/check/test/run.mjs';
import { serve } from '../../../packages/check/test/server.mjs';
import { ROOT, SUITE } from './common.mjs';

export const CHECK_FILE = join(SUITE, 'ghost-check.json');

/** Ghost's address (a free port) and redirect ids change every run: named, so the file stays put. */
const stable = (/** @type {string} */ text) =>
  text.replace(/http:\/\/127\.0\.0\.1:\d+/g, '<the Ghost site>').replace(/\/r\/[0-9a-f]+/g, '/r/<id>');

/** @param {{ id: string, path: string, round: string }[]} manifest the Ghost pages */
export async function checkGhostPages(manifest) {
  const server = await serve({ root: ROOT, pages: new Map() });
  /** @type {Record<string, Record<string, { status: string, problems: string[], notes: string[] }>>} */
  const pages = {};
  try {
    for (const [mode, flags] of Object.entries({ browser: [], static: ['--static'] })) {
      const { code, stdout, stderr } = await run([
        'check',
        ...flags,
        '--json',
        ...manifest.map((page) => server.origin + page.path),
      ]);
      if (!stdout) throw new Error(`check ${mode}: no report (exit ${code})\n${stderr}`);
      const report = JSON.parse(stdout);
      report.pages.forEach((/** @type {any} */ checked, /** @type {number} */ i) => {
        const embeds = checked.embeds ?? [];
        const messages = (/** @type {{ message: string }[]} */ list) => list.map(({ message }) => stable(message));
        (pages[manifest[i].id] ??= {})[mode] = {
          status: checked.status,
          problems: messages([...(checked.problems ?? []), ...embeds.flatMap((/** @type {any} */ e) => e.problems)]),
          notes: messages([...(checked.warnings ?? []), ...embeds.flatMap((/** @type {any} */ e) => e.warnings ?? [])]),
        };
      });
    }
  } finally {
    await server.close();
  }
  const out = { $comment: 'Written by npm run test:ghost (test/platforms/sites/ghost-check.mjs).', pages };
  await writeFile(CHECK_FILE, `${JSON.stringify(out, null, 2)}\n`);

  const tally = Object.values(pages)
    .flatMap((modes) => Object.values(modes))
    .reduce((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
  console.log(`leadership-article check on ${manifest.length} Ghost pages × 2 modes: ${JSON.stringify(tally)}`);
  const failing = manifest.flatMap((page) =>
    Object.entries(pages[page.id] ?? {})
      .filter(([, verdict]) => verdict.status !== 'pass')
      .map(([mode, verdict]) => `${page.id} (${mode}): ${verdict.status} ${verdict.problems.join('; ')}`),
  );
  if (failing.length) throw new Error(`check must pass on every Ghost page:\n${failing.join('\n')}`);
}
