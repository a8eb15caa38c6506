/**
 * The platform table (docs/platforms.md) is what scripts/platforms-table.mjs makes from the suite's
 * results (run `npm run readme` after the platform suite).
 */
import { expect } from '@open-wc/testing';
import { PLATFORMS_END, PLATFORMS_START, platformsTable } from '../../scripts/platforms-table.mjs';

describe('platform table in docs/platforms.md', () => {
  it('is generated from test/platforms/results.json', async () => {
    const readme = await (await fetch('/docs/platforms.md')).text();
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
