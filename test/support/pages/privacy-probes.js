// Loaded before the widget: records every cookie, storage, network and font API the page touches,
// as `window.recorded.touched`.
window.recorded.touched = [];
const touched = (what) => window.recorded.touched.push(what);

function watchGetter(target, name) {
  const descriptor = Object.getOwnPropertyDescriptor(target, name);
  if (!descriptor?.get) return;
  Object.defineProperty(target, name, {
    ...descriptor,
    get() {
      touched(name);
      return descriptor.get.call(this);
    },
    ...(descriptor.set && {
      set(value) {
        touched(name);
        descriptor.set.call(this, value);
      },
    }),
  });
}
function watchMethod(target, name) {
  const original = target?.[name];
  if (typeof original !== 'function') return;
  target[name] = function (...args) {
    touched(name);
    return original.apply(this, args);
  };
}

watchGetter(Document.prototype, 'cookie');
for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) watchGetter(window, name);
for (const name of ['fetch', 'WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'FontFace'])
  watchMethod(window, name);
watchMethod(navigator, 'sendBeacon');
watchMethod(XMLHttpRequest.prototype, 'open');
watchMethod(document.fonts, 'load');
watchMethod(document.fonts, 'add');
