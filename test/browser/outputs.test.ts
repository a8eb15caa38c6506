/**
 * Every file `npm run build` generates for places without scripts shows the whole article,
 * verbatim, with both links and their exact addresses, rendered with scripts off. Their markup
 * as strings (tags, attributes, scripts, oEmbed fields, shortcodes) is checked by node's test
 * runner beside the generators (generators/*.test.mjs).
 */
import { removeFrames, distText, pageAround, renderWithoutScripts } from '../support/frames.js';
import { expectWholeArticleWithLinks } from '../support/helpers.js';

for (const file of ['embed.html', 'embed-cdn.html']) {
  describe(`dist/${file}, a paste-ready snippet`, () => {
    afterEach(removeFrames);

    it('holds the whole article with both links, shown as it is (no script run)', async () => {
      const doc = await renderWithoutScripts(pageAround(await distText(file)));
      await expectWholeArticleWithLinks(doc.body);
    });
  });
}

describe('dist/article.html, the email-safe version', () => {
  afterEach(removeFrames);

  it('holds the whole article with both links', async () => {
    const doc = await renderWithoutScripts(await distText('article.html'));
    await expectWholeArticleWithLinks(doc.body);
  });
});

describe('dist/embed/index.html, the page made to be framed', () => {
  afterEach(removeFrames);

  it('holds the whole article with both links, even with scripts off', async () => {
    const html = (await distText('embed/index.html')).replace(
      '<head>',
      `<head><base href="${location.origin}/dist/embed/">`,
    );
    const doc = await renderWithoutScripts(html);
    await expectWholeArticleWithLinks(doc.body);
  });
});
