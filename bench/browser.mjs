/**
 * Measurements in headless Chromium (puppeteer-core, Debian's /usr/bin/chromium): main-thread
 * time, long tasks, the layout shift of a late upgrade, and JS heap.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers } from '../scripts/browsers.mjs';
import { elementPage, heapPage, latePage, pointSnippetAt, staticPage } from './pages.mjs';

/** Median, min and max of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

export async function launchChromium() {
  const executablePath = findBrowsers().chromium;
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return { browser, version: await browser.version(), executablePath };
}

/** A fresh page in a fresh browser context (no cache, no storage shared with other runs). */
async function freshPage(browser, { width = 1280, height = 800, throttle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.bringToFront(); // a background page gets no animation frames
  await page.setViewport({ width, height });
  if (throttle > 1) await page.emulateCPUThrottling(throttle);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors, close: () => context.close() };
}

/** Two animation frames then 100 ms: queued performance entries have been delivered. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => setTimeout(resolve, 100);
        requestAnimationFrame(() => requestAnimationFrame(done));
      }),
  );

const POLL = { polling: 20 };

/** `page.waitForFunction`, failing with the page's own errors when it times out. */
async function waitFor(page, errors, what, predicate, timeout = 30_000) {
  try {
    await page.waitForFunction(predicate, { ...POLL, timeout });
  } catch (error) {
    const detail = errors.length ? `; page errors: ${errors.join('; ')}` : '';
    throw new Error(`${what} did not happen within ${timeout} ms${detail}`, { cause: error });
  }
}

/** Loads one timing page and returns its result, with the long tasks overlapping the measure. */
async function timeOnce(browser, url, throttle) {
  const { page, errors, close } = await freshPage(browser, { throttle });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitFor(page, errors, `${url}: the measure`, () => window.__bench?.done === true, 60_000);
    await settle(page); // long-task entries are queued after their task ends
    const { result, longTasks } = await page.evaluate(() => ({
      result: __bench.result,
      longTasks: __bench.longTasks,
    }));
    if (!result.ok) throw new Error(`${url}: not rendered (${result.error ?? 'check failed'})`);
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    const overlapping = longTasks.filter(
      (task) => task.start < result.end && task.start + task.duration > result.start,
    );
    return { ...result, longTasks: overlapping };
  } finally {
    await close();
  }
}

/**
 * Main-thread time of the element and of static HTML, for each count, interleaved: every run
 * loads each variant once, in an order that rotates from run to run. `warmup` runs first are
 * not counted.
 */
export async function measureTimings(
  browser,
  server,
  { bundle, markup, articlesPerCopy, counts, runs, warmup, throttle, log },
) {
  const variants = [];
  for (const count of counts) {
    // A first visit: V8 keeps compiled scripts in memory keyed by their source, so each run's
    // copy of the script ends in a comment of its own, and is compiled afresh.
    let page = 0;
    const fresh = () =>
      server.page(`/bench/element-${count}-${(page += 1)}.html`, elementPage(`${bundle}\n/* ${page} */`, count));
    variants.push({ key: `element${count}`, kind: 'element', count, url: fresh });
    if (markup !== undefined) {
      const url = server.page(`/bench/static-${count}.html`, staticPage(markup, count, articlesPerCopy));
      variants.push({ key: `static${count}`, kind: 'static', count, url: () => url });
    }
  }
  const samples = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let run = -warmup; run < runs; run += 1) {
    const order = variants.map((_, i) => variants[(i + Math.max(run, 0)) % variants.length]);
    for (const variant of order) {
      const result = await timeOnce(browser, variant.url(), throttle);
      if (run >= 0) samples[variant.key].push(result);
    }
    log?.(run < 0 ? `warm-up ${run + warmup + 1}/${warmup}` : `run ${run + 1}/${runs}`);
  }
  const out = {};
  for (const variant of variants) {
    const list = samples[variant.key];
    const tasks = list.flatMap((r) => r.longTasks.map((t) => t.duration));
    out[variant.key] = {
      kind: variant.kind,
      count: variant.count,
      total: stats(list.map((r) => r.total)),
      ...(variant.kind === 'element' ? { script: stats(list.map((r) => r.script)) } : {}),
      longTasks: {
        runsWithLongTask: list.filter((r) => r.longTasks.length).length,
        runs: list.length,
        count: tasks.length,
        longest: tasks.length ? Math.max(...tasks) : 0,
      },
      isolated: list.every((r) => r.isolated),
      samples: list.map((r) => r.total),
    };
  }
  return out;
}

const heapUsage = async (cdp) => {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
};

/**
 * Heap growth from creating `count` instances (or `count` static copies), after garbage
 * collection on both sides: V8's JS heap, and where Chromium reports it, the embedder (Blink,
 * i.e. DOM) heap.
 */
