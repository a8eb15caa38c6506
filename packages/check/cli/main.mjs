/**
 * `leadership-article check …` and `leadership-article snippet …`: argument handling and the
 * run over many pages with bounded concurrency. Returns the exit code.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HEADING_LEVELS, THEMES } from 'leadership-article/attributes.js';
import { UsageError, expectedArticle, packageVersion } from './article.mjs';
import { currentBundle, knownBundles } from './bundles.mjs';
import { exitCode, jsonReport, progressLine, textReport } from './report.mjs';
import { snippetFor, snippetOptions } from './snippet.mjs';

const USAGE = `Usage:
  leadership-article check [options] <url-or-file>...
      Checks that every <leadership-article> on each page shows the article whole, verbatim,
      visible, once, with both links active. A link with tracking parameters added (?ref=,
      utm_) is the same link; a newsletter's click-tracking link (Ghost's /r/…) is followed
      one hop, and is the same link when it redirects there. Exit 0: all comply; 1: some do
      not; 2: usage or load error; 3: the rest comply but a click-tracking link could not be
      followed (a local file, or no answer): unverified.
      --static           no browser: parse the HTML (cannot see CSS, overlays or blocked scripts)
      --urls FILE        also check the URLs or files listed in FILE (one a line, # comments)
      --concurrency N    pages checked at once (default 4)
      --timeout S        seconds per page (default 30)
      --viewport WxH     browser window in CSS pixels (default 1280x900; e.g. 390x844 for a phone)
      --json             print a JSON report (schemaVersion 1) instead of the summary
  leadership-article snippet [--src URL] [--theme ${THEMES.join('|')}] [--heading-level ${HEADING_LEVELS[0]}-${HEADING_LEVELS.at(-1)}]
      Prints the snippet to paste. Without --src the script is embedded (self-contained).
`;

export async function main(argv, { stdout = process.stdout, stderr = process.stderr } = {}) {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest, { stdout, stderr });
    if (command === 'snippet') return await snippet(rest, { stdout });
    if (command === '--version') {
      stdout.write(`${await packageVersion()}\n`);
      return 0;
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError || String(error.code).startsWith('ERR_PARSE_ARGS')) {
      stderr.write(`leadership-article: ${error.message}\n\n${USAGE}`);
    } else {
      // Exit code 1 means "does not comply": an unexpected failure must not look like one.
      stderr.write(`leadership-article: unexpected error: ${error.stack ?? error}\n`);
    }
    return 2;
  }
}

async function snippet(args, { stdout }) {
  const { values } = parseArgs({
    args,
    options: { src: { type: 'string' }, theme: { type: 'string' }, 'heading-level': { type: 'string' } },
  });
  const options = snippetOptions(values);
  stdout.write(snippetFor({ bundle: await currentBundle(), ...options }));
  return 0;
}

async function check(args, { stdout, stderr }) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      static: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      urls: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      timeout: { type: 'string', default: '30' },
      viewport: { type: 'string', default: '1280x900' },
    },
  });
  const concurrency = Number(values.concurrency);
  const timeout = Number(values.timeout) * 1000;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError(`--concurrency ${values.concurrency}: use a whole number of 1 or more.`);
  if (!(timeout > 0)) throw new UsageError(`--timeout ${values.timeout}: use a number of seconds above 0.`);
  const [, width, height] = /^(\d+)x(\d+)$/.exec(values.viewport) ?? [];
  if (!(Number(width) > 0 && Number(height) > 0))
    throw new UsageError(`--viewport ${values.viewport}: use WIDTHxHEIGHT in CSS pixels, e.g. 390x844.`);
  const viewport = { width: Number(width), height: Number(height) };
  const targets = [...positionals];
  if (values.urls) {
    const list = await readFile(values.urls, 'utf8').catch((error) => {
      throw new UsageError(`--urls ${values.urls}: ${error.code === 'ENOENT' ? 'file not found' : error.message}.`);
    });
    // A comment starts a line or follows white space, so a URL's own #fragment is kept.
    targets.push(
      ...list
        .split('\n')
        .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
        .filter(Boolean),
    );
  }
  if (!targets.length) throw new UsageError('check needs at least one URL or file.');

  const expected = await expectedArticle();
  const known = await knownBundles();
  const mode = values.static ? 'static' : 'browser';
  let checker;
  if (values.static) {
    const { checkHtml } = await import('./static-check.mjs');
    checker = { checkUrl: (url) => staticPage(url, { checkHtml, expected, known, timeout }), close: async () => {} };
  } else {
    const { startBrowser } = await import('./browser-check.mjs');
    checker = await startBrowser({ expected, known, timeout, viewport });
  }

  const pages = new Array(targets.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      const target = targets[index];
      const url = toUrl(target);
      const missing = url?.startsWith('file:') && !existsSync(fileURLToPath(url));
      const page = missing
        ? failedPage(target, mode, 'the page failed to load: file not found')
        : url
          ? await checker.checkUrl(url).catch((error) => failedPage(target, mode, error.message))
          : failedPage(target, mode, 'not a URL (http, https or file) nor an existing file');
      page.url = target;
      pages[index] = page;
      if (!values.json) stderr.write(`${progressLine(page, ++done, targets.length)}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  } finally {
    await checker.close();
  }
  if (values.json)
    stdout.write(`${JSON.stringify(jsonReport(pages, { mode, version: await packageVersion() }), null, 2)}\n`);
  else stdout.write(textReport(pages));
  return exitCode(pages);
}

const failedPage = (url, mode, error) => ({
  url,
  mode,
  status: 'error',
  error,
  scripts: [],
  problems: [],
  warnings: [],
  embeds: [],
  articleCopies: null,
});

/** A URL for a target: http(s) and file URLs as given, paths as file URLs; else undefined. */
function toUrl(target) {
  if (/^(https?|file):/i.test(target)) {
    try {
      return new URL(target).href;
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return undefined;
  return pathToFileURL(resolve(target)).href;
}

async function staticPage(url, { checkHtml, expected, known, timeout }) {
  let html;
  try {
    if (url.startsWith('file:')) {
      html = await readFile(fileURLToPath(url), 'utf8');
    } else {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeout), redirect: 'follow' });
      if (!response.ok) return failedPage(url, 'static', `the page failed to load: HTTP ${response.status}`);
      html = await response.text();
    }
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'file not found' : (error.cause?.message ?? error.message);
    return failedPage(url, 'static', `the page failed to load: ${reason}`);
  }
  return checkHtml(html, { url, expected, known, timeout });
}
