/**
 * The README's platform table is what scripts/platforms-table.mjs makes from the suite's
 * results (run `npm run readme` after the platform suite), and the Ghost table of
 * docs/newsletters.md what scripts/newsletters-table.mjs makes from `npm run test:ghost`'s.
 */
import { expect } from '@open-wc/testing';
import { NEWSLETTERS_END, NEWSLETTERS_START, newslettersTable } from '../../scripts/newsletters-table.mjs';
import { PLATFORMS_END, PLATFORMS_START, platformsTable } from '../../scripts/platforms-table.mjs';

describe('README platform table', () => {
  it('is generated from test/platforms/results.json', async () => {
    const readme = await (await fetch('/README.md')).text();
    const results = await (await fetch('/test/platforms/results.json')).json();
    const start = readme.indexOf(PLATFORMS_START);
    const end = readme.indexOf(PLATFORMS_END);
    expect(start, 'start marker').to.be.greaterThan(-1);
    expect(end, 'end marker after the start').to.be.greaterThan(start);
    const table = readme.slice(start + PLATFORMS_START.length, end).trim();
    expect(results.pipelines.length, 'pipelines in the results').to.be.greaterThan(0);
    expect(table).to.equal(platformsTable(results));
  });
});

describe('docs/newsletters.md Ghost table', () => {
  it('is generated from test/platforms/ghost-results.json and ghost-check.json', async () => {
    const doc = await (await fetch('/docs/newsletters.md')).text();
    const results = await (await fetch('/test/platforms/ghost-results.json')).json();
    const checks = await (await fetch('/test/platforms/ghost-check.json')).json();
    const start = doc.indexOf(NEWSLETTERS_START);
    const end = doc.indexOf(NEWSLETTERS_END);
    expect(start, 'start marker').to.be.greaterThan(-1);
    expect(end, 'end marker after the start').to.be.greaterThan(start);
    expect(results.pipelines.length, 'pipelines in the results').to.equal(24);
    expect(doc.slice(start + NEWSLETTERS_START.length, end).trim()).to.equal(newslettersTable(results, checks));
  });
});
