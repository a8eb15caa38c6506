/**
 * The platform table (docs/platforms.md) is what scripts/platforms-table.mjs makes from the suite's
 * results (run `npm run readme` after the platform suite), the site engines' tables there what
 * scripts/engines-table.mjs makes from the engines' results, and the Ghost table of
 * docs/newsletters.md what scripts/newsletters-table.mjs makes from `npm run test:ghost`'s.
 */
import { expect } from '@open-wc/testing';
import {
  ENGINES_BEFORE_END,
  ENGINES_BEFORE_START,
  ENGINES_END,
  ENGINES_START,
  enginesTable,
} from '../../scripts/engines-table.mjs';
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

describe('site engine tables in docs/platforms.md', () => {
  for (const [file, start, end] of [
    ['engines-results.json', ENGINES_START, ENGINES_END],
    ['engines-before-results.json', ENGINES_BEFORE_START, ENGINES_BEFORE_END],
  ]) {
    it(`are generated from test/platforms/${file}`, async () => {
      const results = await json(`/test/platforms/${file}`);
      expect(results.pipelines.length, 'pipelines in the results').to.be.greaterThan(0);
      expect(await section('/docs/platforms.md', start, end)).to.equal(enginesTable(results));
    });
  }
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
