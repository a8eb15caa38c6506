// Loaded first by the pages of test/server/encoding-pages.mjs, which are on another origin than
// the test (so they do not inherit its UTF-8): records warnings, then, once the page and its
// frames have loaded and are rendered, posts what a reader sees to the test in the parent frame.
const warnings = [];
const errors = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warnings.push(args.map(String).join(' '));
  warn(...args);
};
addEventListener('error', (event) => errors.push(String(event.message)));

/** The article as its reader sees it in `doc`: the widget's, its fallback's, or the email's text. */
async function articleIn(doc) {
  const host = doc.querySelector('leadership-article');
  if (!host) return { upgraded: false, text: doc.querySelector('table').innerText };
  if (!doc.defaultView.customElements.get('leadership-article')) return { upgraded: false, text: host.innerText };
  await host.updateComplete;
  return { upgraded: true, text: host.shadowRoot.querySelector('article').innerText };
}

/**
 * Resolves once `win`'s document is being rendered, then after its next animation frame. This
 * page is framed from another origin: the frame gets its size only when the parent lays it out,
 * which under load can come after `load`, and until then `innerText` reads the unrendered tree
 * as `textContent`, running blocks together.
 */
async function rendered(win) {
  const deadline = performance.now() + 10_000;
  while (!(win.innerWidth > 0 && win.document.documentElement.getClientRects().length > 0)) {
    if (performance.now() > deadline) throw new Error(`${win.location.pathname} was never rendered`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

addEventListener('load', async () => {
  const frame = document.querySelector('iframe');
  const doc = frame ? frame.contentDocument : document;
  try {
    await rendered(window);
    if (frame) await rendered(frame.contentWindow);
    parent.postMessage(
      {
        characterSet: document.characterSet,
        articleCharacterSet: doc.characterSet,
        ownWords: document.getElementById('own').textContent,
        ...(await articleIn(doc)),
        warnings,
        errors,
      },
      '*',
    );
  } catch (error) {
    parent.postMessage({ failed: String(error) }, '*');
  }
});
