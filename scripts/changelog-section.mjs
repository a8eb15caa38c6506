#!/usr/bin/env node
/**
 * Prints one version's section of CHANGELOG.md (as Changesets writes it: `## 1.2.3` up to the next
 * `## `), for the GitHub release's notes. Usage: node scripts/changelog-section.mjs 1.2.3
 */
import { readFile } from 'node:fs/promises';

const version = process.argv[2]?.replace(/^v/, '');
if (!version) {
  console.error('Usage: node scripts/changelog-section.mjs <version>');
  process.exit(2);
}
const lines = (await readFile(new URL('../CHANGELOG.md', import.meta.url), 'utf8')).split('\n');
const start = lines.findIndex((line) => line.trim() === `## ${version}` || line.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`CHANGELOG.md has no section for ${version}.`);
  process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
console.log(
  lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim(),
);
