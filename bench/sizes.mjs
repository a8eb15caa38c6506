/**
 * Byte sizes for `npm run bench`: the paste-in script beside its floors (what it cannot be
 * smaller than), measured in the same run with the same compressors, and what each source module
 * adds to it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup } from 'rollup';
import { bundlePlugins, outputOptions } from '../rollup.config.mjs';
import { sizes } from '../tools/sizes.mjs';

export { sizes };

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_SCRIPT = 'dist/leadership-article.js';

const FLOOR_ENTRY = '\0reactive-element-entry';

/**
 * Rollup with the element's own plugins and output settings (rollup.config.mjs).
 * @param {string} input
 * @param {import('rollup').Plugin[]} [plugins]
 * @param {{ sourcemap?: boolean | 'hidden', name?: string }} [options]
 */
async function build(input, plugins = [], { sourcemap = false, name = undefined } = {}) {
  const bundle = await rollup({ input, onwarn: () => {}, plugins: [...plugins, ...bundlePlugins()] });
  try {
    const { output } = await bundle.generate(
      /** @type {import('rollup').OutputOptions} */ ({ ...outputOptions, name, sourcemap }),
    );
    return output[0];
  } finally {
    await bundle.close();
  }
}

/**
 * The framework floor: `@lit/reactive-element` alone, exporting what the element uses of it
 * (`ReactiveElement`, `unsafeCSS`), bundled like the element, so the two differ only in what
 * they contain.
 */
export async function reactiveElementBundle() {
  const entry = {
    name: 'reactive-element-entry',
    resolveId: (id) => (id === FLOOR_ENTRY ? id : null),
    load: (id) => (id === FLOOR_ENTRY ? "export { ReactiveElement, unsafeCSS } from '@lit/reactive-element';" : null),
  };
  return (await build(FLOOR_ENTRY, [entry], { name: 'Floor' })).code;
}

/** `articleMarkup()` of the outputs: the article's plain semantic HTML, no styles. */
export async function loadArticleMarkup() {
  const { articleMarkup } = await import('leadership-article/outputs.js');
  return articleMarkup();
}

/** The shadow root's stylesheet as the element ships it. */
export async function loadShadowStylesheet() {
  const { stylesheet } = await import('leadership-article/outputs.js');
  return stylesheet;
}

const add = (...list) => ({
  raw: list.reduce((sum, s) => sum + s.raw, 0),
  gzip: list.reduce((sum, s) => sum + s.gzip, 0),
  brotli: list.reduce((sum, s) => sum + s.brotli, 0),
});
const divide = (a, b) => ({ raw: a.raw / b.raw, gzip: a.gzip / b.gzip, brotli: a.brotli / b.brotli });

/** A source file's name in the table: src/x.ts for ours, the package for Lit's. */
const moduleName = (source) => {
  const lit = /node_modules\/(@lit\/reactive-element)\//.exec(source);
  if (lit) return lit[1];
  const ours = /(?:^|\/)lib\/([\w/-]+)\.js$/.exec(source) ?? /(?:^|\/)src\/([\w/-]+)\.ts$/.exec(source);
  return ours ? `src/${ours[1]}.ts` : source.replace(/^(\.\.\/)+/, '');
};

/**
 * What each source module adds to the shipped bundle, from the map the build writes beside it
 * (dist/leadership-article.js.map): every generated
 * character is charged to the module its mapping segment points at (unmapped characters, the
 * IIFE's wrapper, to "(wrapper)"). Raw bytes by that attribution; brotli bytes by leaving the
 * module's characters out and compressing the rest (the bytes it adds to the compressed whole,
 * so the rows need not sum to the total: what compresses against other modules is shared).
 */
export async function moduleCosts() {
  const [code, map] = await Promise.all([
    readFile(join(ROOT, DIST_SCRIPT), 'utf8'),
    readFile(join(ROOT, `${DIST_SCRIPT}.map`), 'utf8').then(JSON.parse),
  ]);
  const owner = new Array(code.length).fill('(wrapper)');
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  let offset = 0;
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    segments.forEach((segment, i) => {
      if (segment.length < 4) return;
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const name = moduleName(map.sources[segment[1]]);
      for (let c = segment[0]; c < end; c += 1) owner[offset + c] = name;
    });
    offset += line.length + 1;
  });
  const whole = sizes(code);
  const names = [...new Set(owner)];
  const rows = names.map((name) => {
    const mine = code.split('').filter((_, i) => owner[i] === name);
    const rest = code.split('').filter((_, i) => owner[i] !== name);
    return {
      module: name,
      raw: Buffer.byteLength(mine.join('')),
      brotliAdded: whole.brotli - sizes(rest.join('')).brotli,
    };
  });
  rows.sort((a, b) => b.brotliAdded - a.brotliAdded);
  return { total: whole, modules: rows };
}

/**
 * The bundle's modules grouped by what the floor has in their place, so the distance to the size
 * goal reads as: which part costs how much more than its floor.
 */
const GROUPS = [
  { part: 'framework', modules: ['@lit/reactive-element'], floor: 'reactiveElement' },
  {
    part: 'the article (data and DOM building)',
    modules: ['src/article/article.ts', 'src/article/structure.ts', 'src/element/template.ts'],
    floor: 'article',
  },
  { part: 'the stylesheet', modules: ['src/look/stylesheet.ts', 'src/look/styles.ts'], floor: 'stylesheet' },
  {
    part: 'the element (attributes, rendering, registration, warnings)',
    modules: [
      'src/element/leadership-article.ts',
      'src/attributes.ts',
      'src/element/define.ts',
      'src/element/version.ts',
      'src/warn.ts',
      '(wrapper)',
    ],
  },
  { part: 'guards against host pages', modules: ['src/element/corrections.ts', 'src/element/fallback.ts'] },
];

function gapTable(modules, floors) {
  const rows = GROUPS.map(({ part, modules: names, floor }) => {
    const brotli = modules.filter((m) => names.includes(m.module)).reduce((sum, m) => sum + m.brotliAdded, 0);
    const floorBrotli = floor ? floors[floor].brotli : 0;
    return { part, modules: names, brotli, floor: floorBrotli, over: brotli - floorBrotli };
  });
  const known = GROUPS.flatMap((g) => g.modules);
  const rest = modules.filter((m) => !known.includes(m.module));
  if (rest.length) {
    const brotli = rest.reduce((sum, m) => sum + m.brotliAdded, 0);
    rows.push({ part: 'other modules', modules: rest.map((m) => m.module), brotli, floor: 0, over: brotli });
  }
  return rows;
}

/** Every size row of the table. */
export async function measureSizes() {
  const script = await readFile(new URL(`../${DIST_SCRIPT}`, import.meta.url));
  const element = sizes(script);
  const reactiveElement = sizes(await reactiveElementBundle());
  const article = sizes(await loadArticleMarkup());
  const stylesheet = sizes(await loadShadowStylesheet());
  const floor = add(reactiveElement, article);
  const floorStyled = add(reactiveElement, article, stylesheet);
  const modules = await moduleCosts();
  return {
    element,
    reactiveElement,
    article,
    stylesheet,
    floor,
    floorStyled,
    ratio: divide(element, floor),
    ratioStyled: divide(element, floorStyled),
    modules,
    gap: gapTable(modules.modules, { reactiveElement, article, stylesheet }),
  };
}
