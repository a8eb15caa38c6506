/**
 * Raw, gzip and brotli byte counts, with the settings a CDN serves at best: gzip level 9,
 * brotli quality 11. Shared by `npm run bench` and the test suite's size budget
 * (test/bundle.test.mjs), so both count the same bytes.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {string | Buffer} content */
export function sizes(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}
