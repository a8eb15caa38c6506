/**
 * What the command takes from the element's source tree, bundled by rollup.config.mjs into
 * lib/from-element.mjs, which the command imports. To use another of the element's modules in
 * the command, export it here.
 */
export { TAG_NAME, embedSnippet, integrityOf } from '../../generators/snippet.mjs';
export { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from '../../lib/attributes.js';
export { TRACKING_PARAMETERS_SETTING, clickTrackingRedirect, linkMatch } from '../../lib/link-match.js';
