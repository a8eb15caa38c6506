/**
 * The pages the benchmark times. Every variant is a whole HTML document that a reader's browser
 * parses from the top: a `start` mark in the head, the N instances in the body, and one end
 * condition for all: after DOMContentLoaded (so after deferred scripts), every instance's open
 * shadow root holds its `<article>` (for static HTML: the N articles are in the document), then a
 * synchronous layout of the whole document is forced by reading `document.body.offsetHeight`,
 * and the `end` mark is taken. Parsing, script, style and layout are inside the measure; paint is
 * not, on any side.
 */
import { scriptDataUrl } from 'leadership-article/outputs.js';

/** What each variant is, in the tables. */
export const VARIANT_LABELS = {
  snippet: 'snippet as pasted (dist/embed.html)',
  upgrade: 'fallbacks + one script',
  element: 'bare element, script inline',
  floor: 'no-framework element (floor)',
  static: 'styled static HTML (floor)',
};

/** Makes a string safe inside an inline `<script>`: no `</script`, no `<!--`. */
const scriptString = (text) => JSON.stringify(text).replace(/</g, '\\u003c');

const assertInlineSafe = (code) => {
  if (/<\/script|<!--/i.test(code)) throw new Error('the script cannot be inlined: it holds </script or <!--');
  return code;
};

/** The head shared by every timing page; `expected` is the number of articles to wait for. */
const head = (expected) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leadership-article benchmark</title>
<script>
window.__bench = { longTasks: [], errors: [] };
addEventListener('error', (event) => __bench.errors.push(String(event.message)));
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) __bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // Only Chromium has the longtask entry type.
}
function finish(ok, error) {
  const mark = (name) => performance.getEntriesByName(name)[0];
  const start = mark('start').startTime;
  const end = ok ? mark('end').startTime : undefined;
  // A long task's entry is delivered after the task ends: where there are such entries, read
  // them a little later.
  const longTasks = (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  setTimeout(() => {
    __bench.result = {
      ok: ok && !__bench.errors.length,
      error: error ? String(error) : __bench.errors.join('; ') || undefined,
      total: ok ? end - start : undefined,
      start,
      end,
      longTasks: __bench.longTasks.filter((t) => ok && t.start < end && t.start + t.duration > start),
      isolated: window.crossOriginIsolated,
    };
    __bench.done = true;
  }, longTasks ? 100 : 0);
}
addEventListener('DOMContentLoaded', async () => {
  try {
    const hosts = [...document.querySelectorAll('leadership-article, floor-article')];
    await Promise.all(hosts.map((host) => host.updateComplete));
    const rendered = hosts.length
      ? hosts.filter((host) => host.shadowRoot && host.shadowRoot.querySelector('article')).length
      : document.querySelectorAll('article').length;
    document.body.offsetHeight;
    performance.mark('end');
    finish(rendered === ${expected}, rendered === ${expected} ? undefined : rendered + ' of ${expected} rendered');
  } catch (error) {
    finish(false, error);
  }
});
performance.mark('start');
</script>
</head>
<body>
<main>
`;
const TAIL = `</main>
</body>
</html>`;

/**
 * Each run's script ends in a comment of its own: engines keep compiled scripts in memory keyed
 * by their source, and every run stands for a first visit.
 */
export const freshCode = (code, run) => `${code}\n/* run ${run} */`;

/**
 * The snippet as pasted (dist/embed.html), `count` times, as on a page listing `count` posts
 * that each carry it; only its data: script's code is made fresh for the run.
 */
export function snippetPage(snippet, bundle, count, run) {
  const pasted = snippet.replace(
    /src="data:text\/javascript[^"]*"/,
    () => `src="${scriptDataUrl(freshCode(bundle, run))}"`,
  );
  if (pasted === snippet) throw new Error('dist/embed.html holds no data: script');
  return head(count) + pasted.repeat(count) + TAIL;
}

/**
 * `count` fallbacks upgraded by one script: the snippet `count` times with the script kept in
 * the last copy only, to tell what the 99 extra copies of the script cost.
 */
export function upgradePage(snippet, bundle, count, run) {
  const pasted = snippet.replace(
    /src="data:text\/javascript[^"]*"/,
    () => `src="${scriptDataUrl(freshCode(bundle, run))}"`,
  );
  const withoutScript = snippet.replace(/<script\b[^>]*><\/script>/, '');
  if (withoutScript === snippet) throw new Error('dist/embed.html holds no empty <script src> element');
  return head(count) + withoutScript.repeat(count - 1) + pasted + TAIL;
}

/** The snippet without its element's tags and its script: the styled fallback, as pasted. */
export function fallbackOf(snippet) {
  const fallback = snippet
    .replace(/<\/?leadership-article\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*>[^<]*<\/script>/gi, '')
    .trim();
  if (/<script|leadership-article/i.test(fallback) || !/<article\b/i.test(fallback)) {
    throw new Error(
      'dist/embed.html is not <div><leadership-article>article</leadership-article><script></script></div>',
    );
  }
  return fallback;
}

/** The bare element: `count` empty tags, then the script inline (nothing waits on the network). */
export function elementPage(bundle, count, run) {
  return `${head(count)}${'<leadership-article></leadership-article>\n'.repeat(count)}<script>${assertInlineSafe(freshCode(bundle, run))}</script>
${TAIL}`;
}

/**
 * The snippet's own fallback markup (its styled article, without element or script), `count`
 * times: what the reader sees, at the least it can cost.
 */
export function staticPage(fallback, count) {
  return head(count) + `${fallback}\n`.repeat(count) + TAIL;
}

/**
 * The no-framework floor: a hand-written custom element that clones the element's shadow markup
 * into an open shadow root with the element's own stylesheet (one constructed sheet shared by
 * every instance, as Lit does), and does nothing else.
 */
export const floorScript = (markup, css) => `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${scriptString(css)});
  const template = document.createElement('template');
  template.innerHTML = ${scriptString(markup)};
  customElements.define('floor-article', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.append(template.content.cloneNode(true));
    }
  });
})();`;

export function floorPage(script, count, run) {
  return `${head(count)}${'<floor-article></floor-article>\n'.repeat(count)}<script>${assertInlineSafe(freshCode(script, run))}</script>
