/**
 * Starting the engines the tests and the benchmark run in, all from Debian's packages (see README
 * "Browsers"). Finding them is the published command's finder, so there is one list of places.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findWebKitDriver } from 'leadership-article-check/browsers.mjs';

export { CHROMIUM_ARGS, DEBIAN_PACKAGES, findBrowsers, findWebKitDriver } from 'leadership-article-check/browsers.mjs';

/**
 * Starts Xvfb (WebKit's MiniBrowser has no headless mode) on a display it picks itself; resolves
 * with `{ display: ':N', stop }`.
 */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    xvfb.on('error', reject);
    const stop = async () => {
      if (xvfb.exitCode === null) xvfb.kill('SIGTERM');
    };
    process.once('exit', () => void stop()); // also when the caller dies of an error
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('Xvfb did not start within 10 s'));
    }, 10_000);
    xvfb.stdout.once('data', (data) => {
      clearTimeout(timer);
      resolve({ display: `:${String(data).trim()}`, stop });
    });
  });
}

/**
 * Starts WebKitWebDriver on a free port and waits for its /status; resolves with `{ port, stop }`;
 * `stop` ends the driver and the browsers it started.
 */
export async function startWebKitDriver(env = process.env) {
  const port = await new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(free));
    });
    server.on('error', reject);
  });
  // A process group of its own, so that stopping it also stops the MiniBrowser it started.
  const driver = spawn(findWebKitDriver(), [`--port=${port}`, '--host=127.0.0.1'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const stop = async () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', () => void stop()); // also when the caller dies of an error
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}
