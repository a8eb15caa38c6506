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
import { createServer } from 'node:net';
import { DEBIAN_PACKAGES, findBrowsers, findWebKitDriver } from '../tools/browsers.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const found = findBrowsers();
const children = [];

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
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a display number it picks itself, and resolves with `:N`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
    setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000).unref();
  });
}

async function startWebKitDriver(env) {
  const port = await freePort();
  const driver = spawn(findWebKitDriver(), [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  children.push(driver);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}

const env = { ...process.env };
if (engines.includes('chromium')) env.LEADERSHIP_TEST_CHROMIUM = found.chromium;
if (engines.includes('firefox')) env.LEADERSHIP_TEST_FIREFOX = found.firefox;
if (engines.includes('webkit')) {
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  env.LEADERSHIP_TEST_WEBKIT = found.webkit;
  env.LEADERSHIP_TEST_WEBKIT_DRIVER_PORT = String(await startWebKitDriver(env));
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
