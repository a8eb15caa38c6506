/**
 * Markdown and HTML without a site generator: markdown-it 15 as Node blogs configure it
 * (`html: true`, with and without `typographer`), and the pasting accidents a browser's own
 * HTML parser decides: the snippet inside a `<p>` and inside a link.
 */
import MarkdownIt from 'markdown-it';
import { join } from 'node:path';
import { INTRO, OUT, dist, pageAround, savePage } from './common.mjs';

/** Markdown sources around the snippet, shared with the generators' builders. */
export const markdownAround = (snippet) => ({
  raw: { pipeline: 'raw snippet between blank lines', source: `${INTRO}\n\n${snippet}\n` },
  'after-paragraph': {
    pipeline: 'raw snippet directly after a paragraph line (no blank line)',
    source: `${INTRO}\n${snippet}\n`,
  },
});

export async function buildMarkdownIt() {
  const snippet = await dist('embed.html');
  const pages = [];
  for (const typographer of [false, true]) {
    const markdown = new MarkdownIt({ html: true, typographer });
    for (const [name, { pipeline, source }] of Object.entries(markdownAround(snippet))) {
      const id = `markdown-it-${typographer ? 'typographer-' : ''}${name}`;
      pages.push({
        id,
        platform: 'markdown-it 15',
        pipeline: `\`html: true\`${typographer ? ', `typographer: true`' : ''}, ${pipeline}`,
        paste: 'dist/embed.html in the Markdown',
        path: await savePage(join(OUT, `markdown-it/${id}.html`), pageAround(id, markdown.render(source))),
        gated: true,
      });
    }
  }
  return pages;
}

export async function buildHtmlAccidents() {
  const snippet = await dist('embed.html');
  const accidents = {
    'inside-p': ['snippet pasted inside a paragraph', `<p>${INTRO} ${snippet}</p>`],
    'inside-link': ['snippet pasted inside a link', `<p>${INTRO}</p>\n<a href="https://example.com/">${snippet}</a>`],
  };
  // Clicks on the article follow a surrounding link: the development build says so
  // (test/browser/pastes.test.ts); readers get the article whole either way, and no warning.
  const pages = [];
  for (const [name, [pipeline, body]] of Object.entries(accidents)) {
    pages.push({
      id: `html-${name}`,
      platform: 'Any HTML page (the browser parses it)',
      pipeline,
      paste: 'dist/embed.html',
      path: await savePage(join(OUT, `html/${name}.html`), pageAround(name, body)),
      gated: true,
    });
  }
  return pages;
}
