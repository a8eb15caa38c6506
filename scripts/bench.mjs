#!/usr/bin/env node
/**
 * `npm run bench` (builds first): size and speed of dist/leadership-article.js beside the limits
 * measured in the same run, and the size and speed goals, as a table on stdout (progress on stderr).
 *
 *   node scripts/bench.mjs [--json FILE] [--runs N] [--throttle N] [--delay MS] [--check]
 *
 * --json FILE   also write every figure, and each run's sample, as JSON
 * --runs N      timing runs per variant (default 15; fewer than 10 is refused without --quick)
 * --throttle N  CPU slowdown for the timing runs, as Chromium emulates it (default 1)
 * --delay MS    how late the script arrives in the late-upgrade test (default 1000)
 * --check       exit with status 1 if a goal is missed
 * --quick       allow --runs below 10 (for trying the script, not for figures)
 *
 * How each figure is taken: bench/pages.mjs (the pages and the "rendered" end condition),
 * bench/browser.mjs (runs, long tasks, late upgrade, heap), bench/sizes.mjs (sizes, limits).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, measureHeap, measureLateUpgrade, measureTimings, readSnippet } from '../bench/browser.mjs';
import { startServer } from '../bench/server.mjs';
import { DIST_SCRIPT, ROOT, loadArticleMarkup, measureSizes } from '../bench/sizes.mjs';

const GOALS = { brotli: 7_500, budget: 8_000, timeRatio: 1.5, cls: 0.01, longTask: 50 };

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    runs: { type: 'string', default: '15' },
    throttle: { type: 'string', default: '1' },
    delay: { type: 'string', default: '1000' },
    check: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const throttle = Number(args.throttle);
const delay = Number(args.delay);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!(throttle >= 1)) throw new Error('--throttle must be a number, 1 or more');
if (!(delay >= 0)) throw new Error('--delay must be a number of milliseconds');
if (runs < 10 && !args.quick) throw new Error('--runs below 10 gives no usable median; add --quick to try anyway');
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Measure.

const startLoad = loadavg();
log('sizes');
const { markup, reason: noMarkup } = await loadArticleMarkup();
const articlesPerCopy = markup === undefined ? 1 : (markup.match(/<article\b/g) ?? []).length;
const size = await measureSizes(markup);
const bundle = await readFile(join(ROOT, DIST_SCRIPT), 'utf8');
// The CDN variant: its script's address can be pointed at a late answer (the default snippet
// carries its script and runs at once).
const EMBED = join(ROOT, 'dist/embed-cdn.html');
await readSnippet(EMBED, join(ROOT, DIST_SCRIPT)); // fails now, not after the timings, if stale

const server = await startServer({ mounts: { '/dist/': join(ROOT, 'dist') }, isolated: true });
const { browser, version } = await launchChromium();
let timings;
let heap;
let late;
try {
  log(`timings: ${runs} runs of each variant, interleaved, after 2 warm-up runs`);
  timings = await measureTimings(browser, server, {
    bundle,
    markup,
    articlesPerCopy,
    counts: [1, 100],
    runs,
    warmup: 2,
    throttle,
    log,
  });
  log('heap');
  heap = await measureHeap(browser, server, { markup, count: 100, runs: 5, log });
  log(`late upgrade (script ${delay} ms late)`);
  late = await measureLateUpgrade(browser, server, {
    embedFile: EMBED,
    scriptFile: join(ROOT, DIST_SCRIPT),
    delay,
    widths: [1280, 390],
    runs: 3,
    log,
  });
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// Goals.

const ratio = (a, b) => (a && b ? a.total.median / b.total.median : undefined);
const timeRatio100 = ratio(timings.element100, timings.static100);
const timeRatio1 = ratio(timings.element1, timings.static1);
const by = (value, limit, unit = '') => {
  const over = value - limit;
  return `by ${fmt(over, unit)} (${((over / limit) * 100).toFixed(1)}%)`;
};
const fmt = (value, unit = '') =>
  unit === 'B'
    ? `${Math.round(value).toLocaleString('en-US')} B`
    : unit === '×'
      ? `${value.toFixed(2)}×`
      : value.toFixed(unit === 'cls' ? 4 : 1);

const goals = [
  {
    goal: `dist/leadership-article.js ≤ ${GOALS.brotli.toLocaleString('en-US')} B brotli`,
    value: fmt(size.element.brotli, 'B'),
    met: size.element.brotli <= GOALS.brotli,
    miss: by(size.element.brotli, GOALS.brotli, 'B'),
  },
  {
    goal: `100 instances ≤ ${GOALS.timeRatio}× the static-HTML time (medians)`,
    value: timeRatio100 === undefined ? 'n/a' : fmt(timeRatio100, '×'),
    met: timeRatio100 === undefined ? undefined : timeRatio100 <= GOALS.timeRatio,
    miss:
      timeRatio100 === undefined
        ? noMarkup
        : `by ${(timeRatio100 - GOALS.timeRatio).toFixed(2)}× (${fmt(timings.element100.total.median - GOALS.timeRatio * timings.static100.total.median)} ms)`,
  },
  {
    goal: `no long task (> ${GOALS.longTask} ms) for one instance`,
    value: `${timings.element1.longTasks.runsWithLongTask} of ${timings.element1.longTasks.runs} runs`,
    met: timings.element1.longTasks.count === 0,
    miss: `longest ${fmt(timings.element1.longTasks.longest)} ms`,
  },
  {
    goal: `late-upgrade layout shift ≤ ${GOALS.cls}`,
    value: fmt(late.worst, 'cls'),
    met: late.source === 'dist/embed-cdn.html' ? late.worst <= GOALS.cls : undefined,
    miss: late.source === 'dist/embed-cdn.html' ? by(late.worst, GOALS.cls, 'cls') : `measured on ${late.source}`,
  },
  {
    goal: `size budget of the test suite: ≤ ${GOALS.budget.toLocaleString('en-US')} B brotli`,
    value: fmt(size.element.brotli, 'B'),
    met: size.element.brotli <= GOALS.budget,
    miss: by(size.element.brotli, GOALS.budget, 'B'),
  },
];

// ---------------------------------------------------------------------------------------------
// Print.

const table = (title, head, rows) => {
  const all = [head, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = head.map((_, i) => Math.max(...all.map((row) => [...row[i]].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(all[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...all.slice(1).map(line)].join(
    '\n',
  );
};
const n = (value) => (value === undefined ? 'n/a' : Math.round(value).toLocaleString('en-US'));
const ms = (value) => (value === undefined ? 'n/a' : value.toFixed(1));
const timeRow = (label, entry) =>
  entry ? [label, ms(entry.median), ms(entry.min), ms(entry.max)] : [label, 'n/a', 'n/a', 'n/a'];
const kb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`);

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const out = [];
out.push(
  `leadership-article benchmark: ${version}, Node ${process.version}, ${availableParallelism()} × ${cpu}` +
    `${throttle > 1 ? `, CPU throttled ${throttle}×` : ''}, ${new Date().toISOString()}`,
);
out.push(
  `Load average at the start: ${startLoad.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min): ` +
    'other work on the machine widens the min–max spread; compare medians.',
);
if (noMarkup) out.push(`Note: ${noMarkup}; the article-HTML limit and the static-HTML side are not measured.`);

out.push(
  table(
    'Size (bytes; gzip level 9, brotli quality 11)',
    ['', 'raw', 'gzip', 'brotli'],
    [
      ['dist/leadership-article.js', n(size.element.raw), n(size.element.gzip), n(size.element.brotli)],
      [
        "Lit's core alone (LitElement, html, css; same build)",
        n(size.litCore.raw),
        n(size.litCore.gzip),
        n(size.litCore.brotli),
      ],
      [
        "the article's HTML alone (articleMarkup())",
        n(size.article?.raw),
        n(size.article?.gzip),
        n(size.article?.brotli),
      ],
      ['limit: the sum of the two', n(size.limit?.raw), n(size.limit?.gzip), n(size.limit?.brotli)],
      ['ratio to the limit', ...['raw', 'gzip', 'brotli'].map((k) => (size.ratio ? fmt(size.ratio[k], '×') : 'n/a'))],
    ],
  ),
);

out.push(
  table(
    `Main-thread time, headless Chromium (ms; ${runs} fresh pages each, interleaved; script start → articles in the document and laid out)`,
    ['', 'median', 'min', 'max'],
    [
      timeRow('1 instance: script start → first article rendered', timings.element1.total),
      timeRow('  of which the script itself (parse, compile, run)', timings.element1.script),
      timeRow('1 article as static HTML', timings.static1?.total),
      ['  ratio element / static HTML (medians)', timeRatio1 === undefined ? 'n/a' : fmt(timeRatio1, '×'), '', ''],
      timeRow('100 instances: script start → all rendered', timings.element100.total),
      timeRow('  of which the script itself (parse, compile, run)', timings.element100.script),
      timeRow('100 articles as static HTML', timings.static100?.total),
      ['  ratio element / static HTML (medians)', timeRatio100 === undefined ? 'n/a' : fmt(timeRatio100, '×'), '', ''],
    ],
  ),
);

out.push(
  table(
    `Long tasks (> ${GOALS.longTask} ms) overlapping the measure (PerformanceObserver 'longtask')`,
    ['', 'runs with one', 'tasks', 'longest (ms)'],
    Object.entries({
      '1 instance': timings.element1,
      '1 article as static HTML': timings.static1,
      '100 instances': timings.element100,
      '100 articles as static HTML': timings.static100,
    }).map(([label, entry]) =>
      entry
        ? [
            label,
            `${entry.longTasks.runsWithLongTask} of ${entry.longTasks.runs}`,
            entry.longTasks.count,
            entry.longTasks.longest ? ms(entry.longTasks.longest) : '—',
          ]
        : [label, 'n/a', 'n/a', 'n/a'],
    ),
  ),
);

out.push(
  table(
    `Late upgrade: ${late.source}${late.snippetHadScript ? '' : ' + a defer script'}, script ${late.delay} ms late, whole page in the viewport (${late.widths[0].cls.runs} runs per width)`,
    ['viewport', 'layout shift (max)', 'median', 'box height before → after (px)'],
    late.widths.map((w) => [
      `${w.width} × ${w.height}`,
      fmt(w.cls.max, 'cls'),
      fmt(w.cls.median, 'cls'),
      `${Math.round(w.before)} → ${Math.round(w.after)}`,
    ]),
  ),
);

out.push(
  table(
    `Heap growth for 100 instances, after garbage collection (CDP Runtime.getHeapUsage; median of ${heap.element.js.runs})`,
    ['', 'JS heap', 'per instance', 'DOM (Blink) heap', 'per instance'],
    Object.entries({ '100 instances': heap.element, '100 articles as static HTML': heap.static }).map(
      ([label, entry]) =>
        entry
          ? [
              label,
              kb(entry.js.median),
              kb(entry.js.median / 100),
              kb(entry.embedder?.median),
              kb(entry.embedder && entry.embedder.median / 100),
            ]
          : [label, 'n/a', 'n/a', 'n/a', 'n/a'],
    ),
  ),
);

out.push(
  table(
    'Goals',
    ['', 'measured', 'result'],
    goals.map((g) => [g.goal, g.value, g.met === undefined ? `n/a: ${g.miss}` : g.met ? 'PASS' : `MISS ${g.miss}`]),
  ),
);
console.log(`${out.join('\n')}\n`);

if (args.json) {
  const report = {
    date: new Date().toISOString(),
    environment: {
      chromium: version,
      node: process.version,
      cpus: availableParallelism(),
      cpu,
      throttle,
      loadAverage: startLoad,
    },
    method: {
      runs,
      warmup: 2,
      rendered:
        "every instance's shadow root holds its <article> (for static HTML: the N <article> elements are in the document), then a synchronous layout forced by reading document.body.offsetHeight",
      scriptStart: 'a performance mark in an inline script just before the (inline) script element',
      lateUpgrade: `${late.source}, script answered ${late.delay} ms late, viewport as tall as the finished page`,
      heap: 'Runtime.getHeapUsage after HeapProfiler.collectGarbage, before and after creating 100 instances',
    },
    size,
    timings,
    ratios: { instances1: timeRatio1, instances100: timeRatio100 },
    longTasks: Object.fromEntries(Object.entries(timings).map(([key, entry]) => [key, entry.longTasks])),
    lateUpgrade: late,
    heap,
    goals: goals.map(({ goal, value, met, miss }) => ({ goal, value, met: met ?? null, ...(met ? {} : { miss }) })),
  };
  await writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${args.json}`);
}

if (args.check && goals.some((g) => g.met === false)) process.exit(1);
