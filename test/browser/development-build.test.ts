/**
 * Two builds of one element. dist/leadership-article.js, for readers, keeps the corrections
 * that protect them; dist/leadership-article.dev.js (the `development` condition, as Lit's own
 * packages have it) also tells the page's author what only they can fix: placement, and a
 * fallback that differs from the article.
 */
import { expect } from '@open-wc/testing';
import {
  DEV_SCRIPT,
  DIST_SCRIPT,
  distText,
  framePage,
  removeFrames,
  snippetWithScript,
  waitFor,
} from '../support/frames.js';

/** What each diagnostic says: the development build's console messages, in part. */
const DIAGNOSTICS = [
  'hides the article',
  'cuts off the article',
  'its fallback differs from the article',
  'clicks on the article follow it',
  'its fallback was outside it',
];

const script = async (url: string): Promise<string> => (await fetch(url)).text();

/**
 * A zoomed-out post that cuts the article off, inside a link, with a fallback that is only the
 * title. The zoom correction shows that the pass which also checks placement ran.
 */
const page = (src: string) =>
  framePage(
    `<style>.post { zoom: 0.5; max-height: 100px; overflow: hidden }</style><a href="/elsewhere"><div class="post"><leadership-article><article><h2>The Difference Between Leadership and Management</h2></article></leadership-article></div></a><script src="${src}"></script>`,
  );

/** The zoom the element set on its article's box: set by the pass of corrections. */
const boxZoom = (win: Window) =>
  win.document.querySelector('leadership-article')!.shadowRoot!.querySelector('div')!.style.zoom;

const ours = (warnings: string[]) => warnings.filter((w) => w.startsWith('<leadership-article>'));

describe('the development build', () => {
  afterEach(removeFrames);

  it("the shipped bundle holds none of the author's diagnostics; the development bundle holds them", async () => {
    const [shipped, development] = await Promise.all([script(DIST_SCRIPT), script(DEV_SCRIPT)]);
    // Control: both are the element, with a warning every build keeps.
    for (const bundle of [shipped, development]) expect(bundle).to.contain('a page script changed the article');
    for (const message of DIAGNOSTICS) {
      expect(shipped, message).not.to.contain(message);
      expect(development, message).to.contain(message);
    }
  });

  it('on a page that cuts the element off: the development build says why, the shipped one does not', async () => {
    const development = await page(DEV_SCRIPT);
    await waitFor(() => ours(development.recorded.warnings).length >= 3, 'three warnings in development');
    const said = ours(development.recorded.warnings).join('\n');
    expect(said).to.contain('overflow:hidden on <div.post> cuts off the article');
    expect(said).to.contain('its fallback differs from the article');
    expect(said).to.contain('inside a link to /elsewhere');

    const shipped = await page(DIST_SCRIPT);
    await waitFor(() => boxZoom(shipped) === '2', 'the shipped build corrected the zoom');
    expect(ours(shipped.recorded.warnings)).to.deep.equal([]);
    expect([...development.recorded.errors, ...shipped.recorded.errors]).to.deep.equal([]);
  });

  it('a paste a <p> ended early: both builds take the fallback back; the development build tells the author', async () => {
    // The snippet without its <div>, inside a paragraph: the parser ends the <p> at <article>.
    const bare = (await distText('embed.html')).replace(/^<div>/, '').replace(/<\/div>\n$/, '');
    for (const [src, said] of [
      [DEV_SCRIPT, ['its fallback was outside it']],
      [DIST_SCRIPT, []],
    ] as const) {
      const win = await framePage(`<p>Intro. ${snippetWithScript(bare, src)}</p>`);
      const host = win.document.querySelector('leadership-article')!;
      await waitFor(() => host.querySelector('article') !== null, 'the fallback back inside');
      expect(ours(win.recorded.warnings).map((m) => said.find((s) => m.includes(s)) ?? m)).to.deep.equal(said);
      removeFrames();
    }
  });
});
