import { article, authorName } from '../article/article.js';
import { ARTICLE_WIDTH_PX } from './inline-styles.js';
import { articleMarkup, emailArticleMarkup, escapeAttribute, escapeText } from './markup.js';
import { PACKAGE_NAME } from './snippet.js';

/**
 * Whole pages built from the article: the email-safe article.html, the page made to be framed
 * (embed/index.html) and its oEmbed 1.0 response (oembed.json).
 */

/**
 * The frame's initial height in px, for consumers that do not resize it from its messages.
 * The page is 1,797px tall at 558px wide in Chromium and Firefox, 1,752px in WebKit, with
 * Debian's stand-in for Georgia (DejaVu Serif, a wide face); test/embed-frame.test.ts checks it
 * fits. About 15% more leaves room for other fonts and for slightly larger default text.
 */
export const FRAME_HEIGHT_PX = 2100;

/**
 * Runs in the framed page: reports the page's height to the parent whenever it changes, in a
 * plain message and in WordPress's embed protocol (`#?secret=` on the URL; WordPress resizes
 * the frame it sandboxed with `allow-scripts` only). No cookie, no storage: a sandboxed frame
 * without `allow-same-origin` has neither.
 */
const FRAME_SCRIPT = `(() => {
  if (parent === window) return;
  const secret = /secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
  let reported = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    parent.postMessage({ type: '${PACKAGE_NAME}:height', height }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('message', (event) => {
    // WordPress asks again once its own script is ready.
    if (event.source === parent && event.data?.message === 'ready' && event.data.secret === secret) {
      reported = -1;
      report();
    }
  });
})();`;

/**
 * dist/embed/index.html: the article alone on a transparent page, for `<iframe>` embeds (Wix,
 * Notion, WordPress and Ghost embeds through oEmbed discovery). Works with JavaScript off (the
 * fallback) and inside `sandbox="allow-scripts"`: the script is loaded from next to the page,
 * without CORS or SRI, which an opaque (sandboxed) origin could not satisfy.
 * `oembedUrl`: the absolute URL of oembed.json, for the discovery link.
 */
export function embedPage({ oembedUrl }: { oembedUrl: string }): string {
  const title = escapeText(article.title);
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(oembedUrl)}" title="${escapeAttribute(article.title)}">
<style>html,body{margin:0;padding:0;background:transparent}</style>
<script defer src="../leadership-article.js"></script>
</head>
<body>
<${PACKAGE_NAME}>
${articleMarkup({ styled: true })}
</${PACKAGE_NAME}>
<script>
${FRAME_SCRIPT}
</script>
</body>
</html>
`;
}

/**
 * dist/article.html: a complete, script-free document for newsletters and editors that take only
 * plain HTML: the email-safe markup, inline styles only, no custom element.
 */
export function articlePage(): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(article.title)}</title>
</head>
<body style="margin:0;padding:16px 8px;background:#ffffff">
${emailArticleMarkup()}
</body>
</html>
`;
}

/** Versioned URLs never change: a year, the longest cache lifetime HTTP caches commonly honour. */
const CACHE_AGE_SECONDS = 31_536_000;

/**
 * dist/oembed.json: an oEmbed 1.0 `rich` response whose `html` frames the embed page. The
 * sandbox keeps scripts and lets the article's links open a new tab.
 * `embedUrl`: the absolute URL of embed/index.html; `providerUrl`: that of the published dist/.
 */
export function oembedResponse({ embedUrl, providerUrl }: { embedUrl: string; providerUrl: string }) {
  const width = ARTICLE_WIDTH_PX;
  const height = FRAME_HEIGHT_PX;
  const html =
    `<iframe src="${escapeAttribute(embedUrl)}" width="${width}" height="${height}" ` +
    `title="${escapeAttribute(article.title)}" style="border:0;max-width:100%" loading="lazy" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: article.title,
    author_name: authorName(),
    provider_name: PACKAGE_NAME,
    provider_url: providerUrl,
    cache_age: CACHE_AGE_SECONDS,
    width,
    height,
    html,
  };
}
