import { articleStructure, HEADING, type ArticleElement, type ArticleNode } from '../article/structure.js';
import {
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  HEADING_LEVELS,
  THEMES,
  type HeadingLevel,
  type Theme,
} from '../attributes.js';
import {
  ARTICLE_WIDTH_PX,
  emailStyles,
  fallbackDeclarationsFor,
  styleText,
  UNSTYLED_FALLBACK,
  type InlineDeclaration,
} from './inline-styles.js';

/**
 * The article's structure (article-structure.ts) printed as markup: HTML for pastes, the
 * fallback and email, and JSX for MDX posts. Every output takes its words from here, so no copy
 * of the article is ever written by hand.
 */

/** The references {@link escape} writes for the characters HTML or typographers would change. */
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  "'": '&#39;',
};

/**
 * `characters` of `text` as references: `& < >` named, everything else numeric. Non-ASCII
 * characters are always references (the byline's no-break space is `&#160;`), so the words
 * survive host pages in other encodings and editors that normalise white space.
 */
const escape = (text: string, characters: RegExp): string =>
  text.replace(characters, (char) => REFERENCES[char] ?? `&#${char.codePointAt(0)};`);

/**
 * Text for HTML. Straight quotes and apostrophes become `&#34;` and `&#39;`: readers see the same
 * character, but "smart quote" filters (WordPress's wptexturize, markdown-it's typographer,
 * kramdown's SmartyPants) only curl literal quote characters.
 */
