import { article } from './article.js';

/**
 * Compares the fallback markup pasted inside `<leadership-article>` with the article, so an
 * edited, truncated or unlinked copy is reported even though readers with JavaScript see the
 * article itself. White space is ignored: markup may break lines anywhere, and `<br>` or block
 * boundaries leave no space in `textContent`.
 */

/** The article's words in reading order: every string in it but `iso` and `href`. */
const words = (value: unknown, key?: string): string =>
  typeof value == 'string'
    ? key == 'iso' || key == 'href' ? '' : value
    : Object.entries(value as object)
        .map(([k, v]) => words(v, k))
        .join(' ');

/** Computed once, when a fallback is first checked. */
let canonical: string | undefined;

/** What differs between the light-DOM fallback of `host` and the article; empty if nothing. */
export function fallbackDifferences(host: Element): string[] {
  const expected = (canonical ??= words(article));
  const found = host.textContent!.replace(/\s+/g, '');
  const differences: string[] = [];
  if (found || host.childElementCount) {
    // Walks the article's non-space characters along the fallback's until one differs.
    let at = 0;
    let index = 0;
    for (; at < expected.length; at++) if (/\S/.test(expected[at]!) && expected[at] != found[index++]) break;
    if (at < expected.length || index < found.length) {
      differences.push(
        `text ${index > found.length ? 'ends' : 'differs'} at "…${expected.slice(Math.max(0, at - 20), at + 20)}…"`,
      );
    }
    for (const { text, href } of [article.citation.link, article.copyright]) {
      if (!host.querySelector(`a[href="${href}"]`)) differences.push(`no link "${text}" to ${href}`);
    }
  }
  return differences;
}
