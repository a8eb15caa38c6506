/**
 * dist/embed/index.html, the page made to be framed (Wix, Notion, WordPress and
 * Ghost embeds through oEmbed). It renders inside `sandbox="allow-scripts"`, tells its parent its
 * height (its own message and WordPress's embed protocol), and touches no cookie or storage.
 */
import { expect } from '@open-wc/testing';
import { expectedRenderedText, renderedArticle, visibleText } from '../support/helpers.js';
import { appendFrame, distText, frameLoaded, nextTask, removeFrames, waitFor } from '../support/frames.js';

const EMBED_PAGE = '/dist/embed/index.html';
/** WordPress adds `#?secret=` and ten letters or digits to the frame's URL. */
const SECRET = 'a1B2c3D4e5';

interface OEmbed {
  width: number;
  height: number;
}
const oembed = JSON.parse(await distText('oembed.json')) as OEmbed;

/** Stops the current test's message listeners. */
let listening = new AbortController();

/** Every message a frame posts to this window, in order. */
function messagesFrom(frame: HTMLIFrameElement): unknown[] {
  const received: unknown[] = [];
  addEventListener(
    'message',
    (event) => {
      if (event.source === frame.contentWindow) received.push(event.data);
    },
    { signal: listening.signal },
  );
  return received;
}

/** The frame size the oEmbed response announces (tall enough: no scroll bar narrows the page). */
const FRAME_SIZE = { width: oembed.width, height: oembed.height };

/**
 * The embed page in a same-origin frame of the oEmbed size (so its document can be read), the
 * probes of test/pages loaded first; resolves once the widget has rendered.
 */
async function readableEmbedPage() {
  const probes =
    '<script src="/test/support/pages/recorder.js"></script><script src="/test/support/pages/privacy-probes.js"></script>';
  const html = (await distText('embed/index.html'))
    .replace('<head>', `<head>${probes}`)
    // The page's relative script URL, resolved as it is when the page is served from /dist/embed/.
    .replace('src="../leadership-article.js"', 'src="/dist/leadership-article.js"');
  const frame = appendFrame({ srcdoc: html }, FRAME_SIZE);
  const messages = messagesFrom(frame);
  await frameLoaded(frame);
  const win = frame.contentWindow as Window &
    typeof globalThis & { recorded: { warnings: string[]; errors: string[]; touched: string[] } };
  const host = win.document.querySelector('leadership-article')!;
  await win.customElements.whenDefined('leadership-article');
  await (host as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await nextTask();
  const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
  return { frame, win, host, messages, height };
}

const heightMessages = (messages: unknown[]) =>
  messages.filter(
    (m): m is { type: string; height: number } => (m as { type?: string })?.type === 'leadership-article:height',
  );
const wordpressMessages = (messages: unknown[]) =>
  messages.filter(
    (m): m is { message: string; value: number; secret: string } => (m as { message?: string })?.message === 'height',
  );

describe('dist/embed/index.html in a frame', () => {
  afterEach(() => {
    removeFrames();
    listening.abort();
    listening = new AbortController();
  });

  it('renders the article once, touching no cookie, storage or network API, and reports its height', async () => {
    const { win, host, messages, height } = await readableEmbedPage();
    expect(visibleText(renderedArticle(host))).to.equal(await expectedRenderedText());
    expect(
      [...host.querySelectorAll('*')].every((el) => el.getClientRects().length === 0),
      'fallback hidden',
    ).to.equal(true);
    expect(win.recorded.touched).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
    await waitFor(() => heightMessages(messages).at(-1)?.height === height, `a height message of ${height}`);
  });

  it("fits in the oEmbed response's height at its width", async () => {
    const { height } = await readableEmbedPage();
    console.log(`embed page height at ${oembed.width}px: ${height}px (oEmbed height ${oembed.height}px)`);
    expect(height).to.be.at.most(oembed.height);
  });

  it('works in sandbox="allow-scripts" (no origin, no storage): reports its height, also to WordPress', async () => {
    const { height: expected } = await readableEmbedPage();
    removeFrames();

    const frame = appendFrame({ src: `${EMBED_PAGE}#?secret=${SECRET}` }, { ...FRAME_SIZE, sandbox: 'allow-scripts' });
    const messages = messagesFrom(frame);

    // The height of the whole article, as rendered in a readable frame of the same width.
    await waitFor(() => heightMessages(messages).at(-1)?.height === expected, `a height message of ${expected}`);
    await waitFor(() => wordpressMessages(messages).length > 0, 'a WordPress height message');
    expect(wordpressMessages(messages).at(-1)).to.deep.equal({ message: 'height', value: expected, secret: SECRET });

    // WordPress's host script says "ready" when it loads after the frame: the height comes again.
    const before = wordpressMessages(messages).length;
    frame.contentWindow!.postMessage({ message: 'ready', secret: SECRET }, '*');
    await waitFor(() => wordpressMessages(messages).length > before, 'the height again after "ready"');

    // Narrower, the article is taller: the frame reports it.
    frame.style.width = '360px';
    await waitFor(() => (heightMessages(messages).at(-1)?.height ?? 0) > expected, 'a larger height when narrower');
  });

  it('sends no WordPress message when the URL has no secret', async () => {
    const frame = appendFrame({ src: EMBED_PAGE }, { ...FRAME_SIZE, sandbox: 'allow-scripts' });
    const messages = messagesFrom(frame);
    await waitFor(() => heightMessages(messages).length > 0, 'a height message');
    expect(wordpressMessages(messages)).to.deep.equal([]);
  });
});
