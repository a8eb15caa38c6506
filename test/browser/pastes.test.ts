/**
 * The snippet as real platforms hand it to the browser: wrapped in a `<p>` or a link by an
 * editor, straight after a Markdown paragraph (markdown-it, kramdown), through WordPress's
 * wptexturize and wpautop (the Classic editor) and kses (authors). Every paste is made by the
 * platform's real code on the test server (test/server/paste-plugin.mjs), never written by hand.
 * With scripts on and off, a reader sees the article exactly once, verbatim, links clickable.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  DEV_SCRIPT,
  framePage,
  removeFrames,
  distText,
  pageAround,
  renderWithoutScripts,
  snippetWithScript,
} from '../support/frames.js';
import {
  contrastRatio,
  expectedRenderedText,
  fixtureLines,
  isClickable,
  parseColor,
  requiredLinks,
  visibleText,
  expectWholeArticleWithLinks,
} from '../support/helpers.js';

const snippet = await distText('embed.html');
/** The snippet as pasted before it had its `<div>` (or trimmed by hand): the element first. */
const bareSnippet = snippet.replace(/^<div>/, '').replace(/<\/div>\n$/, '');

const markdownIt = (markdown: string) =>
  executeServerCommand<string, { markdown: string }>('markdown-it', { markdown });
const kramdown = (markdown: string) => executeServerCommand<string, { markdown: string }>('kramdown', { markdown });
const wordpress = (html: string, filters: string[]) =>
  executeServerCommand<string, { html: string; filters: string[] }>('wordpress-filters', { html, filters });

/** A line of the article every copy shows (the first paragraph's opening). */
const marker = ((await fixtureLines())[7] ?? '').slice(0, 60);

/** Each way a paste reaches the page: the post's HTML around the pasted `html`. */
const PASTES: Record<string, (html: string) => Promise<string>> = {
  'wrapped in <p> by an editor': async (html) => `<p>${html}</p>`,
  'wrapped in a link': async (html) => `<a href="https://example.com/post">${html}</a>`,
  'straight after a Markdown paragraph, through markdown-it': (html) =>
    markdownIt(`A paragraph of the post.\n${html}\nMore of the post.\n`),
  'straight after a Markdown paragraph, through kramdown (Jekyll)': (html) =>
    kramdown(`A paragraph of the post.\n${html}\nMore of the post.\n`),
  'in a WordPress Classic editor post (wptexturize, wpautop)': (html) =>
    wordpress(`A paragraph of the post.\n\n${html}\nMore of the post.`, ['wptexturize', 'wpautop']),
  'in a WordPress Classic editor paragraph (no blank line before it)': (html) =>
    wordpress(`A paragraph of the post.\n${html}More of the post.`, ['wptexturize', 'wpautop']),
};

/** Every copy of the article a reader sees: rendered fallbacks, and rendered widgets. */
function visibleCopies(doc: Document): HTMLElement[] {
  const fallbacks = [...doc.querySelectorAll('article')].filter(
    (article) => article.getClientRects().length > 0 && article.textContent!.includes(marker),
  );
  const widgets = [...doc.querySelectorAll('leadership-article')]
    .map((host) => host.shadowRoot?.querySelector('article'))
    .filter((article): article is HTMLElement => !!article && article.getClientRects().length > 0);
  return [...fallbacks, ...widgets];
}

async function expectOneCopyWithScripts(post: string) {
  const win = await framePage(`<main>${post}</main>`);
  const copies = visibleCopies(win.document);
  expect(copies.length, 'copies of the article').to.equal(1);
  expect(copies[0]!.getRootNode(), 'the widget shows it').to.be.instanceOf(win.ShadowRoot);
  expect(visibleText(copies[0]!)).to.equal(await expectedRenderedText());
  const links = [...copies[0]!.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
    requiredLinks.citation.href,
    requiredLinks.copyright.href,
  ]);
  for (const link of links) expect(isClickable(link), `${link.href} clickable`).to.equal(true);
  expect(win.recorded.errors).to.deep.equal([]);
  return win;
}

async function expectOneCopyWithoutScripts(post: string) {
  const doc = await renderWithoutScripts(pageAround(`<main>${post}</main>`));
  const copies = visibleCopies(doc);
  expect(copies.length, 'copies of the article').to.equal(1);
  await expectWholeArticleWithLinks(copies[0]!);
}

