/**
 * The timing runs, in any engine of bench/engines.mjs, and Chromium's extras: where the main
 * thread's time goes (a trace), and heap growth.
 */
import {
  capturePage,
  elementPage,
  floorPage,
  floorScript,
  heapPage,
  snippetPage,
  staticPage,
  upgradePage,
} from './pages.mjs';

/** Median, quartiles, min and max of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (position - low);
  };
  return { median: at(0.5), q1: at(0.25), q3: at(0.75), min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** The element's shadow markup and stylesheet as one instance renders them, for the floor. */
export async function captureFloor(engine, server, bundle) {
  const result = await engine.load(server.page('/bench/capture.html', capturePage(bundle)));
  if (!result.ok) throw new Error('could not read the element’s shadow markup and stylesheet');
  return floorScript(result.markup, result.css);
}

/** The variants at each count (the fifth, one script for many fallbacks, above one instance), as `{ key, kind, count, url(run) }`. */
export function variants(server, { snippet, bundle, fallback, floor, counts }) {
  const list = [];
  for (const count of counts) {
    const make = {
      snippet: (run) => snippetPage(snippet, bundle, count, run),
      ...(count > 1 ? { upgrade: (run) => upgradePage(snippet, bundle, count, run) } : {}),
      element: (run) => elementPage(bundle, count, run),
      floor: (run) => floorPage(floor, count, run),
      static: () => staticPage(fallback, count),
    };
    for (const [kind, page] of Object.entries(make)) {
      const key = `${kind}${count}`;
      list.push({ key, kind, count, url: (run) => server.page(`/bench/${key}-${run}.html`, () => page(run)) });
    }
  }
  return list;
}

let runId = 0;

/**
 * Every variant `runs` times, interleaved: each round loads every variant once, in an order that
 * rotates from round to round, after `warmup` rounds that are not counted.
 */
export async function measureTimings(engine, list, { runs, warmup, log }) {
  const samples = Object.fromEntries(list.map((v) => [v.key, []]));
  for (let round = -warmup; round < runs; round += 1) {
    const order = list.map((_, i) => list[(i + Math.max(round, 0)) % list.length]);
    for (const variant of order) {
      runId += 1;
      const result = await engine.load(variant.url(runId));
      if (!result.ok)
        throw new Error(`${engine.name} ${variant.key}: not rendered (${result.error ?? 'check failed'})`);
      if (round >= 0) samples[variant.key].push(result);
    }
    if (round >= 0 && (round === runs - 1 || (round + 1) % 5 === 0))
      log?.(`${engine.name}: round ${round + 1}/${runs}`);
  }
  const out = {};
  for (const variant of list) {
    const results = samples[variant.key];
    const tasks = results.flatMap((r) => r.longTasks.map((t) => t.duration));
    out[variant.key] = {
      kind: variant.kind,
      count: variant.count,
      total: stats(results.map((r) => r.total)),
      longTasks:
        engine.name === 'chromium'
          ? {
              runsWithLongTask: results.filter((r) => r.longTasks.length).length,
              runs: results.length,
              count: tasks.length,
              longest: tasks.length ? Math.max(...tasks) : 0,
            }
          : undefined,
      isolated: results.every((r) => r.isolated),
      samples: results.map((r) => r.total),
    };
  }
  return out;
}

