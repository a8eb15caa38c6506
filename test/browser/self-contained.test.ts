/**
 * The default snippet (dist/embed.html) carries its script as a data: URL: it works the day it
 * is pasted, before any npm release, with no request at all, and as many times per page as a
 * blog index shows the post.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, removeFrames, type FrameWindow, distText } from '../support/frames.js';
import { expectedRenderedText, renderedArticle, visibleText } from '../support/helpers.js';

const snippet = await distText('embed.html');
const { version } = (await (await fetch('/package.json')).json()) as { version: string };

/** Every network request refused, and reported as a violation; the data: script allowed. */
const OFFLINE = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src data:; style-src 'unsafe-inline'">`;

async function expectArticles(win: FrameWindow, count: number): Promise<void> {
  const hosts = [...win.document.querySelectorAll('leadership-article')];
  expect(hosts.length).to.equal(count);
  const expected = await expectedRenderedText();
  for (const host of hosts) expect(visibleText(renderedArticle(host))).to.equal(expected);
}

/** A classic script's source as a data: URL (UTF-8, base64). */
const dataUrl = (source: string): string =>
  `data:text/javascript;charset=utf-8;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(source)))}`;

describe('the self-contained snippet', () => {
  afterEach(removeFrames);

  it('upgrades with every network request refused, and makes none', async () => {
    const win = await framePage(snippet, { head: OFFLINE });
    await expectArticles(win, 1);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests).to.deep.equal(['/test/support/pages/recorder.js']);
  });

  it('control: the same policy does refuse a script from the network (the CDN variant)', async () => {
    const cdn = (await distText('embed-cdn.html')).replace(/(<script\b[^>]*\bsrc=")[^"]*"/, `$1${DIST_SCRIPT}"`);
    const win = await framePage(cdn, { head: OFFLINE });
    expect(win.customElements.get('leadership-article')).to.equal(undefined);
    expect(win.recorded.violations.length).to.equal(1);
  });

  it('runs deferred: the page, fallback included, is parsed before the element upgrades', async () => {
    const win = await framePage(`${snippet}<p id="after">The host page goes on.</p>`, {
      head: `<script>
customElements.whenDefined('leadership-article').then(() => {
  window.atUpgrade = { readyState: document.readyState, after: !!document.getElementById('after'),
    fallback: document.querySelector('leadership-article > article')?.textContent.length ?? 0 };
});
</script>`,
    });
    await expectArticles(win, 1);
    const atUpgrade = (win as unknown as { atUpgrade: { readyState: string; after: boolean; fallback: number } })
      .atUpgrade;
    expect(atUpgrade.readyState).to.equal('interactive');
    expect(atUpgrade.after).to.equal(true);
    expect(atUpgrade.fallback).to.be.greaterThan((await expectedRenderedText()).length * 0.9);
  });

  it('pasted twice on one page (a blog index showing two posts): two articles, no warning', async () => {
    const win = await framePage(`<article class="post">${snippet}</article><article class="post">${snippet}</article>`);
    await expectArticles(win, 2);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('beside copies of a different version: the first registration stays, one warning names both versions', async () => {
    const source = await (await fetch(DIST_SCRIPT)).text();
    expect(source.split(`"${version}"`).length, 'the bundle names its version once').to.equal(2);
    const other = source.replace(`"${version}"`, '"0.0.9-test"');
    const otherScript = `<script defer src="${dataUrl(other)}"></script>`;
    const win = await framePage(`${snippet}${snippet}${otherScript}${otherScript}`);
    await expectArticles(win, 2);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('<leadership-article>').and.contain(version).and.contain('0.0.9-test');
  });
});
