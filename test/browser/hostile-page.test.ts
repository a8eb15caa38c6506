/**
 * Host pages that, by accident or by a theme's taste, would change what readers see: decorations
 * and links around the element, line clamping, zoom, ::first-line, a fixed height or clipping on
 * the element itself, a page @font-face reusing the widget's font names (from the start or in a
 * stylesheet that arrives later), unreadable theme colours, scripts that edit the shadow root, and
 * CSS that hides or cuts off the element. Each page loads the shipped bundle in a frame of its own.
 *
 * The reader's view is measured: the rendered text against the fixture, one copy, the rendered
 * size of every text element (font size times CSS zoom), contrast from computed colours, hit-tests
 * on both links, computed decorations, and pixels where a decoration shows nowhere else.
 * Expectations come from test/fixtures and from the same bundle on a plain page (the baseline).
 * Warnings about placement, which only the page's author can act on, come from the development
 * build (dist/leadership-article.dev.js), which those tests load instead.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  DEV_SCRIPT,
  DIST_SCRIPT,
  framePage,
  removeFrames,
  type FrameWindow,
  nextFrame,
  vendored,
} from '../support/frames.js';
import {
  charRect,
  contrastRatio,
  parseColor,
  effectiveBackground,
  expectedRenderedText,
  isClickable,
  renderedArticle,
  requiredLinks,
  textElements,
  visibleText,
} from '../support/helpers.js';
import { firstLineRect, inkiestRow, paintedPixels } from '../support/pixels.js';

interface Page {
  win: FrameWindow;
  host: HTMLElement;
  article: HTMLElement;
}

/** Lets resize observations and mutation records of the page be delivered and acted on. */
async function settle(win: Window): Promise<void> {
  await win.document.fonts.ready;
  for (let i = 0; i < 3; i++) await nextFrame(win);
}

/** A page with `css` and `body` (one `<leadership-article>`), the bundle (`script`) loaded after it. */
async function openPage(
  css: string,
  body = '<leadership-article></leadership-article>',
  script = DIST_SCRIPT,
): Promise<Page> {
  const win = await framePage(`<style>${css}</style>${body}<script src="${script}"></script>`, {
    width: 760,
    height: 560,
  });
  await settle(win);
  const host = win.document.querySelector<HTMLElement>('leadership-article')!;
  return { win, host, article: renderedArticle(host) };
}

const parentAcrossShadow = (el: Element): Element | null =>
  el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;

/**
 * The CSS zoom an element is drawn at: the engine's own `currentCSSZoom` where it has one, else
 * the product of the computed `zoom` of the element and its ancestors.
 */
function zoomOf(el: Element): number {
  const own = (el as Element & { currentCSSZoom?: number }).currentCSSZoom;
  if (typeof own === 'number') return own;
  let zoom = 1;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    zoom *= parseFloat(getComputedStyle(node).zoom) || 1;
  }
  return zoom;
}

/** The size text is drawn at, in CSS px of the page. */
const renderedFontSize = (el: Element): number => parseFloat(getComputedStyle(el).fontSize) * zoomOf(el);

const describeEl = (el: Element): string => `<${el.localName}${el.className ? `.${el.className}` : ''}>`;

/**
 * What every reader must get: the whole text as the fixture has it, shown once, every text
 * element drawn at 16px or more with 4.5:1 contrast and no decoration but the links' underline,
 * and both required links reachable by a click.
 */
async function expectWholeArticle({ host, article }: Page, label: string): Promise<void> {
  expect(visibleText(article), `${label}: the whole text`).to.equal(await expectedRenderedText());
  const fallbackBoxes = [...host.children].flatMap((child) => [...child.getClientRects()]);
  expect(fallbackBoxes.length, `${label}: one copy (the fallback is not shown)`).to.equal(0);
  for (const el of textElements(article)) {
    const name = `${label}: ${describeEl(el)}`;
    const style = getComputedStyle(el);
    expect(renderedFontSize(el), `${name} rendered font size`).to.be.at.least(16);
    expect(parseColor(style.color)[3], `${name} colour ${style.color} is opaque`).to.equal(1);
    expect(contrastRatio(style.color, effectiveBackground(el)), `${name} contrast`).to.be.at.least(4.5);
    expect(style.textDecorationLine, `${name} decoration`).to.equal(el.localName === 'a' ? 'underline' : 'none');
  }
  const links = [...article.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.href }));
  expect(links, `${label}: the required links`).to.deep.equal([requiredLinks.citation, requiredLinks.copyright]);
  for (const link of article.querySelectorAll('a')) {
    expect(isClickable(link), `${label}: a click reaches ${link.href}`).to.equal(true);
  }
}

