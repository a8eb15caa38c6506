/**
 * Reading a parse5 tree the way a reader without scripts sees it: text in document order with
 * line breaks at block boundaries and `<br>` (then collapsed), scripts, styles and templates
 * left out. CSS is not applied: `check --static` cannot see what a stylesheet hides.
 */
import { collapse } from './article.mjs';

const BLOCKS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const UNRENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

export const attribute = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** Every element under `node` (not `node` itself), in document order. */
export function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}

/** Every text node under `node` with its chain of ancestors, skipping unrendered elements. */
export function* textNodes(node, ancestors = []) {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === '#text') yield { node: child, ancestors };
    else if (child.tagName && !UNRENDERED.has(child.tagName)) yield* textNodes(child, [...ancestors, child]);
  }
}

/** The text a reader sees in `node`, collapsed. */
export function renderedText(node) {
  const parts = [];
  const visit = (n) => {
    if (n.nodeName === '#text') parts.push(n.value);
    if (!n.tagName || UNRENDERED.has(n.tagName)) return;
    const block = BLOCKS.has(n.tagName);
    if (block) parts.push('\n');
    for (const child of n.childNodes ?? []) visit(child);
    if (block) parts.push('\n');
  };
  for (const child of node.childNodes ?? []) visit(child);
  return collapse(parts.join(''));
}

/**
 * Whether the markup itself hides `element` (the `hidden` attribute, or `display: none` in its
 * own style attribute), as newsletters hide their preheader, an excerpt of the post.
 */
export const hiddenByMarkup = (element) =>
  attribute(element, 'hidden') !== undefined || /(^|;)\s*display\s*:\s*none\b/i.test(attribute(element, 'style') ?? '');

/** `body > div.post > p > leadership-article (line 12)`, for messages. */
export function describeNode(node, ancestors) {
  const name = (n) => {
    const id = attribute(n, 'id');
    const classes = (attribute(n, 'class') ?? '').split(/\s+/).filter(Boolean).slice(0, 2);
    return `${n.tagName}${id ? `#${id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
  };
  const path = [...ancestors, node].filter((n) => n.tagName && n.tagName !== 'html').map(name);
  const line = node.sourceCodeLocation?.startLine;
  return `${path.slice(-4).join(' > ')}${line ? ` (line ${line})` : ''}`;
}
