/**
 * The shortcodes for static site generators as the build writes them: each outputs the snippet
 * unchanged. Hugo and Eleventy running them on real sites is the platform suite's
 * (test/platforms/sites/generators.mjs).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { distPath, distText } from '../../support/fixtures.mjs';

const snippet = await distText('embed.html');

test('Hugo: the shortcode template outputs the snippet unchanged', async () => {
  const template = await distText('integrations/hugo/layouts/shortcodes/leadership-article.html');
  // A leading Go template comment (trimmed, so it prints nothing), then the snippet verbatim.
  const comment = /^\{\{- \/\*[\s\S]*?\*\/ -\}\}\n/.exec(template);
  assert.ok(comment, 'leading comment');
  assert.equal(template.slice(comment[0].length), snippet);
  assert.ok(comment[0].includes('{{< leadership-article >}}'));
});

test('Eleventy: the plugin, loaded as CommonJS, adds a shortcode returning the snippet and requires nothing', () => {
  const require = createRequire(import.meta.url);
  const file = distPath('integrations/eleventy/leadership-article.cjs');
  const plugin = require(file);
  assert.deepEqual(require.cache[file].children, [], 'modules it requires');
  // A stand-in Eleventy config that records the shortcode.
  const shortcodes = new Map();
  plugin({ addShortcode: (name, fn) => shortcodes.set(name, fn) });
  assert.deepEqual([...shortcodes.keys()], ['leadershipArticle']);
  assert.equal(shortcodes.get('leadershipArticle')(), snippet);
});
