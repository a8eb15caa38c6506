/**
 * The platform table (docs/platforms.md) is what scripts/platforms-table.mjs makes from the suite's
 * results (run `npm run readme` after the platform suite), and the Ghost table of
 * docs/newsletters.md what scripts/newsletters-table.mjs makes from `npm run test:ghost`'s.
 */
import { expect } from '@open-wc/testing';
import { NEWSLETTERS_END, NEWSLETTERS_START, newslettersTable } from '../../scripts/newsletters-table.mjs';
import { PLATFORMS_END, PLATFORMS_START, platformsTable } from '../../scripts/platforms-table.mjs';

const json = async (path: string) => (await fetch(path)).json();

/** The generated section of the document at `path`, between its markers. */
async function section(path: string, start: string, end: string): Promise<string> {
  const doc = await (await fetch(path)).text();
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  expect(from, 'start marker').to.be.greaterThan(-1);
  expect(to, 'end marker after the start').to.be.greaterThan(from);
  return doc.slice(from + start.length, to).trim();
}

describe('platform table in docs/platforms.md', () => {
  it('is generated from test/platforms/results.json', async () => {
    const results = await json('/test/platforms/results.json');
    expect(results.pipelines.length, 'pipelines in the results').to.be.greaterThan(0);
    expect(await section('/docs/platforms.md', PLATFORMS_START, PLATFORMS_END)).to.equal(platformsTable(results));
  });
});

describe('docs/newsletters.md Ghost table', () => {
  it('is generated from test/platforms/ghost-results.json and ghost-check.json', async () => {
    const results = await json('/test/platforms/ghost-results.json');
    const checks = await json('/test/platforms/ghost-check.json');
    expect(results.pipelines.length, 'pipelines in the results').to.equal(24);
    expect(await section('/docs/newsletters.md', NEWSLETTERS_START, NEWSLETTERS_END)).to.equal(
      newslettersTable(results, checks),
    );
  });
});
