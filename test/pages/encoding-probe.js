// Loaded first by the pages of test/server/encoding-pages.mjs, which are on another origin than
// the test (so they do not inherit its UTF-8): records warnings, then, once the page and its
// frames have loaded, posts what a reader sees to the test in the parent frame.
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

addEventListener('load', async () => {
  const frame = document.querySelector('iframe');
  const doc = frame ? frame.contentDocument : document;
  try {
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
