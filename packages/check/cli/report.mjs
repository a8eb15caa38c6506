/** The two outputs of `check`: a JSON document for machines, a summary for people. */

export const JSON_SCHEMA_VERSION = 1;

/**
 * Exit code: 2 if any page could not be checked, else 1 if any does not comply, else 3 if any
 * has a click-tracking link that could not be followed (unverified), else 0.
 */
export const exitCode = (pages) =>
  pages.some((p) => p.status === 'error')
    ? 2
    : pages.some((p) => p.status === 'fail')
      ? 1
      : pages.some((p) => p.status === 'unverified')
        ? 3
        : 0;

export function jsonReport(pages, { mode, version }) {
  return {
    tool: 'leadership-article check',
    schemaVersion: JSON_SCHEMA_VERSION,
    version,
    mode,
    exitCode: exitCode(pages),
    summary: summary(pages),
    pages,
  };
}

const summary = (pages) => ({
  pages: pages.length,
  pass: pages.filter((p) => p.status === 'pass').length,
  fail: pages.filter((p) => p.status === 'fail').length,
  unverified: pages.filter((p) => p.status === 'unverified').length,
  error: pages.filter((p) => p.status === 'error').length,
});

const VERDICT = { pass: 'PASS', fail: 'FAIL', unverified: 'UNVERIFIED', error: 'ERROR' };

/** One line per page, as it finishes. */
export const progressLine = (page, done, total) =>
  `[${done}/${total}] ${VERDICT[page.status]} ${page.url}${page.error ? `: ${page.error}` : ` (${page.embeds.length} embed${page.embeds.length === 1 ? '' : 's'})`}`;

/** Details of every page with something to say, then the summary table. */
export function textReport(pages) {
  const lines = [];
  for (const page of pages) {
    const noteworthy = page.status !== 'pass' || page.warnings.length || page.embeds.some((e) => e.warnings.length);
    if (!noteworthy) continue;
    lines.push(`${VERDICT[page.status]}  ${page.url}`);
    if (page.error) lines.push(`  ✗ ${page.error}`);
    for (const p of page.problems) lines.push(`  ✗ ${p.message}`);
    for (const w of page.warnings) lines.push(`  ! ${w.message}`);
    for (const embed of page.embeds) {
      const state = embed.upgraded === null ? '' : embed.upgraded ? ', upgraded' : ', not upgraded';
      lines.push(`  embed ${embed.index + 1} at ${embed.location}${state}:`);
      for (const p of embed.problems) lines.push(`    ✗ ${p.message}`);
      for (const u of embed.unverified) lines.push(`    ? ${u.message}`);
      for (const w of embed.warnings) lines.push(`    ! ${w.message}`);
      if (!embed.problems.length && !embed.unverified.length) lines.push('    ✓ complies');
    }
    lines.push('');
  }
  const rows = pages.map((page) => [
    VERDICT[page.status],
    page.status === 'error' ? '-' : String(page.embeds.length),
    page.articleCopies == null ? '-' : String(page.articleCopies),
    scriptSummary(page),
    page.url,
  ]);
  const header = ['Verdict', 'Embeds', 'Copies', 'Script', 'Page'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows])
    lines.push(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
  const { pages: n, pass, fail, unverified, error } = summary(pages);
  lines.push(
    `${n} page${n === 1 ? '' : 's'}: ${pass} compl${pass === 1 ? 'ies' : 'y'}, ${fail} do${fail === 1 ? 'es' : ''} not, ${unverified ? `${unverified} unverified (click-tracking links not followed), ` : ''}${error} could not be checked.`,
  );
  return `${lines.join('\n')}\n`;
}

function scriptSummary(page) {
  if (page.status === 'error') return '-';
  if (!page.scripts.length) return 'none';
  return page.scripts
    .map(
      (s) =>
        `${s.version ?? 'unknown'}${s.kind === 'self-contained' ? ' inline' : ''}${s.loaded === true ? ' ran' : s.loaded === false ? ' not run' : ''}`,
    )
    .join(', ');
}
