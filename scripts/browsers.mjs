/**
 * Finding the three engines the tests run in, all from Debian's packages (see README "Browsers").
 * Shared by the test runner and the benchmark.
 */
import { accessSync, constants } from 'node:fs';
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
