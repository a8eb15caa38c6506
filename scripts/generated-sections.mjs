/**
 * Writes generated content into a Markdown file between pairs of markers, leaving the rest of
 * the file as written. Used by `npm run readme` for the README and the docs.
 */
import { readFile, writeFile } from 'node:fs/promises';

/**
 * @param {string} file
 * @param {[string, string, string][]} sections each section's start marker, end marker and content
 * @returns {Promise<boolean>} whether the file changed; exits with a message if a marker is missing
 */
export async function writeSections(file, sections) {
  const original = await readFile(file, 'utf8');
  let updated = original;
  for (const [start, end, content] of sections) {
    const from = updated.indexOf(start);
    const to = updated.indexOf(end);
    if (from < 0 || to < from) {
      console.error(`${file} has no ${start} … ${end} block`);
      process.exit(1);
    }
    updated = `${updated.slice(0, from + start.length)}\n${content}\n${updated.slice(to)}`;
  }
  await writeFile(file, updated);
  console.log(updated === original ? `${file} already up to date` : `${file} updated`);
  return updated !== original;
}
