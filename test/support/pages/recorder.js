// Loaded first by test pages (an external file, so it also runs under a strict CSP): records what
// the page under test reports, for the test in the parent frame to read as `window.recorded`; the
// test server appends the check command's shadow-root recorder (test/support/server/middleware.mjs).
window.recorded = { warnings: [], errors: [], violations: [] };
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.recorded[level === 'warn' ? 'warnings' : 'errors'].push(args.map(String).join(' '));
    original(...args);
  };
}
addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
