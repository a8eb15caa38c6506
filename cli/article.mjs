/**
 * What `check` expects: the article as the package's own data (lib/article.js, built from
 * src/article.ts) turned into the text a reader sees, split into named sections so a difference
 * can say where it is.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const TAG_NAME = 'leadership-article';

/** The package's root folder (this file is in cli/). */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Collapses white space as rendering does: ASCII white space only, so a no-break space stays. */
export const collapse = (text) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** Thrown for what the user must fix before anything can be checked (exit code 2). */
export class UsageError extends Error {}

/** A module of the package's build (lib/), or a UsageError saying to build first. */
export async function importBuilt(relativePath) {
  try {
    return await import(new URL(`../${relativePath}`, import.meta.url).href);
  } catch (error) {
    throw new UsageError(`${relativePath} is missing or broken (${error.message}); run \`npm run build\` first.`);
  }
}

/**
 * The expected article: `text` (collapsed, as rendered), `sections` (name and start offset in
 * `text`), the two required `links`, and `phrases`, the opening of each paragraph: a copy of
 * the article anywhere on a page holds at least one of them, even a damaged copy.
 */
export async function expectedArticle() {
  const { article } = await importBuilt('lib/article.js');
  const parts = [
    ['title', article.title],
    ['byline', article.byline],
    ['date', article.date.text],
    ['epigraph', article.epigraph.quote],
    ['epigraph attribution', article.epigraph.attribution],
    ...article.paragraphs.map((paragraph, i) => [`paragraph ${i + 1}`, paragraph]),
    ['citation', `${article.citation.text} ${article.citation.link.text}`],
    ['copyright', article.copyright.text],
  ];
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

/** The package's version (package.json). */
export async function packageVersion() {
  return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;
}
