#!/usr/bin/env node
/**
 * Builds every platform page of the suite into test/platforms/out/ from the current dist/, and
 * lists them in out/manifest.json for the browser tests (test/platforms/*.test.ts). Each entry:
 * id, platform, pipeline, paste (what the user pastes), path (URL path of the saved page),
 * gated (false where no snippet can help, with the reason), boxes (measure the article's box).
 * Run by `npm test` and `npm run test:platforms`, after the build.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT } from './sites/common.mjs';
import { buildHugoFeeds, buildJekyllFeeds, writeFeedManifest } from './sites/feeds.mjs';
import { buildEleventy, buildHugo, buildJekyll } from './sites/generators.mjs';
import { buildHtmlAccidents, buildMarkdownIt } from './sites/markdown.mjs';
import { buildWordPress } from './sites/wordpress.mjs';

// Exit on a signal through process.exit, so common.mjs stops the database and servers started.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const started = Date.now();
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const builders = {
  buildWordPress,
  buildHugo,
  buildJekyll,
  buildEleventy,
  buildMarkdownIt,
  buildHtmlAccidents,
  buildHugoFeeds,
  buildJekyllFeeds,
};
const pages = [];
for (const [name, build] of Object.entries(builders)) {
  try {
    pages.push(...(await build()));
  } catch (error) {
    console.error(`platform suite: ${name} failed: ${error.message}`);
    process.exitCode = 1;
  }
}
await writeFile(join(OUT, 'manifest.json'), `${JSON.stringify(pages, null, 2)}\n`);
await writeFeedManifest();
console.log(
  `platform suite: ${pages.length} pages in test/platforms/out/ (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
