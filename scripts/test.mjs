#!/usr/bin/env node
/**
 * `npm test`: runs the suite in every engine it finds (Chromium, Firefox, WebKit) and names the
 * ones it could not find. With CI=true a missing engine fails the run. `BROWSERS=chromium,webkit`
 * narrows the run; other arguments go to web-test-runner (e.g. `-- --files test/x.test.ts`).
 *
 * WebKit is WebKitGTK's MiniBrowser driven by WebKitWebDriver; MiniBrowser has no headless mode,
 * so without a DISPLAY this starts Xvfb for it.
 */
import { spawn } from 'node:child_process';
import { DEBIAN_PACKAGES, findBrowsers, startWebKitDriver, startXvfb } from '../tools/browsers.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const found = findBrowsers();
/** How to stop what this started (Xvfb, the WebKit driver), in start order. */
const stops = [];

const unknown = wanted.filter((name) => !(name in DEBIAN_PACKAGES));
if (unknown.length) {
  console.error(`BROWSERS: unknown ${unknown.join(', ')}; choose from ${Object.keys(DEBIAN_PACKAGES).join(', ')}.`);
  process.exit(2);
}

const missing = wanted.filter((name) => !found[name]);
for (const name of wanted) {
  console.log(
    found[name] ? `✓ ${name}: ${found[name]}` : `✗ ${name}: not found (apt-get install ${DEBIAN_PACKAGES[name]})`,
  );
}
if (missing.length && ci) {
  console.error(`CI=true and ${missing.join(', ')} not found: failing. See README "Browsers".`);
  process.exit(1);
}
const engines = wanted.filter((name) => found[name]);
if (!engines.length) {
  console.error('No browser found: nothing to test. See README "Browsers".');
  process.exit(1);
}
if (missing.length) console.warn(`Testing without ${missing.join(', ')}.`);

function stopChildren() {
  for (const stop of [...stops].reverse()) void stop();
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

const env = { ...process.env };
if (engines.includes('chromium')) env.LEADERSHIP_TEST_CHROMIUM = found.chromium;
if (engines.includes('firefox')) env.LEADERSHIP_TEST_FIREFOX = found.firefox;
if (engines.includes('webkit')) {
  if (!env.DISPLAY) {
    const xvfb = await startXvfb();
    stops.push(xvfb.stop);
    env.DISPLAY = xvfb.display;
  }
  env.LEADERSHIP_TEST_WEBKIT = found.webkit;
  const driver = await startWebKitDriver(env);
  stops.push(driver.stop);
  env.LEADERSHIP_TEST_WEBKIT_DRIVER_PORT = String(driver.port);
}

const runner = spawn(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { env, stdio: 'inherit' },
);
runner.on('exit', (code, signal) => {
  stopChildren();
  process.exit(code ?? (signal ? 1 : 0));
});
