/**
 * Many instances, every way of creating and moving them, and never a
 * blank box.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/element/define.js';
import { LeadershipArticleElement } from '../../src/element/leadership-article.js';
import { DIST_SCRIPT, framePage, frameUrl, removeFrames } from '../support/frames.js';
import { expectedRenderedText, renderedArticle, visibleText } from '../support/helpers.js';

const wholeIn = async (el: Element) => {
  const article = renderedArticle(el);
  expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
  expect(visibleText(article)).to.equal(await expectedRenderedText());
};

describe('many instances', () => {
  afterEach(removeFrames);

  it('renders 100 on one page, each whole', async () => {
    const win = await framePage(
      `${'<leadership-article></leadership-article>'.repeat(100)}<script src="${DIST_SCRIPT}"></script>`,
    );
    const elements = [...win.document.querySelectorAll('leadership-article')];
    expect(elements.length).to.equal(100);
    for (const el of elements) await wholeIn(el);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('renders elements created before and after the script loads', async () => {
    const win = await framePage(
      `<leadership-article id="before"></leadership-article><script src="${DIST_SCRIPT}"></script>`,
    );
    const after = win.document.createElement('leadership-article');
    win.document.body.append(after);
    await (after as LeadershipArticleElement).updateComplete;
    await wholeIn(win.document.getElementById('before')!);
    await wholeIn(after);
  });

  it('stays whole when moved between parents, and when removed and re-added', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section></section>
        <aside></aside>
      </div>`,
    );
    const el = new LeadershipArticleElement();
    wrapper.querySelector('section')!.append(el);
    await el.updateComplete;
    wrapper.querySelector('aside')!.append(el);
    await el.updateComplete;
    await wholeIn(el);
    el.remove();
    wrapper.querySelector('section')!.append(el);
    await el.updateComplete;
    await wholeIn(el);
  });

  it("renders inside another component's shadow root", async () => {
    class HostCard extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<div><leadership-article></leadership-article></div>';
      }
    }
    if (!customElements.get('host-card')) customElements.define('host-card', HostCard);
    const card = await fixture<HTMLElement>(html`<host-card></host-card>`);
    const el = card.shadowRoot!.querySelector('leadership-article') as LeadershipArticleElement;
    await el.updateComplete;
    expect(el).to.be.instanceOf(LeadershipArticleElement);
    await wholeIn(el);
  });
});

describe('never a blank box', () => {
  afterEach(removeFrames);

  it('shows the light-DOM fallback if rendering fails', async () => {
    class BrokenRendering extends LeadershipArticleElement {
      protected override render(): never {
        throw new Error('rendering failed on purpose');
      }
    }
    customElements.define('broken-leadership-article', BrokenRendering);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await fixture<BrokenRendering>(
        html`<broken-leadership-article><p>The fallback stays readable.</p></broken-leadership-article>`,
      );
      const fallback = el.querySelector('p')!;
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      expect(visibleText(el)).to.equal('The fallback stays readable.');
      expect(errors.length).to.equal(1);
      expect(String(errors[0]![0])).to.contain('rendering failed');
    } finally {
      console.error = original;
    }
  });

  it('shows the fallback when the script cannot load at all', async () => {
    const win = await frameUrl('/test/support/pages/script-fails.html');
    const fallback = win.document.getElementById('fallback')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(fallback.innerText).to.equal('The fallback stays readable.');
  });
});
