import { article } from '../article/article.js';
import { readingOrder } from '../article/structure.js';
import { linkMatch } from './link-match.js';

/**
 * Compares the fallback pasted inside `<leadership-article>` with the article, so that the
 * development build (author-checks.ts) reports an edited, truncated or unlinked copy even though
 * readers with JavaScript see the article itself. White space is ignored: markup may break lines
 * anywhere, and `<br>` or block boundaries leave no space in `textContent`.
 */

/** Computed once, when a fallback is first checked. */
let canonical: string | undefined;

/** Results by what the comparison reads: identical fallbacks (100 pastes) are compared once. */
const results = new Map<string, string[]>();

/** Whether a checked fallback's links carry tracking parameters (noted once a page). */
let tracked = false;

/** Whether any fallback compared so far had its required links with tracking parameters added. */
export const linksCarryTracking = (): boolean => tracked;

/** What differs between the light-DOM fallback in `root` and the article; empty if nothing. */
export function fallbackDifferences(root: Element): string[] {
  const found = root.textContent!.replace(/\s+/g, '');
  const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  // A link with tracking parameters added (Ghost's `?ref=`, `utm_`) leads to the same page.
  const links = [article.citation.link, article.copyright].filter(({ href }) =>
    hrefs.some((candidate) => {
      const match = linkMatch(candidate, href);
      if (match == 'tracked') tracked = true;
      return match;
    }),
  );
  const key = `${found}\n${links.length}${links[0]?.href}\n${root.childElementCount > 0}`;
  let differences = results.get(key);
  if (differences) return differences;
  const expected = (canonical ??= readingOrder()
    .map(({ text }) => text)
    .join(' '));
  differences = [];
  if (found || root.childElementCount) {
    // Walks the article's non-space characters along the fallback's until one differs.
    let at = 0;
    let index = 0;
    for (; at < expected.length; at++) if (/\S/.test(expected[at]!) && expected[at] != found[index++]) break;
    if (at < expected.length || index < found.length) {
      differences.push(
        `text ${index > found.length ? 'ends' : 'differs'} at "\u2026${expected.slice(Math.max(0, at - 20), at + 20)}\u2026"`,
      );
    }
    for (const link of [article.citation.link, article.copyright]) {
      if (!links.includes(link)) differences.push(`no link "${link.text}" to ${link.href}`);
    }
  }
  results.set(key, differences);
  return differences;
}
