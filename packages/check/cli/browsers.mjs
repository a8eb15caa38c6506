/**
 * Where the browsers are: Chromium for `check`, and the three engines (Chromium, Firefox ESR,
 * WebKitGTK's MiniBrowser with its WebDriver) for the element's tests, benchmark and scripts.
 * It lives in this package because the published command needs it and may import nothing from
 * the repository's dev tooling; that tooling imports it from here (tools/browsers.mjs).
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

/**
 * The variable's path when it is set (undefined if that is not an executable: a wrong setting
 * is not silently replaced), else the first executable of `paths`, else of `names` on PATH.
 */
function find({ variable, paths = [], names = [] }, env) {
  if (variable && env[variable]) return isExecutable(env[variable]) ? env[variable] : undefined;
  const onPath = names.flatMap((name) => (env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)));
  return [...paths, ...onPath].find(isExecutable);
}

/** Where each program is looked for, by the variable that overrides the search. */
export const LOCATIONS = {
  chromium: {
    variable: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ],
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  },
  firefox: { variable: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr'], names: ['firefox-esr', 'firefox'] },
  webkitDriver: { variable: 'WEBKIT_DRIVER_PATH', names: ['WebKitWebDriver'] },
  webkit: {
    variable: 'MINIBROWSER_PATH',
    paths: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
  },
};

/** Chrome or Chromium, or undefined. `paths` replaces the usual install paths (for tests). */
export const findChromium = (env = process.env, paths = LOCATIONS.chromium.paths) =>
  find({ ...LOCATIONS.chromium, paths }, env);

/** WebKitGTK's WebDriver, which drives MiniBrowser. */
export const findWebKitDriver = (env = process.env) => find(LOCATIONS.webkitDriver, env);

/** The path of each engine's browser binary, or undefined where it is not installed. */
export function findBrowsers(env = process.env) {
  return {
    chromium: findChromium(env),
    firefox: find(LOCATIONS.firefox, env),
    webkit: findWebKitDriver(env) && find(LOCATIONS.webkit, env),
  };
}

/** What to install on Debian/Ubuntu for each engine. */
export const DEBIAN_PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver xvfb',
};

/** Chromium flags for a closed network; no sandbox only as root, where it cannot start. */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
