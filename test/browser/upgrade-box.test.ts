/**
 * The snippet's box does not move on upgrade: the fallback `<article>`'s box before the script
 * runs equals the widget's shadow `<article>`'s box after it, within 1 px (x, y, width, height),
 * in real host stylesheets with their real page structure, at 1280 and 390 px wide. Boxes, not
 * the layout-shift score: that score is 0 when nodes are replaced rather than moved.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DIST_SCRIPT, distText, loadFrame, pageHtml, removeFrames, VIEWPORT_META, waitFor } from '../support/frames.js';
import { renderedArticle, styleOf } from '../support/helpers.js';
import { THEME_PAGES, TWENTY_TWENTY_ONE_WHOLE, UNSTYLED_PAGE, type ThemePage } from '../support/theme-pages.js';

/**
 * The real host pages, with their real stylesheets, and Twenty Twenty-One's whole stylesheet; GitHub's
 * "auto" stylesheet is the light one on a light system, already here.
 */
const HOSTS: Record<string, ThemePage['page']> = Object.fromEntries(
  [UNSTYLED_PAGE, ...THEME_PAGES, TWENTY_TWENTY_ONE_WHOLE]
    .filter(({ name }) => !name.includes('(auto, light system)'))
    .map(({ name, page }) => [name, page]),
);

const WIDTHS = [1280, 390];

type Box = { x: number; y: number; width: number; height: number };

/** The element's border box in page coordinates. */
function pageBox(el: Element): Box {
  const rect = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView!;
  return { x: rect.x + win.scrollX, y: rect.y + win.scrollY, width: rect.width, height: rect.height };
}

const round = (box: Box) =>
  Object.values(box)
    .map((n) => n.toFixed(1))
    .join(', ');

/** What the reader sees of the look: the article's colours. */
const look = (el: Element) => {
  const style = styleOf(el);
  return [style.backgroundColor, style.color, style.borderTopColor, style.fontSize, style.fontFamily].join(' | ');
};

/**
 * Loads `host` with `paste` (its script taken out) at `width`, measures the fallback, then runs
 * the bundle and measures the widget.
 */
async function boxesAround(hostPage: ThemePage['page'], paste: string, width: number) {
  const withoutScript = paste.replace(/<script\b[^>]*><\/script>\n?/, '');
  expect(withoutScript, 'the paste had a script').to.not.equal(paste);
  const host = hostPage(withoutScript);
  const html = pageHtml({ ...host, head: VIEWPORT_META });
  const frame = await loadFrame({ srcdoc: html }, { width, height: 900 });
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  expect(doc.styleSheets.length, 'stylesheets loaded').to.equal((host.stylesheets ?? []).length + (host.css ? 1 : 0));
  const element = doc.querySelector('leadership-article')!;
  const fallback = element.querySelector('article')!;
  const before = { box: pageBox(fallback), look: look(fallback) };

  const script = doc.createElement('script');
  script.src = DIST_SCRIPT;
  doc.head.append(script);
  await waitFor(() => !!win.customElements.get('leadership-article'), 'the script');
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  const widget = renderedArticle(element);
  const after = { box: pageBox(widget), look: look(widget) };
  return { before, after };
}

function expectSameBox(before: Box, after: Box, what: string) {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(after[key] - before[key]), `${what}: ${key} ${before[key]} → ${after[key]}`).to.be.at.most(1);
  }
}

const snippet = await distText('embed.html');

describe('the snippet upgrades in place: fallback box = widget box, within 1 px', () => {
  afterEach(removeFrames);

  for (const [name, host] of Object.entries(HOSTS)) {
    for (const width of WIDTHS) {
      it(`${name}, ${width} px wide`, async () => {
        const { before, after } = await boxesAround(host, snippet, width);
        console.log(`box ${name} @${width}: fallback ${round(before.box)} → widget ${round(after.box)}`);
        expectSameBox(before.box, after.box, name);
        expect(after.look).to.equal(before.look);
      });
    }
  }
});

describe('every theme and heading level keeps the box and the look on upgrade', () => {
  afterEach(removeFrames);

  const combinations: Array<[string, number]> = [
    ['light', 1],
    ['dark', 3],
    ['auto', 6],
  ];
  for (const [theme, headingLevel] of combinations) {
    for (const hostName of ["WordPress Twenty Twenty-One (Debian's whole style.css)", 'an unstyled page']) {
      it(`theme ${theme}, heading level ${headingLevel}, ${hostName}`, async () => {
        const { html, error } = await executeServerCommand<{ html?: string; error?: string }, object>('embed-snippet', {
          theme,
          headingLevel,
        });
        expect(error).to.equal(undefined);
        const { before, after } = await boxesAround(HOSTS[hostName]!, html!, 390);
        expectSameBox(before.box, after.box, `${theme}/${headingLevel}`);
        expect(after.look).to.equal(before.look);
      });
    }
  }
});

describe('control: the measurement sees a jump', () => {
  afterEach(removeFrames);

  it("without its <div>, under Twenty Twenty-One the fallback sits at the column's left edge and jumps on upgrade", async () => {
    const bare = snippet.replace(/^<div>/, '').replace(/<\/div>\n$/, '');
    const { before, after } = await boxesAround(TWENTY_TWENTY_ONE_WHOLE.page, bare, 1280);
    console.log(`box control, no <div>: fallback ${round(before.box)} → widget ${round(after.box)}`);
    expect(Math.abs(after.box.x - before.box.x)).to.be.greaterThan(100);
  });
});
