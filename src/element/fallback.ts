import { article } from '../article/article.js';

/**
 * A fallback the HTML parser moved out of `<leadership-article>`, taken back inside, in every
 * build: otherwise readers would see the article twice, the widget and the stray copy.
 */

/** Elements the parser or a filter leaves between the element and its moved fallback. */
const isFiller = (el: Element): boolean => el.localName == 'br' || (el.localName == 'p' && !el.textContent!.trim());

/**
 * The element's fallback `<article>` when the HTML parser put it after the element instead of
 * inside: a `<p>` around the paste (an editor, WordPress's wpautop, a Markdown paragraph) is
 * closed by `<article>`, so the element stays, empty, at the end of that `<p>` and the article
 * follows it. Only an `<article>` that opens with the article's title and holds both links
 * counts (whether its words are whole is the development build's, dev/fallback-differences.ts).
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
