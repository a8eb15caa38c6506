/**
 * The independent fixtures for tests run by node's test runner, and the built files they check.
 * Nothing here imports src/ or lib/: expectations come from test/fixtures only.
 */
import { readFile } from 'node:fs/promises';

const root = new URL('../..', import.meta.url);

/** Lines 1-16 of the publisher's page, verbatim (test/fixtures/article-lines-1-16.txt). */
export const fixtureLines = (await readFile(new URL('test/fixtures/article-lines-1-16.txt', root), 'utf8'))
  .replace(/\n$/, '')
  .split('\n');

/**
 * The fixture's text as the article's blocks read it, in order: title, byline with its date (a
 * line break between, no space), quotation, attribution, three paragraphs, citation, copyright.
 */
export const fixtureBlocks = () => {
  const dash = fixtureLines[5].lastIndexOf(' -');
  return [
    fixtureLines[0],
    `${fixtureLines[2]}${fixtureLines[3]}`,
    fixtureLines[5].slice(0, dash),
    fixtureLines[5].slice(dash + 1),
    fixtureLines[7],
    fixtureLines[9],
    fixtureLines[11],
    `${fixtureLines[13]} ${requiredLinks.citation.text}`,
    fixtureLines[15],
  ];
};

/** The links the publisher's terms require (test/fixtures/required-links.json). */
export const requiredLinks = JSON.parse(await readFile(new URL('test/fixtures/required-links.json', root), 'utf8'));

/** package.json's version: the one every URL must pin. */
export const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/** A file the build wrote into dist/, as text. */
export const distText = (path) =>
  readFile(new URL(`dist/${path}`, root), 'utf8').catch((error) => {
    throw new Error(`dist/${path}: ${error.code} (run npm run build)`, { cause: error });
  });

/** A file the build wrote into dist/, as bytes. */
export const distBytes = (path) => readFile(new URL(`dist/${path}`, root));

/** The path of a file the build wrote into dist/. */
export const distPath = (path) => new URL(`dist/${path}`, root).pathname;
