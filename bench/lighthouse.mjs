#!/usr/bin/env node
/**
 * `npm run lighthouse` (builds first): Lighthouse 12 on a page served from this machine, in
 * Debian's Chromium (headless), printing the performance, accessibility, best-practices and
 * SEO scores, the title of every failing audit that costs points, and, apart, the failing
 * diagnostics that weigh nothing in the score.
 *
 *   node bench/lighthouse.mjs [PAGE] [--preset mobile|desktop|both] [--json FILE]
 *
 * PAGE        an HTML file of the project (default demo/index.html) or an http(s) URL.
 *             A file is served at http://127.0.0.1:PORT/ by a local server, with dist/ at
 *             /dist/, demo/ at /demo/ and the file's own directory at /, text compressed and
 *             dist/ files cached as a CDN would. Where the file holds the marker
 *             `<!-- leadership-article snippet -->`, dist/embed.html is pasted there, as
 *             `npm start` does; a file that is a fragment (dist/embed.html itself) is wrapped
 *             in a minimal page. Either way the snippet's script address is pointed at /dist/
 *             (same file, so its integrity hash still holds).
 * --preset    Lighthouse's mobile default (simulated slow 4G, 4× CPU slowdown), its desktop
 *             preset, or both (default: mobile)
 * --json FILE write the scores, failing audits and each full Lighthouse result as JSON
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from '../tools/server.mjs';
import { pointSnippetAt } from './pages.mjs';
import { ROOT } from './sizes.mjs';
import { CHROMIUM_ARGS, findBrowsers } from '../tools/browsers.mjs';
import { demoPage, MARKER } from '../demo/post.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: 'string', default: 'mobile' },
    json: { type: 'string' },
  },
});
const presets = args.preset === 'both' ? ['mobile', 'desktop'] : [args.preset];
if (!presets.every((p) => p === 'mobile' || p === 'desktop')) throw new Error('--preset is mobile, desktop or both');
const target = positionals[0] ?? 'demo/index.html';

/** The page's HTML as served: snippet pasted at the marker, or a fragment wrapped. */
async function servedHtml(file) {
  const html = await readFile(file, 'utf8');
  // The demo, exactly as `npm start` serves it.
  if (resolve(file) === resolve('demo/index.html') && html.includes(MARKER)) return demoPage();
  if (/<html[\s>]/i.test(html)) return html;
  const body = pointSnippetAt(html, '/dist/leadership-article.js');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${basename(file)} in a minimal page</title>
<meta name="description" content="The leadership-article embed snippet alone on a minimal page, for Lighthouse.">
<link rel="icon" href="data:,">
</head>
<body>
<main>
${body.hadScript ? body.html : html}
</main>
</body>
</html>
`;
}

let server;
let url = target;
if (!/^https?:\/\//.test(target)) {
  const file = isAbsolute(target) ? target : resolve(process.cwd(), target);
  server = await startServer({
    mounts: { '/dist/': join(ROOT, 'dist'), '/demo/': join(ROOT, 'demo'), '/': dirname(file) },
    compress: true,
    cacheControl: (pathname, isPage) =>
      isPage
        ? 'no-cache'
        : pathname.startsWith('/dist/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=3600',
  });
  url = server.page('/', await servedHtml(file));
}

const chromePath = findBrowsers().chromium;
if (!chromePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  logLevel: 'silent',
});

const runs = [];
try {
  for (const preset of presets) {
    process.stderr.write(`lighthouse: ${preset}, ${url}\n`);
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const categories = CATEGORIES.map((id) => {
      const category = lhr.categories[id];
      const failing = category.auditRefs
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(
          ({ audit }) =>
            audit.score !== null &&
            audit.score < 1 &&
            !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode),
        )
        .map(({ ref, audit }) => ({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          displayValue: audit.displayValue,
        }));
      return { id, title: category.title, score: Math.round(category.score * 100), failing };
    });
    const metrics = Object.fromEntries(
      METRICS.map((id) => [
        id,
        { title: lhr.audits[id]?.title, value: lhr.audits[id]?.displayValue, score: lhr.audits[id]?.score },
      ]),
    );
    runs.push({
      preset,
      url: lhr.finalDisplayedUrl,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      warnings: lhr.runWarnings,
      categories,
      metrics,
      lhr,
    });
  }
} finally {
  await chrome.kill();
  await server?.close();
}

for (const run of runs) {
  console.log(
    `\nLighthouse ${run.lighthouseVersion}, ${run.preset} preset, ${run.url}${server ? ` (served from ${target})` : ''}`,
  );
  console.log(`${run.userAgent}`);
  for (const warning of run.warnings) console.log(`  warning: ${warning}`);
  for (const category of run.categories) {
    console.log(`  ${category.title.padEnd(16)} ${String(category.score).padStart(3)}`);
    const line = (audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`;
    for (const audit of category.failing.filter((a) => a.weight > 0)) {
      console.log(`      ✗ ${line(audit)}, weight ${audit.weight}`);
    }
    const diagnostics = category.failing.filter((a) => !a.weight);
    if (diagnostics.length) {
      console.log(`      not scored (weight 0): ${diagnostics.map(line).join('; ')}`);
    }
  }
  console.log(`  metrics: ${METRICS.map((id) => `${run.metrics[id].title} ${run.metrics[id].value}`).join(', ')}`);
}
console.log(
  `\nCommand: npm run lighthouse${positionals.length || args.preset !== 'mobile' ? ` --${positionals.length ? ` ${target}` : ''}${args.preset !== 'mobile' ? ` --preset ${args.preset}` : ''}` : ''}`,
);

if (args.json) {
  await writeFile(
    args.json,
    `${JSON.stringify(
      runs.map(({ lhr, ...summary }) => ({ ...summary, lhr })),
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`lighthouse: wrote ${args.json}\n`);
}