export const escapeText = (text: string): string => escape(text, /[&<>"']|[^\p{ASCII}]/gu);

/**
 * A double-quoted attribute value. Apostrophes stay literal: typographers never touch attribute
 * values, and a style holding `&` is dropped whole by WordPress's kses.
 */
export const escapeAttribute = (value: string): string => escape(value, /[&<>"]|[^\p{ASCII}]/gu);

/** A JavaScript string literal in ASCII, for JSX expressions: `{"..."}`. */
export const jsString = (text: string): string =>
  JSON.stringify(text).replace(
    /[^\p{ASCII}]|[<>]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

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

/** Attributes of the shadow DOM that pasted markup leaves out: the host page has its own ids. */
const SHADOW_ONLY = new Set(['id', 'aria-labelledby']);

/** The text of the element of the structure whose `id` is `id`. */
const textOfId = (node: ArticleNode, id: string): string | undefined =>
  typeof node === 'string'
    ? undefined
    : node.attributes['id'] === id
      ? node.children.filter((child) => typeof child === 'string').join('')
      : node.children.map((child) => textOfId(child, id)).find((text) => text !== undefined);

/** How one output writes the structure's elements. */
interface Dialect {
  /** The element's tag, or `null` to write its content only. */
  tag(node: ArticleElement): string | null;
  /** Its inline style. */
  style(node: ArticleElement): readonly InlineDeclaration[] | string | undefined;
}

/** The attributes pasted markup gives `node`: no ids, and the name an id gave it, carried itself. */
const attributesOf = (node: ArticleElement, tag: string): [string, string][] =>
  Object.entries(node.attributes).flatMap(([name, value]): [string, string][] =>
    name === 'aria-labelledby' && node.tag === tag.toLowerCase()
      ? [['aria-label', textOfId(articleStructure, value) ?? '']]
      : SHADOW_ONLY.has(name)
        ? []
        : [[name, value]],
  );

/** A tree printer: how text, a start tag and an end tag are written. */
interface Writer {
  text(text: string): string;
  open(tag: string, attributes: [string, string][], style: readonly InlineDeclaration[] | string | undefined): string;
  /** A void element (`br`), which has no content. */
  empty(tag: string, attributes: [string, string][]): string;
}

const html: Writer = {
  text: escapeText,
  open: (tag, attributes, style) =>
    `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}${
      style ? ` style="${escapeAttribute(typeof style === 'string' ? style : styleText(style))}"` : ''
    }>`,
  empty: (tag, attributes) => html.open(tag, attributes, undefined),
};

/** React's names for the HTML attributes the article uses that JSX spells otherwise. */
const JSX_NAMES: Readonly<Record<string, string>> = { datetime: 'dateTime', crossorigin: 'crossOrigin' };

/** `-webkit-user-select` as `WebkitUserSelect`, as JSX style objects name properties. */
const camelCase = (property: string): string =>
  property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * A JSX style object. Where a declaration is written twice (the `auto` theme's light value, then
 * `light-dark()`), an object keeps the last: every engine MDX sites target has `light-dark()`.
 */
const styleObject = (declarations: readonly InlineDeclaration[]): string =>
  `{{${Object.entries(Object.fromEntries(declarations.map(([property, value]) => [camelCase(property), value])))
    .map(([property, value]) => `${property}:${jsString(value)}`)
    .join(',')}}}`;

const jsxAttributes = (attributes: [string, string][]): string =>
  attributes.map(([name, value]) => ` ${JSX_NAMES[name] ?? name}={${jsString(value)}}`).join('');

/**
 * JSX as MDX compiles it: every text and attribute value a string expression, which Markdown
 * (emphasis, smart quotes) never reads and every JSX runtime prints as it is.
 */
const jsx: Writer = {
  text: (text) => `{${jsString(text)}}`,
  open: (tag, attributes, style) =>
    `<${tag}${jsxAttributes(attributes)}${style && typeof style !== 'string' ? ` style=${styleObject(style)}` : ''}>`,
  empty: (tag, attributes) => `<${tag}${jsxAttributes(attributes)} />`,
};

/**
 * Writes `node` as lines: an element holding block elements opens and closes on lines of its own
 * around theirs, any other on one.
 */
function lines(node: ArticleNode, dialect: Dialect, writer: Writer): string[] {
  if (typeof node === 'string') return [writer.text(node)];
  const tag = dialect.tag(node);
  const inner = node.children.map((child) => lines(child, dialect, writer));
  const block = node.children.some((child) => typeof child !== 'string' && !PHRASING.has(child.tag));
  const content = block ? inner.flat() : [inner.flat().join('')];
  if (tag === null) return content;
  const attributes = attributesOf(node, tag);
  if (node.tag === 'br') return [writer.empty(tag, attributes)];
  const open = writer.open(tag, attributes, dialect.style(node));
  return block ? [open, ...content, `</${tag}>`] : [`${open}${content[0] ?? ''}</${tag}>`];
}

/** Options of the article's markup, as the element's attributes take them. */
export interface MarkupOptions {
  /** The element's `theme`, and the fallback's colours (default `light`). */
  theme?: Theme;
  /** The element's `heading-level`, and the level of the title's heading (default 2). */
  headingLevel?: HeadingLevel;
}

/** `options` checked, with their defaults. */
function checked(what: string, { theme = DEFAULT_THEME, headingLevel = DEFAULT_HEADING_LEVEL }: MarkupOptions) {
  if (!HEADING_LEVELS.includes(headingLevel)) {
    throw new RangeError(
      `${what}: headingLevel must be one of ${HEADING_LEVELS.join(', ')}, not ${String(headingLevel)}`,
    );
  }
  if (!THEMES.includes(theme))
    throw new RangeError(`${what}: theme must be one of ${THEMES.join(', ')}, not ${String(theme)}`);
  return { theme, headingLevel };
}

/** The dialect of the styled (or unstyled) article in `theme` at `headingLevel`. */
function articleDialect(
  { theme, headingLevel }: Required<MarkupOptions>,
  styled: boolean,
  upperCaseBlocks: boolean,
): Dialect {
  const styles = styled ? fallbackDeclarationsFor(theme) : undefined;
  return {
    tag: (node) => {
      const tag = node.tag === HEADING ? `h${headingLevel}` : node.tag;
      return upperCaseBlocks && !PHRASING.has(tag) ? tag.toUpperCase() : tag;
    },
    // The `br` has no box to style; every other element starts from the browser's defaults.
    style: (node) => styles && (node.style ? styles[node.style] : node.tag === 'br' ? undefined : UNSTYLED_FALLBACK),
  };
}

/**
 * The article's plain semantic HTML, in the structure the widget renders in its shadow root. One
 * block element per line and no blank line, so Markdown passes it through as one HTML block; no
 * `id` or `class`, so nothing collides with the host page's own.
 *
 * - `styled`: inline styles giving the widget's look and box (off: the article's HTML alone).
 * - `paste`: one line, block tags in upper case. WordPress's wpautop (the Classic editor) matches
 *   block tags in lower case only and splits at line breaks; otherwise it leaves an empty `<p>`
 *   before the article and a `<p>` inside the quotation. Tag names are case-insensitive in HTML,
 *   but not in JSX, Vue or Svelte templates, which take upper-case tags for components.
 */
export function articleMarkup(options: MarkupOptions & { styled?: boolean; paste?: boolean } = {}): string {
  const { styled = false, paste = false } = options;
  const dialect = articleDialect(checked('articleMarkup', options), styled, paste);
  return lines(articleStructure, dialect, html).join(paste ? '' : '\n');
}

/** The styled article as JSX, on one line: the fallback of the MDX code. */
export function articleJsx(options: MarkupOptions = {}): string {
  return lines(articleStructure, articleDialect(checked('articleJsx', options), true, false), jsx).join('');
}

/** An element's start tag, end tag or void element in JSX, for the code around the article. */
export const jsxTag = {
  open: (tag: string, attributes: [string, string][]): string => jsx.open(tag, attributes, undefined),
  empty: (tag: string, attributes: [string, string][]): string => jsx.empty(tag, attributes),
};

/**
 * Tags in the email version for elements mail readers do not know (`null`: the content only),
 * and the title always an `h1`.
 */
const EMAIL_TAGS: Readonly<Record<string, string | null>> = {
  article: 'td',
  [HEADING]: 'h1',
  figure: 'div',
  figcaption: 'p',
  time: null,
};

/**
 * The article for mail readers and plain-HTML editors: inline px styles only, centred in
 * presentation tables the way mail layouts need, and only elements every mail reader knows.
 */
export function emailArticleMarkup(): string {
  const width = ARTICLE_WIDTH_PX;
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">`,
    // Fixed width for Outlook (which ignores max-width), fluid everywhere else.
    `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${width}px"><tr>`,
    ...lines(
      articleStructure,
      {
        tag: (node) => (node.tag in EMAIL_TAGS ? (EMAIL_TAGS[node.tag] as string | null) : node.tag),
        style: (node) => node.style && emailStyles[node.style],
      },
      html,
    ),
    `</tr></table>`,
    `</td></tr></table>`,
  ].join('\n');
}
