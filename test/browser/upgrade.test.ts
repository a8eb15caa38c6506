/**
 * Once the script runs, the snippet shows the article once, in the
 * widget's own rendering, without moving the page (late script: layout shift ≤ 0.01); and a
 * fallback that is not the article is reported once in the console (by the development build)
 * while the article shows.
 *
 * Pages are iframes loading the shipped bundle (build first), the snippet's script pointed at
 * this server; its integrity attribute stays, so the SRI hash is checked by every engine too
 * (the development build, which the snippet's hash does not match, goes without it).
 */
import { expect } from '@open-wc/testing';
import {
  DEV_SCRIPT,
  DIST_SCRIPT,
  framePage,
  removeFrames,
  type FrameWindow,
  distText,
  nextTask,
  snippetWithScript,
  waitFor,
  nextFrame,
  appendFrame,
  pageHtml,
  VIEWPORT_META,
  vendored,
} from '../support/frames.js';
import { expectedRenderedText, isClickable, renderedArticle, requiredLinks, visibleText } from '../support/helpers.js';

const snippet = await distText('embed.html');
const SCRIPT_DELAY_MS = 1000;

/** The element's light-DOM fallback renders no box at all. */
const notRendered = (host: Element): boolean =>
  [...host.querySelectorAll('*')].every((el) => el.getClientRects().length === 0);

