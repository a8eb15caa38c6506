/**
 * Where no script runs (JavaScript off, or a sanitizer removed the script and
 * the custom element), the snippet's fallback still shows the whole article with active links.
 * The real DOMPurify (in the browser) and sanitize-html (in Node, through the test server) run
 * with their default configuration, and so does WordPress's own kses for post authors
 * (`wp_kses_post`, in PHP through the test server). Each result is rendered in a page with
 * scripts disabled, among other content.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { removeFrames, distText, pageAround, renderWithoutScripts } from '../support/frames.js';
import { expectWholeArticleWithLinks } from '../support/helpers.js';

/** A blog post holding `html` between paragraphs of its own. */
const blogPost = (html: string): string =>
  pageAround(
    `<main><h1>A blog</h1><p>Before the article.</p><div id="post">${html}</div><p>After the article.</p></main>`,
  );

/** Renders a blog post holding `html` with scripts off, and checks the article inside it. */
async function expectSurvives(html: string): Promise<Document> {
  const doc = await renderWithoutScripts(blogPost(html));
  await expectWholeArticleWithLinks(doc.getElementById('post')!);
  return doc;
}

describe("the snippet's fallback", () => {
  afterEach(removeFrames);

  it('shows the whole article with active links when JavaScript is off', async () => {
    const doc = await expectSurvives(await distText('embed.html'));
    // The element stays, never upgraded; its fallback is what readers see.
    expect(doc.querySelectorAll('leadership-article').length).to.equal(1);
    expect(doc.querySelector('leadership-article')!.shadowRoot).to.equal(null);
  });

  it('survives DOMPurify with its default configuration', async () => {
    const sanitized = DOMPurify.sanitize(await distText('embed.html'));
    // What DOMPurify removes by default: the script and the unknown element (its content kept).
    expect(sanitized).not.to.match(/<script|<leadership-article/i);
    await expectSurvives(sanitized);
  });

  it('survives sanitize-html with its default configuration', async () => {
    const sanitized = await executeServerCommand<string, { html: string }>('sanitize-html', {
      html: await distText('embed.html'),
    });
    expect(sanitized).not.to.match(/<script|<leadership-article|style=/i);
    await expectSurvives(sanitized);
  });

  it("survives WordPress kses for post authors (the 'post' allowlist)", async () => {
    const filtered = await executeServerCommand<string, { html: string; filters: string[] }>('wordpress-filters', {
      html: await distText('embed.html'),
      filters: ['wp_kses_post'],
    });
    // kses drops the script, the custom element and <time> (keeping its text), and the CSS
    // properties not on its list, such as `all` and `display`.
    expect(filtered).not.to.match(/<script|<leadership-article|<time|\ball:|display:/i);
    expect(filtered).to.match(/<figure/i);
    await expectSurvives(filtered);
  });
});
