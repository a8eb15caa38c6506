/** The package's version (package.json's; the build fails when they differ). */
export const VERSION = '0.1.0';
