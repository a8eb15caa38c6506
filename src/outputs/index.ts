import { eleventyPlugin, hugoShortcode } from './integrations.js';
import { articlePage, embedPage, oembedResponse } from './pages.js';
import { embedSnippet } from './snippet.js';

/**
 * `leadership-article/outputs.js`: every output printed from the article's structure and look,
 * for Node (the build, the publish site, the `check` command): the snippets, the pages, the
 * code for each site engine, and the files the build writes beside the bundle.
 */

export { escapeAttribute, escapeText, articleMarkup, emailArticleMarkup } from './markup.js';
export { ARTICLE_WIDTH_PX } from './inline-styles.js';
export { stylesheet } from '../look/stylesheet.js';
export { articleHTML, elementHTML } from './html.js';
export {
  PACKAGE_NAME,
  embedSnippet,
  integrityOf,
  publicBaseUrl,
  scriptDataUrl,
  type ScriptOptions,
} from './snippet.js';
export { FRAME_HEIGHT_PX, articlePage, embedPage, oembedResponse } from './pages.js';
export { eleventyPlugin, hugoShortcode } from './integrations.js';
export { STACKS, stackCode, type Language, type Stack, type StackId } from './stacks.js';

/**
 * The files the build writes into dist/ beside the bundle (`bundle`, its bytes), by path, for a
 * release served at `base` (dist/'s public URL, with a trailing slash).
 */
export function distFiles({
  bundle,
  version,
  base,
}: {
  bundle: Uint8Array;
  version: string;
  base: string;
}): Record<string, string> {
  const snippet = embedSnippet({ bundle });
  const oembed = oembedResponse({ embedUrl: `${base}embed/index.html`, providerUrl: base });
  return {
    'embed.html': snippet,
    'embed-cdn.html': embedSnippet({ bundle, scriptUrl: `${base}leadership-article.js` }),
    'article.html': articlePage(),
    'embed/index.html': embedPage({ oembedUrl: `${base}oembed.json` }),
    'oembed.json': `${JSON.stringify(oembed, null, 2)}\n`,
    'integrations/hugo/layouts/shortcodes/leadership-article.html': hugoShortcode({ snippet, version }),
    'integrations/eleventy/leadership-article.cjs': eleventyPlugin({ snippet, version }),
  };
}
