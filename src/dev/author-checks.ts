import { fallbackDifferences, linksCarryTracking } from './fallback-differences.js';
import { TRACKING_PARAMETERS_SETTING } from './link-match.js';
import { placement } from './placement.js';
import { warnOnce } from '../warn.js';

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

  /**
   * Warns where `host` sits in a link (clicks on the article's text follow it), where the parser
   * had put its fallback after it (`tookBack`), or where the fallback differs from the article.
   * Run once the element's markup is parsed.
   */
  parsed(host: Element, tookBack: boolean): void {
    // The parser leaves the element inside what ended it early: a link (adoption agency), else a `<p>`.
    const link = host.closest('a[href]');
    if (link) warnOnce(`inside a link to ${link.getAttribute('href')}, clicks on the article follow it.`);
    else if (tookBack) {
      warnOnce(
        'its fallback was outside it (a <p> around the paste ends the element early); moved it inside. Paste the snippet whole, <div> included.',
      );
    }
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