describe('upgrading the snippet', () => {
  afterEach(removeFrames);

  it("shows the article once, in the widget's rendering; the fallback is not rendered", async () => {
    const win = await framePage(snippetWithScript(snippet, DIST_SCRIPT));
    const hosts = [...win.document.querySelectorAll('leadership-article')];
    expect(hosts.length).to.equal(1);
    const article = renderedArticle(hosts[0]!);
    expect(visibleText(article)).to.equal(await expectedRenderedText());
    expect(notRendered(hosts[0]!), 'fallback not rendered').to.equal(true);
    const links = [...article.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      requiredLinks.citation.href,
      requiredLinks.copyright.href,
    ]);
    for (const link of links) expect(isClickable(link)).to.equal(true);
    // The unmodified fallback is the article: nothing to report.
    expect(win.recorded).to.deep.equal({ warnings: [], errors: [], violations: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Layout shift when the script arrives late

type Rect = Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>;

/** The part of a rectangle inside the viewport. */
function clip(rect: Rect, viewport: Rect): Rect {
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.left + rect.width, viewport.width);
  const bottom = Math.min(rect.top + rect.height, viewport.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
const area = (rect: Rect): number => rect.width * rect.height;

/**
 * The Layout Instability API's score for one element that moved from `before` to `after`:
 * impact fraction (union of both visible rectangles over the viewport) × distance fraction
 * (largest move over the viewport's larger side).
 */
function shiftScore(before: Rect, after: Rect, viewport: Rect): number {
  const distance = Math.max(Math.abs(after.left - before.left), Math.abs(after.top - before.top));
  if (distance === 0) return 0;
  const [a, b] = [clip(before, viewport), clip(after, viewport)];
  const overlap = clip(
    {
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      width: Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left),
      height: Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top),
    },
    viewport,
  );
  const impact = (area(a) + area(b) - area(overlap)) / area(viewport);
  return impact * (distance / Math.max(viewport.width, viewport.height));
}

const rectOf = (el: Element): Rect => {
  const { left, top, width, height } = el.getBoundingClientRect();
  return { left, top, width, height };
};

/** Frame size: the whole article, with a paragraph before and after it, fits the viewport. */
const FRAME = { width: 800, height: 2600 };

type ShiftWindow = Window & typeof globalThis & { layoutShifts: number[] };

/** Records layout-shift entries (Chromium) from the first frame the page paints. */
const SHIFT_OBSERVER = `<script>
window.layoutShifts = [];
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
</script>`;

const NODE_MODULES = '/node_modules';

/** Host pages: none, and real blog and framework stylesheets (see test/fixtures/host-css). */
const HOST_STYLES: Record<string, string[]> = {
  'an unstyled page': [],
  'Bootstrap 5': [`${NODE_MODULES}/bootstrap/dist/css/bootstrap.css`],
  'Pico 2': [`${NODE_MODULES}/@picocss/pico/css/pico.css`],
  "Tailwind's preflight": [vendored('tailwind-3.4.19-preflight.css')],
  'WordPress Twenty Twenty-Five': [
    vendored('twentytwentyfive-global-styles.css'),
    vendored('twentytwentyfive-1.3-style.css'),
  ],
};

let pages = 0;

/**
 * Loads a page holding the snippet whose script arrives `SCRIPT_DELAY_MS` late, and measures
 * the page before (fallback) and after the upgrade.
 */
async function lateUpgrade(stylesheets: string[], fallback = snippet) {
  // A URL of its own each time, so no cache answers early.
  const late = snippetWithScript(fallback, `${DIST_SCRIPT}?delay=${SCRIPT_DELAY_MS}&page=${(pages += 1)}`);
  const srcdoc = pageHtml({
    stylesheets,
    head: `${VIEWPORT_META}${SHIFT_OBSERVER}`,
    body: `<main><p id="before">A paragraph of the host page before the article.</p>
${late}
<p id="after">A paragraph of the host page after the article.</p></main>`,
  });
  const frame = appendFrame({ srcdoc }, FRAME);

  // Before: parsed and painted, the deferred script still on its way. (Not `document.fonts.ready`:
  // Chromium resolves it only once the page has loaded, that is after the deferred script.)
  await waitFor(
    () => frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState !== 'loading',
    'the parsed page',
  );
  const win = frame.contentWindow as ShiftWindow;
  const doc = frame.contentDocument!;
  expect([...doc.styleSheets].length, 'stylesheets loaded').to.equal(stylesheets.length);
  if (win.PerformanceObserver.supportedEntryTypes.includes('paint')) {
    await waitFor(() => win.performance.getEntriesByType('paint').length > 0, 'the first paint');
  }
  await nextFrame(win);
  await nextFrame(win);
  expect(!!win.customElements.get('leadership-article'), 'not upgraded yet').to.equal(false);
  const host = doc.querySelector('leadership-article')!;
  const after = doc.getElementById('after')!;
  const viewport = { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight };
  const before = { article: rectOf(host.querySelector('article')!), after: rectOf(after) };
  expect(before.after.top + before.after.height, 'the whole article is in the viewport').to.be.at.most(viewport.height);

  // After: upgraded and painted.
  await win.customElements.whenDefined('leadership-article');
  await (host as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame(win);
  await nextFrame(win);
  await nextTask();
  const upgraded = { article: rectOf(renderedArticle(host)), after: rectOf(after) };

  const geometricShift =
    shiftScore(before.article, upgraded.article, viewport) + shiftScore(before.after, upgraded.after, viewport);
  return {
    win,
    doc,
    host,
    before,
    upgraded,
    geometricShift,
    reportedShift: win.layoutShifts.reduce((a, b) => a + b, 0),
  };
}

const isChromium = /Chrome\//.test(navigator.userAgent);

describe(`upgrading when the script arrives ${SCRIPT_DELAY_MS} ms late, the whole article in view`, () => {
  afterEach(removeFrames);

  for (const [name, stylesheets] of Object.entries(HOST_STYLES)) {
    it(`moves nothing in ${name}: layout shift at most 0.01`, async () => {
      const { win, host, before, upgraded, geometricShift, reportedShift } = await lateUpgrade(stylesheets);
      console.log(
        `layout shift, ${name}: geometric ${geometricShift.toFixed(4)}` +
          (isChromium ? `, PerformanceObserver ${reportedShift.toFixed(4)}` : '') +
          `; article ${before.article.width.toFixed(1)}×${before.article.height.toFixed(1)} → ` +
          `${upgraded.article.width.toFixed(1)}×${upgraded.article.height.toFixed(1)}`,
      );
      expect(geometricShift).to.be.at.most(0.01);
      expect(visibleText(renderedArticle(host))).to.equal(await expectedRenderedText());
      expect(notRendered(host)).to.equal(true);

      if (isChromium) {
        expect(PerformanceObserver.supportedEntryTypes).to.include('layout-shift');
        expect(reportedShift).to.be.at.most(0.01);
        // Control: the observer sees a real shift in this frame, so its "no shift" means something.
        win.document.getElementById('after')!.style.marginTop = '400px';
        await nextFrame(win);
        await nextFrame(win);
        await nextTask();
        expect(win.layoutShifts.reduce((a, b) => a + b, 0)).to.be.greaterThan(reportedShift);
      }
    });
  }

  it('control: the same fallback without its inline styles would shift the page (measurably)', async () => {
    const unstyled = snippet.replace(/ style="[^"]*"/g, '');
    const { geometricShift, reportedShift } = await lateUpgrade([], unstyled);
    console.log(
      `layout shift, unstyled fallback (control): geometric ${geometricShift.toFixed(4)}` +
        (isChromium ? `, PerformanceObserver ${reportedShift.toFixed(4)}` : ''),
    );
    expect(geometricShift).to.be.greaterThan(0.001);
    if (isChromium) expect(reportedShift).to.be.greaterThan(0.001);
  });
});

// ---------------------------------------------------------------------------------------------
// A fallback that is not the article

/**
 * The snippet with the local script, its fallback changed by `edit`. The development build by
 * default: the comparison with the article is a warning for the page's author.
 */
function editedSnippet(edit: (article: HTMLElement) => void, script = DEV_SCRIPT): string {
  const template = document.createElement('template');
  template.innerHTML = snippetWithScript(snippet, script);
  // The snippet's integrity is the shipped build's.
  if (script !== DIST_SCRIPT) template.content.querySelector('script')!.removeAttribute('integrity');
  edit(template.content.querySelector('leadership-article > article')!);
  return template.innerHTML;
}

/** Loads `body` and checks the article shows as published, without error. */
async function expectCanonical(body: string): Promise<FrameWindow> {
  const win = await framePage(body);
  await nextTask();
  const expected = await expectedRenderedText();
  for (const host of win.document.querySelectorAll('leadership-article')) {
    expect(visibleText(renderedArticle(host))).to.equal(expected);
    expect(notRendered(host)).to.equal(true);
  }
  expect(win.recorded.errors).to.deep.equal([]);
  return win;
}

/** The article's three paragraphs: after the byline, before the citation and the copyright. */
const paragraphs = (article: HTMLElement) => [...article.querySelectorAll(':scope > p')].slice(1, -2);
const linkTo = (article: HTMLElement, href: string) => article.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!;

describe('a fallback that differs from the article', () => {
  afterEach(removeFrames);

  it('with the shipped build: the article shows, and the console says nothing', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        paragraphs(article)[2]!.remove();
        for (const line of [...article.querySelectorAll(':scope > p')].slice(-2)) line.remove();
      }, DIST_SCRIPT),
    );
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('with a word edited: the article shows, one warning quotes the place', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        const first = paragraphs(article)[0]!;
        first.textContent = first.textContent!.replace('topnotch', 'top-notch');
      }),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('<leadership-article>').and.contain('differs').and.contain('topnotch');
  });

  it('with a paragraph cut short: one warning quotes where it stops matching', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        const last = paragraphs(article)[2]!;
        last.textContent = last.textContent!.slice(0, last.textContent!.indexOf(' these principles'));
      }),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('differs').and.contain('these principles');
  });

  it('cut off after the second paragraph: one warning says where the text ends and names both missing links', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        paragraphs(article)[2]!.remove();
        for (const line of [...article.querySelectorAll(':scope > p')].slice(-2)) line.remove();
      }),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0])
      .to.contain('ends')
      .and.contain('(AMA, n.d.)')
      .and.contain(requiredLinks.citation.href)
      .and.contain(requiredLinks.copyright.href);
  });

  it('with a link removed (its text kept): one warning names the link', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        const link = linkTo(article, requiredLinks.copyright.href);
        link.replaceWith(...link.childNodes);
      }),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain(requiredLinks.copyright.text).and.contain(requiredLinks.copyright.href);
    expect(win.recorded.warnings[0]).not.to.contain('text');
  });

  it('with a link pointing elsewhere: one warning names the link and its address', async () => {
    const win = await expectCanonical(
      editedSnippet((article) =>
        linkTo(article, requiredLinks.citation.href).setAttribute('href', 'https://example.com/'),
      ),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain(requiredLinks.citation.href);
  });

  it('on many elements: still one warning for the page', async () => {
    const edited = editedSnippet((article) => article.querySelector('h2')!.append(' (edited)'));
    const element = /<leadership-article>[\s\S]*<\/leadership-article>/.exec(edited)![0];
    const win = await expectCanonical(`${element}${element}${edited}`);
    expect(win.document.querySelectorAll('leadership-article').length).to.equal(3);
    expect(win.recorded.warnings.length).to.equal(1);
  });

  it('with the script before the element (parsed after the upgrade): checked once the fallback is whole', async () => {
    const edited = editedSnippet((article) => paragraphs(article)[1]!.remove());
    const element = /<leadership-article>[\s\S]*<\/leadership-article>/.exec(edited)![0];
    // A classic script before the element: it is upgraded as soon as the parser creates it.
    const win = await expectCanonical(`<script src="${DEV_SCRIPT}"></script>${element}`);
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('differs').and.contain('Most companies');
  });

  it('with tracking parameters added to its links (Ghost, utm_): no difference, one note naming the setting', async () => {
    const win = await expectCanonical(
      editedSnippet((article) => {
        for (const { href } of [requiredLinks.citation, requiredLinks.copyright])
          linkTo(article, href).setAttribute('href', `${href}?ref=x&utm_source=y`);
      }),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).not.to.contain('differs');
    expect(win.recorded.warnings[0]).to.contain('tracking parameters').and.contain('Outbound link tagging');
  });

  it('with tracking parameters and a changed path: the difference is still reported', async () => {
    const win = await expectCanonical(
      editedSnippet((article) =>
        linkTo(article, requiredLinks.citation.href).setAttribute(
          'href',
          `${requiredLinks.citation.href}other/?ref=x&utm_source=y`,
        ),
      ),
    );
    expect(win.recorded.warnings.length).to.equal(1);
    expect(win.recorded.warnings[0]).to.contain('differs').and.contain(requiredLinks.citation.href);
  });

  it('an element without fallback content: no warning', async () => {
    const win = await expectCanonical(
      `<leadership-article>\n</leadership-article><script defer src="${DEV_SCRIPT}"></script>`,
    );
    expect(win.recorded.warnings).to.deep.equal([]);
  });
});
