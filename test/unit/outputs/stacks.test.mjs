/**
 * The code for each site engine (src/outputs/stacks.ts), read the way each template language
 * reads it, against the fixture. Building each engine with it is the platform suite's
 * (test/platforms/engines.test.ts); this checks what every engine's parser relies on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { distBytes, fixtureBlocks, requiredLinks } from '../../support/fixtures.mjs';
import { STACKS, stackCode } from 'leadership-article/outputs.js';

const bundle = await distBytes('leadership-article.js');

/** The article's text as its blocks read it, in order, from the fixture. */
const EXPECTED = fixtureBlocks().join('');

/** The text of the JSX: its string expressions, in order (JSX text outside them would be Markdown). */
const jsxText = (code) =>
  [...code.replace(/<script[^]*$/, '').matchAll(/>\{("(?:[^"\\]|\\.)*")\}/g)]
    .map(([, literal]) => JSON.parse(literal))
    .join('');

for (const [id, { name, language }] of Object.entries(STACKS)) {
  describe(`${name}: the code for its post files (${language})`, () => {
    for (const options of /** @type {const} */ ([
      {},
      { theme: 'dark', headingLevel: 3 },
      { scriptUrl: 'https://cdn.example/la.js' },
    ])) {
      test(`carries the whole article verbatim, and its script once (${JSON.stringify(options)})`, () => {
        const code = stackCode(id, { bundle, ...options });
        if (language === 'mdx') {
          assert.equal(jsxText(code), EXPECTED);
          // JSX: no HTML style strings, no unclosed void element, no capitalised (component) tag.
          assert.doesNotMatch(code, /style="|<br>|<\/?[A-Z]/);
          assert.equal(code.match(/<script async src=\{"[^"]+"\}/g)?.length, 1);
          return;
        }
        const markup = language === 'vue' ? code.slice(code.indexOf('</script>') + '</script>'.length) : code;
        const $ = load(markup);
        const texts = $('leadership-article > article')
          .find('h1, h2, h3, h4, h5, h6, p, blockquote, figcaption')
          .toArray()
          .map((el) => $(el).text());
        assert.equal(texts.join(''), EXPECTED);
        assert.deepEqual(
          $('leadership-article a')
            .toArray()
            .map((a) => $(a).attr('href')),
          [requiredLinks.citation.href, requiredLinks.copyright.href],
        );
        if (language !== 'html') assert.doesNotMatch(markup, /<\/?[A-Z]/, 'no capitalised tag');
        if (language === 'svelte') assert.doesNotMatch(code, /\{/, 'no Svelte expression');
        if (language === 'vue') {
          assert.match(code, /^<script setup>\n/);
          assert.equal($('script').length, 0, 'no <script> in the template, which Vue drops');
        } else if (language === 'html-lower') {
          assert.equal($('script').length, 0);
        } else {
          assert.equal($('script[src]').length, 1);
        }
      });
    }
  });
}

test('an unknown engine is a build error that names it', () => {
  assert.throws(() => stackCode('jekyl', { bundle }), /unknown engine jekyl/);
});
