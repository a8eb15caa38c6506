/**
 * leadership-article/link-match.js (src/dev/link-match.ts), which the widget and `check` both use to
 * decide whether a link is a required link. Addresses written by hand, as platforms write them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clickTrackingRedirect, linkMatch } from 'leadership-article/link-match.js';

const REQUIRED = 'https://www.findacode.com/articles/';

test('the same address is exact', () => {
  assert.equal(linkMatch(REQUIRED, REQUIRED), 'exact');
});

test('tracking parameters added (ref, utm_*), in any order, are the same link', () => {
  for (const href of [
    'https://www.findacode.com/articles/?ref=blog.example.com',
    'https://www.findacode.com/articles/?ref=x&utm_source=y',
    'https://www.findacode.com/articles/?utm_source=newsletter&utm_medium=email&utm_campaign=june',
    'https://www.findacode.com/articles/?utm_content',
  ]) {
    assert.equal(linkMatch(href, REQUIRED), 'tracked', href);
  }
  assert.equal(linkMatch('https://x.example/a?id=7&ref=blog#top', 'https://x.example/a?id=7#top'), 'tracked');
  assert.equal(linkMatch('https://x.example/a?utm_source=y&id=7', 'https://x.example/a?id=7'), 'tracked');
});

test('another path, host, scheme, fragment or parameter is another link, tracking parameters or not', () => {
  for (const href of [
    'https://www.findacode.com/articles/other/?ref=x',
    'https://www.findacode.com/article/',
    'https://findacode.com/articles/',
    'http://www.findacode.com/articles/',
    'https://www.findacode.com.evil.example/articles/?ref=x',
    'https://www.findacode.com/articles/#comments',
    'https://www.findacode.com/articles/?page=2',
    'https://www.findacode.com/articles/?page=2&ref=x',
    'https://www.findacode.com/articles/?referrer=x',
    'https://www.findacode.com/articles/?utm=x',
    '/articles/',
    '',
    null,
  ]) {
    assert.equal(linkMatch(href, REQUIRED), undefined, String(href));
  }
  // A parameter the required address has may not be dropped.
  assert.equal(linkMatch('https://x.example/a?ref=blog', 'https://x.example/a?id=7'), undefined);
});

test("Ghost's click-tracking addresses are recognised; other /r/ paths and lookalikes are not", () => {
  for (const href of [
    'https://blog.example/r/0a1b2c3d?m=5b0f6c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e',
    'https://example.com/blog/r/9c8d7e6f?m=1',
    'http://127.0.0.1:2368/r/4e5f6a7b',
  ]) {
    assert.equal(clickTrackingRedirect(href)?.platform, 'Ghost', href);
  }
  for (const href of [
    REQUIRED,
    'https://blog.example/r/0a1b2c3dz',
    'https://blog.example/r/0A1B2C3D',
    'https://blog.example/r/',
    'https://blog.example/posts/r/0a1b?m=1',
    'https://blog.example/?next=/r/0a1b2c3d',
    '/r/0a1b2c3d',
    null,
  ]) {
    assert.equal(clickTrackingRedirect(href), undefined, String(href));
  }
});
