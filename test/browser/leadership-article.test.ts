import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { article } from '../../src/article/article.js';
import '../../src/element/define.js';
import { LeadershipArticleElement } from '../../src/element/leadership-article.js';
import {
  charactersPerLine,
  collapse,
  contrastRatio,
  effectiveBackground,
  expectedRenderedText,
  fixtureLines,
  isClickable,
  renderedArticle,
  requiredLinks,
  textElements,
  visibleText,
} from '../support/helpers.js';

describe('article data', () => {
  it("is lines 1-16 of the publisher's page, character for character", async () => {
    const { title, byline, date, epigraph, paragraphs, citation, copyright } = article;
    const lines = [
      title,
      '',
      byline,
      date.text,
      '',
      `${epigraph.quote} ${epigraph.attribution}`,
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      citation.text,
      '',
      copyright.text,
    ];
    expect(lines).to.deep.equal(await fixtureLines());
  });

  it('carries the required links with their exact addresses', () => {
    expect(article.citation.link).to.deep.equal(requiredLinks.citation);
    expect(article.copyright).to.deep.equal(requiredLinks.copyright);
  });
});

describe('<leadership-article> rendering', () => {
  it('renders the whole article verbatim, as the fixture has it', async () => {
    const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
    expect(visibleText(renderedArticle(el))).to.equal(await expectedRenderedText());
  });

  it('renders each part in its own semantic element', async () => {
    const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
    const root = el.shadowRoot!;
    const lines = (await fixtureLines()).map(collapse);
    const text = (selector: string) => [...root.querySelectorAll(selector)].map((n) => collapse(n.textContent!));

    const articleEl = root.querySelector('article')!;
    expect(articleEl.lang).to.equal('en');
    expect(articleEl.dir).to.equal('ltr');
    const heading = root.querySelector('h2')!;
    expect(articleEl.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text('h2')).to.deep.equal([lines[0]]);
    expect(visibleText(root.querySelector<HTMLElement>('article > h2 + p')!)).to.equal(`${lines[2]} ${lines[3]}`);
    expect(text('figure > blockquote + figcaption').length).to.equal(1);
    expect(`${text('blockquote')[0]} ${text('figcaption')[0]}`).to.equal(lines[5]);
    expect(text('figure ~ p:not(:nth-last-of-type(-n+2))')).to.deep.equal([lines[7], lines[9], lines[11]]);
    // The citation and copyright are the article's last paragraphs, in no <footer>, which reader
    // modes delete.
    expect(text('article > p:nth-last-of-type(-n+2)')).to.deep.equal([
      `${lines[13]} ${requiredLinks.citation.text}`,
      lines[15],
    ]);
    expect(root.querySelector('footer')).to.equal(null);
  });

  it('gives the date in machine-readable form', async () => {
    const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.dateTime).to.equal('2017-06-30');
    expect(time.textContent).to.equal('June 30th, 2017');
  });

  for (const name of ['citation', 'copyright'] as const) {
    it(`has the ${name} link, active, visible and focusable`, async () => {
      const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
      const expected = requiredLinks[name];
      const links = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.textContent === expected.text);
      expect(links.length).to.equal(1);
      const link = links[0]!;
      expect(link.getAttribute('href')).to.equal(expected.href);
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.equal(true);

      expect(isClickable(link), 'a click on the link reaches it').to.equal(true);

      const style = getComputedStyle(link);
      expect(style.textDecorationLine).to.contain('underline');
      expect(style.pointerEvents).to.equal('auto');
      expect(contrastRatio(style.color, effectiveBackground(link))).to.be.at.least(4.5);

      link.focus();
      expect(el.shadowRoot!.activeElement === link, 'focused').to.equal(true);
    });
  }

  it('reaches both links with the Tab key', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>before</button><leadership-article></leadership-article></div>`,
    );
    const el = wrapper.querySelector('leadership-article')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? 'nothing');
    }
    expect(reached).to.deep.equal([requiredLinks.citation.href, requiredLinks.copyright.href]);
  });

  it('reads comfortably: 16px or more, line height 1.5 or more, AA contrast, about 65 characters a line', async () => {
    const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
    const root = renderedArticle(el);
    for (const node of textElements(root)) {
      const style = getComputedStyle(node);
      expect(parseFloat(style.fontSize), node.localName).to.be.at.least(16);
      expect(contrastRatio(style.color, effectiveBackground(node)), node.localName).to.be.at.least(4.5);
    }
    for (const paragraph of root.querySelectorAll<HTMLElement>('figure ~ p:not(:nth-last-of-type(-n+2))')) {
      const style = getComputedStyle(paragraph);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
      expect(charactersPerLine(paragraph)).to.be.within(50, 80);
    }
  });

  it('passes axe-core with no violation', async () => {
    const el = await fixture<LeadershipArticleElement>(html`<leadership-article></leadership-article>`);
    await expect(el).to.be.accessible();
  });

  it('never shows its light-DOM children once upgraded', async () => {
    const el = await fixture<LeadershipArticleElement>(
      html`<leadership-article><p id="fallback">Fallback text</p></leadership-article>`,
    );
    const child = el.querySelector('#fallback')!;
    expect(child.getClientRects().length).to.equal(0);
    expect(visibleText(renderedArticle(el))).to.equal(await expectedRenderedText());
  });

  it('renders one heading at the level asked for', async () => {
    const el = await fixture<LeadershipArticleElement>(
      html`<leadership-article heading-level="3"></leadership-article>`,
    );
    expect([...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal(['h3']);
    el.headingLevel = '1';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal(['h1']);
  });
});

describe('creating <leadership-article>', () => {
  const check = async (el: HTMLElement) => {
    document.body.append(el);
    try {
      await (el as LeadershipArticleElement).updateComplete;
      expect(el).to.be.instanceOf(LeadershipArticleElement);
      expect(visibleText(renderedArticle(el))).to.equal(await expectedRenderedText());
    } finally {
      el.remove();
    }
  };

  it('from markup', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<leadership-article></leadership-article>';
    await check(holder.firstElementChild as HTMLElement);
  });

  it('with document.createElement', async () => {
    await check(document.createElement('leadership-article'));
  });

  it('with new', async () => {
    await check(new LeadershipArticleElement());
  });
});
