#!/usr/bin/env node
/**
 * The last step of `npm run build`: fails if a shipped script or page (dist/, lib/) holds a byte
 * outside ASCII. A script with no declared charset (the snippet's data: URL, a file served
 * without one) is decoded in the host page's encoding, so only ASCII reads the same on every page;
 * the generated HTML is pasted into pages of any encoding too. Source maps are left out: they are
 * JSON, read as UTF-8 by every tool.
 *
 * Usage: node scripts/check-ascii.mjs [folder or file ...] (default: dist lib)
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const SHIPPED = /\.(?:m?js|cjs|html)$/;

/** Every shipped file under `path` (or `path` itself). */
async function* shippedFiles(path) {
  if (!(await stat(path)).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* shippedFiles(child);
    else if (SHIPPED.test(entry.name)) yield child;
  }
}

/**
 * Where `bytes` first leave ASCII, with the line and the text around it, or `undefined`.
 *
 * @param {Uint8Array} bytes
 * @returns {{ offset: number, byte: number, line: number, context: string } | undefined}
 */
export function firstNonAscii(bytes) {
  const offset = bytes.findIndex((byte) => byte > 0x7f);
  if (offset < 0) return undefined;
  const before = Buffer.from(bytes.subarray(0, offset));
  const line = before.toString('latin1').split('\n').length;
  const context = Buffer.from(bytes.subarray(Math.max(0, offset - 30), offset + 30)).toString('utf8');
  return { offset, byte: bytes[offset], line, context: context.replace(/\s+/g, ' ') };
}

const roots = process.argv.slice(2);
const failures = [];
let checked = 0;
for (const root of roots.length ? roots : ['dist', 'lib']) {
  for await (const file of shippedFiles(root)) {
    checked++;
    const found = firstNonAscii(await readFile(file));
    if (found) {
      const hex = found.byte.toString(16).toUpperCase().padStart(2, '0');
      failures.push(
        `${relative(process.cwd(), file)}: byte 0x${hex} at byte offset ${found.offset} (line ${found.line}), ` +
          `in "${found.context}"`,
      );
    }
  }
}
if (failures.length) {
  console.error(
    `check-ascii: ${failures.length} shipped file(s) hold non-ASCII bytes, which pages not served as UTF-8 ` +
      'would misread. Write the characters as escapes (\\u00a9 in scripts, &#169; in HTML):',
  );
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`check-ascii: ${checked} shipped files, all ASCII.`);
