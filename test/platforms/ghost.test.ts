/**
 * Ghost 5's newsletter pages (built by `node test/platforms/build.mjs ghost` into
 * test/platforms/out/ghost/; `npm run test:ghost` runs both): each post's web version, email
 * preview and sent email, with Ghost's default link settings and with them off, opened with
 * scripts off and on and checked for what a reader gets. A link Ghost tagged (`?ref=`) or sent
 * through its click-tracking redirect still leads to the required page: it is recorded as such
 * and counts as active. Results go to ghost-results.json (the table in docs/newsletters.md).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type Redirects, WIDTHS, failuresOf, readManifest, readPage } from './reader.js';

interface GhostPage {
  id: string;
  platform: string;
  pipeline: string;
  editor: string;
  snippet: string;
  paste: string;
  path: string;
  gated: boolean;
  round: string;
  view: string;
  stored: string;
  redirects: Redirects;
}

const manifest = await readManifest<GhostPage>('ghost/', '`node test/platforms/build.mjs ghost` first');

describe('Ghost 5: the snippet in a newsletter post, on the web and in the email', () => {
  it('has every page: 2 editors × 2 snippets × 3 views × 2 link settings', () => {
    expect(manifest.length).to.equal(24);
  });

  for (const page of manifest) {
    it(`${page.platform}: ${page.pipeline}, ${page.paste}`, async function () {
      this.timeout(60_000);
      const off = await readPage(page.path, false, WIDTHS[0]!, true, page.redirects);
      const on = await readPage(page.path, true, WIDTHS[0]!, true, page.redirects);
      const failures = failuresOf(off, on, {});
      if (page.stored !== 'byte for byte') failures.push(`the HTML card was ${page.stored} on save`);
      const { redirects: _redirects, ...meta } = page;
      const { box: _offBox, columnOffset: _offColumn, ...offResult } = off;
      const { box: _onBox, columnOffset: _onColumn, ...onResult } = on;
      await executeServerCommand('platform-result', {
        suite: 'ghost',
        page: meta,
        result: { off: offResult, on: onResult, failures },
      });
      expect(failures, 'what the reader gets').to.deep.equal([]);
    });
  }
});
