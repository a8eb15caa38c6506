/**
 * The CLI's test pages: a blog post with the snippet pasted in, compliant and damaged in the
 * ways blogs damage it. Built at test time from the built dist/embed-cdn.html (and the committed
 * wptexturize output), their script pointed at the local server. Inputs only: the verdicts
 * expected for them are in test/fixtures/check-expectations.json.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dataUrlBytes } from '../cli/bundles.mjs';
import { scriptDataUrl } from 'leadership-article/outputs.js';

const post = ({ head = '', body, htmlAttributes = '', bodyAttributes = '' }) =>
  `<!doctype html>\n<html lang="en"${htmlAttributes}>\n<head>\n<meta charset="utf-8">\n<title>A blog post</title>\n${head}\n</head>\n` +
  `<body${bodyAttributes}>\n<main>\n<h1>A blog post</h1>\n<p>My thoughts on the article below.</p>\n${body}\n</main>\n</body>\n</html>\n`;

/** Real themes' stylesheets (see test/fixtures/host-css/README.md), as `<link>`s and page attributes. */
const THEMES = {
  bootstrap: { css: ['node_modules/bootstrap/dist/css/bootstrap.css'] },
  'bootstrap-dark': { css: ['node_modules/bootstrap/dist/css/bootstrap.css'], htmlAttributes: ' data-bs-theme="dark"' },
  'pico-dark': { css: ['node_modules/@picocss/pico/css/pico.css'], htmlAttributes: ' data-theme="dark"' },
  'tailwind-preflight': { css: ['test/fixtures/host-css/tailwind-3.4.19-preflight.css'] },
  twentytwentyfive: {
    css: [
      'test/fixtures/host-css/twentytwentyfive-global-styles.css',
      'test/fixtures/host-css/twentytwentyfive-1.3-style.css',
    ],
  },
  'twentytwentyone-dark': {
    css: [
      'test/fixtures/host-css/twentytwentyone-2.2-style-excerpt.css',
      'test/fixtures/host-css/twentytwentyone-2.2-dark-mode.css',
    ],
    htmlAttributes: ' class="respect-color-scheme-preference is-dark-theme"',
    bodyAttributes: ' class="is-dark-theme"',
  },
};

// The snippet's one script: external (with `integrity`) or self-contained (a data: URL).
const SCRIPT_TAG = /<script\b[^>]*\bsrc="(?:data:text\/javascript[^"]*|[^"]*leadership-article\.js)"[^>]*><\/script>/;
const EXTERNAL_SRC = /src="[^"]*leadership-article\.js"/;
const withSrc = (snippet, src) => snippet.replace(SCRIPT_TAG, (tag) => tag.replace(/\bsrc="[^"]*"/, `src="${src}"`));

/** Cuts the fallback after its first paragraph (before the paragraph holding `Most companies`). */
function truncate(snippet) {
  // Tag names in either case: HTML ignores it, and the snippet writes its block tags upper-case.
  const cut = snippet.toLowerCase().lastIndexOf('<p', snippet.indexOf('Most companies'));
  return snippet.slice(0, cut) + snippet.slice(snippet.toLowerCase().indexOf('</article>'));
}

/** The script no longer the published file: another integrity value, or other embedded bytes. */
function mismatch(snippet, otherIntegrity) {
  if (/integrity="/.test(snippet)) return snippet.replace(/integrity="[^"]*"/, `integrity="${otherIntegrity}"`);
  return snippet.replace(
    /src="(data:text\/javascript[^"]*)"/,
    (_, url) => `src="${scriptDataUrl(Buffer.concat([dataUrlBytes(url), Buffer.from('\n// edited')]))}"`,
  );
}

const CITATION = 'https://www.findacode.com/articles/';
const COPYRIGHT = 'https://www.innovihealth.com/';

/** The fallback's links changed by `to(href)`, as a platform rewrites them. */
const relinked = (snippet, to) =>
  snippet.replace(/href="(https:\/\/www\.(?:findacode|innovihealth)\.com\/[^"]*)"/g, (_, href) => `href="${to(href)}"`);

/**
 * Ghost's click-tracking addresses (`/r/<8 hex digits>?m=<member>`) on the test server, and
 * where each redirects: `to` is a link's address, `ghost(id)` the address the email holds.
 */
