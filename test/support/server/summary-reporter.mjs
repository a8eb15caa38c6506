/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, counted over every browser,
 * and a line per browser, so CI logs state what ran.
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else if (test.error) totals.failed += 1;
    // Neither passed, skipped nor failed: not run (filtered out by TEST_GREP).
  }
  for (const child of suite.suites ?? []) count(child, totals);
  return totals;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const all = { passed: 0, failed: 0, skipped: 0 };
      const perBrowser = new Map();
      for (const session of sessions) {
        const totals = count(session.testResults ?? {}, { passed: 0, failed: 0, skipped: 0 });
        // A file that failed to load counts as one failure.
        if (!session.passed && totals.failed === 0) totals.failed += 1;
        const name = session.browser.name;
        const browser = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of Object.keys(all)) {
          browser[key] += totals[key];
          all[key] += totals[key];
        }
        perBrowser.set(name, browser);
      }
      const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
      console.log('');
      for (const [name, totals] of perBrowser) console.log(`${name}: ${line(totals)}`);
      console.log(line(all));
    },
  };
}