${TAIL}`;
}

/** One instance, to read the element's shadow markup and stylesheet for the floor. */
export function capturePage(bundle) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>capture</title></head><body>
<leadership-article></leadership-article>
<script>${assertInlineSafe(bundle)}</script>
<script>
const host = document.querySelector('leadership-article');
host.updateComplete.then(() => {
  const root = host.shadowRoot;
  const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.styleSheets];
  const css = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n');
  const markup = [...root.children].filter((node) => node.localName !== 'style').map((node) => node.outerHTML).join('');
  window.__bench = { done: true, result: { ok: !!markup && !!css, markup, css, total: 0 } };
});
</script>
</body></html>`;
}

/**
 * For heap measures: the script (loaded normally) or nothing, and `__bench.create(n)` that
 * inserts n instances (or n copies of the static markup) and resolves once they are rendered and
 * laid out.
 */
export function heapPage({ scriptUrl = undefined, markup = undefined }) {
  const create = scriptUrl
    ? `async (n) => {
  root.innerHTML = '<leadership-article></leadership-article>'.repeat(n);
  await Promise.all([...root.children].map((el) => el.updateComplete));
  if (![...root.children].every((el) => el.shadowRoot && el.shadowRoot.querySelector('article'))) throw new Error('not rendered');
  return document.body.offsetHeight;
}`
    : `async (n) => {
  root.innerHTML = ${scriptString(markup)}.repeat(n);
  return document.body.offsetHeight;
}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>heap</title></head>
<body>
<main id="root"></main>
${scriptUrl ? `<script src="${scriptUrl}"></script>` : ''}
<script>
const root = document.getElementById('root');
window.__bench = { create: ${create}, ready: true };
</script>
</body>
</html>`;
}

/**
 * dist/embed.html with every script whose address ends in `leadership-article.js` pointed at
 * `scriptUrl`, or, when there is no such script, with one appended (`defer`). Returns the
 * snippet and whether the original had its own script.
 */
export function pointSnippetAt(snippet, scriptUrl) {
  let found = false;
  const html = snippet.replace(
    /(<script\b[^>]*\bsrc\s*=\s*)(["']?)([^"'\s>]*leadership-article(?:\.min)?\.js[^"'\s>]*)\2/gi,
    (_, before, quote) => {
      found = true;
      return `${before}${quote || '"'}${scriptUrl}${quote || '"'}`;
    },
  );
  return { html: found ? html : `${html}\n<script src="${scriptUrl}" defer></script>`, hadScript: found };
}
