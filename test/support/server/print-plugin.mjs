/**
 * @web/test-runner server commands for the browser's own reading features:
 * - `print-text`: the test page printed to PDF by the browser itself, as a reader's "Print →
 *   Save as PDF" does, then turned into text by pdftotext (Debian's poppler-utils). Puppeteer
 *   prints Chromium (CDP) and Firefox (WebDriver BiDi); WebKit through WebDriver's Print Page
 *   command, where its driver has it.
 *     await executeServerCommand('print-text') // → { text, pages } or { error }
 * - `shortcut` { key }: the key pressed with Control held, as a reader types Ctrl+V (the runner's
 *   own `sendKeys` cannot hold a key down in WebKit's driver).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const PRINT_COMMAND = 'print-text';
export const SHORTCUT_COMMAND = 'shortcut';
/** WebDriver's code for the Control key. */
const WEBDRIVER_CONTROL = '\uE009';

async function shortcut(launcher, id, key) {
  if (typeof launcher.getPage === 'function') {
    const { keyboard } = launcher.getPage(id);
    await keyboard.down('Control');
    await keyboard.press(key);
    await keyboard.up('Control');
  } else {
    // Held until the end of the sequence, then released.
    await launcher.driver.keys([WEBDRIVER_CONTROL, key.replace(/^Key/, '').toLowerCase()]);
  }
  return true;
}

async function pdfOf(launcher, id) {
  if (typeof launcher.getPage === 'function') {
    const page = launcher.getPage(id);
    // An earlier test file's emulated media (`emulateMedia({ media: 'screen' })`) stays on the
    // page and would print it with screen styles; printing uses print media once reset. Only
    // Chromium's protocol emulates media here.
    if (/^Chrom/.test(launcher.name)) await page.emulateMediaType(null);
    return Buffer.from(await page.pdf({ format: 'A4' }));
  }
  if (launcher.driver) return Buffer.from(await launcher.driver.printPage(), 'base64');
  throw new Error(`${launcher.name} cannot print`);
}

export function printPlugin() {
  return {
    name: 'leadership-article-print',
    async executeCommand({ command, payload, session }) {
      if (command === SHORTCUT_COMMAND) return shortcut(session.browser, session.id, payload.key);
      if (command !== PRINT_COMMAND) return undefined;
      const folder = await mkdtemp(join(tmpdir(), 'leadership-article-print-'));
      try {
        const pdf = join(folder, 'page.pdf');
        await writeFile(pdf, await pdfOf(session.browser, session.id));
        const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
        return { text: stdout, pages: stdout.split('\f').length - 1 };
      } catch (error) {
        return { error: `${command}: ${String(error).split('\n')[0]}` };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
