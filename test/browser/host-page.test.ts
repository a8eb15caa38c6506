/**
 * The widget under a strict Content Security Policy with Trusted Types,
 * and what it asks of the network, cookies, storage and fonts (nothing).
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, frameUrl, removeFrames } from '../support/frames.js';
import { expectedRenderedText, isClickable, renderedArticle, visibleText } from '../support/helpers.js';

const STRICT_CSP_PAGE = '/test/support/pages/strict-csp.html?csp=strict';

describe('under a strict Content Security Policy', () => {
  afterEach(removeFrames);

  it('is served with a strict policy: no inline script or style, Trusted Types required', async () => {
    const response = await fetch(STRICT_CSP_PAGE);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ]) {
      expect(policy).to.contain(directive);
    }
  });

  it('renders the whole article with active links and no violation', async () => {
    const win = await frameUrl(STRICT_CSP_PAGE);
    const article = renderedArticle(win.document.querySelector('leadership-article')!);
    expect(visibleText(article)).to.equal(await expectedRenderedText());
    for (const link of article.querySelectorAll('a')) expect(isClickable(link)).to.equal(true);
    // Violation events are dispatched asynchronously: give them a turn before reading.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);

    // Control: the policy is enforced in this engine, so "no violation" means something.
    win.document.body.setAttribute('style', 'color: red');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.recorded.violations.length).to.be.greaterThan(0);
  });
});

describe('privacy', () => {
  afterEach(removeFrames);

  it('requests nothing but its own script, and touches no cookie, storage, network or font API', async () => {
    const win = await frameUrl('/test/support/pages/privacy.html');
    const articles = [...win.document.querySelectorAll('leadership-article')].map(renderedArticle);
    expect(articles.length).to.equal(2);
    for (const article of articles) expect(visibleText(article)).to.equal(await expectedRenderedText());

    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own web-socket client into served pages.
      .filter((path) => !path.startsWith('/__web-dev-server'))
      .sort();
    expect(requested).to.deep.equal([
      DIST_SCRIPT,
      '/test/support/pages/privacy-probes.js',
      '/test/support/pages/recorder.js',
    ]);
    expect(win.recorded.touched).to.deep.equal([]);
    expect(win.document.cookie).to.equal('');
    expect(win.document.fonts.size).to.equal(0);
  });
});
