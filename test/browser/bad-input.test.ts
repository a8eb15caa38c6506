/**
 * Bad attribute values get one clear console warning naming the attribute and
 * its accepted values; never an exception, never a lost word. Each test is a fresh page loading
 * the shipped script, so warnings are counted from zero.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, removeFrames, type FrameWindow } from '../support/frames.js';
import {
  contrastRatio,
  effectiveBackground,
  expectedRenderedText,
  isDark,
  renderedArticle,
  visibleText,
} from '../support/helpers.js';

const page = (elements: string) => framePage(`${elements}<script src="${DIST_SCRIPT}"></script>`);

async function expectAllWhole(win: FrameWindow): Promise<void> {
  const expected = await expectedRenderedText();
  for (const el of win.document.querySelectorAll('leadership-article')) {
    expect(visibleText(renderedArticle(el))).to.equal(expected);
  }
  expect(win.recorded.errors).to.deep.equal([]);
}

const backgroundIsDark = (el: Element): boolean => isDark(effectiveBackground(renderedArticle(el)));

describe('bad input', () => {
  afterEach(removeFrames);

  it('theme="purple": one warning naming theme and its values; light theme; article whole', async () => {
    const win = await page('<leadership-article theme="purple"></leadership-article>');
    await expectAllWhole(win);
    expect(win.recorded.warnings.length).to.equal(1);
    const [warning] = win.recorded.warnings;
    for (const word of ['<leadership-article>', 'theme', '"purple"', 'light', 'dark', 'auto']) {
      expect(warning).to.contain(word);
    }
    expect(backgroundIsDark(win.document.querySelector('leadership-article')!)).to.equal(false);
  });

  it('heading-level="7" and "two": a warning each naming heading-level and 1 to 6; an h2 title', async () => {
    const win = await page(
      '<leadership-article heading-level="7"></leadership-article><leadership-article heading-level="two"></leadership-article>',
    );
    await expectAllWhole(win);
    expect(win.recorded.warnings.length).to.equal(2);
    for (const warning of win.recorded.warnings) {
      expect(warning).to.contain('heading-level').and.contain('1, 2, 3, 4, 5, 6');
    }
    for (const el of win.document.querySelectorAll('leadership-article')) {
      expect([...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal(['h2']);
    }
  });

  it('the same bad value on 100 instances warns once', async () => {
    const win = await page('<leadership-article theme="Dark "></leadership-article>'.repeat(100));
    await expectAllWhole(win);
    expect(win.recorded.warnings.length).to.equal(1);
  });

  it('a bad value set as a property warns too, and a good one clears nothing', async () => {
    const win = await page('<leadership-article></leadership-article>');
    const el = win.document.querySelector('leadership-article')!;
    el.theme = 'blue';
    await el.updateComplete;
    el.theme = 'dark';
    await el.updateComplete;
    await expectAllWhole(win);
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('"blue"');
    expect(backgroundIsDark(el)).to.equal(true);
  });

  it('accepted values warn nothing, and each theme keeps AA contrast', async () => {
    const win = await page(
      ['light', 'dark', 'auto']
        .map((theme) => `<leadership-article theme="${theme}" heading-level="3"></leadership-article>`)
        .join(''),
    );
    await expectAllWhole(win);
    expect(win.recorded.warnings).to.deep.equal([]);
    const prefersDark = win.matchMedia('(prefers-color-scheme: dark)').matches;
    const [light, dark, auto] = [...win.document.querySelectorAll('leadership-article')];
    expect(backgroundIsDark(light!)).to.equal(false);
    expect(backgroundIsDark(dark!)).to.equal(true);
    expect(backgroundIsDark(auto!)).to.equal(prefersDark);
    for (const el of [light!, dark!, auto!]) {
      for (const node of renderedArticle(el).querySelectorAll<HTMLElement>('h3, p, blockquote, figcaption, a')) {
        const style = getComputedStyle(node);
        expect(
          contrastRatio(style.color, effectiveBackground(node)),
          `${el.getAttribute('theme')} ${node.localName}`,
        ).to.be.at.least(4.5);
      }
    }
  });
});
