/**
 * Inherited host styles (text-transform, letter-spacing, word-spacing, text-indent, white-space,
 * color and -webkit-text-fill-color, root font-size, line-height, direction, font-variant,
 * pointer-events, user-select, visibility) change neither how the article reads nor whether its
 * links work: each page renders it as an unstyled page does (the baseline, the same bundle in the
 * same engine), and a real mouse still clicks its links and selects its text.
 */
import { expect } from '@open-wc/testing';
import { onPostAndEverythingInIt, openHostPage, POST_CSS, postBody, removeFrames } from '../support/frames.js';
import {
  clickWithMouse,
  collapse,
  describeElement,
  dragAcross,
  expectReadable,
  expectSameAsBaseline,
  fixtureLines,
  isClickable,
  longestTextElement,
  measureRendering,
  selectedText,
  styleOf,
  textElements,
  visibleText,
  type Rendering,
} from '../support/helpers.js';

afterEach(() => {
  removeFrames();
  window.getSelection()?.removeAllRanges();
});

interface Variant {
  label: string;
  css: string;
  html?: string;
  widgetAttrs?: string;
}

const inheritedCases: { property: string; variants: Variant[] }[] = [
  {
    property: 'text-transform',
    variants: ['uppercase', 'lowercase', 'capitalize', 'full-width'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`text-transform: ${value}`),
    })),
  },
  {
    property: 'letter-spacing',
    variants: ['0.5em', '-0.1em'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`letter-spacing: ${value}`),
    })),
  },
  {
    property: 'word-spacing',
    variants: ['2em', '-0.5em'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`word-spacing: ${value}`),
    })),
  },
  {
    property: 'text-indent',
    // -9999px: the old image-replacement trick that throws text off screen.
    variants: ['3em', '-9999px'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`text-indent: ${value}`),
    })),
  },
  {
    property: 'white-space',
    variants: ['pre', 'nowrap', 'pre-wrap'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`white-space: ${value}`),
    })),
  },
  {
    property: 'color',
    variants: ['transparent', '#ffffff', 'rgb(0 0 0 / 0.1)'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`color: ${value}`),
    })),
  },
  {
    property: '-webkit-text-fill-color',
    variants: [
      { label: 'transparent', css: onPostAndEverythingInIt('-webkit-text-fill-color: transparent') },
      { label: '#ffffff', css: onPostAndEverythingInIt('-webkit-text-fill-color: #ffffff') },
      // The "gradient text" recipe: transparent glyphs over a background clipped to the text.
      {
        label: 'gradient text',
        css: onPostAndEverythingInIt(
          'color: transparent; -webkit-text-fill-color: transparent; background: linear-gradient(#fff, #eee); -webkit-background-clip: text; background-clip: text',
        ),
      },
    ],
  },
  {
    property: 'root font-size',
    variants: [
      { label: 'html { font-size: 62.5% }', css: 'html { font-size: 62.5% } body { font-size: 1.6rem }' },
      { label: 'html { font-size: 10px }', css: 'html { font-size: 10px } .post, .post * { font-size: 1rem }' },
    ],
  },
  {
    property: 'line-height',
    variants: ['0.5', '40px', 'normal'].map((value) => ({
      label: value,
      css: onPostAndEverythingInIt(`line-height: ${value}`),
    })),
  },
  {
    property: 'direction',
    variants: [
      { label: 'right-to-left page', html: 'lang="ar" dir="rtl"', css: onPostAndEverythingInIt('direction: rtl') },
      {
        label: 'rtl with bidi-override',
        html: 'lang="he" dir="rtl"',
        css: onPostAndEverythingInIt('direction: rtl; unicode-bidi: bidi-override'),
      },
      { label: 'dir="rtl" on the widget', html: 'lang="ar" dir="rtl"', css: '', widgetAttrs: ' dir="rtl"' },
    ],
  },
  {
    property: 'font-variant',
    variants: [
      { label: 'small-caps', css: onPostAndEverythingInIt('font-variant: small-caps') },
      { label: 'all-small-caps', css: onPostAndEverythingInIt('font-variant: all-small-caps') },
      { label: 'font-feature-settings smcp', css: onPostAndEverythingInIt('font-feature-settings: "smcp", "c2sc"') },
    ],
  },
  {
    property: 'pointer-events',
    variants: [{ label: 'none', css: onPostAndEverythingInIt('pointer-events: none') }],
  },
  {
    property: 'user-select',
    variants: [{ label: 'none', css: onPostAndEverythingInIt('-webkit-user-select: none; user-select: none') }],
  },
  {
    property: 'visibility',
    variants: [
      {
        label: 'hidden ancestor, widget visible',
        css: '.post { visibility: hidden } leadership-article { visibility: visible }',
      },
      {
        label: 'hidden post and everything in it, widget visible',
        css: `${onPostAndEverythingInIt('visibility: hidden')} .post leadership-article { visibility: visible }`,
      },
    ],
  },
];

