/**
 * The paste-ready snippets as the build writes them (dist/embed.html, dist/embed-cdn.html), and
 * embedSnippet(), the API the CLI and the publish page build on: their markup as the HTML parser
 * reads it (cheerio, on parse5). What they look like rendered is test/outputs.test.ts's.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { distBytes, distText, fixtureLines, requiredLinks, version } from '../../support/fixtures.mjs';
import { embedSnippet } from 'leadership-article/outputs.js';

/** The tags the snippet may use: what DOMPurify, sanitize-html and kses keep (and the script). */
const SNIPPET_TAGS = [
  'div',
  'leadership-article',
  'article',
  'h2',
  'p',
  'br',
  'time',
  'figure',
  'blockquote',
  'figcaption',
  'a',
  'script',
];

/** The paste-ready snippets: self-contained (the default), and the CDN variant. */
const SNIPPETS = ['embed.html', 'embed-cdn.html'];

const bundle = await distBytes('leadership-article.js');

/** The snippet's parts: its `<div>`, the element inside, and the script after it. */
function snippetParts(html) {
  const $ = load(html);
  const top = $('body').children();
  assert.deepEqual(
    top.toArray().map((el) => el.tagName),
    ['div'],
    'one <div> at the top',
  );
  const inside = top.children();
  assert.deepEqual(
    inside.toArray().map((el) => el.tagName),
    ['leadership-article', 'script'],
  );
  const host = inside.first();
  const script = inside.last();
  assert.equal(host.find('article').length, 1);
  assert.ok(Object.hasOwn(script.get(0).attribs, 'defer'), 'a deferred script');
  return { $, host, script };
}

