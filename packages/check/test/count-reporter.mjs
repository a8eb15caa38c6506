/** node:test reporter that ends the CLI tests with one plain line of counts, like the browser suite's. */
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') totals[event.data.skip || event.data.todo ? 'skipped' : 'passed'] += 1;
    if (event.type === 'test:fail') totals.failed += 1;
  }
  yield `CLI (node --test): ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
