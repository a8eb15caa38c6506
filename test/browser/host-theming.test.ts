/**
 * Theming from the host page goes through the documented `--leadership-article-*` custom
 * properties, set on the element or an ancestor, and nothing else: the private ones the widget
 * uses inside cannot be set from outside.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, POST_CSS, postBody, removeFrames } from '../support/frames.js';
import {
  expectReadable,
  expectSameAsBaseline,
  longestTextElement,
  measureRendering,
  styleOf,
} from '../support/helpers.js';

afterEach(removeFrames);

describe('<leadership-article> theming from the host page', () => {
  const themed = {
    '--leadership-article-color': 'rgb(0, 0, 0)',
    '--leadership-article-background': 'rgb(255, 255, 240)',
    '--leadership-article-link-color': 'rgb(0, 0, 153)',
    '--leadership-article-muted-color': 'rgb(51, 51, 51)',
  };
  const declarations = (props: Record<string, string>) =>
    Object.entries(props)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');

  for (const [where, selector] of [
    ['on the element', 'leadership-article'],
    ['on an ancestor', '.post'],
  ] as const) {
    it(`the documented custom properties theme it, set ${where}`, async () => {
      const page = await openHostPage({
        css: `${POST_CSS}\n${selector} { ${declarations(themed)} }`,
        body: postBody(),
      });
      const { article } = page;
      expect(styleOf(article).backgroundColor, 'background').to.equal(themed['--leadership-article-background']);
      const paragraph = longestTextElement(article);
      expect(styleOf(paragraph).color, 'text colour').to.equal(themed['--leadership-article-color']);
      for (const link of article.querySelectorAll('a')) {
        expect(styleOf(link).color, `${link.href} colour`).to.equal(themed['--leadership-article-link-color']);
      }
      await expectReadable(page.article, `themed ${where}`);
    });
  }

  it('private custom properties set by the host do not reach it', async () => {
    const privateProps = {
      '--_color': 'rgb(255, 0, 0)',
      '--_background': 'rgb(0, 0, 0)',
      '--_muted-color': 'rgb(255, 0, 0)',
      '--_link-color': 'rgb(255, 0, 0)',
      '--_border-color': 'rgb(255, 0, 0)',
      '--_font-family': 'monospace',
      '--_border-radius': '0px',
    };
    const baselinePage = await openHostPage({ css: POST_CSS, body: postBody() });
    const baseline = measureRendering(baselinePage.article);
    const expected = {
      background: styleOf(baselinePage.article).backgroundColor,
      border: styleOf(baselinePage.article).borderTopColor,
      radius: styleOf(baselinePage.article).borderTopLeftRadius,
    };
    for (const selector of ['leadership-article', '.post, .post *', ':root']) {
      const page = await openHostPage({
        css: `${POST_CSS}\n${selector} { ${declarations(privateProps)} }`,
        body: postBody(),
      });
      expectSameAsBaseline(page.article, baseline, `private properties on ${selector}`);
      const style = styleOf(page.article);
      expect(
        { background: style.backgroundColor, border: style.borderTopColor, radius: style.borderTopLeftRadius },
        `private properties on ${selector}: the article's box`,
      ).to.deep.equal(expected);
      await expectReadable(page.article, `private properties on ${selector}`);
    }
  });
});
