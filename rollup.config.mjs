import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The paste-in script: `lib/define.js` (compiled by `tsc`) with Lit inside, as one IIFE with no
 * import/export statement, so the same file works as `<script type="module">` and as a classic
 * `<script defer>`, and a second load cannot collide with the first one's top-level names.
 */
export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/leadership-article.js',
    format: 'iife',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    terser({
      ecma: 2021,
      // Not `module: true`: that would let terser assume module scope in a classic script.
      compress: { passes: 3, unsafe_arrows: true },
      format: { comments: false },
    }),
  ],
};
