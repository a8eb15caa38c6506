/**
 * What the element leaves on a page besides the article: no uncaught error however the page
 * resizes or zooms it, and no page-wide listener once its last instance is gone.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, framePage, nextTask, removeFrames, waitFor, type FrameWindow } from '../support/frames.js';

/** Waits for the pass of corrections the element runs after a paint, and a little more. */
async function afterChecks(win: FrameWindow): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => (win.document.hidden ? resolve(0) : win.requestAnimationFrame(resolve)));
    await nextTask();
  }
}

describe('effects on the page', () => {
  afterEach(removeFrames);

  it('a page that zooms the article out, then changes its zoom and width, reports no error (no ResizeObserver loop)', async () => {
    const win = await framePage(
      `<style>.post { zoom: 0.5 } .post.other { zoom: 0.8; width: 300px }</style>${'<div class="post"><leadership-article></leadership-article></div>'.repeat(3)}<script src="${DIST_SCRIPT}"></script>`,
    );
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    const posts = [...win.document.querySelectorAll('.post')];
    await afterChecks(win);
    // Control: the zoom is undone on the article's box, so the correction did run.
    const box = win.document.querySelector('leadership-article')!.shadowRoot!.querySelector('div')!;
    expect(box.style.zoom).to.equal('2');
    for (let i = 0; i < 6; i++) {
      for (const post of posts) post.classList.toggle('other');
      (win.frameElement as HTMLIFrameElement).style.width = `${600 + i * 37}px`;
      await afterChecks(win);
    }
    expect([...errors, ...win.recorded.errors]).to.deep.equal([]);
  });

  it('the page-wide beforeinput listener goes when the last instance goes, and comes back with the next', async () => {
    const win = await framePage('<leadership-article></leadership-article><leadership-article></leadership-article>', {
      // Counts the page's beforeinput listeners before the script adds any.
      head: `<script>
        window.listening = 0;
        const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
        window.addEventListener = function (type, ...rest) { if (type === 'beforeinput') listening++; return add.call(this, type, ...rest); };
        window.removeEventListener = function (type, ...rest) { if (type === 'beforeinput') listening--; return remove.call(this, type, ...rest); };
      </script><script src="${DIST_SCRIPT}"></script>`,
    });
    const listening = () => (win as unknown as { listening: number }).listening;
    await win.customElements.whenDefined('leadership-article');
    const [first, second] = [...win.document.querySelectorAll('leadership-article')];
    expect(listening(), 'two instances: one listener').to.equal(1);
    first!.remove();
    expect(listening(), 'one instance left').to.equal(1);
    second!.remove();
    expect(listening(), 'no instance left').to.equal(0);
    win.document.body.append(win.document.createElement('leadership-article'));
    await waitFor(() => listening() === 1, 'a listener again for a new instance');
  });
});
