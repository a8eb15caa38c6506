/**
 * The whole pages the build writes (dist/article.html, dist/embed/index.html, dist/oembed.json)
 * as the HTML parser reads them (cheerio, on parse5). That each shows the whole article rendered
 * is test/outputs.test.ts's.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { distText, fixtureLines, version } from '../../support/fixtures.mjs';

const oembed = JSON.parse(await distText('oembed.json'));

describe('dist/article.html, the email-safe version', () => {
  test('has no script, no custom element, no <style>: inline styles only, in px, without max(), var() or all', async () => {
    const html = await distText('article.html');
    assert.doesNotMatch(html, /<script|<leadership-article|<style|<link/i);
    const $ = load(html);
    const styles = $('[style]')
      .toArray()
      .map((el) => el.attribs.style);
    assert.ok(styles.length > 10, `${styles.length} styled elements`);
    for (const style of styles) {
      assert.doesNotMatch(style, /max\(|min\(|var\(|--|\ball\s*:|\d(r?em|vw|vh)(?![\w-])|calc\(/);
    }
  });
});

describe('dist/embed/index.html, the page made to be framed', () => {
  test('links its oEmbed response (discovery), by the same base URL as the frame it describes', async () => {
    const $ = load(await distText('embed/index.html'));
    const discovery = $('link[rel="alternate"][type="application/json+oembed"]');
    assert.equal(discovery.length, 1);
    const href = discovery.attr('href');
    assert.match(new URL(href).pathname, /\/oembed\.json$/);
    assert.ok(href.includes(version));
    const frameSrc = load(oembed.html)('iframe').attr('src');
    assert.equal(new URL('embed/index.html', href).href, frameSrc);
    assert.equal(discovery.attr('title'), fixtureLines[0]);
  });

  test('loads the widget from next to itself, without CORS or SRI (a sandboxed frame has no origin)', async () => {
    const $ = load(await distText('embed/index.html'));
    const external = $('script[src]');
    assert.deepEqual(
      external.toArray().map((script) => script.attribs.src),
      ['../leadership-article.js'],
    );
    assert.equal(external.attr('integrity') ?? external.attr('crossorigin'), undefined);
  });
});

describe('dist/oembed.json', () => {
  test('is an oEmbed 1.0 "rich" response naming the article, its author and the provider', () => {
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.title, fixtureLines[0]);
    // The byline's "by" and white space (a no-break space among it) are not part of the name.
    assert.equal(oembed.author_name, fixtureLines[2].replace(/^by[\s\u00a0]+/, ''));
    assert.ok(typeof oembed.provider_name === 'string' && oembed.provider_name !== '');
    assert.equal(new URL(oembed.provider_url).protocol, 'https:');
    assert.ok(typeof oembed.cache_age === 'number' && oembed.cache_age > 0);
    assert.ok(Number.isInteger(oembed.width) && oembed.width > 0);
    assert.ok(Number.isInteger(oembed.height) && oembed.height > 0);
  });

  test('embeds the framed page in an iframe of the announced size, sandboxed with scripts on', () => {
    const $ = load(oembed.html);
    assert.deepEqual(
      $('body')
        .children()
        .toArray()
        .map((el) => el.tagName),
      ['iframe'],
    );
    const frame = $('iframe');
    assert.match(new URL(frame.attr('src')).pathname, /\/embed\/index\.html$/);
    assert.ok(frame.attr('src').includes(version));
    assert.equal(Number(frame.attr('width')), oembed.width);
    assert.equal(Number(frame.attr('height')), oembed.height);
    assert.equal(frame.attr('title'), fixtureLines[0]);
    const sandbox = frame.attr('sandbox').split(/\s+/);
    assert.ok(sandbox.includes('allow-scripts'));
    assert.ok(!sandbox.includes('allow-same-origin'));
  });
});
