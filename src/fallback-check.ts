import { article } from './article.js';
import { linkMatch } from './link-match.js';

/**
 * Puts back a fallback the HTML parser moved out of `<leadership-article>` (every build), and
 * compares the fallback pasted inside it with the article, so that the development build
 * (author-checks.ts) reports an edited, truncated or unlinked copy even though readers with
 * JavaScript see the article itself. White space is ignored: markup may break lines anywhere,
 * and `<br>` or block boundaries leave no space in `textContent`.
 */

/** The article's words in reading order: every string in it but `iso` and `href`. */
const words = (value: unknown, key?: string): string =>
  typeof value == 'string'
    ? key == 'iso' || key == 'href'
      ? ''
      : value
    : Object.entries(value as object)
        .map(([k, v]) => words(v, k))
        .join(' ');

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
  const expected = (canonical ??= words(article));
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

/** Elements the parser or a filter leaves between the element and its moved fallback. */
const isFiller = (el: Element): boolean => el.localName == 'br' || (el.localName == 'p' && !el.textContent!.trim());

/**
 * The element's fallback `<article>` when the HTML parser put it after the element instead of
 * inside: a `<p>` around the paste (an editor, WordPress's wpautop, a Markdown paragraph) is
 * closed by `<article>`, so the element stays, empty, at the end of that `<p>` and the article
 * follows it. Only an `<article>` that opens with the article's title and holds both links
 * counts (whether its words are whole is the development build's comparison, below).
 */
function strayFallback(host: Element): Element | undefined {
  if (host.querySelector('article')) return undefined;
  // From the element up through the ancestors it ends (the `<p>`, an `<a>`), to what follows.
  for (let node: Element | null = host, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    let next = node.nextElementSibling;
    while (next && isFiller(next)) next = next.nextElementSibling;
    if (next)
      return next.localName == 'article' &&
        next.textContent!.trim().startsWith(article.title) &&
        [article.citation.link, article.copyright].every(({ href }) => next!.querySelector(`a[href="${href}"]`))
        ? next
        : undefined;
  }
  return undefined;
}

/**
 * Puts a fallback the parser moved out back inside `host` (else readers would see the article
 * twice: the widget and the stray copy); returns whether it did, for the development build to
 * tell the page's author.
 */
export function takeBackFallback(host: Element): boolean {
  const stray = strayFallback(host);
  if (stray) host.append(stray);
  return !!stray;
}