export const clickTracking = {
  redirects: {
    '/r/0a1b2c3d': `${CITATION}?ref=blog.example`,
    '/r/4e5f6a7b': COPYRIGHT,
    '/r/9c8d7e6f': 'https://www.example.com/',
  },
  ghost: (origin, id) => `${origin}/r/${id}?m=5b0f6c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e`,
};

/** A Ghost email's links, each a redirect on `origin` (of `clickTracking.redirects`). */
const emailed = (snippet, origin, ids) =>
  relinked(snippet, (href) => clickTracking.ghost(origin, href === CITATION ? ids[0] : ids[1]));

/**
 * Every page by name, for a server at `origin`; `selfContained` is the `snippet` command's
 * output. The damage is done to `base` (default: dist/embed-cdn.html, its script external with SRI).
 */
export async function buildPages({ root, origin, selfContained, base = undefined }) {
  const local = (html) => html.replace(EXTERNAL_SRC, `src="${origin}/dist/leadership-article.js"`);
  const snippet = local(base ?? (await readFile(new URL('dist/embed-cdn.html', root), 'utf8')));
  // WordPress's output for a paste with literal quotes, its script tag made this build's.
  const texturized = (await readFile(new URL('./pages/texturized-embed.html', import.meta.url), 'utf8')).replace(
    SCRIPT_TAG,
    () => snippet.match(SCRIPT_TAG)[0],
  );
  // The article as a plain copy: the fallback without its element or script.
  const staticCopy = snippet.replace(SCRIPT_TAG, '').replace(/<\/?leadership-article[^>]*>/g, '');
  // The element and its script without any wrapper, as a blogger copies them.
  const bare = snippet.replace(/^\s*<div>\s*|\s*<\/div>\s*$/g, '');
  // A newsletter's preheader (Ghost's email): the post's opening words, hidden by its own style.
  const opening = (await readFile(new URL('test/fixtures/article-lines-1-16.txt', root), 'utf8'))
    .split('\n')
    .slice(0, 4)
    .join('\n');
  const preheader = `<span class="preheader" style="color: transparent; display: none; max-height: 0; overflow: hidden;">${opening}</span>`;
  const { copyright } = JSON.parse(await readFile(new URL('test/fixtures/required-links.json', root), 'utf8'));
  const otherIntegrity = `sha384-${createHash('sha384').update('another file').digest('base64')}`;
  const pages = {
    compliant: post({ body: snippet }),
    'self-contained': post({ body: selfContained }),
    'hidden-display-none': post({ head: '<style>leadership-article { display: none; }</style>', body: snippet }),
    // A fixed height on the element itself, as a theme's card or clamp helper sets it: the widget
    // keeps its own box (its stylesheet's !important beats the page's, even !important).
    'element-height': post({
      head: '<style>leadership-article { display: block; height: 20px; overflow: hidden; }</style>',
      body: snippet,
    }),
    'element-height-important': post({
      head: '<style>leadership-article { height: 20px !important; overflow: hidden !important; }</style>',
      body: snippet,
    }),
    // The same height on the snippet's <div> around the element, which nothing inside can undo.
    'clipped-height': post({
      head: '<style>main > div { height: 20px; overflow: hidden; }</style>',
      body: snippet,
    }),
    // What a page's own !important can still do to the element: hide it.
    'hidden-important': post({
      head: '<style>leadership-article { display: none !important; }</style>',
      body: snippet,
    }),
    'hidden-visibility': post({
      head: '<style>main leadership-article { visibility: hidden; }</style>',
      body: snippet,
    }),
    'moved-off-screen': post({
      head: '<style>leadership-article { display: block; position: absolute; left: -10000px; }</style>',
      body: snippet,
    }),
    // An image that never arrives: the page never finishes loading.
    'never-loads': post({ body: `${snippet}\n<img src="${origin}/never" alt="">` }),
    'hidden-on-phones': post({
      head: '<style>@media (max-width: 600px) { leadership-article { display: none; } }</style>',
      body: snippet,
    }),
    dimmed: post({ head: '<style>leadership-article { display: block; opacity: 0.25; }</style>', body: snippet }),
    'fallback-truncated': post({ body: truncate(snippet) }),
    'quotes-curled': post({ body: texturized }),
    'links-stripped': post({ body: snippet.replace(/<a\b[^>]*>|<\/a>/g, '').replace(SCRIPT_TAG, '') }),
    'link-retargeted': post({
      body: snippet.replace(`href="${copyright.href}"`, 'href="https://www.example.com/"'),
    }),
    // Ghost's outbound link tagging and a newsletter tool's utm_ parameters: the same links.
    'links-tracked': post({ body: relinked(snippet, (href) => `${href}?ref=blog.example&utm_source=newsletter`) }),
    'links-tracked-path-changed': post({
      body: relinked(snippet, (href) => (href === CITATION ? `${href}other/?ref=blog.example` : href)),
    }),
    // A Ghost newsletter as sent (no script in email): each link a click-tracking redirect.
    'links-click-tracked': post({ body: emailed(snippet.replace(SCRIPT_TAG, ''), origin, ['0a1b2c3d', '4e5f6a7b']) }),
    'links-click-tracked-elsewhere': post({
      body: emailed(snippet.replace(SCRIPT_TAG, ''), origin, ['0a1b2c3d', '9c8d7e6f']),
    }),
    // The tracking site does not answer (port 9, where nothing listens): not followed.
    'links-click-tracked-unanswered': post({
      body: emailed(snippet.replace(SCRIPT_TAG, ''), 'http://127.0.0.1:9', ['0a1b2c3d', '4e5f6a7b']),
    }),
    'links-covered': post({
      body: `${snippet}\n<div class="cookie-wall" style="position: fixed; inset: 0; z-index: 10"></div>`,
    }),
    'script-missing': post({ body: snippet.replace(SCRIPT_TAG, '') }),
    'script-blocked-csp': post({
      head: `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
      body: snippet,
    }),
    'script-404': post({ body: withSrc(snippet, `${origin}/dist/missing/leadership-article.js`) }),
    'sri-mismatch': post({ body: mismatch(snippet, otherIntegrity) }),
    'newsletter-preheader': post({ body: `${preheader}\n${snippet}` }),
    // The snippet and, below it, the article pasted again as a static copy.
    'article-twice': post({ body: `${snippet}\n${staticCopy}` }),
    // A `<p>` around the paste: the parser moves the fallback out; the element takes it back.
    'p-wrapped': post({ body: `<p>${bare}</p>` }),
    // What WordPress's kses leaves for authors: the fallback alone, tag and script removed.
    'tag-stripped': post({ body: snippet.replace(SCRIPT_TAG, '').replace(/<\/?leadership-article[^>]*>/g, '') }),
    // The framed page (dist/embed/index.html), for platforms that take only an iframe.
    framed: post({
      body: `<iframe src="${origin}/dist/embed/index.html" title="The article" style="width: 620px; height: 2400px; border: 0"></iframe>`,
    }),
    'no-break-space-lost': post({ body: snippet.replace(/by(&#160;|&nbsp;|\u00a0) Kelly/, 'by  Kelly') }),
    // Another definition of the element that renders an altered copy into a closed shadow root:
    // the check must read through a root the page cannot reach.
    'closed-shadow-root': post({
      body:
        `${snippet.replace(SCRIPT_TAG, '')}\n<script>customElements.define('leadership-article', class extends HTMLElement {\n` +
        `  connectedCallback() { const root = this.attachShadow({ mode: 'closed' }); ` +
        `root.innerHTML = this.innerHTML.replace('topnotch', 'top-notch'); }\n});</script>`,
    }),
  };
  // Compliant pastes under real themes, with the script and without (the fallback in the theme).
  for (const [theme, { css, ...attributes }] of Object.entries(THEMES)) {
    const head = css.map((href) => `<link rel="stylesheet" href="${origin}/${href}">`).join('\n');
    pages[`theme-${theme}`] = post({ head, body: snippet, ...attributes });
    pages[`theme-${theme}-no-script`] = post({ head, body: snippet.replace(SCRIPT_TAG, ''), ...attributes });
  }
  for (const [name, html] of Object.entries(pages)) {
    if (!['compliant', 'self-contained'].includes(name) && html === pages.compliant)
      throw new Error(`${name}: its damage did not apply to the snippet`);
  }
  return new Map(Object.entries(pages).map(([name, html]) => [`${name}.html`, html]));
}
