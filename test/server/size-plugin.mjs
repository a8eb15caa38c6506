/**
 * A @web/test-runner server command, `file-size`: the raw, gzip and brotli byte counts of a
 * built file under dist/, for the size budget (test/size-budget.test.ts). Browsers have no
 * brotli encoder, so the counting happens here, with the same settings as `npm run bench`.
 *
 *   await executeServerCommand('file-size', { path: 'dist/leadership-article.js' })
 *   // → { path: 'dist/leadership-article.js', raw, gzip, brotli }
 *
 * `path` is relative to the project root and must name a file inside dist/: anything else
 * (`..`, an absolute path, a symbolic link leading out) is refused, as is a missing file, with
 * `{ path, error }` (an answer rather than a throw, which the runner would log as a crash).
 */
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { sizes } from '../../bench/compress.mjs';

export const FILE_SIZE_COMMAND = 'file-size';

/** @param {{ root?: string }} [options] the project root (default: the working directory) */
export function sizePlugin({ root = process.cwd() } = {}) {
  return {
    name: 'leadership-article-file-size',
    async executeCommand({ command, payload }) {
      if (command !== FILE_SIZE_COMMAND) return undefined;
      const path = payload?.path;
      const refuse = (reason) => ({ path, error: `${command}: ${path} ${reason}` });
      if (typeof path !== 'string' || !path) return refuse('is not a file path');
      const dist = await realpath(resolve(root, 'dist')).catch(() => undefined);
      if (!dist) return refuse('cannot be measured: there is no dist/ (build first)');
      const inside = (file) => {
        const rest = relative(dist, file);
        return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
      };
      const requested = resolve(root, path);
      if (!inside(requested)) return refuse('is outside dist/');
      const file = await realpath(requested).catch(() => undefined);
      if (!file) return refuse('does not exist (build first)');
      if (!inside(file)) return refuse('is outside dist/');
      return { path, ...sizes(await readFile(file)) };
    },
  };
}
