/**
 * Work done once, not per instance. Each test loads the built script,
 * dist/leadership-article.js, into a fresh iframe (a fresh document, registry and Lit), with
 * counters installed in that frame before the script runs, then renders 100 instances.
 * No timings here: speed is measured by `npm run bench`.
 */
import { expect } from '@open-wc/testing';
import { DIST_SCRIPT, loadFrame, pageAround, removeFrames } from '../support/frames.js';

const INSTANCES = 100;

type FrameWindow = Window & typeof globalThis;
type Instance = HTMLElement & { updateComplete: Promise<unknown> };

/** A fresh, empty same-origin page in an iframe, loaded. */
async function freshFrame(body = ''): Promise<FrameWindow> {
  const frame = await loadFrame({ srcdoc: pageAround(body) });
  return frame.contentWindow as FrameWindow;
}

/** Adds the built script to the frame as a classic script and waits for it to run. */
async function loadScript(win: FrameWindow): Promise<void> {
  const script = win.document.createElement('script');
  script.src = DIST_SCRIPT;
  await new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${DIST_SCRIPT} failed to load`)), { once: true });
    win.document.head.append(script);
  });
}

/** Appends `count` more instances to the frame's body and waits until each has rendered. */
async function renderInstances(win: FrameWindow, count: number): Promise<Instance[]> {
  await win.customElements.whenDefined('leadership-article');
  const added = Array.from({ length: count }, () => win.document.createElement('leadership-article') as Instance);
  win.document.body.append(...added);
  await Promise.all(added.map((el) => el.updateComplete));
  for (const el of added) expect(el.shadowRoot?.querySelector('article'), 'rendered article').to.exist;
  return added;
}

/** Counts calls of `object[name]` from now on, passing each call through. */
function countCalls<T extends object>(
  object: T,
  name: keyof T & string,
  filter: (...args: any[]) => boolean = () => true,
) {
  const original = object[name] as unknown as (...args: unknown[]) => unknown;
  const counter = { calls: 0 };
  Object.defineProperty(object, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      if (filter(...args)) counter.calls += 1;
      return original.apply(this, args);
    },
  });
  return counter;
}

afterEach(removeFrames);

describe('work done once for all instances (built script)', () => {
  it(`${INSTANCES} instances share one constructable stylesheet, built once`, async () => {
    const win = await freshFrame();
    const replaceSync = countCalls(win.CSSStyleSheet.prototype, 'replaceSync');
    const replace = countCalls(win.CSSStyleSheet.prototype, 'replace');
    await loadScript(win);
    const instances = await renderInstances(win, INSTANCES);

    const sheets = instances.map((el) => el.shadowRoot!.adoptedStyleSheets);
    for (const adopted of sheets) expect(adopted.length).to.equal(1);
    const shared = sheets[0]![0]!;
    expect(shared).to.be.an.instanceOf(win.CSSStyleSheet);
    expect(shared.cssRules.length, "the shared sheet holds the element's rules").to.be.greaterThan(0);
    expect(
      sheets.every((adopted) => adopted[0] === shared),
      'one and the same CSSStyleSheet object',
    ).to.equal(true);
    // Built once: one sheet filled once, and no per-instance <style> element instead.
    expect(replaceSync.calls + replace.calls).to.equal(1);
    for (const el of instances) expect(el.shadowRoot!.querySelector('style')).to.equal(null);
  });

  it(`the templates are prepared by the first instance, and never again for ${INSTANCES - 1} more`, async () => {
    const win = await freshFrame();
    // Lit prepares each distinct template once, into a <template> element it creates with
    // document.createElement('template'); every render after that clones it.
    const templates = countCalls(
      win.document,
      'createElement',
      (tag: unknown) => String(tag).toLowerCase() === 'template',
    );
    await loadScript(win);
    await renderInstances(win, 1);
    const preparedByFirst = templates.calls;
    expect(preparedByFirst, 'templates prepared for the first instance').to.be.greaterThan(0);

    await renderInstances(win, INSTANCES - 1);
    expect(templates.calls, `templates prepared for ${INSTANCES} instances`).to.equal(preparedByFirst);
  });

  it(`a pass of corrections reads the page once (its fonts, a shared column), not once for each of ${INSTANCES} instances`, async () => {
    const win = await freshFrame();
    await loadScript(win);
    await win.customElements.whenDefined('leadership-article');
    // Every read a pass can make: a shared column (its zoom, its background for `auto`), the
    // page's fonts, and the canvas measure of a custom font.
    const column = win.document.createElement('div');
    column.innerHTML = '<leadership-article theme="auto"></leadership-article>'.repeat(INSTANCES);
    column.style.setProperty('--leadership-article-font-family', '"DejaVu Sans Mono", monospace');
    win.document.body.append(column);
    const hosts = [...column.children] as Instance[];
    await Promise.all(hosts.map((el) => el.updateComplete));
    const settled = async () => {
      for (let i = 0; i < 4; i++)
        await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 20)));
    };
    await settled();

    const styleOf = new Map<Element, number>();
    const styles = countCalls(win, 'getComputedStyle', (el: Element) => {
      styleOf.set(el, (styleOf.get(el) ?? 0) + 1);
      return true;
    });
    const fonts = countCalls(win.FontFaceSet.prototype, 'forEach');
    const measures = countCalls(win.CanvasRenderingContext2D.prototype, 'measureText');
    // A resize of every instance: one pass over all of them.
    (win.frameElement as HTMLElement).style.width = '700px';
    await settled();

    // Every instance's own style is read in each pass: the number of passes is at most that.
    const passes = Math.min(...hosts.map((host) => styleOf.get(host) ?? 0));
    expect(passes, 'each instance was checked').to.be.at.least(1);
    expect(styles.calls, 'computed styles read').to.be.at.least(INSTANCES);
    expect(fonts.calls, "the page's fonts, read once a pass").to.be.within(1, passes);
    for (const ancestor of [column, win.document.body, win.document.documentElement]) {
      expect(styleOf.get(ancestor) ?? 0, `<${ancestor.localName}>, read at most once a pass`).to.be.at.most(passes);
    }
    // Four measures decide one custom family (it against serif and monospace, and those alone).
    expect(measures.calls, 'canvas measures of the custom font').to.be.within(1, 4 * passes);
  });
});
