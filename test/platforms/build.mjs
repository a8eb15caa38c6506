#!/usr/bin/env node
/**
 * Builds every platform page of the suite into test/platforms/out/ from the current dist/, and
 * lists them in out/manifest.json for the browser tests (test/platforms/*.test.ts). Each entry:
 * id, platform, pipeline, paste (what the user pastes), path (URL path of the saved page),
 * gated (false where no snippet can help, with the reason), boxes (measure the article's box).
 * Run by `npm test` and `npm run test:platforms`, after the build. `build.mjs ghost` builds only
 * the Ghost pages (a 15-minute install the first time) into out/ghost/, for `npm run test:ghost`.
 * The JavaScript site engines (sites/engines.mjs) go to out/engines/ with their own manifest;
 * `build.mjs engines` builds only them (ENGINES_CODE=before: with the outputs of before).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { OUT } from './sites/common.mjs';
import { buildHugoFeeds, buildJekyllFeeds, writeFeedManifest } from './sites/feeds.mjs';
import { ENGINES_OUT, buildEngines, installEngines } from './sites/engines.mjs';
import { GHOST_OUT, buildGhost } from './sites/ghost.mjs';
import { buildEleventy, buildHugo, buildJekyll } from './sites/generators.mjs';
import { buildHtmlAccidents, buildMarkdownIt } from './sites/markdown.mjs';
import { buildWordPress } from './sites/wordpress.mjs';

// Exit on a signal through process.exit, so common.mjs stops the database and servers started.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const started = Date.now();
const only = process.argv[2];
const ghost = only === 'ghost';
const engines = only === 'engines';
const out = ghost ? GHOST_OUT : engines ? ENGINES_OUT : OUT;
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// The engines' npm installs (minutes when cold, network and disk bound) run while the other
// platforms build; buildEngines waits for them.
if (!ghost) void installEngines();
const builders = ghost
  ? { buildGhost }
  : engines
    ? { buildEngines }
    : {
        buildWordPress,
        buildHugo,
        buildJekyll,
        buildEleventy,
        buildMarkdownIt,
        buildHtmlAccidents,
        buildHugoFeeds,
        buildJekyllFeeds,
        buildEngines,
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
// The engines' pages are listed in out/engines/manifest.json, by buildEngines.
const listed = pages.filter((page) => !page.engine);
if (!engines) await writeFile(join(out, 'manifest.json'), `${JSON.stringify(listed, null, 2)}\n`);
if (!ghost && !engines) await writeFeedManifest();
console.log(
  `platform suite: ${pages.length} pages in ${relative(process.cwd(), out)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
