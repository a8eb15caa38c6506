/**
 * Host pages in legacy encodings, for test/encodings.test.ts, with each built output in them:
 *
 * - `/encoding/page?page=P&output=O&scripts=S`: a blog page whose bytes are really encoded in its
 *   charset (its own words from test/fixtures/encoding-pages.json, written with iconv-lite),
 *   holding output O (`snippet`: dist/embed.html; `script-url`: dist/embed-cdn.html loading the
 *   bundle from /encoding/dist/, served without a charset; `iframe`: a frame of
 *   dist/embed/index.html; `email`: the body of dist/article.html). Page P says its charset
 *   {@link PAGES}'s way. `scripts=off` serves it under a policy that runs the probe only, so the
 *   fallback is read exactly as parsed, as with JavaScript off.
 * - `/encoding/dist/FILE`: a built file's bytes, with a `Content-Type` that names no charset, as
 *   many static hosts serve them (and the same policy when `scripts=off`).
 *
 * Served from a middleware, before the dev server's own, so nothing is injected or transcoded.
 */
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';

const dist = new URL('../../../dist/', import.meta.url);
const words = JSON.parse(await readFile(new URL('../../fixtures/encoding-pages.json', import.meta.url), 'utf8'));

/**
 * The pages' charsets: how each says it (a `<meta>` or the HTTP header, or not at all), what it
 * is written in, and its own words.
 */
export const PAGES = {
  // Nothing declared: browsers fall back to the locale's legacy encoding, windows-1252 here.
  none: { meta: '', header: '', encoding: 'windows-1252', words: words.latin },
  'iso-8859-1': { meta: '<meta charset="iso-8859-1">', header: '', encoding: 'iso-8859-1', words: words.latin },
  'windows-1252-header': { meta: '', header: 'windows-1252', encoding: 'windows-1252', words: words.latin },
  shift_jis: { meta: '<meta charset="shift_jis">', header: '', encoding: 'shift_jis', words: words.japanese },
};

const PROBE = '/test/support/pages/encoding-probe.js';

/** The body of a built HTML file (dist/article.html). */
const bodyOf = (html) => /<body[^>]*>([^]*)<\/body>/.exec(html)[1];

/** The output's markup, as a blogger would paste it; its frame keeps the page's `scripts`. */
async function outputMarkup(output, scripts) {
  const built = (name) => readFile(new URL(name, dist), 'latin1');
  if (output === 'snippet') return built('embed.html');
  if (output === 'script-url') {
    return (await built('embed-cdn.html')).replace(
      /(<script\b[^>]*\bsrc=")[^"]*"/,
      '$1/encoding/dist/leadership-article.js"',
    );
  }
  if (output === 'iframe') {
    // oembed.json's frame, minus its sandbox: the probe reads the framed page from its parent.
    const src = `/encoding/dist/embed/index.html?scripts=${scripts}`;
    return `<iframe src="${src}" width="558" height="2100" title="The article" style="border:0"></iframe>`;
  }
  if (output === 'email') return bodyOf(await built('article.html'));
  throw new Error(`unknown output ${output}`);
}

/** Only the probe runs, from this origin: the element's script is refused, as with JavaScript off. */
const probeOnly = (context) => `script-src http://${context.host}${PROBE}`;

export async function encodingPagesMiddleware(context, next) {
  if (context.path === '/encoding/page') {
    const page = PAGES[context.query.page];
    if (!page) throw new Error(`unknown page ${context.query.page}`);
    const html =
      `<!doctype html><html lang="en"><head>${page.meta}<title>A blog</title><script src="${PROBE}"></script></head>` +
      `<body><main><h1>A post</h1><p id="own">${page.words}</p>\n${await outputMarkup(context.query.output, context.query.scripts)}\n` +
      `<p>The post goes on.</p></main></body></html>`;
    context.body = iconv.encode(html, page.encoding);
    context.set('Content-Type', page.header ? `text/html; charset=${page.header}` : 'text/html');
  } else if (context.path.startsWith('/encoding/dist/') && !context.path.includes('..')) {
    const name = context.path.slice('/encoding/dist/'.length);
    context.body = await readFile(new URL(name, dist));
    context.set('Content-Type', name.endsWith('.js') ? 'text/javascript' : 'text/html');
  } else {
    return next();
  }
  if (context.query.scripts === 'off') context.set('Content-Security-Policy', probeOnly(context));
  context.set('Cache-Control', 'no-store');
}
