/**
 * The JavaScript site engines (built by test/platforms/build.mjs into out/engines/, see
 * sites/engines.mjs): each post page with the code pasted, read as a reader gets it with
 * JavaScript off (a sandboxed frame), on (the page loaded), and, where the engine's client-side
 * router swaps pages (Docusaurus, Next.js, VitePress, SvelteKit), after a real click on the
 * post's link in another page of the same site. Astro's blog starter, Hexo and MkDocs have no
 * client router: JavaScript off and on only. Every result goes to engines-results.json (or
 * engines-before-results.json, for the outputs of before).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import { loadFrame, nextFrame } from '../support/frames.js';
import { collapse, isClickable } from '../support/helpers.js';
import { INTRO } from './intro.mjs';
import { type Reading, WIDTHS, openPage, read, readManifest } from './reader.js';

interface EnginePage {
  id: string;
  engine: string;
  platform: string;
  pipeline: string;
  paste: string;
  code: string;
  mode: 'before' | 'after' | 'trial';
  router: boolean;
  built: boolean;
  error?: string;
  path?: string;
  file?: string;
  list?: string;
}

interface ProbeWindow extends Window {
  /** test/support/pages/recorder.js's record of the page's console. */
  recorded?: { warnings: string[]; errors: string[] };
  /** Set on the list page before the click: still there after the router swapped the page. */
  engineNavigationMarker?: string;
}

/** What a view of a post page gives the reader, and what the page's scripts did. */
interface View extends Reading {
  /** The article is in a frame on the page (the oEmbed iframe), read inside it. */
  framed?: boolean;
  /** JavaScript on: the element is defined in the page. */
  defined?: boolean;
  /** JavaScript on: the fallback inside each upgraded element is not rendered. */
  fallbackHidden?: boolean;
  /** JavaScript on: every console error and warning of the page, and its uncaught errors. */
  console?: string[];
  /** After a click on the list page: the router swapped the page (a marker set before survived). */
  clientSide?: boolean;
  /** After a click: the page the post was reached from. */
  from?: string;
  /** After a click: how many clicks until the router took one (one when it was ready). */
  clicks?: number;
}

const manifest = await readManifest<EnginePage>('engines/', '`node test/platforms/build.mjs engines` (npm test does)');

/** A path as a site links it: without `index.html`, `.html` or a trailing slash. */
const normalized = (path: string): string => path.replace(/(\/index\.html|\.html|\/)$/, '');

/** A hydration message of React, Vue or Svelte (React's production errors name it by number). */
const HYDRATION = /hydrat|mismatch|react\.dev\/errors\/(418|419|423|425)\b/i;

/**
 * Console messages of a site's own code that come from this closed network, not from the paste:
 * kept in the results, not counted as failures.
 */
