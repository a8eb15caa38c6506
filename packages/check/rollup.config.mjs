/**
 * The command's `snippet` must print exactly what the element's build writes to dist/, so it runs
 * the build's own generators (../../generators/, and the element's data modules they read from
 * ../../lib/), bundled here into lib/from-element.mjs when this package is built or packed. A
 * bundle, not an import across packages: the generators and the element's internal modules are
 * no part of the element package's published files or API, and this package depends on the
 * element, never the other way round, so there is no loop. The element's version is pinned
 * exactly (Changesets keeps the two packages' versions equal), so the bundled data always
 * matches the installed bundle; the packing test checks `snippet` against dist/embed.html.
 */
import { copyFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';

/** Left as imports: Node's own modules, and Lit (a dependency of this package too) for `unsafeCSS`. */
const external = (id) => id.startsWith('node:') || builtinModules.includes(id) || id.startsWith('@lit/');

/**
 * The licence and the article's copyright notice, copied from the repository's root when the
 * package is built: its tarball carries the article's words (in lib/) and must carry both.
 */
const NOTICES = ['LICENSE', 'ARTICLE-COPYRIGHT.md'];
const copyNotices = {
  name: 'copy-notices',
  async writeBundle() {
    for (const file of NOTICES)
      await copyFile(new URL(`../../${file}`, import.meta.url), new URL(file, import.meta.url));
  },
};

export default {
  input: 'from-element.mjs',
  output: {
    file: 'lib/from-element.mjs',
    format: 'es',
    // Its JSDoc types point at the element's source tree; the generators are type-checked there.
    banner: '// @ts-nocheck: built from from-element.mjs by rollup.config.mjs; do not edit.',
  },
  external,
  plugins: [copyNotices],
};
