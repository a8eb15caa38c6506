/**
 * `theme="auto"` follows the page it sits on: a dark card on a dark page and a light card on a
 * light one, whatever the reader's system setting; on a page with no opaque background, the
 * reader's setting. Text keeps AA contrast in each case.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, removeFrames } from '../support/frames.js';
import { contrastRatio, effectiveBackground, isDark, parseColor, renderedArticle } from '../support/helpers.js';

const cardIsDark = (el: Element): boolean => isDark(effectiveBackground(renderedArticle(el)));

async function autoCardOn(pageStyle: string) {
  const win = await framePage(
    `<main><leadership-article theme="auto"></leadership-article></main><script src="${DIST_SCRIPT}"></script>`,
    { head: `<style>${pageStyle}</style>` },
  );
  const el = win.document.querySelector('leadership-article')!;
  // The page is checked after the first render, in the next task.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { win, el };
}

function expectReadable(el: Element) {
  for (const node of renderedArticle(el).querySelectorAll<HTMLElement>('h2, p, blockquote, figcaption, a')) {
    expect(contrastRatio(getComputedStyle(node).color, effectiveBackground(node)), node.localName).to.be.at.least(4.5);
  }
}

describe('theme="auto"', () => {
  afterEach(removeFrames);

  for (const [page, style, dark] of [
    ['a dark page (body #111)', 'body{background:#111;color:#eee}', true],
    ['a dark section on a light page', 'body{background:#fff} main{background:rgb(20,24,32)}', true],
    ['a light page (body #fafafa)', 'body{background:#fafafa}', false],
    ['a light section on a dark page', 'body{background:#000} main{background:#f5f5f0}', false],
  ] as const) {
    it(`on ${page}: a ${dark ? 'dark' : 'light'} card, no warning`, async () => {
      const { win, el } = await autoCardOn(style);
      expect(cardIsDark(el)).to.equal(dark);
      expectReadable(el);
      expect(win.recorded.warnings).to.deep.equal([]);
    });
  }

  it("on a page with no opaque background: the reader's system setting", async () => {
    const { win, el } = await autoCardOn('');
    expect(parseColor(getComputedStyle(win.document.body).backgroundColor)[3]).to.equal(0);
    expect(cardIsDark(el)).to.equal(win.matchMedia('(prefers-color-scheme: dark)').matches);
    expectReadable(el);
  });

  it('theme="light" and theme="dark" stay as given on a page of the other colour', async () => {
    const win = await framePage(
      `<leadership-article theme="light"></leadership-article><script src="${DIST_SCRIPT}"></script>`,
      { head: '<style>body{background:#111}</style>' },
    );
    const dark = await framePage(
      `<leadership-article theme="dark"></leadership-article><script src="${DIST_SCRIPT}"></script>`,
      { head: '<style>body{background:#fff}</style>' },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cardIsDark(win.document.querySelector('leadership-article')!)).to.equal(false);
    expect(cardIsDark(dark.document.querySelector('leadership-article')!)).to.equal(true);
  });
});
