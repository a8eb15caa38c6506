/**
 * A @web/test-runner server command, `screenshot`: a PNG of the test page's viewport as the
 * browser painted it, base64, for tests that must look at pixels (a text decoration propagated
 * from the host page shows in no computed style). Puppeteer drives Chromium and Firefox,
 * WebKitWebDriver drives WebKit.
 *
 *   await executeServerCommand('screenshot') // → { png: 'iVBOR…' } or { error }
 */
export const SCREENSHOT_COMMAND = 'screenshot';

export function screenshotPlugin() {
  return {
    name: 'leadership-article-screenshot',
    async executeCommand({ command, session }) {
      if (command !== SCREENSHOT_COMMAND) return undefined;
      const launcher = session.browser;
      try {
        if (typeof launcher.getPage === 'function') {
          return { png: await launcher.getPage(session.id).screenshot({ encoding: 'base64' }) };
        }
        const driver = launcher.driver;
        if (driver) return { png: await driver.takeScreenshot() };
        return { error: `${command}: ${launcher.name} cannot take screenshots` };
      } catch (error) {
        return { error: `${command}: ${error}` };
      }
    },
  };
}
