/**
 * The shipped file, `dist/leadership-article.js`, loaded the ways a blog loads it. Its bytes (one
 * classic script, the size budget) are test/bundle.test.mjs's.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, removeFrames, type FrameWindow } from '../support/frames.js';
import { renderedArticle, requiredLinks, expectWholeArticleWithLinks } from '../support/helpers.js';

const ELEMENT = '<leadership-article></leadership-article>';

async function expectWholeArticle(win: FrameWindow, count = 1): Promise<void> {
  const elements = [...win.document.querySelectorAll('leadership-article')];
  expect(elements.length).to.equal(count);
  for (const el of elements) {
    const article = renderedArticle(el);
    await expectWholeArticleWithLinks(article);
    // And no link besides the two required ones.
    expect([...article.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      requiredLinks.citation.href,
      requiredLinks.copyright.href,
    ]);
  }
}

describe('dist/leadership-article.js', () => {
  afterEach(removeFrames);

  it('renders the whole article as <script type="module">', async () => {
    const win = await framePage(`<script type="module" src="${DIST_SCRIPT}"></script>${ELEMENT}`);
    await expectWholeArticle(win);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('renders the whole article as a classic <script defer>', async () => {
    const win = await framePage(`${ELEMENT}<script defer src="${DIST_SCRIPT}"></script>`);
    await expectWholeArticle(win);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('renders elements written before and after a plain classic <script> at the end of the page', async () => {
    const win = await framePage(`${ELEMENT}<script src="${DIST_SCRIPT}"></script>${ELEMENT}`);
    await expectWholeArticle(win, 2);
  });

  // Copies of the same version are the normal case (two self-contained pastes on one page):
  // the first registration serves both, silently. Other versions: test/self-contained.test.ts.
  it('loaded twice as classic scripts: no error, no warning, one whole article', async () => {
    const win = await framePage(
      `${ELEMENT}<script defer src="${DIST_SCRIPT}"></script><script defer src="${DIST_SCRIPT}?copy=2"></script>`,
    );
    await expectWholeArticle(win);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('loaded once as a module and once as a classic script: no error, no warning', async () => {
    const win = await framePage(
      `${ELEMENT}<script type="module" src="${DIST_SCRIPT}"></script><script defer src="${DIST_SCRIPT}?copy=2"></script>`,
    );
    await expectWholeArticle(win);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('loaded three times: no error, no warning', async () => {
    const scripts = [1, 2, 3].map((n) => `<script defer src="${DIST_SCRIPT}?copy=${n}"></script>`).join('');
    const win = await framePage(`${ELEMENT}${scripts}`);
    await expectWholeArticle(win);
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });

  it('with another class already holding the name: no error, one warning naming the element', async () => {
    const win = await framePage(
      `<script src="/test/support/pages/define-impostor.js"></script>${ELEMENT}<script defer src="${DIST_SCRIPT}"></script>`,
    );
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('<leadership-article>').and.contain('already registered');
  });
});
