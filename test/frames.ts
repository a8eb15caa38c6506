/**
 * Test pages in iframes, so each test gets a fresh document (and registry) and can load the
 * built `dist/leadership-article.js` exactly as a blog would.
 */

export const DIST_SCRIPT = '/dist/leadership-article.js';

export interface Recorded {
  warnings: string[];
  errors: string[];
  violations: string[];
  /** test/pages/privacy-probes.js: storage and font APIs the page touched. */
  touched?: string[];
}

export type FrameWindow = Window & typeof globalThis & { recorded: Recorded };

/** Resolves once the frame has loaded and every `<leadership-article>` in it has rendered. */
async function settled(frame: HTMLIFrameElement): Promise<FrameWindow> {
  const win = frame.contentWindow as FrameWindow;
  const elements = [...win.document.querySelectorAll('leadership-article')];
  if (elements.length && win.customElements.get('leadership-article')) {
    await win.customElements.whenDefined('leadership-article');
    await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
  // A task turn, not an animation frame: Chromium runs no frames in a background tab, which a
  // test page is whenever two test files run at once. Reading geometry forces layout anyway.
  await new Promise((resolve) => setTimeout(resolve));
  return win;
}

function attach(frame: HTMLIFrameElement, width: number, height: number): Promise<FrameWindow> {
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  return loaded.then(() => settled(frame));
}

/**
 * A page whose body is `body`, with the recorder (console warnings/errors, CSP violations)
 * loaded first. Scripts in `body` run as in any page.
 */
export function framePage(body: string, { width = 800, height = 600, head = '' } = {}): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/test/pages/recorder.js"></script>${head}</head><body>${body}</body></html>`;
  return attach(frame, width, height);
}

/** A page served from `url` (so its response headers, e.g. a CSP, apply). */
export function frameUrl(url: string, { width = 800, height = 600 } = {}): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.src = url;
  return attach(frame, width, height);
}

/** Removes every frame a test added. */
export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}
