#!/usr/bin/env node
/**
 * `npm run bench` (builds first): the bundle's size against its floors, and the time a reader's
 * browser spends on the snippet against the same article as static HTML and against a
 * no-framework element, in Chromium, Firefox and WebKit; the goals with pass or miss. Tables on
 * stdout, progress on stderr, every figure and sample in bench/results.json (the README's "Size
 * and speed" section is generated from it by `npm run docs`).
 *
 *   node bench/run.mjs [--runs N] [--passes N] [--engines a,b] [--json FILE] [--check] [--quick]
 *
 * --runs N      timed loads per variant and pass (default 20; below 10 needs --quick, for a
 *               short trial on a busy machine: figures then only indicative)
 * --passes N    whole passes over every engine (default 2): the passes' medians must agree
 * --engines     default chromium,firefox,webkit
 * --json FILE   default bench/results.json; "-" writes none
 * --check       exit with status 1 if a goal is missed
 *
 * Pages: bench/pages.mjs. Engines: bench/engines.mjs (not tachometer: see there). Runs, trace,
 * heap: bench/browser.mjs. Sizes: bench/sizes.mjs. That the upgrade keeps the article's box is a
 * test's (test/upgrade-box.test.ts), run by every `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { captureFloor, measureHeap, measureTimings, stats, traceBreakdowns, variants } from './browser.mjs';
import { ENGINES, openEngine } from './engines.mjs';
import { VARIANT_LABELS, fallbackOf } from './pages.mjs';
import { startServer } from '../tools/server.mjs';
import { DIST_SCRIPT, ROOT, measureSizes } from './sizes.mjs';

/** The goals (the project's brief), and the test suite's size budget (test/bundle.test.mjs). */
const GOALS = {
  brotli: 5_000,
  budget: 7_500,
  embedBytes: 20_000,
  upgradeOverStatic100: 1.25,
  elementOverFloor1: 1.25,
  snippetOverStaticMs: 5,
  longTask: 50,
};

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    passes: { type: 'string', default: '2' },
    engines: { type: 'string', default: ENGINES.join(',') },
    json: { type: 'string', default: 'bench/results.json' },
    check: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const passes = Number(args.passes);
const engines = args.engines.split(',').map((s) => s.trim());
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(passes) || passes < 1) throw new Error('--passes must be a positive integer');
if (runs < 10 && !args.quick) throw new Error('--runs below 10 gives no usable median; add --quick to try anyway');
const unknown = engines.filter((e) => !ENGINES.includes(e));
if (unknown.length) throw new Error(`--engines: unknown ${unknown.join(', ')}`);
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Measure.

const startLoad = loadavg();
log('sizes');
const size = await measureSizes();
const bundle = await readFile(join(ROOT, DIST_SCRIPT), 'utf8');
const snippet = (await readFile(join(ROOT, 'dist/embed.html'), 'utf8')).trim();
const fallback = fallbackOf(snippet);

