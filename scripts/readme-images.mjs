#!/usr/bin/env node
/**
 * `npm run docs` (after the build): the README's pictures, taken from the current build with
 * headless Chromium, so they never show an old look: the widget in light and dark, each on a
 * page of its colour, and the publish page of the site (demo/build.mjs, served as GitHub Pages
 * serves it) on a phone and on a desktop. Written to docs/images/.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers } from '../tools/browsers.mjs';
import { embedSnippet } from 'leadership-article/outputs.js';
import { startPagesServer } from '../tools/server.mjs';
import { buildSite } from '../demo/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/images');

const chromium = findBrowsers().chromium;
if (!chromium) {
  console.error('readme-images: Chromium not found (apt-get install chromium, or set CHROME_PATH).');
  process.exit(1);
}

const bundle = await readFile(join(root, 'dist/leadership-article.js'));

/** A plain page of the theme's colour holding the generated snippet for `theme`. */
const widgetPage = (theme) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${theme}</title>` +
  `<style>body{margin:0;background:${theme === 'dark' ? '#161b22' : '#f6f8fa'}}main{display:flow-root;padding:24px}</style>` +
  `</head><body><main>${embedSnippet({ bundle, theme })}</main></body></html>`;

await mkdir(out, { recursive: true });
const folder = await mkdtemp(join(tmpdir(), 'leadership-article-site-'));
const site = await startPagesServer({ folder, base: '/leadership-article/' });
await buildSite({ siteUrl: site.url, out: folder });
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  // The element's and the publish page's own warnings, and errors; not the browser's notes that
  // the no-script previews run no script, which is what they are for.
  page.on('console', (message) => {
    const text = message.text();
    const problem =
      /<leadership-/.test(text) || (message.type() === 'error' && !text.startsWith('Blocked script execution'));
    if (problem) console.warn(`readme-images: page says: ${text}`);
  });

  for (const theme of ['light', 'dark']) {
    await page.setViewport({ width: 700, height: 900, deviceScaleFactor: 1 });
    await page.setContent(widgetPage(theme), { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const element = document.querySelector('leadership-article');
      return element?.shadowRoot?.querySelector('article') && document.fonts.status === 'loaded';
    });
    const box = await page.$eval('main', (main) => {
      const { x, y, width, height } = main.getBoundingClientRect();
      return { x, y, width, height };
    });
    await page.setViewport({ width: 700, height: Math.ceil(box.y + box.height), deviceScaleFactor: 1 });
    const file = join(out, `widget-${theme}.png`);
    await page.screenshot({ path: file, clip: box });
    console.log(`docs/images/widget-${theme}.png: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }

  /** @type {Array<[string, import('puppeteer-core').Viewport]>} */
  const views = [
    ['publish-page-phone', { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
    ['publish-page', { width: 1280, height: 900, deviceScaleFactor: 1 }],
  ];
  for (const [name, viewport] of views) {
    await page.setViewport(viewport);
    await page.goto(site.url, { waitUntil: 'load' });
    // The publish page's element resolves `whenPreviewed()` once its previews have loaded.
    await page.waitForFunction(() => 'whenPreviewed' in (document.querySelector('leadership-publish') ?? {}));
    await page.evaluate(() => /** @type {any} */ (document.querySelector('leadership-publish')).whenPreviewed());
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`docs/images/${name}.png: ${viewport.width}×${viewport.height}`);
  }
} finally {
  await browser.close();
  await site.close();
  await rm(folder, { recursive: true, force: true });
}
