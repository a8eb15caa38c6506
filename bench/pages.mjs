/**
 * The pages the benchmark loads. Each timing page does its work while the HTML parser runs it,
 * records `performance` marks and sets `window.__bench.done`.
 *
 * "Rendered", the end condition of both sides, is the same: the N articles are in the document
 * (for the element: every instance's open shadow root holds its `<article>`), then a synchronous
 * layout of the whole document is forced by reading `document.body.offsetHeight`, and the `end`
 * mark is taken right after it. Style and layout are thus inside the measure; paint is not, on
 * either side.
 */

/** Makes a string safe inside an inline `<script>`: no `</script`, no `<!--`. */
const scriptString = (text) => JSON.stringify(text).replace(/</g, '\\u003c');

const HEAD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leadership-article benchmark</title>
<script>
window.__bench = { longTasks: [], shifts: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    __bench.shifts.push({
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      time: e.startTime,
      sources: (e.sources || []).map((s) => ({
        node: s.node ? (s.node.id ? s.node.localName + '#' + s.node.id : s.node.localName || s.node.nodeName) : null,
        previous: [s.previousRect.y, s.previousRect.height],
        current: [s.currentRect.y, s.currentRect.height],
      })),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
</script>
</head>`;

const FINISH = `
function finish(ok, error) {
  const measure = (from, to) => performance.measure(from + '-' + to, from, to).duration;
  __bench.result = {
    ok,
    error: error ? String(error) : undefined,
    total: ok ? measure('start', 'end') : undefined,
    script: performance.getEntriesByName('defined').length ? measure('start', 'defined') : undefined,
    start: performance.getEntriesByName('start')[0].startTime,
    end: ok ? performance.getEntriesByName('end')[0].startTime : undefined,
    isolated: window.crossOriginIsolated,
  };
  __bench.done = true;
}`;

const assertInlineSafe = (code) => {
  if (/<\/script|<!--/i.test(code)) throw new Error('the script cannot be inlined: it holds </script or <!--');
  return code;
};

/**
 * `count` instances of the element, from script start: the script itself inline (so nothing
 * here waits on the network: a `start` mark, then the script element, which is parsed,
 * compiled and run), then `count` tags inserted with one `innerHTML`, then their first render.
 */
export function elementPage(bundle, count) {
  return `${HEAD}
<body>
<main id="root"></main>
<script>const TAGS = ${scriptString('<leadership-article></leadership-article>'.repeat(count))};</script>
<script>performance.mark('start');</script>
<script>${assertInlineSafe(bundle)}</script>
<script>
${FINISH}
performance.mark('defined');
const root = document.getElementById('root');
root.innerHTML = TAGS;
const elements = [...root.children];
Promise.all(elements.map((el) => el.updateComplete)).then(() => {
  const ok = elements.length === ${count} && elements.every((el) => el.shadowRoot && el.shadowRoot.querySelector('article'));
  document.body.offsetHeight;
  performance.mark('end');
  finish(ok);
}, (error) => finish(false, error));
</script>
</body>
</html>`;
}

/**
 * The limit: the same article `count` times as static HTML (articleMarkup(), no script, no
 * styles), inserted with one `innerHTML` from script start. `articles` is the number of
 * `<article>` elements one copy holds.
 */
export function staticPage(markup, count, articles = 1) {
  return `${HEAD}
<body>
<main id="root"></main>
<script>const MARKUP = ${scriptString(markup.repeat(count))};</script>
<script>
${FINISH}
performance.mark('start');
const root = document.getElementById('root');
root.innerHTML = MARKUP;
const ok = root.querySelectorAll('article').length === ${count * articles};
document.body.offsetHeight;
performance.mark('end');
finish(ok);
</script>
</body>
</html>`;
}

/**
 * For heap snapshots: the script (loaded normally) or nothing, and `__bench.create(n)` that
 * inserts n instances (or n copies of the static markup) and resolves once they are rendered
 * and laid out.
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
  return `${HEAD}
<body>
<main id="root"></main>
${scriptUrl ? `<script src="${scriptUrl}"></script>` : ''}
<script>
const root = document.getElementById('root');
__bench.create = ${create};
__bench.ready = true;
</script>
</body>
</html>`;
}

const HOST_TEXT =
  'Text of the host page that follows the embed, long enough to fill a few lines at any width, ' +
  'so that any change in the height of the embed moves a sizeable area of the page, as a real ' +
  'blog post would, and the layout-shift score says so.';

/**
 * A host page holding the embed snippet between two paragraphs. `snippet` is dist/embed.html
 * with its script's address already pointed at a late answer.
 */
export function latePage(snippet) {
  return `${HEAD}
<body>
<p>A paragraph of the host page, above the embed.</p>
${snippet}
<section id="below">
<h2>More of the host page</h2>
<p>${HOST_TEXT}</p>
<p>${HOST_TEXT}</p>
</section>
<script>
__bench.before = document.querySelector('leadership-article').getBoundingClientRect().height;
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
