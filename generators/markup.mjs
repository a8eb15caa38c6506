/**
 * The article (lib/article.js, compiled from src/article.ts) as HTML strings. Every generated
 * file takes its words from here, so no copy of the article is ever written by hand.
 */
import { article } from '../lib/article.js';
import { COLOR_SCHEMES, emailStyles, fallbackStylesFor } from './styles.mjs';

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
export const escapeText = (text) => escape(text, /[&<>"']|[^\x00-\x7f]/gu);

/**
 * Escapes a value for a double-quoted attribute. Apostrophes stay literal: typographers never
 * touch attribute values, and a style holding `&` is dropped whole by WordPress's kses.
 */
export const escapeAttribute = (value) => escape(value, /[&<>"]|[^\x00-\x7f]/gu);

/** ` style="…"` for a style, or nothing. */
const styleAttribute = (css) => (css ? ` style="${escapeAttribute(css)}"` : '');

/** A required link, opening in a new tab as the widget's own links do. */
const link = ({ text, href }, css) =>
  `<a href="${escapeAttribute(href)}" target="_blank" rel="noopener"${styleAttribute(css)}>${escapeText(text)}</a>`;

/**
 * The article's plain semantic HTML, in the structure the widget renders in its shadow root:
 * `article` > heading, byline `p` (`br`, `time`), `figure` (`blockquote`, `figcaption`),
 * three `p`, `footer` (citation and copyright `p`, each with its link). One element per line
 * and no blank line, so Markdown processors pass it through as a single HTML block; no `id` or
 * `class`, so nothing collides with the host page's own.
 *
 * @param {object} [options]
 * @param {boolean} [options.styled=false] Inline `style` attributes giving the widget's look and
 *   box size (see generators/styles.mjs `fallbackStyles`). Off: no style at all, the article's
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
export function articleMarkup({ styled = false, headingLevel = 2, theme = 'light', paste = false } = {}) {
  if (![1, 2, 3, 4, 5, 6].includes(headingLevel)) {
    throw new RangeError(`articleMarkup: headingLevel must be 1 to 6, not ${headingLevel}`);
  }
  if (!Object.hasOwn(COLOR_SCHEMES, theme)) throw new RangeError(`articleMarkup: theme must be light, dark or auto, not ${theme}`);
  const styles = styled ? fallbackStylesFor(theme) : undefined;
  const css = (part) => styles?.[part];
  const { title, byline, date, epigraph, paragraphs, citation, copyright } = article;
  const [ARTICLE, h, p, figure, blockquote, figcaption, footer] = [
    'article',
    `h${headingLevel}`,
    'p',
    'figure',
    'blockquote',
    'figcaption',
    'footer',
  ].map((tag) => (paste ? tag.toUpperCase() : tag));
  return [
    `<${ARTICLE} lang="en" dir="ltr"${styleAttribute(css('article'))}>`,
    `<${h}${styleAttribute(css('title'))}>${escapeText(title)}</${h}>`,
    `<${p}${styleAttribute(css('byline'))}>${escapeText(byline)}<br>` +
      `<time datetime="${escapeAttribute(date.iso)}"${styleAttribute(css('time'))}>${escapeText(date.text)}</time></${p}>`,
    `<${figure}${styleAttribute(css('epigraph'))}>`,
    `<${blockquote}${styleAttribute(css('quote'))}>${escapeText(epigraph.quote)}</${blockquote}>`,
    `<${figcaption}${styleAttribute(css('attribution'))}>${escapeText(epigraph.attribution)}</${figcaption}>`,
    `</${figure}>`,
    ...paragraphs.map((text) => `<${p}${styleAttribute(css('paragraph'))}>${escapeText(text)}</${p}>`),
    `<${footer}${styleAttribute(css('footer'))}>`,
    `<${p}${styleAttribute(css('citation'))}>${escapeText(citation.text)} ${link(citation.link, css('link'))}</${p}>`,
    `<${p}${styleAttribute(css('copyright'))}>${link(copyright, css('link'))}</${p}>`,
    `</${footer}>`,
    `</${ARTICLE}>`,
  ].join(paste ? '' : '\n');
}

/**
 * The article for mail readers and plain-HTML editors: inline px styles only (see
 * `emailStyles`), centred in presentation tables the way mail layouts need, and only elements
 * every mail reader knows (`div` in place of `article`, `figure` and `footer`; no `time`).
 *
 * @returns {string} HTML with no trailing newline.
 */
export function emailArticleMarkup() {
  const { title, byline, date, epigraph, paragraphs, citation, copyright } = article;
  const width = /max-width:([\d.]+)px/.exec(emailStyles.article)[1];
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">`,
    // Fixed width for Outlook (which ignores max-width), fluid everywhere else.
    `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${width}px"><tr>`,
    `<td lang="en" dir="ltr"${styleAttribute(emailStyles.article)}>`,
    `<h1${styleAttribute(emailStyles.title)}>${escapeText(title)}</h1>`,
    `<p${styleAttribute(emailStyles.byline)}>${escapeText(byline)}<br>${escapeText(date.text)}</p>`,
    `<div${styleAttribute(emailStyles.epigraph)}>`,
    `<blockquote${styleAttribute(emailStyles.quote)}>${escapeText(epigraph.quote)}</blockquote>`,
    `<p${styleAttribute(emailStyles.attribution)}>${escapeText(epigraph.attribution)}</p>`,
    `</div>`,
    ...paragraphs.map((text) => `<p${styleAttribute(emailStyles.paragraph)}>${escapeText(text)}</p>`),
    `<div${styleAttribute(emailStyles.footer)}>`,
    `<p${styleAttribute(emailStyles.citation)}>${escapeText(citation.text)} ${link(citation.link, emailStyles.link)}</p>`,
    `<p${styleAttribute(emailStyles.copyright)}>${link(copyright, emailStyles.link)}</p>`,
    `</div>`,
    `</td>`,
    `</tr></table>`,
    `</td></tr></table>`,
  ].join('\n');
}