const OFFLINE: { engine: string; message: RegExp; why: string }[] = [
  {
    engine: 'mkdocs',
    message: /ReferenceError: (hljs is not defined|Can't find variable: hljs)$/,
    why: "MkDocs' theme loads highlight.js from cdnjs, which this machine cannot reach",
  },
];

/** The widget's script on the page: from a URL, or self-contained in a data: URL. */
const hasWidgetScript = (doc: Document): boolean =>
  [...doc.scripts].some(
    (script) =>
      script.src.endsWith('/leadership-article.js') ||
      (script.src.startsWith('data:text/javascript') && script.src.includes('leadership-article')),
  );

/** Waits until the frame's page stops fetching (the router's code and data loaded) for `quietMs`. */
async function settled(win: Window, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let count = -1;
  let since = performance.now();
  while (performance.now() < deadline) {
    const now = win.performance.getEntriesByType('resource').length;
    if (now !== count) {
      count = now;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await nextFrame(win);
}

/** Polls until `condition` holds or `timeoutMs` passes; says which. */
async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/** The oEmbed frame on the page, once its page has loaded. */
async function embedFrame(doc: Document): Promise<HTMLIFrameElement | undefined> {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe[src*="/embed/index.html"]');
  if (!frame) return undefined;
  await until(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank',
    10_000,
  );
  return frame;
}

/**
 * Reads the post in `frame` as reader.ts does; where the page has no element but the oEmbed
 * frame, inside that frame. With scripts, also what the page's scripts did.
 */
async function readView(frame: HTMLIFrameElement, scripts: boolean): Promise<View> {
  const doc = frame.contentDocument!;
  let target = frame;
  let framed = false;
  if (!doc.querySelector('leadership-article')) {
    const inner = await embedFrame(doc);
    if (inner) [target, framed] = [inner, true];
  }
  const view: View = await read(target, { scripts });
  if (framed) view.framed = true;
  if (!scripts) return view;
  const win = target.contentWindow as ProbeWindow & typeof globalThis;
  view.script = hasWidgetScript(win.document);
  const hosts = [...win.document.querySelectorAll('leadership-article')];
  view.defined = !!win.customElements.get('leadership-article');
  view.fallbackHidden = hosts.every(
    (host) => !host.shadowRoot || [...host.children].every((child) => child.getClientRects().length === 0),
  );
  const recorded = (frame.contentWindow as ProbeWindow).recorded;
  view.console = [...(recorded?.errors ?? []), ...(recorded?.warnings ?? [])];
  return view;
}

/** Opens the post with scripts and reads it. */
async function readWithScripts(path: string): Promise<View> {
  const frame = await openPage(path, { scripts: true, width: WIDTHS[0]! });
  try {
    await settled(frame.contentWindow!);
    return await readView(frame, true);
  } finally {
    frame.remove();
  }
}

/** Opens the post without scripts (a sandboxed frame) and reads it. */
async function readWithoutScripts(path: string): Promise<View> {
  const frame = await openPage(path, { scripts: false, width: WIDTHS[0]! });
  try {
    return await readView(frame, false);
  } finally {
    frame.remove();
  }
}

/** Fits the top-level viewport of every engine, so the mouse reaches the link in the frame. */
const CLICK_FRAME = { width: 760, height: 560 };

/** Waits for `ms`. */
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Clicks the post's link with the mouse until the site's router takes the click (cancels the
 * browser's own navigation to swap the page itself). A click that comes before the router is
 * ready would load the post anew, which JavaScript on already reads: that click's navigation is
 * cancelled here, and the reader clicks again a moment later. Resolves with the link clicked and
 * the number of clicks.
 */
async function clickUntilTheRouterTakesIt(
  frame: HTMLIFrameElement,
  target: string,
  page: EnginePage,
): Promise<{ link: HTMLAnchorElement; clicks: number }> {
  const win = frame.contentWindow!;
  for (let attempt = 1; ; attempt += 1) {
    // The first link to the post a reader can click (a theme's off-canvas menu has others).
    const link = [...win.document.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
      (a) => normalized(new URL(a.href).pathname) === target && isClickable(a),
    );
    if (!link) throw new Error(`${page.list}: no link to ${page.path} that a click reaches`);
    link.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = link.getClientRects()[0]!;
    const frameBox = frame.getBoundingClientRect();
    // Last to see the click (the routers listen on the document, their root or the window before it).
    let taken: boolean | undefined;
    const onClick = (event: Event) => {
      taken = event.defaultPrevented;
      if (!taken) event.preventDefault();
    };
    win.addEventListener('click', onClick, { once: true });
    await sendMouse({
      type: 'click',
      position: [
        Math.round(frameBox.left + box.left + box.width / 2),
        Math.round(frameBox.top + box.top + box.height / 2),
      ],
    });
    await resetMouse();
    // A router that stops the click's propagation took it too.
    await until(() => taken !== undefined, 1_000);
    win.removeEventListener('click', onClick);
    if (taken !== false) return { link, clicks: attempt };
    if (attempt === 20) throw new Error(`the router took none of ${attempt} clicks on ${link.href}`);
    await pause(500);
  }
}

/**
 * Opens the site's list page with scripts, waits for its router, clicks the post's link with the
 * mouse, waits until the post is on the page, and reads it.
 */
async function readAfterClientNavigation(page: EnginePage): Promise<View> {
  const frame = await loadFrame({ src: page.list! }, CLICK_FRAME);
  try {
    const win = frame.contentWindow as ProbeWindow & typeof globalThis;
    await settled(win);
    const target = normalized(page.path!);
    frame.scrollIntoView({ block: 'start', behavior: 'instant' });
    const marker = `${page.id}-${Math.random()}`;
    win.engineNavigationMarker = marker;
    const { link, clicks } = await clickUntilTheRouterTakesIt(frame, target, page);
    const arrived = await until(() => {
      const doc = frame.contentDocument;
      return (
        !!doc &&
        normalized(doc.location.pathname) === target &&
        [...doc.querySelectorAll('p')].some((p) => collapse(p.textContent ?? '').startsWith(INTRO))
      );
    }, 20_000);
    if (!arrived)
      throw new Error(`the click on ${link.href} did not bring the post (at ${frame.contentDocument?.URL})`);
    await settled(frame.contentWindow!);
    const view = await readView(frame, true);
    view.clientSide = (frame.contentWindow as ProbeWindow).engineNavigationMarker === marker;
    view.from = page.list!;
    view.clicks = clicks;
    return view;
  } finally {
    frame.remove();
  }
}

/** What the reader must get in a view, as failures (empty: all good). */
function failuresOf(page: EnginePage, name: string, view: View): string[] {
  const failures: string[] = [];
  if (view.text !== 'verbatim') failures.push(`${name}: ${view.text}`);
  if (view.copies !== 1) failures.push(`${name}: ${view.copies} copies shown`);
  if (view.links !== 2) failures.push(`${name}: ${view.links} of 2 required links with exact href and clickable`);
  if (view.console === undefined) return failures;
  if (!view.upgraded)
    failures.push(`${name}: the widget did not upgrade (its script ${view.script ? 'is' : 'is not'} on the page)`);
  if (!view.defined) failures.push(`${name}: <leadership-article> is not defined`);
  if (!view.fallbackHidden) failures.push(`${name}: the fallback still shows beside the widget`);
  const offline = OFFLINE.filter((known) => known.engine === page.engine);
  for (const message of view.console) {
    if (offline.some((known) => known.message.test(message))) continue;
    const kind = HYDRATION.test(message)
      ? 'hydration'
      : /already registered/.test(message)
        ? 'registration'
        : 'console';
    failures.push(`${name}: ${kind}: ${message.slice(0, 300)}`);
  }
  if (view.clientSide === false) failures.push(`${name}: the click loaded a new page, no client-side navigation`);
  return failures;
}

/** The results file: today's code, the outputs of before, or code tried from a folder (kept under out/). */
const suite = { after: 'engines', before: 'engines-before', trial: 'engines-trial' }[manifest[0]?.mode ?? 'after'];

describe(`site engines: the code pasted into a post, built by the engine (${suite})`, () => {
  for (const page of manifest) {
    it(`${page.platform}: ${page.paste}`, async function () {
      this.timeout(180_000);
      if (!page.built) {
        await executeServerCommand('platform-result', {
          page,
          suite,
          result: { build: page.error, failures: [`the build failed: ${page.error}`] },
        });
        expect.fail(`${page.platform}: the build failed with ${page.paste}:\n${page.error}`);
      }
      const views: Record<string, View | string> = {
        off: await readWithoutScripts(page.path!),
        on: await readWithScripts(page.path!),
      };
      if (page.router) {
        try {
          views.navigation = await readAfterClientNavigation(page);
        } catch (error) {
          views.navigation = (error as Error).message;
        }
      }
      const failures = Object.entries(views).flatMap(([name, view]) =>
        typeof view === 'string' ? [`${name}: ${view}`] : failuresOf(page, name, view),
      );
      const result = Object.fromEntries(
        Object.entries(views).map(([name, view]) => {
          if (typeof view === 'string') return [name, { error: view }];
          const { box: _box, columnOffset: _column, ...kept } = view;
          return [name, kept];
        }),
      );
      await executeServerCommand('platform-result', { page, suite, result: { ...result, failures } });
      expect(failures, 'what the reader gets').to.deep.equal([]);
    });
  }
});
