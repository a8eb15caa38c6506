/** The Custom Elements Manifest (custom-elements.json), generated from the element's JSDoc. */
export default {
  globs: ['src/element/leadership-article.ts'],
  outdir: '.',
  litelement: true,
};
