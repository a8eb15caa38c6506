/** Runs the CLI as a user does (the bin, in a child process); resolves with its exit code and output. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const bin = fileURLToPath(new URL('../bin/leadership-article.mjs', import.meta.url));

/**
 * Tests judge verdicts, not speed: unless a test sets its own, `check` gets two minutes a page,
 * which a CI machine under load needs where 30 s (the default) is plenty for a reader's.
 */
const withTimeout = (args) =>
  args[0] === 'check' && !args.includes('--timeout') ? [...args, '--timeout', '120'] : args;

export const run = (args, env = {}) =>
  promisify(execFile)(process.execPath, [bin, ...withTimeout(args)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    ({ code, stdout, stderr }) => ({ code, stdout, stderr }),
  );