const server = await startServer({ mounts: { '/dist/': join(ROOT, 'dist') }, isolated: true });
const versions = {};
const perPass = [];
let floor;
let trace;
let heap;
try {
  for (let pass = 0; pass < passes; pass += 1) {
    const timings = {};
    for (const name of engines) {
      log(`pass ${pass + 1}/${passes}: ${name}, ${runs} rounds after 2 warm-up rounds`);
      const engine = await openEngine(name);
      try {
        versions[name] = engine.version;
        floor ??= await captureFloor(engine, server, bundle);
        const list = variants(server, { snippet, bundle, fallback, floor, counts: [1, 100] });
        timings[name] = await measureTimings(engine, list, { runs, warmup: 2, log });
        if (name === 'chromium' && pass === passes - 1) {
          trace = await traceBreakdowns(
            engine,
            list.filter((v) => v.count === 1),
            { runs: 5, log },
          );
          heap = await measureHeap(engine, server, { fallback, count: 100, runs: 5, log });
        }
      } finally {
        await engine.close();
      }
    }
    perPass.push(timings);
  }
} finally {
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// Figures.

/** Each engine's variants, with every pass's median and IQR, and all passes' samples pooled. */
const timings = Object.fromEntries(
  engines.map((name) => {
    const keys = Object.keys(perPass[0][name]);
    return [
      name,
      Object.fromEntries(
        keys.map((key) => {
          const entries = perPass.map((p) => p[name][key]);
          const pooled = stats(entries.flatMap((e) => e.samples));
          return [
            key,
            {
              kind: entries[0].kind,
              count: entries[0].count,
              passes: entries.map((e) => e.total),
              pooled,
              // Agree: every pass's median lies inside every other pass's interquartile range.
              agree: entries.every((a) =>
                entries.every((b) => a.total.median >= b.total.q1 && a.total.median <= b.total.q3),
              ),
              longTasks: entries[0].longTasks && {
                runsWithLongTask: entries.reduce((sum, e) => sum + e.longTasks.runsWithLongTask, 0),
                runs: entries.reduce((sum, e) => sum + e.longTasks.runs, 0),
                longest: Math.max(...entries.map((e) => e.longTasks.longest)),
              },
              samples: entries.map((e) => e.samples),
            },
          ];
        }),
      ),
    ];
  }),
);

/** A ratio of medians in every pass: met only if met in every pass. */
const ratioGoal = (name, top, bottom, limit) => {
  const t = timings[name];
  const perPassRatios = t[top].passes.map((p, i) => p.median / t[bottom].passes[i].median);
  return {
    value: perPassRatios,
    met: perPassRatios.every((r) => r <= limit),
    mixed: perPassRatios.some((r) => r <= limit) && perPassRatios.some((r) => r > limit),
  };
};

const goals = [];
const n = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (value === undefined ? 'n/a' : value.toFixed(1));
const fmtB = (bytes) => `${Math.round(bytes).toLocaleString('en-US')} B`;
goals.push({
  goal: `dist/leadership-article.js ≤ ${fmtB(GOALS.brotli)} brotli`,
  value: fmtB(size.element.brotli),
  met: size.element.brotli <= GOALS.brotli,
  detail: `${fmtB(size.element.brotli - GOALS.brotli)} over; ${size.ratioStyled.brotli.toFixed(2)}× the measured floor of ${fmtB(size.floorStyled.brotli)}`,
});
goals.push({
  goal: `test suite's size budget ≤ ${fmtB(GOALS.budget)} brotli`,
  value: fmtB(size.element.brotli),
  met: size.element.brotli <= GOALS.budget,
  detail: `margin ${fmtB(GOALS.budget - size.element.brotli)}`,
});
goals.push({
  goal: `dist/embed.html ≤ ${fmtB(GOALS.embedBytes)}`,
  value: fmtB(Buffer.byteLength(snippet)),
  met: Buffer.byteLength(snippet) <= GOALS.embedBytes,
  detail: `the fallback ${fmtB(Buffer.byteLength(fallback))}, the rest the script as a data: URL`,
});
for (const name of engines) {
  const r = ratioGoal(name, 'element1', 'floor1', GOALS.elementOverFloor1);
  goals.push({
    goal: `${name}: 1 bare element ≤ ${GOALS.elementOverFloor1}× the no-framework element`,
    value: r.value.map((v) => `${v.toFixed(2)}×`).join(', '),
    met: r.met,
    detail: r.mixed ? 'passes disagree' : '',
  });
}
for (const name of engines) {
  const r = ratioGoal(name, 'upgrade100', 'static100', GOALS.upgradeOverStatic100);
  const pasted = ratioGoal(name, 'snippet100', 'static100', GOALS.upgradeOverStatic100);
  goals.push({
    goal: `${name}: 100 fallbacks upgraded by one script ≤ ${GOALS.upgradeOverStatic100}× the same articles as static HTML`,
    value: r.value.map((v) => `${v.toFixed(2)}×`).join(', '),
    met: r.met,
    detail: `${r.mixed ? 'passes disagree; ' : ''}100 pasted snippets, each with its script: ${pasted.value.map((v) => `${v.toFixed(2)}×`).join(', ')}`,
  });
}
for (const name of engines) {
  const t = timings[name];
  const over = t.snippet1.passes.map((p, i) => p.median - t.static1.passes[i].median);
  goals.push({
    goal: `${name}: 1 pasted snippet ≤ static HTML + ${GOALS.snippetOverStaticMs} ms`,
    value: over.map((v) => `+${ms(v)} ms`).join(', '),
    met: over.every((v) => v <= GOALS.snippetOverStaticMs),
    detail: `medians per pass; static ${t.static1.passes.map((p) => ms(p.median)).join(', ')} ms`,
  });
}
for (const name of engines) {
  const t = timings[name].snippet1;
  // Only Chromium reports long tasks; elsewhere the whole measure bounds any task inside it,
  // which settles the goal only when it is short enough.
  const bounded = t.pooled.max <= GOALS.longTask;
  goals.push({
    goal: `${name}: 1 snippet, no long task (> ${GOALS.longTask} ms)`,
    value: t.longTasks
      ? `${t.longTasks.runsWithLongTask} of ${t.longTasks.runs} runs`
      : `longest measure ${ms(t.pooled.max)} ms`,
    met: t.longTasks ? t.longTasks.runsWithLongTask === 0 : bounded ? true : null,
    detail: t.longTasks
      ? `longest ${ms(t.longTasks.longest)} ms`
      : bounded
        ? 'no longtask entries in this engine; every whole measure was shorter'
        : 'not measured: no longtask entries in this engine, and a whole measure was longer',
  });
}
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

const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const out = [];
out.push(
  `leadership-article benchmark, ${new Date().toISOString()}: ${engines.map((e) => versions[e]).join(', ')}; ` +
    `Node ${process.version}, ${availableParallelism()} × ${cpu}`,
);
out.push(
  `Load average at the start: ${startLoad.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min); ` +
    `${passes} passes × ${runs} loads per variant and engine, interleaved, after 2 warm-up rounds.`,
);

const sizeRow = (label, s) => [label, n(s.raw), n(s.gzip), n(s.brotli)];
out.push(
  table(
    'Size (bytes; gzip level 9, brotli quality 11; floors compressed one by one, then summed)',
    ['', 'raw', 'gzip', 'brotli'],
    [
      sizeRow('dist/leadership-article.js', size.element),
      sizeRow('@lit/reactive-element alone (same rollup + terser)', size.reactiveElement),
      sizeRow("the article's HTML (articleMarkup())", size.article),
      sizeRow('the shadow stylesheet (src/stylesheet.ts)', size.stylesheet),
      sizeRow('floor: reactive-element + article', size.floor),
      ['  ratio', ...['raw', 'gzip', 'brotli'].map((k) => `${size.ratio[k].toFixed(2)}×`)],
      sizeRow('floor: reactive-element + article + stylesheet', size.floorStyled),
      ['  ratio', ...['raw', 'gzip', 'brotli'].map((k) => `${size.ratioStyled[k].toFixed(2)}×`)],
    ],
  ),
);
out.push(
  table(
    `What each module adds (source-map attribution of the same build, ${n(size.modules.total.raw)} B raw, ${n(size.modules.total.brotli)} B brotli; brotli: the whole minus the whole without it)`,
    ['module', 'raw', 'brotli added'],
    size.modules.modules.map((m) => [m.module, n(m.raw), n(m.brotliAdded)]),
  ),
);

out.push(
  table(
    `Distance to the size goal: each part's brotli bytes in the bundle (as above) against its floor; the goal allows ${n(GOALS.brotli - size.floorStyled.brotli)} B over the whole floor`,
    ['part', 'in the bundle', 'floor', 'over'],
    size.gap.map((g) => [g.part, n(g.brotli), n(g.floor), n(g.over)]),
  ),
);

const range = (s) => `${ms(s.median)} (${ms(s.q1)}–${ms(s.q3)})`;
for (const name of engines) {
  const t = timings[name];
  out.push(
    table(
      `${versions[name]}: ms from the head's start mark to every article rendered and laid out; median (IQR) per pass, then all passes: median, min–max`,
      ['', ...perPass.map((_, i) => `pass ${i + 1}`), 'all', 'min–max', 'passes agree'],
      Object.values(t).map((v) => [
        `${v.count} × ${VARIANT_LABELS[v.kind]}`,
        ...v.passes.map(range),
        ms(v.pooled.median),
        `${ms(v.pooled.min)}–${ms(v.pooled.max)}`,
        v.agree ? 'yes' : 'NO',
      ]),
    ),
  );
  const over = t.snippet1.pooled.median - t.static1.pooled.median;
  out.push(`  1 snippet over 1 static article: ${ms(over)} ms (medians of all passes)`);
}

if (timings.chromium) {
  out.push(
    table(
      `Chromium: long tasks (> ${GOALS.longTask} ms, PerformanceObserver 'longtask') overlapping the measure, all passes`,
      ['', 'runs with one', 'longest (ms)'],
      Object.values(timings.chromium).map((v) => [
        `${v.count} × ${VARIANT_LABELS[v.kind]}`,
        `${v.longTasks.runsWithLongTask} of ${v.longTasks.runs}`,
        v.longTasks.longest ? ms(v.longTasks.longest) : '—',
      ]),
    ),
  );
}
if (trace) {
  const idle = (row) =>
    row.measured - Object.entries(row).reduce((sum, [kind, v]) => (kind === 'measured' ? sum : sum + v), 0);
  const kinds = [...new Set(Object.values(trace).flatMap((row) => Object.keys(row)))].filter((k) => k !== 'measured');
  const keys = Object.keys(trace);
  out.push(
    table(
      `Chromium, 1 instance: main-thread self time by kind inside the measure (trace, median of 5 loads, ms)`,
      ['', ...keys, 'snippet − static'],
      [
        ...kinds.map((kind) => [
          kind,
          ...keys.map((k) => ms(trace[k][kind] ?? 0)),
          ms((trace.snippet1[kind] ?? 0) - (trace.static1[kind] ?? 0)),
        ]),
        [
          'no event (waiting, idle)',
          ...keys.map((k) => ms(idle(trace[k]))),
          ms(idle(trace.snippet1) - idle(trace.static1)),
        ],
        [
          'measure (start → end)',
          ...keys.map((k) => ms(trace[k].measured)),
          ms(trace.snippet1.measured - trace.static1.measured),
        ],
      ],
    ),
  );
}
if (heap) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  out.push(
    table(
      'Chromium heap growth for 100 instances after garbage collection (median of 5)',
      ['', 'JS heap', 'DOM (Blink) heap', 'total'],
      [
        [
          '100 elements',
          kb(heap.element.js.median),
          kb(heap.element.dom.median),
          kb(heap.element.js.median + heap.element.dom.median),
        ],
        [
          '100 styled static articles',
          kb(heap.static.js.median),
          kb(heap.static.dom.median),
          kb(heap.static.js.median + heap.static.dom.median),
        ],
      ],
    ),
  );
}
out.push(
  table(
    'Goals',
    ['', 'measured', 'result'],
    goals.map((g) => [
      g.goal,
      g.value,
      `${g.met === null ? 'n/a' : g.met ? 'PASS' : 'MISS'}${g.detail ? `: ${g.detail}` : ''}`,
    ]),
  ),
);
console.log(`${out.join('\n')}\n`);

if (args.json !== '-') {
  const report = {
    date: new Date().toISOString(),
    environment: {
      engines: versions,
      node: process.version,
      cpus: availableParallelism(),
      cpu,
      loadAverage: startLoad,
    },
    method: {
      runs,
      passes,
      warmup: 2,
      measure:
        "a performance mark at the end of the page's head to: DOMContentLoaded, every instance's shadow root holds its <article> (static HTML: the N articles are in the document), then a layout forced by reading document.body.offsetHeight",
      agree: "every pass's median inside every other pass's interquartile range",
      freshScript:
        'each load carries a copy of the script ending in a comment of its own, so nothing is compiled from cache',
    },
    goalsSet: GOALS,
    size,
    timings,
    trace,
    heap,
    goals,
  };
  // Formatted as `npm run lint` (prettier --check) expects the committed file to be.
  const options = { ...(await prettier.resolveConfig(args.json)), filepath: args.json };
  await writeFile(args.json, await prettier.format(JSON.stringify(report), options));
  log(`wrote ${args.json}`);
}

if (args.check && goals.some((g) => g.met === false)) process.exit(1);
