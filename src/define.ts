import { LeadershipArticleElement, TAG_NAME } from './leadership-article.js';

/** Marks a registered class whose duplicate load has already been reported, across copies. */
const DUPLICATE_REPORTED = Symbol.for('leadership-article.duplicate-reported');

/**
 * Registers `<leadership-article>` unless the name is taken. Loading the script twice (or a
 * second copy, or an older version) must never throw: the first registration wins, and a
 * different class holding the name is reported once in the console.
 */
export function defineLeadershipArticle(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME) as
    | (CustomElementConstructor & { [DUPLICATE_REPORTED]?: boolean })
    | undefined;
  if (!existing) {
    registry.define(TAG_NAME, LeadershipArticleElement);
    return;
  }
  if (existing === LeadershipArticleElement || existing[DUPLICATE_REPORTED]) return;
  existing[DUPLICATE_REPORTED] = true;
  console.warn(`<${TAG_NAME}>: already registered by another copy of the script (included twice?); this one is not used.`);
}

defineLeadershipArticle();
