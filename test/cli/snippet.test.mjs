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

const bundle = await readFile(new URL('../../dist/leadership-article.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const links = JSON.parse(await readFile(new URL('../fixtures/required-links.json', import.meta.url), 'utf8'));

test('default: the element with its fallback, then the bundle embedded as a data: script, in one <div>', async () => {
  const { code, stdout } = await run(['snippet']);
  assert.equal(code, 0);
  assert.match(stdout, /^<div>\n<leadership-article>\n<article[\s\S]*<\/article>\n<\/leadership-article>\n<script [^>]*><\/script>\n<\/div>\n$/);
  const [, src] = stdout.match(/<script defer src="([^"]+)"/);
  assert.ok(src.startsWith('data:text/javascript;base64,'));
  assert.deepEqual(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'), bundle);
  assert.match(stdout, new RegExp(`integrity="${integrity.replace(/[+/]/g, '\\$&')}"`));
  for (const { href } of [links.citation, links.copyright]) assert.ok(stdout.includes(`href="${href}"`), href);
});

test('--src: an external script with the bundle\'s integrity and crossorigin', async () => {
  const src = 'https://static.example.com/leadership-article/0.1.0/leadership-article.js';
  const { code, stdout } = await run(['snippet', '--src', src]);
  assert.equal(code, 0);
  assert.ok(stdout.includes(`<script defer src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`), stdout.slice(-300));
});

test('--theme and --heading-level reach the element and the fallback\'s heading', async () => {
  const { code, stdout } = await run(['snippet', '--theme', 'dark', '--heading-level', '3']);
  assert.equal(code, 0);
  assert.match(stdout, /<leadership-article theme="dark" heading-level="3">/);
  assert.match(stdout, /<h3[^>]*>The Difference Between Leadership and Management<\/h3>/);
  assert.doesNotMatch(stdout, /<h2/);
});

test('bad options: a message naming what is accepted, exit 2, nothing on stdout', async () => {
  for (const [args, message] of [
    [['--theme', 'purple'], /--theme purple: use one of light, dark, auto/],
    [['--heading-level', '7'], /--heading-level 7: use a whole number from 1 to 6/],
    [['--src', 'javascript:alert(1)'], /--src javascript:alert\(1\): give the script's http\(s\) URL/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ]) {
    const { code, stdout, stderr } = await run(['snippet', ...args]);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, message);
  }
});