/**
 * Nothing of the article is cut off: the element's box holds the article's, nothing inside the
 * element is scrolled, and the first and last line of every text element, brought into view by
 * scrolling the page (not the element), is hit by a point at its middle.
 */
function expectNothingCut({ win, host, article }: Page, label: string): void {
  const [outer, inner] = [host.getBoundingClientRect(), article.getBoundingClientRect()];
  expect(outer.top, `${label}: the element's top`).to.be.at.most(inner.top + 1);
  expect(outer.bottom, `${label}: the element's bottom`).to.be.at.least(inner.bottom - 1);
  expect(host.scrollTop, `${label}: scrolled inside the element`).to.equal(0);
  const lines = (el: Element) => {
    const range = win.document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()].filter((rect) => rect.width > 0);
  };
  for (const el of textElements(article)) {
    for (const which of [0, -1]) {
      const before = lines(el).at(which)!;
      win.scrollTo({ top: win.scrollY + before.top - win.innerHeight / 2, behavior: 'instant' });
      const line = lines(el).at(which)!;
      const hit = host.shadowRoot!.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
      expect(
        !!hit && el.contains(hit),
        `${label}: ${which ? 'last' : 'first'} line of ${describeEl(el)} is shown`,
      ).to.equal(true);
    }
  }
  win.scrollTo({ top: 0, behavior: 'instant' });
}

/** The longest paragraph: its first line is a full line of text. */
const longestParagraph = (article: HTMLElement): HTMLElement =>
  [...article.querySelectorAll<HTMLElement>('p')].reduce((a, b) =>
    b.textContent!.length > a.textContent!.length ? b : a,
  );

/** The share of the inkiest pixel row on the first line of `el`, scrolled into view. */
async function inkiestRowOfFirstLine(el: HTMLElement, win: Window): Promise<number> {
  win.frameElement?.scrollIntoView({ block: 'start', behavior: 'instant' });
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
  await nextFrame(win);
  return inkiestRow(await paintedPixels(firstLineRect(el), win));
}

const warnings = (page: Page): string[] =>
  page.win.recorded.warnings.filter((w) => w.startsWith('<leadership-article>'));

afterEach(removeFrames);

// ---------------------------------------------------------------------------------------------