export async function measureHeap(browser, server, { markup, count, runs, log }) {
  const variants = [
    {
      key: 'element',
      url: server.page('/bench/heap-element.html', heapPage({ scriptUrl: '/dist/leadership-article.js' })),
    },
  ];
  if (markup !== undefined)
    variants.push({ key: 'static', url: server.page('/bench/heap-static.html', heapPage({ markup })) });
  const samples = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const { page, errors, close } = await freshPage(browser);
      try {
        await page.goto(variant.url, { waitUntil: 'load' });
        await waitFor(page, errors, 'the heap page loading', () => window.__bench?.ready === true);
        const cdp = await page.createCDPSession();
        const before = await heapUsage(cdp);
        await page.evaluate((n) => __bench.create(n), count);
        const after = await heapUsage(cdp);
        if (errors.length) throw new Error(`heap page errors: ${errors.join('; ')}`);
        samples[variant.key].push({
          js: after.usedSize - before.usedSize,
          embedder:
            after.embedderHeapUsedSize === undefined
              ? undefined
              : after.embedderHeapUsedSize - before.embedderHeapUsedSize,
        });
      } finally {
        await close();
      }
    }
    log?.(`heap ${run + 1}/${runs}`);
  }
  const out = {};
  for (const [key, list] of Object.entries(samples)) {
    out[key] = {
      count,
      js: stats(list.map((s) => s.js)),
      embedder: list.every((s) => s.embedder !== undefined) ? stats(list.map((s) => s.embedder)) : undefined,
    };
  }
  return out;
}

/**
 * dist/embed.html, or undefined if it is not there. Throws if its Subresource Integrity value
 * is not that of dist/leadership-article.js (the browser would refuse the script): the snippet
 * was generated for another build.
 */
export async function readSnippet(embedFile, scriptFile) {
  let snippet;
  try {
    snippet = await readFile(embedFile, 'utf8');
  } catch {
    return undefined;
  }
  const integrity = /\bintegrity\s*=\s*["']?(sha(?:256|384|512))-([^"'\s>]+)/i.exec(snippet);
  if (integrity) {
    const [, algorithm, expected] = integrity;
    const actual = createHash(algorithm.toLowerCase())
      .update(await readFile(scriptFile))
      .digest('base64');
    if (actual !== expected) {
      throw new Error(
        `${embedFile} carries the integrity hash of another build of ${scriptFile}: rebuild (npm run build) so the two match`,
      );
    }
  }
  return snippet;
}

/**
 * Cumulative layout shift of a late upgrade: a host page holding the snippet of `embedFile`,
 * whose script answers `delay` ms late, so the fallback is laid out (and painted) first. The
 * viewport is as tall as the finished page, so the whole article is in view and no taller than
 * needed (a taller viewport would shrink the score). Runs at each width.
 */
export async function measureLateUpgrade(browser, server, { embedFile, scriptFile, delay, widths, runs, log }) {
  const snippet = await readSnippet(embedFile, scriptFile);
  const name = `dist/${basename(embedFile)}`;
  const source = snippet === undefined ? `a bare <leadership-article> (no ${name})` : name;
  const lateUrl = `/dist/leadership-article.js?delay=${delay}`;
  const pointed = pointSnippetAt(snippet ?? '<leadership-article></leadership-article>', lateUrl);
  const onTime = pointSnippetAt(snippet ?? '<leadership-article></leadership-article>', '/dist/leadership-article.js');
  const lateURL = server.page('/bench/late.html', latePage(pointed.html));
  const onTimeURL = server.page('/bench/on-time.html', latePage(onTime.html));
  const rendered = () => !!document.querySelector('leadership-article')?.shadowRoot?.querySelector('article');

  const perWidth = [];
  for (const width of widths) {
    // The finished page's height at this width, measured with the script on time.
    const probe = await freshPage(browser, { width, height: 800 });
    let height;
    try {
      await probe.page.goto(onTimeURL, { waitUntil: 'load' });
      await waitFor(probe.page, probe.errors, 'the on-time page rendering', rendered);
      height = await probe.page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    } finally {
      await probe.close();
    }
    const values = [];
    let detail;
    for (let run = 0; run < runs; run += 1) {
      const { page, errors, close } = await freshPage(browser, { width, height });
      try {
        const started = Date.now();
        await page.goto(lateURL, { waitUntil: 'domcontentloaded' });
        await waitFor(page, errors, 'the late upgrade', rendered, delay + 30_000);
        const waited = Date.now() - started;
        await settle(page);
        const result = await page.evaluate(() => {
          const host = document.querySelector('leadership-article');
          const box = host.shadowRoot.querySelector('article').getBoundingClientRect();
          return {
            shifts: __bench.shifts.filter((s) => !s.hadRecentInput),
            before: __bench.before,
            after: host.getBoundingClientRect().height,
            inView: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
          };
        });
        if (errors.length) throw new Error(`late-upgrade page errors: ${errors.join('; ')}`);
        if (waited < delay) throw new Error(`the script was not late (${waited} ms < ${delay} ms)`);
        const value = result.shifts.reduce((sum, s) => sum + s.value, 0);
        values.push(value);
        if (!detail || value > detail.value) detail = { value, ...result };
      } finally {
        await close();
      }
    }
    perWidth.push({ width, height, cls: stats(values), ...detail, value: undefined });
    log?.(`late upgrade at ${width} px`);
  }
  return {
    source,
    snippetHadScript: pointed.hadScript,
    delay,
    widths: perWidth,
    worst: Math.max(...perWidth.map((w) => w.cls.max)),
  };
}
