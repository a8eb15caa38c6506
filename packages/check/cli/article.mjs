/**
 * What `check` expects: the article in the element package's own reading order
 * (`leadership-article/article.js`), as the text a reader sees, by named sections so a
 * difference can say where it is.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export { TAG_NAME } from 'leadership-article/attributes.js';

const require = createRequire(import.meta.url);

/** The path of a file of the installed element package, e.g. `dist/leadership-article.js`. */
export const elementFile = (path) => require.resolve(`leadership-article/${path}`);

export { collapse } from 'leadership-article/article.js';

/** Thrown for what the user must fix before anything can be checked (exit code 2). */
export class UsageError extends Error {}

/** A module of the installed element package, or a UsageError saying to build first. */
export async function importBuilt(specifier) {
  try {
    return await import(specifier);
  } catch (error) {
    throw new UsageError(`${specifier} is missing or broken (${error.message}); run \`npm run build\` first.`);
  }
}

/**
 * The expected article: `text` (collapsed, as rendered), `sections` (name and start offset in
 * `text`), the two required `links`, and `phrases`, the opening of each paragraph: a copy of
 * the article anywhere on a page holds at least one of them, even a damaged copy.
 */
export async function expectedArticle() {
  const { article, collapse, readingOrder } = await importBuilt('leadership-article/article.js');
  const parts = readingOrder().map(({ name, text }) => [name, text]);
  const sections = [];
  let text = '';
  for (const [name, part] of parts) {
    if (text) text += ' ';
    sections.push({ name, start: text.length });
    text += collapse(part);
  }
  return {
    text,
    sections,
    links: [
      { name: 'citation', text: collapse(article.citation.link.text), href: article.citation.link.href },
      { name: 'copyright', text: collapse(article.copyright.text), href: article.copyright.href },
    ],
    phrases: article.paragraphs.map((paragraph) => collapse(paragraph).slice(0, 48)),
  };
}

/** This command's version (its package.json). */
export async function packageVersion() {
  return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;
}

/** The installed element's version: the version of the bundle and article `check` compares with. */
export async function elementVersion() {
  return JSON.parse(await readFile(elementFile('package.json'), 'utf8')).version;
}
