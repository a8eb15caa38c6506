// Loaded first by every page the platform suite saves (see sites/common.mjs), when scripts run:
// records console warnings and errors for the test in the parent frame, and keeps every shadow
// root as it is attached, so the test can measure the widget's article even in a closed root.
window.platformProbe = { warnings: [], errors: [], roots: new Map() };
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.platformProbe[level === 'warn' ? 'warnings' : 'errors'].push(args.map(String).join(' '));
    original(...args);
  };
}
addEventListener('error', (event) => window.platformProbe.errors.push(String(event.message)));
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  window.platformProbe.roots.set(this, root);
  return root;
};
