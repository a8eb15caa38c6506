import { TAG_NAME } from '../attributes.js';
import { LeadershipArticleElement } from './leadership-article.js';
import { VERSION } from './version.js';

/** Marks a registered class whose duplicate load has already been reported, across copies. */
const DUPLICATE_REPORTED = Symbol.for('leadership-article.duplicate-reported');

/** The version a copy of the class belongs to, readable by every other copy on the page. */
const CLASS_VERSION = Symbol.for('leadership-article.version');

type Registered = CustomElementConstructor & { [DUPLICATE_REPORTED]?: boolean; [CLASS_VERSION]?: string };

(LeadershipArticleElement as Registered)[CLASS_VERSION] = VERSION;

/**
 * Registers `<leadership-article>` unless the name is taken. Loading the script twice must never
 * throw: the first registration wins. Another copy of the same version (two self-contained
 * pastes on one blog index) is the normal case and stays silent; a different version or another
 * class holding the name is reported once in the console.
 */
export function defineLeadershipArticle(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME) as Registered | undefined;
  if (!existing) {
    registry.define(TAG_NAME, LeadershipArticleElement);
    return;
  }
  if (existing[CLASS_VERSION] === VERSION || existing[DUPLICATE_REPORTED]) return;
  existing[DUPLICATE_REPORTED] = true;
  const holder = existing[CLASS_VERSION] ? `version ${existing[CLASS_VERSION]} of this script` : 'another script';
  console.warn(`<${TAG_NAME}>: already registered by ${holder}; this copy (${VERSION}) is not used.`);
}

defineLeadershipArticle();
