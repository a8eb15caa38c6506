/**
 * The snippet's box does not move on upgrade: the fallback `<article>`'s box before the script
 * runs equals the widget's shadow `<article>`'s box after it, within 1 px (x, y, width, height),
 * in real host stylesheets with their real page structure, at 1280 and 390 px wide. Boxes, not
 * the layout-shift score: that score is 0 when nodes are replaced rather than moved.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  DIST_SCRIPT,
  distText,
  loadFrame,
  pageHtml,
  removeFrames,
  vendored,
  VIEWPORT_META,
  waitFor,
} from './frames.js';
import { renderedArticle } from './helpers.js';

const NODE_MODULES = '/node_modules';
const hostParagraph = "<p>The host page's own paragraph, before the article.</p>";

interface Host {
  html?: string;
  bodyAttrs?: string;
  stylesheets: string[];
  css?: string;
  /** The page's body around the paste. */
  body: (paste: string) => string;
}

/** Twenty Twenty-One's post markup; `dark` adds the classes its dark mode puts on the page. */
const twentyTwentyOne = (stylesheets: string[], dark = ''): Host => ({
  html: `class="respect-color-scheme-preference${dark}"`,
  bodyAttrs: `class="post-template-default single single-post singular${dark}"`,
  stylesheets,
  body: (
    paste,
  ) => `<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry entry">
<header class="entry-header alignwide"><h1 class="entry-title">A host post</h1></header>
<div class="entry-content">${hostParagraph}
${paste}
<p>After the article.</p></div></article></main></div></div></div>`,
});

const bootstrap: Host = {
  stylesheets: [`${NODE_MODULES}/bootstrap/dist/css/bootstrap.css`],
  body: (paste) => `<main class="container"><div class="row g-5"><div class="col-md-8"><article class="blog-post">
<h2 class="display-5 link-body-emphasis mb-1">A host post</h2>${hostParagraph}\n${paste}</article></div></div></main>`,
};

const pico: Host = {
  stylesheets: [`${NODE_MODULES}/@picocss/pico/css/pico.css`],
  body: (paste) => `<main class="container"><h1>A host post</h1>${hostParagraph}\n${paste}</main>`,
};

const githubMarkdown: Host = {
  stylesheets: [`${NODE_MODULES}/github-markdown-css/github-markdown-light.css`],
  // The container rules github-markdown-css's readme asks pages to add.
  css: '.markdown-body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px}',
  body: (paste) => `<article class="markdown-body"><h1>A host README</h1>${hostParagraph}\n${paste}</article>`,
};

/** The markup a block theme renders for a post's content. */
const blockTheme = (stylesheets: string[], theme: string): Host => ({
  bodyAttrs: `class="wp-singular post-template-default single single-post wp-theme-${theme}"`,
  stylesheets,
  body: (
    paste,
  ) => `<div class="wp-site-blocks"><main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${hostParagraph}\n${paste}</div></main></div>`,
});

/** Pages as the themes and frameworks mark them up, with their real stylesheets. */
const HOSTS: Record<string, Host> = {
  'an unstyled page': { stylesheets: [], body: (paste) => `<main>${hostParagraph}\n${paste}</main>` },
  'Bootstrap 5': bootstrap,
  'Pico 2': pico,
  "Tailwind's preflight": {
    stylesheets: [vendored('tailwind-3.4.19-preflight.css')],
    body: (paste) => `<main><h1>A host post</h1>${hostParagraph}\n${paste}</main>`,
  },
  'GitHub markdown CSS': githubMarkdown,
  'WordPress Twenty Twenty-One (vendored excerpt)': twentyTwentyOne([
    vendored('twentytwentyone-2.2-style-excerpt.css'),
  ]),
  "WordPress Twenty Twenty-One (Debian's whole style.css)": twentyTwentyOne([
    '/wordpress-themes/twentytwentyone/style.css',
  ]),
  'WordPress Twenty Twenty-One, dark mode': twentyTwentyOne(
    [vendored('twentytwentyone-2.2-style-excerpt.css'), vendored('twentytwentyone-2.2-dark-mode.css')],
    ' is-dark-theme',
  ),
  'WordPress Twenty Twenty-Four': blockTheme([vendored('twentytwentyfour-global-styles.css')], 'twentytwentyfour'),
  'WordPress Twenty Twenty-Five': blockTheme(
    [vendored('twentytwentyfive-global-styles.css'), vendored('twentytwentyfive-1.3-style.css')],
    'twentytwentyfive',
  ),
  'WordPress Twenty Twenty-Five, Evening': blockTheme(
    [
      vendored('twentytwentyfive-global-styles.css'),
      vendored('twentytwentyfive-evening.css'),
      vendored('twentytwentyfive-1.3-style.css'),
    ],
    'twentytwentyfive',
  ),
  'Bootstrap 5, dark': { ...bootstrap, html: 'data-bs-theme="dark"' },
  'Pico 2, dark': { ...pico, html: 'data-theme="dark"' },
  'GitHub markdown CSS, dark': {
    ...githubMarkdown,
    stylesheets: [`${NODE_MODULES}/github-markdown-css/github-markdown-dark.css`],
  },
};

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
  const style = getComputedStyle(el);
  return [style.backgroundColor, style.color, style.borderTopColor, style.fontSize, style.fontFamily].join(' | ');
};

/**
 * Loads `host` with `paste` (its script taken out) at `width`, measures the fallback, then runs
 * the bundle and measures the widget.
 */
async function boxesAround(host: Host, paste: string, width: number) {
  const withoutScript = paste.replace(/<script\b[^>]*><\/script>\n?/, '');
  expect(withoutScript, 'the paste had a script').to.not.equal(paste);
  const html = pageHtml({
    ...host,
    html: `lang="en" ${host.html ?? ''}`,
    head: VIEWPORT_META,
    body: host.body(withoutScript),
  });
  const frame = await loadFrame({ srcdoc: html }, { width, height: 900 });
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  expect(doc.styleSheets.length, 'stylesheets loaded').to.equal(host.stylesheets.length + (host.css ? 1 : 0));
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
    const host = HOSTS["WordPress Twenty Twenty-One (Debian's whole style.css)"]!;
    const { before, after } = await boxesAround(host, bare, 1280);
    console.log(`box control, no <div>: fallback ${round(before.box)} → widget ${round(after.box)}`);
    expect(Math.abs(after.box.x - before.box.x)).to.be.greaterThan(100);
  });
});