for (const file of SNIPPETS) {
  describe(`dist/${file}, a paste-ready snippet`, () => {
    test('uses only tags sanitizers keep; no inline script, event handler or declarative shadow DOM', async () => {
      const html = await distText(file);
      const $ = load(html);
      const elements = $('body *').toArray();
      assert.deepEqual(
        [...new Set(elements.map((el) => el.tagName))].filter((tag) => !SNIPPET_TAGS.includes(tag)),
        [],
      );
      const attributes = elements.flatMap((el) => Object.keys(el.attribs));
      assert.deepEqual(
        attributes.filter((name) => name.startsWith('on')),
        [],
      );
      assert.deepEqual(
        attributes.filter((name) => name.startsWith('shadowroot')),
        [],
      );
      // The markup, not the code a data: script carries (which names ShadowRoot and template).
      assert.doesNotMatch(html.replace(/src="data:[^"]*"/, ''), /shadowroot|<template|javascript:/i);
      assert.equal($('script').length, 1);
      assert.equal($('script').text(), '');
      assert.equal((html.match(/<script\b/gi) ?? []).length, 1);
    });

    test("writes the article's quotes and apostrophes as references, none literally in text", async () => {
      const text = (await distText(file)).replace(/<[^>]*>/g, '');
      assert.equal(text.match(/["']/g), null);
      assert.ok(text.includes('&#34;The best leader'));
      assert.ok(text.includes('can&#39;t'));
    });

    test('keeps the structure of the rendered widget, in plain semantic elements', async () => {
      const $ = load(await distText(file));
      const lines = fixtureLines;
      const text = (selector) =>
        $(selector)
          .toArray()
          .map((el) => $(el).text());
      const article = $('div > leadership-article > article');
      assert.equal(article.attr('lang'), 'en');
      assert.equal(article.attr('dir'), 'ltr');
      assert.deepEqual(text('article > h2'), [lines[0]]);
      assert.deepEqual(text('article > p:first-of-type > time'), [lines[3]]);
      assert.equal($('time').attr('datetime'), '2017-06-30');
      assert.equal(`${text('figure > blockquote')[0]} ${text('figure > figcaption')[0]}`, lines[5]);
      assert.deepEqual(text('figure ~ p:not(:nth-last-of-type(-n+2))'), [lines[7], lines[9], lines[11]]);
      // The citation and the copyright: the article's last paragraphs (reader modes delete footers).
      assert.deepEqual(text('article > p:nth-last-of-type(-n+2)'), [
        `${lines[13]} ${requiredLinks.citation.text}`,
        lines[15],
      ]);
      assert.equal($('footer').length, 0);
      assert.deepEqual(
        $('article > p:nth-last-of-type(-n+2) a')
          .toArray()
          .map((a) => [$(a).text(), a.attribs.href]),
        [
          [requiredLinks.citation.text, requiredLinks.citation.href],
          [requiredLinks.copyright.text, requiredLinks.copyright.href],
        ],
      );
    });
  });
}

describe("the two snippets' scripts", () => {
  test('embed.html carries the built bundle itself, as a deferred data: URL', async () => {
    const { script } = snippetParts(await distText('embed.html'));
    const src = script.attr('src');
    // Plain text, percent-encoded where it must be: no base64, which is a third larger.
    const prefix = 'data:text/javascript;charset=utf-8,';
    assert.ok(src.startsWith(prefix));
    assert.deepEqual(Buffer.from(decodeURIComponent(src.slice(prefix.length))), bundle);
    // Nothing a template language (Liquid, Nunjucks, Hugo's Go templates) would read as a tag,
    // nor Svelte as an expression.
    assert.doesNotMatch(src, /\{/);
    // Firefox refuses to run a data: script with an integrity attribute; CORS is moot.
    assert.equal(script.attr('integrity') ?? script.attr('crossorigin'), undefined);
  });

  test('embed-cdn.html loads one version-pinned https script, with SRI of the built bundle', async () => {
    const { script } = snippetParts(await distText('embed-cdn.html'));
    const src = script.attr('src');
    assert.equal(new URL(src).protocol, 'https:');
    assert.ok(src.includes(version));
    assert.match(src, /\/leadership-article\.js$/);
    assert.equal(script.attr('crossorigin'), 'anonymous');
    assert.equal(script.attr('integrity'), `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
  });

  test('both hold the same fallback', async () => {
    const [a, b] = await Promise.all(
      SNIPPETS.map(async (file) => {
        const { $, host } = snippetParts(await distText(file));
        return $.html(host);
      }),
    );
    assert.equal(a, b);
  });
});

describe('embedSnippet(), the API other tools build on', () => {
  test('sets theme and heading level on the element and in the fallback', () => {
    const { host } = snippetParts(embedSnippet({ bundle, theme: 'dark', headingLevel: 4 }));
    assert.equal(host.attr('theme'), 'dark');
    assert.equal(host.attr('heading-level'), '4');
    assert.equal(host.find('article > h4').text(), fixtureLines[0]);
    assert.ok(host.find('article').attr('style').includes('color-scheme:dark'));
  });

  test('for theme auto, writes each colour light first, then light-dark()', () => {
    const style = snippetParts(embedSnippet({ bundle, theme: 'auto' }))
      .host.find('article')
      .attr('style');
    assert.ok(style.includes('color-scheme:light dark'));
    assert.match(style, /background:#[0-9a-f]{6};background:light-dark\(/);
  });

  test('with scriptUrl: an external script with integrity and crossorigin', () => {
    const scriptUrl = 'https://static.example/leadership-article/1.2.3/leadership-article.js';
    const { script } = snippetParts(embedSnippet({ bundle, scriptUrl }));
    assert.equal(script.attr('src'), scriptUrl);
    assert.match(script.attr('integrity'), /^sha384-/);
    assert.equal(script.attr('crossorigin'), 'anonymous');
  });

  /** @type {[object, string][]} */
  const invalid = [
    [{ theme: 'dusk' }, 'theme'],
    [{ headingLevel: 7 }, 'headingLevel'],
    [{ headingLevel: '2' }, 'headingLevel'],
    [{ scriptUrl: 'javascript:alert(1)' }, 'scriptUrl'],
    [{ bundle: '' }, 'bundle'],
  ];
  for (const [options, field] of invalid) {
    test(`throws a clear error for ${JSON.stringify(options)}`, () => {
      assert.throws(
        () => embedSnippet({ bundle, ...options }),
        (/** @type {Error} */ error) => error.message.includes('embedSnippet') && error.message.includes(field),
      );
    });
  }
});
