/**
 * The production build's stand-in for author-checks.ts: no placement warnings, no fallback
 * comparison. Build with the `development` condition to get them.
 */
export const authorChecks: typeof import('./author-checks.js').authorChecks | undefined = undefined;
