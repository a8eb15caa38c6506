/**
 * What every site builder of the platform suite shares: where outputs go, how a page is saved
 * for the browser tests, how processes run.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withLocalScript } from '../local-script.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SUITE = join(ROOT, 'test/platforms');
/** Everything the suite builds (git-ignored); the test server serves it under /test/platforms/out/. */
export const OUT = join(SUITE, 'out');

/** The URL path at which the test server serves a file under the project root. */
export const urlPathOf = (file) => `/${relative(ROOT, file).split('\\').join('/')}`;

/** The generated outputs, read at run time so the suite tests whatever the build made. */
export const dist = (path) => readFile(join(ROOT, 'dist', path), 'utf8');

export { INTRO } from '../intro.mjs';

/**
 * Loaded first by every saved page when scripts run: records console warnings and errors, and
 * keeps each shadow root as it is attached, so a test can reach one that is closed.
 */
export const PROBE = '<script src="/test/support/pages/recorder.js"></script>';

/**
 * Saves a platform's page for the browser tests: the probe first in <head>, the snippet's
 * script served locally. Returns the page's URL path.
 */
export async function savePage(file, html) {
  const withProbe = html.replace(/<head\b[^>]*>/i, (head) => `${head}\n${PROBE}`);
  if (withProbe === html) throw new Error(`${relative(ROOT, file)}: no <head> to put the probe in`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, withLocalScript(withProbe));
  return urlPathOf(file);
}

/** A whole page around a fragment, for tools that output fragments (markdown-it, the HTML accidents). */
export const pageAround = (title, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const execFileAsync = promisify(execFile);

const started = new Set();
// A suite stopped half-way (Ctrl-C, a failed build) must not leave a database or server behind:
// each child runs in its own process group (mariadb-install-db starts helpers), killed whole.
process.once('exit', () => {
  for (const child of started) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function track(child) {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/**
 * Runs a command to completion; rejects with its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileOptions & { input?: string }} [options]
 */
export async function run(command, args, options = {}) {
  const { input, ...rest } = options;
  // `detached` reaches spawn (execFile passes its options on), so the whole group can be stopped.
  const spawnOptions = /** @type {import('node:child_process').ExecFileOptions} */ ({
    maxBuffer: 64 << 20,
    detached: true,
    ...rest,
  });
  const child = execFileAsync(command, args, spawnOptions);
  track(child.child);
  if (input !== undefined) {
    child.child.stdin.end(input);
  }
  try {
    return String((await child).stdout);
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new Error(`${command} not found: see README, "Platform suite", for the packages`, { cause: error });
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`, {
      cause: error,
    });
  }
}

/** Starts a long-running process (output discarded); it is stopped when this process exits, if not before. */
export function start(command, args, options = {}) {
  return track(spawn(command, args, { stdio: 'ignore', detached: true, ...options }));
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Polls `probe` (an async function) until it resolves truthy; fails naming `what`. */
export async function until(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
