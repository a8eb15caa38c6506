/**
 * Finding the three engines the tests run in, all from Debian's packages (see README "Browsers").
 * Shared by the test runner and the benchmark.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find(isExecutable);

const firstExecutable = (...candidates) =>
  candidates.find((file) => file && (file.includes('/') ? isExecutable(file) : false)) ??
  candidates
    .filter((file) => file && !file.includes('/'))
    .map(onPath)
    .find(Boolean);

/** WebKitGTK's WebDriver, which drives MiniBrowser. */
export const findWebKitDriver = () => firstExecutable(process.env.WEBKIT_DRIVER_PATH, 'WebKitWebDriver');

/** The path of each engine's browser binary, or undefined where it is not installed. */
export function findBrowsers() {
  return {
    chromium: firstExecutable(
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      'chromium',
      'chromium-browser',
      'google-chrome',
    ),
    firefox: firstExecutable(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', 'firefox-esr', 'firefox'),
    webkit:
      findWebKitDriver() &&
      firstExecutable(
        process.env.MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ),
  };
}

/** What to install on Debian/Ubuntu for each engine. */
export const DEBIAN_PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver xvfb',
};

/** Chromium flags for a root user on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