describe('<leadership-article> under inherited host styles', () => {
  let baseline: Rendering;

  before(async () => {
    const page = await openHostPage({ css: POST_CSS, body: postBody() });
    baseline = measureRendering(page.article);
    // The baseline itself meets the bar, so "same as the baseline" means "readable".
    await expectReadable(page.article, 'unstyled page');
    removeFrames();
  });

  for (const { property, variants } of inheritedCases) {
    it(`${property} set on the page does not change the article`, async () => {
      for (const variant of variants) {
        const label = `${property}: ${variant.label}`;
        const page = await openHostPage({
          ...(variant.html ? { html: variant.html } : {}),
          css: `${POST_CSS}\n${variant.css}`,
          body: postBody(variant.widgetAttrs),
        });
        expectSameAsBaseline(page.article, baseline, label);
        await expectReadable(page.article, label);
      }
    });
  }

  it('pointer-events: none on the page: a real mouse click still reaches both links', async () => {
    const page = await openHostPage({
      css: `${POST_CSS}\n${onPostAndEverythingInIt('pointer-events: none')}`,
      body: postBody(),
    });
    for (const link of page.article.querySelectorAll('a')) {
      expect(await clickWithMouse(link), `click on ${link.href}`).to.equal(true);
    }
  });

  it('user-select: none on the page: the reader can still select the text with the mouse', async () => {
    const page = await openHostPage({
      css: `${POST_CSS}\n${onPostAndEverythingInIt('-webkit-user-select: none; user-select: none')}`,
      body: postBody(),
    });
    for (const el of textElements(page.article)) {
      const style = styleOf(el);
      for (const name of ['user-select', '-webkit-user-select']) {
        expect(style.getPropertyValue(name), `${describeElement(el)} ${name}`).to.not.equal('none');
      }
    }

    // Control: the same drag over the host's own paragraph, which the page made unselectable,
    // selects nothing, so the drag below proves something.
    const hostText = page.doc.querySelector<HTMLElement>('.host-text')!;
    await dragAcross(hostText, 20);
    expect(selectedText(page.host), 'the host paragraph the page made unselectable').to.equal('');

    // The article's longest paragraph is the fixture's longest line.
    const longestLine = (await fixtureLines()).reduce((a, b) => (b.length > a.length ? b : a));
    const firstWords = collapse(longestLine).slice(0, 20);
    const paragraph = longestTextElement(page.article);
    await dragAcross(paragraph, 30);
    expect(selectedText(page.host), 'text selected by dragging over the article').to.contain(firstWords);
  });

  it('a hidden ancestor keeps the widget hidden when the widget does not ask to be visible', async () => {
    const variants: Variant[] = [
      { label: 'hidden ancestor', css: '.post { visibility: hidden }' },
      { label: 'hidden post and everything in it', css: onPostAndEverythingInIt('visibility: hidden') },
      { label: 'widget set hidden', css: 'leadership-article { visibility: hidden }' },
    ];
    for (const variant of variants) {
      const page = await openHostPage({ css: `${POST_CSS}\n${variant.css}`, body: postBody() });
      expect(visibleText(page.article), `${variant.label}: no visible text`).to.equal('');
      for (const el of textElements(page.article)) {
        expect(styleOf(el).visibility, `${variant.label}: ${describeElement(el)}`).to.equal('hidden');
      }
      for (const link of page.article.querySelectorAll('a')) {
        expect(isClickable(link), `${variant.label}: a click reaches ${link.href}`).to.equal(false);
      }
    }
  });

  it('a page setting every property at once still shows the article, legible, left to right, with working links', async () => {
    // Every inherited property above at once, on the widget's ancestors and, through the
    // universal selector, on the widget's element itself.
    const page = await openHostPage({
      html: 'lang="ar" dir="rtl"',
      css: `${POST_CSS}
html { font-size: 62.5% }
.hidden-theme { visibility: hidden }
.post, .post * {
  text-transform: uppercase;
  letter-spacing: 0.3em;
  word-spacing: 1em;
  text-indent: -9999px;
  white-space: pre;
  color: transparent;
  -webkit-text-fill-color: transparent;
  line-height: 0.5;
  direction: rtl;
  font-variant: small-caps;
  font-feature-settings: "smcp";
  pointer-events: none;
  -webkit-user-select: none;
  user-select: none;
}
.post leadership-article { visibility: visible }`,
      body: `<div class="hidden-theme">${postBody()}</div>`,
    });
    expect(visibleText(page.doc.querySelector<HTMLElement>('.host-text')!), 'the host text is hidden').to.equal('');
    expectSameAsBaseline(page.article, baseline, 'all at once');
    await expectReadable(page.article, 'all at once');
    for (const link of page.article.querySelectorAll('a')) {
      expect(await clickWithMouse(link), `all at once: click on ${link.href}`).to.equal(true);
    }
    const longestLine = (await fixtureLines()).reduce((a, b) => (b.length > a.length ? b : a));
    await dragAcross(longestTextElement(page.article), 30);
    expect(selectedText(page.host), 'all at once: text selected by dragging').to.contain(
      collapse(longestLine).slice(0, 20),
    );
  });
});
