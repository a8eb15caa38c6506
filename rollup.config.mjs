import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The plugin's types are an ES module's inside a package TypeScript reads as CommonJS; Node
// imports its ES build, whose default export is the plugin function itself.
const terser = /** @type {typeof terserPlugin.default} */ (/** @type {unknown} */ (terserPlugin));

/**
 * Minifier settings, shared with `npm run bench` so that "Lit's core alone" is bundled exactly
 * like the element. Savings below are brotli bytes (quality 11) of dist/leadership-article.js;
 * the two terser options together took it from 7,757 B to 7,647 B (before the fallback check
 * was added to src/). Tried and not kept, each larger or within brotli's noise (a few bytes
 * either way, changing sign as the code changes): `passes` 2 or 4, `unsafe*`, `pure_getters`,
 * `hoist_vars`, `inline`, `semicolons: false`, `quote_style`, `ecma` 2020/2022, rollup's
 * `strict: false` and `generatedCode: 'es2015'`; esbuild's minifier is 150 B larger.
 */
/** @type {import('@rollup/plugin-terser').Options} */
export const terserOptions = {
  ecma: 2021,
  compress: {
    passes: 3,
    unsafe_arrows: true,
    // Drop unused parameters (nothing here reads `Function.length`): −22 B alone, −18 B with
    // the property mangling below.
    keep_fargs: false,
  },
  // Lit names its internal cross-package fields `_$xx` and leaves them unmangled so separate Lit
  // packages can share objects. This bundle holds its own private copy of Lit inside one IIFE
  // that nothing else can reach, so they are safe to shorten: −92 B alone, −88 B with
  // `keep_fargs`. What it gives up: the ShadyDOM `polyfill-support` script and SSR hydration,
  // which patch those fields by name; every engine the embed supports has native shadow DOM,
  // and it is never server-rendered.
  mangle: { properties: { regex: /^_\$/ } },
  // Not `module: true`: that would let terser assume module scope in a classic script.
  // `ascii_only`: non-ASCII characters as `\u` escapes. A script with no declared charset (a data:
  // URL, a file served without one) is decoded in the page's encoding, which turns a literal
  // no-break space or © into "Â" and more on pages that are not UTF-8. Brotli: 7,990 B → 7,975 B.
  format: { comments: false, ascii_only: true },
};

/** Modules whose exports are computed once at build time: the bundle gets their values, not their code. */
const EVALUATED_AT_BUILD = [fileURLToPath(new URL('lib/look/stylesheet.js', import.meta.url))];

/**
 * Replaces each module of {@link EVALUATED_AT_BUILD} with its exports as literals: the
 * stylesheet's text is printed from the look's data here, in Node, so neither the data nor the
 * printer ships.
 */
const evaluateAtBuild = () => ({
  name: 'evaluate-at-build',
  /** @param {string} id */
  async load(id) {
    if (!EVALUATED_AT_BUILD.includes(id)) return null;
    const exports = await import(pathToFileURL(id).href);
    return Object.entries(exports)
      .map(([name, value]) => {
        // Only data survives as a literal: a function or an undefined value would be lost.
        const literal = typeof value == 'function' ? undefined : JSON.stringify(value);
        if (literal === undefined)
          throw new Error(`${id}: export ${name} is not data; it cannot be evaluated at build`);
        return `export const ${name} = ${literal};`;
      })
      .join('\n');
  },
});

/**
 * Plugins for a browser bundle with Lit inside, minified. `development` takes the modules that
 * package.json's `imports` gives under the `development` condition (the checks that explain to a
 * page's author what only they can fix) with Lit's production build all the same: Lit's own
 * development warnings are for authors of components, not of pages.
 */
export const bundlePlugins = ({ development = false } = {}) => [
  development && {
    name: 'development-imports',
    /** @param {string} id */
    resolveId: (id) =>
      id.startsWith('#') ? fileURLToPath(new URL(pkg.imports[id].development, import.meta.url)) : null,
  },
  evaluateAtBuild(),
  nodeResolve({ browser: true }),
  terser(terserOptions),
];

/** Output settings other than the file name. */
export const outputOptions = {
  format: 'iife',
  // The map is still written beside the script, but the `//# sourceMappingURL` comment that
  // every reader would download for nothing is left out: −47 B raw, and −24 B brotli at the
  // time of writing (brotli's gain has ranged from −38 B to +4 B as the code changed). In
  // devtools, add dist/leadership-article.js.map by hand, or serve a `SourceMap` header.
  sourcemap: 'hidden',
};

/**
 * The paste-in script: `lib/element/define.js` (compiled by `tsc`) with Lit inside, as one IIFE with no
 * import/export statement, so the same file works as `<script type="module">` and as a classic
 * `<script defer>`, and a second load cannot collide with the first one's top-level names.
 */
export default [
  {
    input: 'lib/element/define.js',
    output: { ...outputOptions, file: 'dist/leadership-article.js' },
    plugins: bundlePlugins(),
  },
  // The same element for development: the author's warnings, minified all the same.
  {
    input: 'lib/element/define.js',
    output: { ...outputOptions, file: 'dist/leadership-article.dev.js' },
    plugins: bundlePlugins({ development: true }),
  },
];
