/**
 * `leadership-article/html.js`, the server-rendering route for npm users, imported by the
 * package's name as a Next.js, Nuxt, SvelteKit or Astro site imports it: the article's markup
 * read by the HTML parser (cheerio, on parse5) against the fixture. Real frameworks rendering it
 * are the platform suite's (test/platforms/engines.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from 'cheerio';
import { articleHTML, elementHTML } from 'leadership-article/html.js';
import { fixtureBlocks, fixtureLines as lines, requiredLinks } from '../../support/fixtures.mjs';

/** The text of each block of the article, in reading order. */
function blocks(html) {
  const $ = load(html);
  const article = $('leadership-article > article');
  assert.equal(article.length, 1, 'one article inside the element');
  return {
    $,
    article,
    texts: article
      .find('h1, h2, h3, h4, h5, h6, p, blockquote, figcaption')
      .toArray()
      .map((el) => $(el).text()),
  };
}

test('elementHTML(): the whole article, verbatim, inside <leadership-article>, with both links', () => {
  const { $, article, texts } = blocks(elementHTML());
  assert.deepEqual(texts, fixtureBlocks());
  assert.deepEqual(
    article
      .find('a')
      .toArray()
      .map((a) => [$(a).text(), $(a).attr('href')]),
    [
      [requiredLinks.citation.text, requiredLinks.citation.href],
      [requiredLinks.copyright.text, requiredLinks.copyright.href],
    ],
  );
  // Lower case throughout: JSX, Vue and Svelte read a capitalised tag as a component.
  assert.doesNotMatch(elementHTML(), /<[A-Z]/);
});

test("elementHTML() takes the element's options as its attributes, and the title's level", () => {
  const { $ } = blocks(elementHTML({ theme: 'dark', headingLevel: 3 }));
  assert.equal($('leadership-article').attr('theme'), 'dark');
  assert.equal($('leadership-article').attr('heading-level'), '3');
  assert.equal($('leadership-article > article > h3').text(), lines[0]);
  assert.match($('leadership-article > article').attr('style'), /color-scheme:dark/);
});

test('articleHTML() is what elementHTML() puts inside the element', () => {
  const options = /** @type {const} */ ({ theme: 'auto', headingLevel: 1 });
  assert.equal(
    elementHTML(options),
    `<leadership-article theme="auto" heading-level="1">${articleHTML(options)}</leadership-article>`,
  );
});

test('options the element would not take: a warning naming them, and the defaults, never a throw', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const { $ } = blocks(elementHTML(/** @type {any} */ ({ theme: 'sepia', headingLevel: 9 })));
  assert.equal($('leadership-article').attr('theme'), undefined);
  assert.equal($('leadership-article > article > h2').text(), lines[0]);
  const messages = warn.mock.calls.map((call) => call.arguments.join(' '));
  assert.ok(
    messages.some((m) => m.includes('"sepia"')),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => m.includes('9')),
    messages.join('\n'),
  );
});
