/**
 * The article in a 280 px column (nothing overflows: the citation's address wraps), on paper (no
 * card chrome, the attribution kept, both link addresses printed), and for screen readers (the
 * fallback's `<article>` has an accessible name; links that open a new tab say so), for the
 * widget and for the snippet's no-script fallback.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  DIST_SCRIPT,
  framePage,
  removeFrames,
  distText,
  renderWithoutScripts,
  snippetWithScript,
} from '../support/frames.js';
import { collapse, fixtureLines, renderedArticle, requiredLinks, textElements } from '../support/helpers.js';

const snippet = await distText('embed-cdn.html');
const TITLE = (await fixtureLines())[0]!;
const COLUMN = `<div style="width:280px;margin:0 8px">`;

/** Every text element and link of `article` ends inside the article's content box. */
function expectNoOverflow(article: HTMLElement) {
  const box = article.getBoundingClientRect();
  const style = getComputedStyle(article);
  const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
  expect(box.width, 'the card fits the column').to.be.at.most(280.5);
  for (const el of [...textElements(article), ...article.querySelectorAll('a')]) {
    for (const rect of el.getClientRects()) {
      expect(rect.right, `${el.localName}: ${collapse(el.textContent!).slice(0, 40)}`).to.be.at.most(right + 0.5);
    }
  }
}

/** The links' accessible names as their attributes give them: visible text first, then the new tab. */
function expectLinksSayNewTab(article: HTMLElement) {
  const links = [...article.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
    requiredLinks.citation.href,
    requiredLinks.copyright.href,
  ]);
  for (const [a, { text }] of [
    [links[0]!, requiredLinks.citation],
    [links[1]!, requiredLinks.copyright],
  ] as const) {
    expect(a.target).to.equal('_blank');
    const name = a.getAttribute('aria-label') ?? '';
    expect(name.startsWith(text), name).to.equal(true);
    expect(name).to.match(/new tab/);
  }
}

describe('in a 280 px column', () => {
  afterEach(removeFrames);

  it('the widget: nothing overflows, the citation address wraps', async () => {
    const win = await framePage(
      `${COLUMN}<leadership-article></leadership-article></div><script src="${DIST_SCRIPT}"></script>`,
    );
    expectNoOverflow(renderedArticle(win.document.querySelector('leadership-article')!));
  });

  it('the fallback, without scripts: nothing overflows', async () => {
    const doc = await renderWithoutScripts(`<!doctype html><body>${COLUMN}${snippet}</div></body>`);
    expectNoOverflow(doc.querySelector('article')!);
  });
});

describe('for screen readers', () => {
  afterEach(removeFrames);

  it("the fallback's article is named by the title, and its links say they open a new tab", async () => {
    const doc = await renderWithoutScripts(`<!doctype html><body>${snippet}</body>`);
    const article = doc.querySelector('article')!;
    expect(article.getAttribute('aria-label')).to.equal(TITLE);
    expectLinksSayNewTab(article);
  });

  it("the widget's links say they open a new tab too", async () => {
    const win = await framePage(`<leadership-article></leadership-article><script src="${DIST_SCRIPT}"></script>`);
    const article = renderedArticle(win.document.querySelector('leadership-article')!);
    expect(article.getAttribute('aria-labelledby')).to.equal(article.querySelector('.title, h2')!.id);
    expectLinksSayNewTab(article);
  });
});

// The test runner emulates print media through the Chrome DevTools Protocol, which only
// Chromium offers here (Firefox is driven over WebDriver BiDi, WebKit over WebDriver).
const canEmulatePrint = /Chrome/.test(navigator.userAgent);

if (canEmulatePrint)
  describe('on paper', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      removeFrames();
    });

    it('no card chrome, black text, the attribution kept and both link addresses printed', async () => {
      const win = await framePage(snippetWithScript(snippet, DIST_SCRIPT));
      const article = renderedArticle(win.document.querySelector('leadership-article')!);
      const copyright = [...article.querySelectorAll('a')][1]!;
      const screenWidth = [...copyright.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
      await emulateMedia({ media: 'print' });
      const style = getComputedStyle(article);
      expect(style.borderTopWidth).to.equal('0px');
      expect(style.backgroundColor).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      for (const el of textElements(article)) expect(getComputedStyle(el).color, el.localName).to.equal('rgb(0, 0, 0)');
      expect(collapse(article.innerText))
        .to.contain(requiredLinks.citation.text)
        .and.contain(requiredLinks.copyright.text);
      // The copyright link's address follows its text: the link's boxes grow by at least that much.
      const printWidth = [...copyright.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
      expect(printWidth - screenWidth).to.be.at.least(requiredLinks.copyright.href.length * 5);
    });
  });
