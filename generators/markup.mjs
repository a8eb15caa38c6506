/**
 * The article's structure (lib/article-structure.js, compiled from src/article-structure.ts,
 * holding src/article.ts's words) as HTML strings. Every generated file takes its words from
 * here, so no copy of the article is ever written by hand.
 */
import { articleStructure, HEADING } from '../lib/article-structure.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from '../lib/attributes.js';
import { ARTICLE_WIDTH_PX, emailStyles, fallbackStylesFor, UNSTYLED_FALLBACK } from './styles.mjs';

/** The references {@link escape} writes for the characters HTML or typographers would change. */
const REFERENCES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };

/**
 * Escapes `characters` (a global regular expression) of `text` for HTML: `& < >` as named
 * references, everything else as a numeric one. Non-ASCII characters are always numeric
 * references (`©` → `&#169;`, the byline's no-break space → `&#160;`), so the words survive a
 * host page served in another encoding and editors that normalise white space.
 */
const escape = (text, characters) =>
  text.replace(characters, (char) => REFERENCES[char] ?? `&#${char.codePointAt(0)};`);

/**
 * Escapes text for HTML. The article's straight quotes and apostrophes become `&#34;` and
 * `&#39;`: every reader sees the same straight character, but the "smart quote" filters that
 * blogs run over text (WordPress's wptexturize, markdown-it's typographer, kramdown's
 * SmartyPants) only curl literal quote characters and leave references alone.
 */
export const escapeText = (text) => escape(text, /[&<>"']|[^\p{ASCII}]/gu);

/**
 * Escapes a value for a double-quoted attribute. Apostrophes stay literal: typographers never
 * touch attribute values, and a style holding `&` is dropped whole by WordPress's kses.
 */
export const escapeAttribute = (value) => escape(value, /[&<>"]|[^\p{ASCII}]/gu);

/** ` style="…"` for a style, or nothing. */
const styleAttribute = (css) => (css ? ` style="${escapeAttribute(css)}"` : '');

/** Attributes of the shadow DOM that pasted markup leaves out: the host page has its own ids. */
const SHADOW_ONLY = new Set(['id', 'aria-labelledby']);

/** The text of the element of the structure whose `id` is `id`. */
const textOfId = (node, id) =>
  typeof node === 'string'
    ? undefined
    : node.attributes.id === id
      ? node.children.filter((child) => typeof child === 'string').join('')
      : node.children.map((child) => textOfId(child, id)).find((text) => text !== undefined);

/**
 * Tags in the email version for elements mail readers do not know (`null`: the content only),
 * and the title always an `h1`.
 */
const EMAIL_TAGS = { article: 'td', [HEADING]: 'h1', figure: 'div', figcaption: 'p', footer: 'div', time: null };

/** Tags of phrasing content: written inside their parent's line, and never upper-cased. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
]);

/**
 * Writes `node` of the article's structure (src/article-structure.ts) as HTML lines: an element
 * holding block elements opens and closes on lines of its own around theirs, any other on one.
 *
 * @param {import('../lib/article-structure.js').ArticleNode} node
 * @param {object} how
 * @param {(node: import('../lib/article-structure.js').ArticleElement) => string | null} how.tag
 *   The element's tag, or `null` to write its content only.
 * @param {(node: import('../lib/article-structure.js').ArticleElement) => string | undefined} how.css
 *   Its inline style.
 * @returns {string[]}
 */
function lines(node, how) {
  if (typeof node === 'string') return [escapeText(node)];
  const tag = how.tag(node);
  const inner = node.children.map((child) => lines(child, how));
  const block = node.children.some((child) => typeof child !== 'string' && !PHRASING.has(child.tag));
  const content = block ? inner.flat() : [inner.flat().join('')];
  if (tag === null) return content;
  const named = Object.entries(node.attributes).flatMap(([name, value]) =>
    // Without its ids, an element named by another (`aria-labelledby`) carries that name itself.
    name === 'aria-labelledby' && node.tag === tag.toLowerCase()
      ? [['aria-label', textOfId(articleStructure, value)]]
      : SHADOW_ONLY.has(name)
        ? []
        : [[name, value]],
  );
  const attributes = named.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const open = `<${tag}${attributes}${styleAttribute(how.css(node))}>`;
  // Void elements (`br`) have no content and no end tag.
  if (node.tag === 'br') return [open];
  return block ? [open, ...content, `</${tag}>`] : [`${open}${content[0] ?? ''}</${tag}>`];
}

/**
 * The article's plain semantic HTML, in the structure the widget renders in its shadow root
 * (src/article-structure.ts). One block element per line and no blank line, so Markdown
 * processors pass it through as a single HTML block; no `id` or `class`, so nothing collides
 * with the host page's own.
 *
 * @param {object} [options]
 * @param {boolean} [options.styled=false] Inline `style` attributes giving the widget's look and
 *   box size (see generators/styles.mjs `fallbackStylesFor`). Off: no style at all, the article's
 *   HTML alone.
 * @param {1|2|3|4|5|6} [options.headingLevel=2] Level of the title's heading, as the widget's
 *   `heading-level` attribute (default 2).
 * @param {'light'|'dark'|'auto'} [options.theme='light'] Colours, as the widget's `theme`
 *   attribute (used when `styled`).
 * @param {boolean} [options.paste=false] For the paste-in snippet: one line, block tags in upper
 *   case. WordPress's wpautop (the Classic editor) matches block tags in lower case only and
 *   splits at line breaks; otherwise it leaves an empty `<p>` before the article (which then
 *   moves on upgrade) and a `<p>` inside the quotation. Tag names are case-insensitive in HTML.
 * @returns {string} HTML with no trailing newline.
 */
export function articleMarkup({
  styled = false,
  headingLevel = DEFAULT_HEADING_LEVEL,
  theme = DEFAULT_THEME,
  paste = false,
} = {}) {
  if (!HEADING_LEVELS.includes(headingLevel)) {
    throw new RangeError(
      `articleMarkup: headingLevel must be one of ${HEADING_LEVELS.join(', ')}, not ${headingLevel}`,
    );
  }
  if (!THEMES.includes(theme))
    throw new RangeError(`articleMarkup: theme must be one of ${THEMES.join(', ')}, not ${theme}`);
  const styles = styled ? fallbackStylesFor(theme) : undefined;
  return lines(articleStructure, {
    tag: (node) => {
      const tag = node.tag === HEADING ? `h${headingLevel}` : node.tag;
      return paste && !PHRASING.has(tag) ? tag.toUpperCase() : tag;
    },
    // The `br` has no box to style; every other element starts from the browser's defaults.
    css: (node) => styles && (node.style ? styles[node.style] : node.tag === 'br' ? undefined : UNSTYLED_FALLBACK),
  }).join(paste ? '' : '\n');
}

/**
 * The article for mail readers and plain-HTML editors: inline px styles only (see
 * `emailStyles`), centred in presentation tables the way mail layouts need, and only elements
 * every mail reader knows (`div` in place of `article`, `figure` and `footer`; no `time`).
 *
 * @returns {string} HTML with no trailing newline.
 */
export function emailArticleMarkup() {
  const width = ARTICLE_WIDTH_PX;
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">`,
    // Fixed width for Outlook (which ignores max-width), fluid everywhere else.
    `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${width}px"><tr>`,
    ...lines(articleStructure, {
      tag: (node) => (Object.hasOwn(EMAIL_TAGS, node.tag) ? EMAIL_TAGS[node.tag] : node.tag),
      css: (node) => node.style && emailStyles[node.style],
    }),
    `</tr></table>`,
    `</td></tr></table>`,
  ].join('\n');
}
