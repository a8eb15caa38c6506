/**
 * @web/test-runner in Chromium, Firefox and WebKit, all Debian's builds. Run through
 * `npm test` (scripts/test.mjs), which finds the engines and starts WebKit's driver; it passes
 * them here as LEADERSHIP_TEST_* variables.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './tools/browsers.mjs';
import { encodingPagesMiddleware } from './test/support/server/encoding-pages.mjs';
import { testPageMiddleware } from './test/support/server/middleware.mjs';
import { staticSitesMiddleware } from './test/support/server/static-sites.mjs';
import { feedReadersPlugin } from './test/support/server/feed-plugin.mjs';
import { pastePlugin } from './test/support/server/paste-plugin.mjs';
import { sanitizeHtmlPlugin } from './test/support/server/sanitize-plugin.mjs';
import { printPlugin } from './test/support/server/print-plugin.mjs';
import { screenshotPlugin } from './test/support/server/screenshot-plugin.mjs';
import { platformResultsPlugin } from './test/platforms/results-plugin.mjs';
import { summaryReporter } from './test/support/server/summary-reporter.mjs';
import { siteMirrorMiddleware, sitePlugin } from './test/support/server/site-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

const env = process.env;
const browsers = [];

if (env.LEADERSHIP_TEST_CHROMIUM) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: env.LEADERSHIP_TEST_CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  );
}
if (env.LEADERSHIP_TEST_FIREFOX) {
  // Firefox through puppeteer-core over WebDriver BiDi.
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: env.LEADERSHIP_TEST_FIREFOX, headless: true },
    }),
  );
}
if (env.LEADERSHIP_TEST_WEBKIT) {
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(env.LEADERSHIP_TEST_WEBKIT_DRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Otherwise webdriverio asks for BiDi, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: env.LEADERSHIP_TEST_WEBKIT, args: ['--automation'] },
      },
    }),
  );
}

/**
 * TypeScript for the tests and src/, but hands off the shipped bundle and the test pages: with a
 * fixed target the esbuild plugin would otherwise re-transpile every .js file and inline script,
 * and the browsers would not run the file we ship.
 */
function typescriptOnly() {
  const plugin = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' });
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => {
    const untouched =
      context.path.startsWith('/dist/') ||
      context.path.startsWith('/test/support/pages/') ||
      // The platform suite's pages and the platforms' own scripts (WordPress's, the editors').
      context.path.startsWith('/test/platforms/out/') ||
      context.path.startsWith('/node_modules/tinymce/') ||
      context.path.startsWith('/node_modules/ckeditor5/') ||
      context.response.is('html');
    return untouched ? undefined : transform(context);
  };
  return plugin;
}

export default {
  // Ghost's pages need a 15-minute install first: `npm run test:ghost` names its files itself.
  files: ['test/**/*.test.ts', '!test/platforms/ghost*.test.ts'],
  // Test against Lit's production build, as the bundle ships it.
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  // One test page per browser at a time (the three browsers run in parallel): a second page
  // would be a background tab, where Chromium runs no animation frames and keyboard focus is
  // unreliable, and WebKit's launcher would switch to iframes, where its driver cannot send keys.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000, ...(env.TEST_GREP ? { grep: env.TEST_GREP } : {}) } },
  middleware: [testPageMiddleware, encodingPagesMiddleware, siteMirrorMiddleware, staticSitesMiddleware],
  plugins: [
    typescriptOnly(),
    sanitizeHtmlPlugin(),
    pastePlugin(),
    feedReadersPlugin(),
    platformResultsPlugin(),
    screenshotPlugin(),
    printPlugin(),
    sitePlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
