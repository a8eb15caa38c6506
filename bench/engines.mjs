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
import { CHROMIUM_ARGS, findBrowsers, startWebKitDriver, startXvfb } from '../tools/browsers.mjs';

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
  const env = { ...process.env };
  const stops = [];
  try {
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      stops.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startWebKitDriver(env);
    stops.push(driver.stop);
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'silent',
      capabilities: /** @type {any} */ ({
        browserName: 'MiniBrowser',
        // Otherwise webdriverio asks for BiDi, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: executablePath, args: ['--automation'] },
      }),
    });
    stops.push(() => browser.deleteSession().catch(() => {}));
    await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
    const capabilities = /** @type {Record<string, string>} */ (browser.capabilities);
    return {
      name: 'webkit',
      version: `WebKitGTK MiniBrowser ${capabilities.browserVersion ?? ''}`.trim(),
      page: undefined,
      async load(url, timeout = 60_000) {
        await browser.url(url);
        return poll(() => browser.execute(readResult), url, timeout);
      },
      async close() {
        for (const stop of stops.reverse()) await stop();
      },
    };
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
