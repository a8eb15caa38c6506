import { fallbackDifferences, linksCarryTracking } from './fallback-check.js';
import { TRACKING_PARAMETERS_SETTING } from './link-match.js';
import { placement } from './placement.js';
import { warnOnce } from './warn.js';

/**
 * The development build's checks (the `development` export condition selects this module;
 * production gets author-checks-off.ts): what only the page's author can act on, explained in
 * the console. Readers' protections are in guards.ts, in every build.
 */

/** Whether a fallback differing from the article was reported: once a page is enough. */
let differenceReported = false;

export const authorChecks = {
  /** Warns where the page hides or cuts off `article`. Run after each pass of corrections. */
  placement(article: Element): void {
    const { hidden, zeroSized, clipped, width, height } = placement(article);
    if (hidden) warnOnce(`${hidden} hides the article.`);
    else if (clipped) {
      const clamp = clipped.clamp ? ` with -webkit-line-clamp:${clipped.clamp}` : '';
      warnOnce(`overflow:${clipped.overflow}${clamp} on ${clipped.by} cuts off the article.`);
    } else if (zeroSized) warnOnce(`the article is ${width}\u00d7${height} px.`);
  },

  /** Warns where the fallback in `host` differs from the article. Run once the fallback is whole. */
  fallback(host: Element): void {
    const differences = differenceReported ? [] : fallbackDifferences(host);
    if (differences.length) {
      differenceReported = true;
      warnOnce(`its fallback differs from the article: ${differences.join('; ')}. Showing the article.`);
    }
    if (linksCarryTracking()) {
      warnOnce(
        `note: its links carry tracking parameters, which lead to the same pages (${TRACKING_PARAMETERS_SETTING})`,
      );
    }
  },
};