describe('decorations, clamping, zoom and ::first-line from the host page', () => {
  /** The host paragraph's first line must be a full line for the pixel control. */
  const HOST_TEXT = `<p class="host-text">${'The theme strikes through this host paragraph and every line of it. '.repeat(4)}</p>`;

  for (const [label, css, body] of [
    ['line-through on an ancestor', '.post { text-decoration-line: line-through; text-decoration-thickness: 3px }', ''],
    [
      'underline on the element',
      'leadership-article, .host-text { text-decoration-line: underline; text-decoration-thickness: 3px }',
      '',
    ],
    [
      'the snippet pasted inside a link',
      'a { text-decoration-line: underline; text-decoration-thickness: 3px }',
      'link',
    ],
  ] as const) {
    it(`${label}: no line is drawn through or under the article's text`, async () => {
      const element = '<leadership-article></leadership-article>';
      const inner =
        body === 'link' ? `<a href="https://example.com/">${HOST_TEXT}${element}</a>` : `${HOST_TEXT}${element}`;
      const page = await openPage(`body { margin: 0 } ${css}`, `<div class="post">${inner}</div>`);
      await expectWholeArticle(page, label);
      // Control: the same rule draws a line through the host's own text, which the detector sees.
      const hostText = page.win.document.querySelector<HTMLElement>('.host-text')!;
      expect(await inkiestRowOfFirstLine(hostText, page.win), `${label}: the host's own line is decorated`).to.be.above(
        0.9,
      );
      for (const el of [longestParagraph(page.article), page.article.querySelector<HTMLElement>('h2')!]) {
        expect(await inkiestRowOfFirstLine(el, page.win), `${label}: ${describeEl(el)} first line`).to.be.below(0.85);
      }
    });
  }

  it('inside a link: the development build names the link; the shipped one says nothing readers need', async () => {
    const body = '<a href="https://example.com/"><leadership-article></leadership-article></a>';
    const page = await openPage('', body, DEV_SCRIPT);
    expect(warnings(page).join('\n')).to.contain('inside a link to https://example.com/');
    removeFrames();
    expect(warnings(await openPage('', body))).to.deep.equal([]);
  });

  it('-webkit-line-clamp on the element: the whole article shows', async () => {
    const page = await openPage(
      'leadership-article { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3 !important; overflow: hidden }',
    );
    await expectWholeArticle(page, 'line-clamp on the element');
    const [host, article] = [page.host.getBoundingClientRect(), page.article.getBoundingClientRect()];
    expect(host.height, 'the element is as tall as the article').to.be.at.least(article.height - 1);
  });

  it('-webkit-line-clamp on an ancestor: the whole article shows, or the console says it is cut off', async () => {
    const page = await openPage(
      '.post { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden }',
      '<div class="post"><leadership-article></leadership-article></div>',
      DEV_SCRIPT,
    );
    const [post, article] = [
      page.win.document.querySelector('.post')!.getBoundingClientRect(),
      page.article.getBoundingClientRect(),
    ];
    if (post.bottom >= article.bottom - 1) {
      await expectWholeArticle(page, 'line-clamp on an ancestor');
    } else {
      // WebKit counts the lines inside the article: see README "Known limits".
      expect(warnings(page).join('\n')).to.contain('-webkit-line-clamp:3 on <div.post> cuts off the article');
    }
  });

  for (const [label, css] of [
    ['zoom: 0.5 on an ancestor', '.post { zoom: 0.5 }'],
    ['zoom: 0.5 on the element, 0.8 on an ancestor', '.post { zoom: 0.8 } leadership-article { zoom: 0.5 !important }'],
  ] as const) {
    it(`${label}: the text still renders at 16px or more`, async () => {
      const page = await openPage(css, '<div class="post"><leadership-article></leadership-article></div>');
      expect(zoomOf(page.win.document.querySelector('.post')!), 'the page is zoomed out').to.be.below(1);
      await expectWholeArticle(page, label);
    });
  }

  it('::first-line and ::first-letter rules do not reach the title', async () => {
    const baseline = await openPage('', '<div class="post"><leadership-article></leadership-article></div>');
    const title = baseline.article.querySelector('h2')!;
    const expected = { line: firstLineRect(title).toJSON(), width: title.getBoundingClientRect().width };
    removeFrames();
    const page = await openPage(
      `.post::first-line, leadership-article::first-line, body::first-line {
         text-transform: uppercase; font-size: 8px; letter-spacing: 1em; color: transparent }
       .post::first-letter, leadership-article::first-letter { font-size: 80px; color: red; float: left }`,
      '<div class="post"><leadership-article></leadership-article></div>',
    );
    await expectWholeArticle(page, '::first-line');
    const pageTitle = page.article.querySelector('h2')!;
    const line = firstLineRect(pageTitle);
    expect(line.width, "the title's first line is as wide as without the rules").to.be.closeTo(expected.line.width, 1);
    expect(line.height, 'and as tall').to.be.closeTo(expected.line.height, 1);
  });
});

// ---------------------------------------------------------------------------------------------

