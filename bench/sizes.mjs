/**
 * Byte sizes for `npm run bench`: the paste-in script, and the two limits it is compared with,
 * measured in the same run with the same compressors.
 */
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundlePlugins, outputOptions } from '../rollup.config.mjs';
import { sizes } from './compress.mjs';

export { sizes };

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_SCRIPT = 'dist/leadership-article.js';

const LIT_CORE_ID = '\0lit-core-entry';

/**
 * Lit's core with nothing of ours: `LitElement`, `html` and `css` exported from one entry,
 * bundled in memory by rollup with the element's own plugins and output settings
 * (rollup.config.mjs), so the two differ only in what they contain.
 */
export async function litCoreBundle() {
  const bundle = await rollup({
    input: LIT_CORE_ID,
    onwarn: () => {},
    plugins: [
      {
        name: 'lit-core-entry',
        resolveId: (id) => (id === LIT_CORE_ID ? id : null),
        load: (id) => (id === LIT_CORE_ID ? "export { LitElement, html, css } from 'lit';" : null),
      },
      ...bundlePlugins(),
    ],
  });
  try {
    const { output } = await bundle.generate({ ...outputOptions, format: 'iife', name: 'Lit', sourcemap: false });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * `articleMarkup()` from generators/markup.mjs (the article's plain semantic HTML, no styles),
 * or `undefined` with the reason when the generator is not there.
 */
export async function loadArticleMarkup() {
  const file = new URL('../generators/markup.mjs', import.meta.url);
  try {
    await access(file);
  } catch {
    return { markup: undefined, reason: 'generators/markup.mjs not found' };
  }
  const module = await import(file.href);
  if (typeof module.articleMarkup !== 'function') {
    return { markup: undefined, reason: 'generators/markup.mjs exports no articleMarkup()' };
  }
  const markup = await module.articleMarkup(); // defaults: no styles, the widget's h2
  if (typeof markup !== 'string' || !markup.includes('<article')) {
    throw new Error("articleMarkup() did not return the article's HTML");
  }
  return { markup, reason: undefined };
}

/** Every size row of the table. */
export async function measureSizes(markup) {
  const script = await readFile(new URL(`../${DIST_SCRIPT}`, import.meta.url));
  const element = sizes(script);
  const litCore = sizes(await litCoreBundle());
  const article = markup === undefined ? undefined : sizes(markup);
  const limit = article && {
    raw: litCore.raw + article.raw,
    gzip: litCore.gzip + article.gzip,
    brotli: litCore.brotli + article.brotli,
  };
  const ratio = limit && {
    raw: element.raw / limit.raw,
    gzip: element.gzip / limit.gzip,
    brotli: element.brotli / limit.brotli,
  };
  return { element, litCore, article, limit, ratio };
}
