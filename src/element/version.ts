/** The package's version, written from package.json by tools/version-module.mjs: do not edit. */
export const VERSION = "0.1.0";
