/**
 * node:test reporter that ends the Node tests with one plain line of counts, like the browser
 * suite's, and the passes per folder (generators, the CLI, the bundle).
 */
import { dirname, relative } from 'node:path';

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const passedIn = new Map();
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      const kind = event.data.skip || event.data.todo ? 'skipped' : 'passed';
      totals[kind] += 1;
      if (kind === 'passed' && event.data.file) {
        const folder = relative(process.cwd(), dirname(event.data.file));
        passedIn.set(folder, (passedIn.get(folder) ?? 0) + 1);
      }
    }
    if (event.type === 'test:fail') totals.failed += 1;
  }
  const folders = [...passedIn].map(([folder, count]) => `${folder} ${count}`).join(', ');
  yield (
    `Node (node --test): ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped` +
    `${folders ? ` (passed: ${folders})` : ''}\n`
  );
}
