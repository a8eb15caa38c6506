/**
 * `leadership-article snippet`: the options reach the markup, the script is self-contained or
 * external with the bundle's own integrity, bad options exit 2. That the snippet then checks as
 * compliant in a browser is check.test.mjs's "self-contained" page.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { run } from './run.mjs';

const bundle = await readFile(new URL('../../../dist/leadership-article.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const links = JSON.parse(
  await readFile(new URL('../../../test/fixtures/required-links.json', import.meta.url), 'utf8'),
);

test('default: the element with its fallback, then the bundle itself as a data: script, on one line in a <div>', async () => {
  const { code, stdout } = await run(['snippet']);
  assert.equal(code, 0);
  // HTML tag names are case-insensitive: the snippet's block tags may be written either way.
  assert.match(
    stdout,
    /^<div><leadership-article><article[^]*<\/article><\/leadership-article><script [^>]*><\/script><\/div>\n$/i,
  );
  const [, src] = stdout.match(/<script defer src="([^"]+)"/);
  assert.ok(src.startsWith('data:text/javascript;charset=utf-8,'));
  assert.deepEqual(Buffer.from(decodeURIComponent(src.slice(src.indexOf(',') + 1))), bundle);
  for (const { href } of [links.citation, links.copyright]) assert.ok(stdout.includes(`href="${href}"`), href);
});

test("--src: an external script with the bundle's integrity and crossorigin", async () => {
  const src = 'https://static.example.com/leadership-article/0.1.0/leadership-article.js';
  const { code, stdout } = await run(['snippet', '--src', src]);
  assert.equal(code, 0);
  assert.ok(
    stdout.includes(`<script defer src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`),
    stdout.slice(-300),
  );
});

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
const luminance = (hex) =>
  [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);

/** The background colour the fallback's card declares. */
const cardBackground = (html) => html.match(/<article[^>]*style="[^"]*background:(#[0-9a-f]{6})/i)[1];

test('--theme and --heading-level reach the element and the fallback (its heading, a dark card)', async () => {
  const { code, stdout } = await run(['snippet', '--theme', 'dark', '--heading-level', '3']);
  assert.equal(code, 0);
  assert.match(stdout, /<leadership-article theme="dark" heading-level="3">/);
  assert.match(stdout, /<h3[^>]*>The Difference Between Leadership and Management<\/h3>/i);
  assert.doesNotMatch(stdout, /<h2/i);
  const light = (await run(['snippet'])).stdout;
  assert.ok(luminance(cardBackground(light)) > 0.8, `light card ${cardBackground(light)}`);
  assert.ok(luminance(cardBackground(stdout)) < 0.05, `dark card ${cardBackground(stdout)}`);
});

test('bad options: a message naming what is accepted, exit 2, nothing on stdout', async () => {
  /** @type {[string[], RegExp][]} */
  const cases = [
    [['--theme', 'purple'], /--theme purple: use one of light, dark, auto/],
    [['--heading-level', '7'], /--heading-level 7: use a whole number from 1 to 6/],
    [['--src', 'javascript:alert(1)'], /--src javascript:alert\(1\): give the script's http\(s\) URL/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await run(['snippet', ...args]);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, message);
  }
});