/** Chromium trace events, by what they are spent on. */
/** @type {[string, RegExp][]} */
const KINDS = [
  ['compile', /compile|deserialize|produceCache|v8\.parse|V8\.Parse|ScriptStreamer/i],
  [
    'style',
    /recalcStyle|UpdateLayoutTree|RecalculateStyles|rebuildLayoutTree|CSSParser|StyleEngine|updateStyle|AdoptedStyleSheet/i,
  ],
  ['layout', /Layout|Shape|InlineNode|PrePaint/],
  [
    'script',
    /^(v8\.|V8\.)|EvaluateScript|FunctionCall|RunMicrotasks|CustomElement|ScriptRunner|EventDispatch|TimerFire|AsyncTask/,
  ],
  ['html parsing', /ParseHTML|HTMLDocumentParser|Tokeniz|TextResourceDecoder/],
  ['loading', /Resource|DocumentLoader|Loader/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/**
 * Self time of the renderer main thread's trace events between the page's `start` and `end`
 * marks, by kind: each event's own time, its children's taken out, so nothing counts twice.
 */
function breakdown(trace) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace);
  const marks = events.filter((e) => /user_timing/.test(e.cat) && (e.name === 'start' || e.name === 'end'));
  const start = marks.find((e) => e.name === 'start');
  const end = marks.find((e) => e.name === 'end');
  if (!start || !end) throw new Error('the trace holds no start/end marks');
  const { pid, tid } = events.find((e) => e.name === 'ParseHTML' && e.pid === start.pid) ?? start;
  const spans = [];
  const open = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, from: e.ts, to: e.ts + e.dur });
    else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e.ts]);
    else if (e.ph === 'E' && open.get(e.name)?.length)
      spans.push({ name: e.name, from: open.get(e.name).pop(), to: e.ts });
  }
  const from = start.ts;
  const to = end.ts;
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const self = {};
  const stack = [];
  const credit = (span, amount) => {
    const kind = kindOf(span.name);
    self[kind] = (self[kind] ?? 0) + amount;
  };
  // Walk the spans as a tree: a span's self time is its clipped length minus its children's.
  const clip = (span) => Math.max(0, Math.min(span.to, to) - Math.max(span.from, from));
  const own = spans.map((span) => ({ ...span, own: clip(span) }));
  for (const span of own) {
    while (stack.length && stack.at(-1).to <= span.from) stack.pop();
    if (stack.length) stack.at(-1).own -= span.own;
    stack.push(span);
  }
  for (const span of own) if (span.own > 0) credit(span, span.own);
  return { ...Object.fromEntries(Object.entries(self).map(([k, v]) => [k, v / 1000])), measured: (to - from) / 1000 };
}

/** Where the main thread's time goes for each variant, in Chromium: `runs` traced loads each. */
export async function traceBreakdowns(engine, list, { runs, log }) {
  const out = {};
  for (const variant of list) {
    const rows = [];
    for (let i = 0; i < runs; i += 1) {
      runId += 1;
      const url = variant.url(runId);
      await engine.page.tracing.start({
        categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading'],
      });
      let trace;
      try {
        await engine.load(url);
      } finally {
        trace = await engine.page.tracing.stop();
      }
      rows.push(breakdown(Buffer.from(trace).toString('utf8')));
    }
    const kinds = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    out[variant.key] = Object.fromEntries(kinds.map((kind) => [kind, stats(rows.map((row) => row[kind] ?? 0)).median]));
    log?.(`chromium trace: ${variant.key}`);
  }
  return out;
}

const heapUsage = async (cdp) => {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
};

/**
 * Heap growth from creating `count` instances (or `count` copies of the styled fallback), after
 * garbage collection on both sides: V8's JS heap and Blink's (DOM) heap, in Chromium.
 */
export async function measureHeap(engine, server, { fallback, count, runs, log }) {
  const pages = {
    element: server.page('/bench/heap-element.html', heapPage({ scriptUrl: '/dist/leadership-article.js' })),
    static: server.page('/bench/heap-static.html', heapPage({ markup: fallback })),
  };
  const samples = { element: [], static: [] };
  const cdp = await engine.page.createCDPSession();
  for (let run = 0; run < runs; run += 1) {
    for (const key of run % 2 ? ['static', 'element'] : ['element', 'static']) {
      await engine.page.goto(pages[key], { waitUntil: 'load' });
      const before = await heapUsage(cdp);
      await engine.page.evaluate((n) => window.__bench.create(n), count);
      const after = await heapUsage(cdp);
      samples[key].push({
        js: after.usedSize - before.usedSize,
        dom: after.embedderHeapUsedSize - before.embedderHeapUsedSize,
      });
    }
  }
  log?.('chromium heap');
  return Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [
      key,
      { count, js: stats(list.map((s) => s.js)), dom: stats(list.map((s) => s.dom)) },
    ]),
  );
}