describe("the element's own box: a height, clipping or a clamp set on it by the page", () => {
  const TAILWIND = `<link rel="stylesheet" href="${vendored('tailwind-3.4.19-utilities.css')}">`;
  const BOOTSTRAP = '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.css">';
  const element = (attributes = '') => `<leadership-article ${attributes}></leadership-article>`;

  for (const [label, css, body] of [
    ['a fixed height that hides its overflow', 'leadership-article { height: 20px; overflow: hidden }', element()],
    ['the same, !important', 'leadership-article { height: 20px !important; overflow: hidden !important }', element()],
    [
      'the same in the style attribute, !important',
      '',
      element('style="height: 20px !important; overflow: hidden !important"'),
    ],
    [
      'a logical block size, overflow-y clipped',
      'leadership-article { block-size: 20px !important; overflow-y: hidden !important }',
      element(),
    ],
    ['a max height with overflow: clip', 'leadership-article { max-height: 3em; overflow: clip }', element()],
    ['clip-path', 'leadership-article { clip-path: inset(0 0 95% 0) !important }', element()],
    [
      'clip: rect() on a positioned element',
      'leadership-article { position: absolute; clip: rect(0 0 20px 0) !important }',
      element(),
    ],
    ['contain: strict', 'leadership-article { contain: strict !important }', element()],
    [
      'a hand-written line clamp with a max height',
      'leadership-article { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; max-height: 3.2em; overflow: hidden }',
      element(),
    ],
    ["Tailwind's h-5 overflow-hidden", '', `${TAILWIND}${element('class="h-5 overflow-hidden"')}`],
    ["Tailwind's line-clamp-3", '', `${TAILWIND}${element('class="line-clamp-3"')}`],
    ["Tailwind's max-h-24 overflow-clip", '', `${TAILWIND}${element('class="max-h-24 overflow-clip"')}`],
    ["Tailwind's !h-5 !overflow-hidden (!important)", '', `${TAILWIND}${element('class="!h-5 !overflow-hidden"')}`],
    [
      "Bootstrap's h-25 overflow-hidden (!important) in a column of fixed height",
      '',
      `${BOOTSTRAP}<div style="height: 30rem">${element('class="h-25 overflow-hidden"')}</div>`,
    ],
  ] as const) {
    it(`${label}: the whole article shows, nothing cut off`, async () => {
      const page = await openPage(css, body);
      await expectWholeArticle(page, label);
      expectNothingCut(page, label);
    });
  }

  it('control: the same fixed height on a wrapper still cuts the article off', async () => {
    const page = await openPage(
      '.post { height: 20px; overflow: hidden }',
      '<div class="post"><leadership-article></leadership-article></div>',
    );
    expect(() => expectNothingCut(page, 'a clipping wrapper')).to.throw(/is shown/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('fonts from the host page', () => {
  /** The title's rendered width, which changes with the font drawing it. */
  const titleWidth = (page: Page) => firstLineRect(page.article.querySelector('h2')!).width;

  it('a page @font-face reusing the names of the stack is not used, and is named once', async () => {
    const baseline = await openPage('');
    const expected = titleWidth(baseline);
    removeFrames();
    // A theme's own "Georgia" and "Cambria", the first two names of the stack.
    const hijack = ['Georgia', 'Cambria']
      .map((family) => `@font-face { font-family: "${family}"; src: local("DejaVu Sans Mono"); size-adjust: 20% }`)
      .join('\n');
    // Control: the same faces do replace the glyphs of the page's own text.
    const page = await openPage(
      `${hijack} .host-text { font-family: Georgia, serif }`,
      '<p class="host-text">Host text</p><leadership-article></leadership-article>',
    );
    const hostText = page.win.document.querySelector('.host-text')!;
    expect(renderedFontSize(hostText)).to.be.at.least(16);
    expect(firstLineRect(hostText).height, 'the hijacking faces shrink the host text').to.be.below(8);
    await expectWholeArticle(page, '@font-face hijack');
    expect(titleWidth(page), 'the title in the default fonts').to.be.closeTo(expected, 1);
    const lines = [...page.article.querySelectorAll('p')].flatMap((p) => [...p.getClientRects()]);
    for (const line of lines) expect(line.height, 'every line box').to.be.at.least(16);
    const named = warnings(page).filter((w) => w.includes('@font-face'));
    expect(
      named.some((w) => w.includes('"Georgia"')),
      named.join('\n'),
    ).to.equal(true);
    expect(new Set(named).size, 'once per family').to.equal(named.length);
  });

  /**
   * Widths that change with the font drawing the text: the title's first line, and the first 60
   * characters of the longest paragraph.
   */
  const glyphWidths = (page: Page): number[] => {
    const text = longestParagraph(page.article).firstChild!;
    const range = page.win.document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 60);
    return [titleWidth(page), range.getBoundingClientRect().width];
  };
  const expectSameWidths = (widths: number[], expected: number[], label: string) =>
    widths.forEach((width, i) =>
      expect(width, `${label}: ${['title', 'paragraph'][i]}`).to.be.closeTo(expected[i]!, 0.5),
    );

  /** A theme's face under `family`: another font's letters, possibly for some characters only. */
  const face = (family: string, range = '') =>
    `@font-face { font-family: ${family}; src: local("DejaVu Sans Mono")${range ? `; unicode-range: ${range}` : ''} }`;
  const HOST_TEXT = '<p class="host-text" style="font-family: Georgia, serif">Host text in the theme \u00a9</p>';
  const hostTextWidth = (page: Page) => firstLineRect(page.win.document.querySelector('.host-text')!).width;
  const withHostText = `${HOST_TEXT}<leadership-article></leadership-article>`;

  /** Adds a stylesheet holding `css` to the page after the article has rendered, as a lazy theme loads one. */
  async function addStylesheetLater(page: Page, css: string): Promise<void> {
    const sheet = page.win.document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = `data:text/css,${encodeURIComponent(css)}`;
    await new Promise((resolve) => {
      sheet.addEventListener('load', resolve, { once: true });
      page.win.document.head.append(sheet);
    });
    await settle(page.win);
  }

  it('a page @font-face redefining Georgia, unquoted, with a whole other font: the article keeps its letters', async () => {
    const baseline = await openPage('', withHostText);
    const [expected, hostBefore] = [glyphWidths(baseline), hostTextWidth(baseline)];
    removeFrames();
    const page = await openPage(face('Georgia'), withHostText);
    // Control: the face replaces the glyphs of the page's own text.
    expect(Math.abs(hostTextWidth(page) - hostBefore), "the page's own text changed font").to.be.above(5);
    await expectWholeArticle(page, 'Georgia redefined');
    expectSameWidths(glyphWidths(page), expected, 'the article in its own fonts');
    expect(warnings(page).join('\n')).to.contain('redefines "Georgia"');
  });

  it('the same face in a stylesheet that arrives after the article rendered: the article keeps its letters', async () => {
    const page = await openPage('', withHostText);
    const [expected, hostBefore] = [glyphWidths(page), hostTextWidth(page)];
    await addStylesheetLater(page, face('Georgia'));
    expect(Math.abs(hostTextWidth(page) - hostBefore), "the page's own text changed font").to.be.above(5);
    await expectWholeArticle(page, 'a late face');
    expectSameWidths(glyphWidths(page), expected, 'the article in its own fonts');
    expect(warnings(page).join('\n')).to.contain('redefines "Georgia"');
  });

  it('a late face for one character (unicode-range), which leaves the article its size: the article keeps its letters', async () => {
    const page = await openPage('', withHostText);
    // The copyright sign opens the article's last, short line: another glyph cannot rewrap anything.
    const copyright = [...page.article.querySelectorAll('a')].find((a) => a.textContent!.startsWith('\u00a9'))!;
    const signWidth = () => charRect(copyright, 0).width;
    const hostSignWidth = () =>
      charRect(page.win.document.querySelector<HTMLElement>('.host-text')!, 'Host text in the theme '.length).width;
    const [expected, hostBefore, height] = [signWidth(), hostSignWidth(), page.article.getBoundingClientRect().height];
    await addStylesheetLater(page, face('Georgia', 'U+A9'));
    expect(page.article.getBoundingClientRect().height, "the article's height").to.equal(height);
    expect(Math.abs(hostSignWidth() - hostBefore), "the page's own \u00a9 changed font").to.be.above(1);
    expect(signWidth(), "the article's \u00a9").to.be.closeTo(expected, 0.2);
    expect(warnings(page).join('\n')).to.contain('redefines "Georgia"');
  });

  it("every named family of the stack redefined: the article is set in the engine's generic serif", async () => {
    const baseline = await openPage('leadership-article { --leadership-article-font-family: serif }');
    const expected = glyphWidths(baseline);
    removeFrames();
    const page = await openPage(['Georgia', 'Cambria', '"Times New Roman"', 'Times'].map((f) => face(f)).join('\n'));
    await expectWholeArticle(page, 'the whole stack redefined');
    expectSameWidths(glyphWidths(page), expected, 'the article in generic serif');
    const text = warnings(page).join('\n');
    for (const family of ['Georgia', 'Cambria', 'Times New Roman', 'Times'])
      expect(text).to.contain(`redefines "${family}"`);
  });

  it('--leadership-article-font-family: a missing font and a symbol font are refused, by name', async () => {
    const baseline = await openPage('');
    const expected = titleWidth(baseline);
    removeFrames();
    const page = await openPage(
      'leadership-article { --leadership-article-font-family: "No Such Font 123", Webdings, Wingdings }',
    );
    await expectWholeArticle(page, 'refused fonts');
    expect(titleWidth(page), 'the title in the default fonts').to.be.closeTo(expected, 1);
    const text = warnings(page).join('\n');
    for (const family of ['No Such Font 123', 'Webdings', 'Wingdings']) expect(text).to.contain(`"${family}"`);
  });

  it('--leadership-article-font-family: a page font too small to read is refused once it loads', async () => {
    const baseline = await openPage('');
    const expected = titleWidth(baseline);
    removeFrames();
    const page = await openPage(
      `@font-face { font-family: "Fine Print"; src: local("DejaVu Serif"); size-adjust: 5% }
       leadership-article { --leadership-article-font-family: "Fine Print" }`,
    );
    await settle(page.win);
    await expectWholeArticle(page, 'refused page font');
    expect(titleWidth(page), 'the title in the default fonts').to.be.closeTo(expected, 1);
    expect(warnings(page).join('\n')).to.contain('"Fine Print" draws no visible letters');
  });

  it('--leadership-article-font-family: an installed font is used', async () => {
    const baseline = await openPage('');
    const expected = titleWidth(baseline);
    removeFrames();
    const page = await openPage(
      'leadership-article { --leadership-article-font-family: "DejaVu Sans Mono", monospace }',
    );
    await expectWholeArticle(page, 'installed font');
    expect(Math.abs(titleWidth(page) - expected), 'the title is drawn in another font').to.be.above(10);
    expect(warnings(page)).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('theme colours that would hide the words', () => {
  for (const [label, css, named] of [
    ['transparent text', '--leadership-article-color: transparent', ['--leadership-article-color']],
    [
      'links the colour of the background',
      '--leadership-article-link-color: #ffffff',
      ['--leadership-article-link-color'],
    ],
    [
      'a background the colour of the text',
      '--leadership-article-background: #1f2328',
      ['--leadership-article-background'],
    ],
    [
      'muted text and links barely off the background, on a dark page',
      '--leadership-article-background: #101010; --leadership-article-color: #eeeeee; --leadership-article-muted-color: #202020; --leadership-article-link-color: rgb(16 16 40)',
      ['--leadership-article-muted-color', '--leadership-article-link-color'],
    ],
  ] as const) {
    it(`${label}: not applied; the defaults stay readable and the console names the property`, async () => {
      const page = await openPage(`leadership-article { ${css} }`);
      await expectWholeArticle(page, label);
      const text = warnings(page).join('\n');
      for (const property of named) expect(text, text).to.contain(`${property}:`);
    });
  }

  it('readable custom colours are applied as given', async () => {
    const page = await openPage(
      'leadership-article { --leadership-article-background: #101010; --leadership-article-color: #eeeeee; --leadership-article-muted-color: #b0b0b0; --leadership-article-link-color: #9cc3ff }',
    );
    await expectWholeArticle(page, 'readable theme');
    expect(getComputedStyle(page.article).backgroundColor).to.equal('rgb(16, 16, 16)');
    expect(getComputedStyle(page.article.querySelector('a')!).color).to.equal('rgb(156, 195, 255)');
    expect(warnings(page)).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('page scripts that change the rendered article', () => {
  /** Each edits the open shadow root the way a plugin might. */
  const edits: [string, (root: ShadowRoot, win: Window) => void][] = [
    [
      'a "smart quotes" plugin edits a text node',
      (root) => {
        const paragraph = [...root.querySelectorAll('p')].find((p) => p.textContent!.includes("'leader'"))!;
        paragraph.firstChild!.textContent = paragraph.firstChild!.textContent!.replaceAll("'", '\u2019');
      },
    ],
    ['a link rewriter removes a link', (root) => root.querySelector('a')!.remove()],
    [
      'a link rewriter changes an address',
      (root) => root.querySelector('a')!.setAttribute('href', 'https://example.com/'),
    ],
    ['a script empties the root', (root) => root.replaceChildren()],
    [
      'a script hides the article with an attribute',
      (root) => root.querySelector('article')!.setAttribute('hidden', ''),
    ],
    [
      'a script adds a hiding <style>',
      (root, win) => {
        const style = win.document.createElement('style');
        style.textContent = 'article { display: none !important }';
        root.append(style);
      },
    ],
    [
      'a script adopts a hiding stylesheet',
      (root, win) => {
        const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
        sheet.replaceSync('article { visibility: hidden !important }');
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        root.adoptedStyleSheets.push(sheet);
      },
    ],
  ];

  for (const [label, edit] of edits) {
    it(`${label}: undone, and reported`, async () => {
      const page = await openPage('');
      edit(page.host.shadowRoot!, page.win);
      await settle(page.win);
      await expectWholeArticle({ ...page, article: renderedArticle(page.host) }, label);
      expect(warnings(page).length, 'reported').to.be.greaterThan(0);
      expect(page.win.recorded.errors).to.deep.equal([]);
    });
  }

  it('a script that keeps editing does not hang the page, and the last word is reported', async () => {
    const page = await openPage('');
    const root = page.host.shadowRoot!;
    let edits = 0;
    const fight = new page.win.MutationObserver(() => {
      const article = root.querySelector('article');
      if (article && !article.hasAttribute('hidden') && edits++ < 100) article.setAttribute('hidden', '');
    });
    fight.observe(root, { subtree: true, childList: true, attributes: true });
    root.querySelector('article')!.setAttribute('hidden', '');
    await settle(page.win);
    fight.disconnect();
    expect(edits, 'the fight ended').to.be.below(100);
    expect(warnings(page).join('\n')).to.contain('keeps changing the article');
  });
});

// ---------------------------------------------------------------------------------------------

describe('host CSS that hides or cuts off the element', () => {
  for (const [label, css, cause] of [
    ['display:none on an ancestor', '.post { display: none }', 'display:none on <div.post>'],
    ['display:none on the element', 'leadership-article { display: none }', 'display:none on <leadership-article>'],
    ['a clipping ancestor', '.post { max-height: 300px; overflow: clip }', 'overflow:clip on <div.post> cuts off'],
    [
      'content-visibility:hidden on an ancestor',
      '.post { content-visibility: hidden }',
      'content-visibility:hidden on <div.post>',
    ],
    [
      'zero size',
      'leadership-article { width: 0; height: 0; overflow: hidden }',
      'overflow:hidden on <leadership-article> cuts off',
    ],
    ['opacity:0 on an ancestor', '.post { opacity: 0 }', 'opacity:0 on <div.post>'],
  ] as const) {
    it(`${label}: the console names the cause, once, and nothing throws`, async () => {
      const page = await openPage(css, '<div class="post"><leadership-article></leadership-article></div>', DEV_SCRIPT);
      const found = warnings(page).filter((w) => w.includes(cause));
      expect(found.length, warnings(page).join('\n')).to.equal(1);
      expect(page.win.recorded.errors).to.deep.equal([]);
    });
  }

  // What a page's own !important can still do to the element (real Bootstrap utilities, all
  // !important): hide it, but never silently.
  for (const [label, attributes, cause] of [
    ['d-none', 'class="d-none"', 'display:none on <leadership-article.d-none>'],
    ['invisible', 'class="invisible"', 'visibility:hidden on <leadership-article.invisible>'],
    ['visually-hidden', 'class="visually-hidden"', 'on <leadership-article.visually-hidden> cuts off'],
    ['opacity-0', 'class="opacity-0"', 'opacity:0 on <leadership-article.opacity-0>'],
  ] as const) {
    it(`Bootstrap's ${label} (!important) on the element: the console names the cause, once`, async () => {
      const page = await openPage(
        '',
        `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.css"><div class="post"><leadership-article ${attributes}></leadership-article></div>`,
        DEV_SCRIPT,
      );
      const found = warnings(page).filter((w) => w.includes(cause));
      expect(found.length, warnings(page).join('\n')).to.equal(1);
      expect(page.win.recorded.errors).to.deep.equal([]);
    });
  }

  it('squeezed to no width and clipped (width:0, visually-hidden): hidden as the page asks, without a tall blank; whole again once wide', async () => {
    const body =
      '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.css">' +
      '<p id="before">Before.</p><leadership-article></leadership-article><p id="after">After.</p>';
    for (const squeeze of ['width: 0; height: 0; overflow: hidden', 'visually-hidden']) {
      const page = await openPage(squeeze.includes(':') ? `.squeezed { ${squeeze} }` : '', body);
      page.host.className = squeeze.includes(':') ? 'squeezed' : squeeze;
      await settle(page.win);
      const gap =
        page.win.document.getElementById('after')!.getBoundingClientRect().top -
        page.win.document.getElementById('before')!.getBoundingClientRect().bottom;
      // The paragraphs' own margins apart (16px each, collapsing to one): no blank in between.
      expect(gap, `${squeeze}: the blank between the paragraphs`).to.be.at.most(20);
      expect(page.host.getBoundingClientRect().height, squeeze).to.be.at.most(1);
      page.host.className = '';
      await settle(page.win);
      await expectWholeArticle(page, `${squeeze}, then widened`);
      removeFrames();
    }
  });

  it('a fixed height that hides its overflow on the element reports nothing: the element keeps its box', async () => {
    const page = await openPage(
      'leadership-article { height: 20px !important; overflow: hidden !important }',
      '<div class="post"><leadership-article></leadership-article></div>',
      DEV_SCRIPT,
    );
    expectNothingCut(page, 'a short element');
    expect(warnings(page)).to.deep.equal([]);
  });

  it('a page that shows the element whole reports nothing, even with overflow-x:hidden around it', async () => {
    const page = await openPage(
      'body, .post { overflow-x: hidden }',
      '<div class="post"><leadership-article></leadership-article></div>',
      DEV_SCRIPT,
    );
    await expectWholeArticle(page, 'plain page');
    expect(warnings(page)).to.deep.equal([]);
  });

  for (const [label, change, cause] of [
    [
      'its column made narrow and short',
      '.post { width: 300px; height: 40px; overflow: hidden }',
      'overflow:hidden on <div.post> cuts off',
    ],
    ['an ancestor hidden', '.post { display: none }', 'display:none on <div.post>'],
  ] as const) {
    it(`${label} after it was shown: reported when it resizes`, async () => {
      const page = await openPage('', '<div class="post"><leadership-article></leadership-article></div>', DEV_SCRIPT);
      expect(warnings(page)).to.deep.equal([]);
      page.win.document.head.insertAdjacentHTML('beforeend', `<style>${change}</style>`);
      await settle(page.win);
      expect(warnings(page).join('\n')).to.contain(cause);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('a theme that does all of it at once', () => {
  it('WordPress Twenty Twenty-Five "Evening", a drop cap, a linked post card, a zoomed-out column, only the background themed', async () => {
    const sheets = [
      'twentytwentyfive-global-styles.css',
      'twentytwentyfive-evening.css',
      'twentytwentyfive-1.3-style.css',
    ]
      .map((name) => `<link rel="stylesheet" href="${vendored(name)}">`)
      .join('');
    const page = await openPage(
      `.has-drop-cap::first-letter { float: left; font-size: 8.4em; line-height: .68; font-weight: 100; text-transform: uppercase }
       .column { zoom: 0.8 }
       leadership-article { --leadership-article-background: var(--wp--preset--color--base) }`,
      `${sheets}<main class="wp-block-group"><div class="column"><div class="entry-content has-drop-cap">
         <a class="post-card" href="/2017/06/30/leadership/"><leadership-article></leadership-article></a></div></div></main>`,
    );
    const base = getComputedStyle(page.win.document.body).backgroundColor;
    expect(contrastRatio(base, 'rgb(255, 255, 255)'), 'the theme is dark').to.be.above(10);
    await expectWholeArticle(page, 'Twenty Twenty-Five Evening');
    const text = warnings(page).join('\n');
    expect(text, text).to.contain('--leadership-article-background:');
    // Where the post card's link leads is the author's to fix: the development build says it.
    expect(text, text).to.not.contain('inside a link');
  });

  it('still shows the whole article, readable, with both links', async () => {
    const hijack = ['Georgia', 'Times New Roman']
      .map((family) => `@font-face { font-family: "${family}"; src: local("DejaVu Sans Mono"); size-adjust: 25% }`)
      .join('\n');
    const page = await openPage(
      `${hijack}
       body { text-decoration: line-through; zoom: 0.75 }
       .entry-content::first-line { text-transform: uppercase; font-size: 9px }
       .entry-content::first-letter { font-size: 70px; float: left }
       leadership-article { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden;
         --leadership-article-color: #ffffff; --leadership-article-link-color: #ffffff }`,
      '<main><div class="entry-content"><a href="/go"><leadership-article></leadership-article></a></div></main>',
    );
    await expectWholeArticle(page, 'all at once');
    expect(
      await inkiestRowOfFirstLine(longestParagraph(page.article), page.win),
      'no line through the text',
    ).to.be.below(0.85);
    const text = warnings(page).join('\n');
    for (const named of ['"Georgia"', '--leadership-article-color:', '--leadership-article-link-color:']) {
      expect(text, text).to.contain(named);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('in an editor (contenteditable)', () => {
  it('typing where the caret meets the element edits neither the article nor its fallback', async () => {
    const fallback = '<p>Fallback kept as pasted.</p>';
    const page = await openPage(
      '',
      `<div contenteditable="true"><p class="before">Before.</p><leadership-article>${fallback}</leadership-article><p>After.</p></div>`,
    );
    const editor = page.win.document.querySelector<HTMLElement>('[contenteditable]')!;
    const before = page.win.document.querySelector('.before')!;
    editor.focus();
    const selection = page.win.getSelection()!;

    // Control: typing in the editor's own paragraph edits it, so the keys do reach the editor.
    selection.collapse(before.firstChild!, 'Before'.length);
    await sendKeys({ type: 'XY' });
    expect(before.textContent, 'the editor takes typing').to.equal('BeforeXY.');

    // Arrow keys from the paragraph before into the element, then typing.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowRight']) {
      selection.collapse(before.firstChild!, before.textContent!.length);
      for (let i = 0; i < 3; i++) await sendKeys({ press: key });
      await sendKeys({ type: 'Q' });
    }
    // A click on the article's text, then typing, as an author would.
    for (const target of [page.article.querySelector('h2')!, longestParagraph(page.article)]) {
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = firstLineRect(target);
      const frame = page.win.frameElement!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(frame.left + box.left + 20), Math.round(frame.top + box.top + box.height / 2)],
      });
      await resetMouse();
      await sendKeys({ type: 'XY' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Enter' });
    }
    // The caret put inside the fallback's text, then typing.
    selection.collapse(page.host.querySelector('p')!.firstChild!, 8);
    await sendKeys({ type: 'XY' });
    await sendKeys({ press: 'Backspace' });
    await settle(page.win);
    expect(page.host.innerHTML, 'the fallback').to.equal(fallback);
    await expectWholeArticle({ ...page, article: renderedArticle(page.host) }, 'in an editor');
  });
});
