/**
 * The three engines the benchmark times, behind one interface: `load(url)` navigates the one tab
 * and resolves with the page's `window.__bench.result` once the page sets `__bench.done`.
 * Chromium and Firefox through puppeteer-core (Firefox over WebDriver BiDi), WebKit (WebKitGTK's
 * MiniBrowser) through WebKitWebDriver and webdriverio, under Xvfb when there is no display.
 * Not tachometer: it drives browsers through selenium-webdriver with a downloaded geckodriver
 * (none here: no network) and has no WebKitGTK support.
 */
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, findBrowsers, startWebKitDriver, startXvfb } from '../scripts/browsers.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read()` every 20 ms until it returns something other than null. */
async function poll(read, what, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not done within ${timeout} ms`);
    await sleep(20);
  }
}

/** Runs in the page: its result once it is done, else null. */
const readResult = () => {
  const bench = /** @type {any} */ (globalThis).__bench;
  return bench && bench.done ? bench.result : null;
};

async function puppeteerEngine(name, executablePath) {
  const browser = await puppeteer.launch(
    name === 'firefox'
      ? { browser: 'firefox', executablePath, headless: true }
      : { executablePath, headless: true, args: CHROMIUM_ARGS },
  );
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return {
    name,
    version: await browser.version(),
    page, // Chromium's extras (trace, heap) use it
    async load(url, timeout = 60_000) {
      await page.goto(url, { waitUntil: 'load', timeout });
      return poll(() => page.evaluate(readResult), url, timeout);
    },
    close: () => browser.close(),
  };
}

async function webkitEngine(executablePath) {
  const stops = [];
  try {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      stops.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startWebKitDriver(env);
    stops.push(driver.stop);
    // On a busy machine MiniBrowser sometimes never answers a new-session request: give up on it
    // after a minute and ask again, once.
    const session = async (attempt = 1) => {
      const browser = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        logLevel: 'silent',
        connectionRetryTimeout: 60_000,
        connectionRetryCount: 0,
        capabilities: /** @type {any} */ ({
          browserName: 'MiniBrowser',
          // Otherwise webdriverio asks for BiDi, which WebKitWebDriver refuses.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: executablePath, args: ['--automation'] },
        }),
      }).catch((error) => {
        if (attempt > 1) throw error;
        return session(attempt + 1);
      });
      await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
      return browser;
    };
    let browser = await session();
    const capabilities = /** @type {Record<string, string>} */ (browser.capabilities);
    const engine = {
      name: 'webkit',
      version: `WebKitGTK MiniBrowser ${capabilities.browserVersion ?? ''}`.trim(),
      page: undefined,
      /** MiniBrowser sessions that ended under the benchmark and were started again. */
      restarts: 0,
      async load(url, timeout = 60_000) {
        try {
          await browser.url(url);
          return await poll(() => browser.execute(readResult), url, timeout);
        } catch (error) {
          // MiniBrowser now and then quits under a long series of loads ("invalid session id"):
          // start a new session and load the page again, once.
          if (!/invalid session id|session deleted|not reachable/i.test(String(error))) throw error;
          engine.restarts += 1;
          await browser.deleteSession().catch(() => {});
          browser = await session();
          await browser.url(url);
          return poll(() => browser.execute(readResult), url, timeout);
        }
      },
      async close() {
        await browser.deleteSession().catch(() => {});
        for (const stop of stops.reverse()) await stop();
      },
    };
    return engine;
  } catch (error) {
    for (const stop of stops.reverse()) await stop();
    throw error;
  }
}

/** Starts one engine; throws, naming the Debian package, when it is not installed. */
export async function openEngine(name) {
  const found = findBrowsers();
  if (!found[name]) throw new Error(`${name} not found: see README "Browsers"`);
  return name === 'webkit' ? webkitEngine(found.webkit) : puppeteerEngine(name, found[name]);
}
