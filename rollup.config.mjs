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
 * like the element. What each saved, and what was tried and not kept: docs/performance.md.
 */
/** @type {import('@rollup/plugin-terser').Options} */
export const terserOptions = {
  ecma: 2021,
  compress: {
    passes: 3,
    unsafe_arrows: true,
    // Nothing here reads `Function.length`.
    keep_fargs: false,
  },
  // Lit's cross-package fields (`_$xx`) are safe to shorten in a bundle that holds its own copy of
  // Lit in one IIFE; it gives up ShadyDOM's polyfill and SSR hydration, which patch them by name.
  mangle: { properties: { regex: /^_\$/ } },
  // Not `module: true`, which would assume module scope in a classic script. `ascii_only`: a
  // script with no declared charset is decoded in the page's encoding (docs/encodings-and-reader-mode.md).
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
  // The map is written, but no `//# sourceMappingURL` comment that every reader would download.
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