describe('the snippet pasted where platforms wrap or filter it', () => {
  afterEach(removeFrames);

  for (const [name, paste] of Object.entries(PASTES)) {
    // A link around the paste makes the parser's adoption agency algorithm move the fallback
    // out even of the <div>: the element takes it back, and its development build names the link.
    it(`${name}: once with scripts, and no warning`, async () => {
      const win = await expectOneCopyWithScripts(await paste(snippet));
      expect(win.recorded.warnings).to.deep.equal([]);
    });
    if (name.includes('link')) {
      it(`${name}: the development build names the link as the cause`, async () => {
        const win = await expectOneCopyWithScripts(await paste(snippetWithScript(snippet, DEV_SCRIPT)));
        expect(win.recorded.warnings.length).to.equal(1);
        expect(win.recorded.warnings[0]).to.contain('inside a link');
      });
    }

    it(`${name}: once without scripts`, async () => {
      await expectOneCopyWithoutScripts(await paste(snippet));
    });
  }

  it("a WordPress author's post (wptexturize, wpautop, then the real wp_kses_post): the fallback, once", async () => {
    const post = await wordpress(`A paragraph of the post.\n\n${snippet}\nMore of the post.`, [
      'wp_kses_post',
      'wptexturize',
      'wpautop',
    ]);
    expect(post).not.to.match(/<script|<leadership-article|data:text\/javascript/i);
    await expectOneCopyWithoutScripts(post);
  });

  it('theme auto through the real wp_kses_post: light-dark() is dropped, the light colours stay, readable', async () => {
    const { html } = await executeServerCommand<{ html?: string }, object>('embed-snippet', { theme: 'auto' });
    expect(html).to.contain('light-dark(');
    const post = await wordpress(html!, ['wp_kses_post']);
    const style = /<article[^>]*style="([^"]*)"/i.exec(post)![1]!;
    expect(style).not.to.contain('light-dark(');
    expect(style)
      .to.match(/(^|;)background:/)
      .and.match(/(^|;)color:/);
    const doc = await renderWithoutScripts(pageAround(post));
    const article = visibleCopies(doc)[0]!;
    const { backgroundColor, color } = getComputedStyle(article);
    expect(parseColor(backgroundColor)[3], 'opaque background').to.equal(1);
    expect(contrastRatio(color, backgroundColor)).to.be.at.least(4.5);
  });

  it("WordPress's wpautop adds no paragraph inside the element (nothing to move the box on upgrade)", async () => {
    const post = await wordpress(`A paragraph of the post.\n\n${snippet}\nMore of the post.`, [
      'wptexturize',
      'wpautop',
    ]);
    const doc = new DOMParser().parseFromString(post, 'text/html');
    const host = doc.querySelector('leadership-article')!;
    expect([...host.children].map((el) => el.localName)).to.deep.equal(['article']);
    expect(host.querySelectorAll('p:empty, blockquote p').length).to.equal(0);
    // Control: the same fallback on several lines with lower-case tags, as it once was, gets both.
    const lines = snippet
      .replace(/></g, '>\n<')
      .replace(/<(\/?)([A-Z][A-Z0-9]*)\b/g, (_, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}`);
    const split = new DOMParser().parseFromString(await wordpress(lines, ['wptexturize', 'wpautop']), 'text/html');
    expect(split.querySelectorAll('leadership-article p:empty, blockquote p').length).to.be.greaterThan(0);
  });

  it("WordPress's wptexturize leaves the article's straight quotes and apostrophes as they are (control: it curls the post's own)", async () => {
    const post = await wordpress(`"Quoted," he said; it's the host's text.\n\n${snippet}`, ['wptexturize', 'wpautop']);
    expect(post).to.contain('&#8220;Quoted,&#8221;').and.contain('it&#8217;s');
    const doc = await renderWithoutScripts(pageAround(post));
    expect(visibleText(visibleCopies(doc)[0]!)).to.equal(await expectedRenderedText());
  });
});

describe('a paste whose fallback the parser moved out of the element (no <div> around it)', () => {
  afterEach(removeFrames);

  const moved: Record<string, (html: string) => Promise<string>> = {
    'wrapped in <p>': PASTES['wrapped in <p> by an editor']!,
    'straight after a Markdown paragraph (markdown-it)':
      PASTES['straight after a Markdown paragraph, through markdown-it']!,
    'in a WordPress Classic editor paragraph':
      PASTES['in a WordPress Classic editor paragraph (no blank line before it)']!,
  };
  for (const [name, paste] of Object.entries(moved)) {
    it(`${name}: the element takes its fallback back, the article shows once; the development build names the cause`, async () => {
      const post = await paste(bareSnippet);
      // Control: the parser does move the fallback out of the element here.
      const parsed = new DOMParser().parseFromString(post, 'text/html');
      expect(parsed.querySelector('leadership-article article'), 'fallback outside before the script').to.equal(null);
      const win = await expectOneCopyWithScripts(post);
      expect(win.recorded.warnings).to.deep.equal([]);
      await expectOneCopyWithoutScripts(post);
      removeFrames();
      const dev = await expectOneCopyWithScripts(await paste(snippetWithScript(bareSnippet, DEV_SCRIPT)));
      expect(dev.recorded.warnings.length).to.equal(1);
      expect(dev.recorded.warnings[0])
        .to.contain('<leadership-article>')
        .and.contain('outside')
        .and.contain('<p>')
        .and.contain('<div>');
    });
  }

  it('wrapped in a link: once with and without scripts; the development build names the cause', async () => {
    const post = await PASTES['wrapped in a link']!(bareSnippet);
    const win = await expectOneCopyWithScripts(post);
    expect(win.recorded.warnings).to.deep.equal([]);
    await expectOneCopyWithoutScripts(post);
    removeFrames();
    const dev = await expectOneCopyWithScripts(
      await PASTES['wrapped in a link']!(snippetWithScript(bareSnippet, DEV_SCRIPT)),
    );
    expect(dev.recorded.warnings.length).to.equal(1);
    expect(dev.recorded.warnings[0]).to.contain('inside a link');
  });
});
