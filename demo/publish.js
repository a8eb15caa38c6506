/**
 * <leadership-publish>: the "Get the code" page (demo/publish.html). Pick an output, theme and
 * heading level; see the code, a live preview of exactly that code with JavaScript on and off,
 * on light and dark pages; copy it; then tell the publisher where it is published.
 *
 * The code comes from the server (`/publish/code.json`, demo/publish-code.mjs), which runs the
 * build's own generators, so the page never holds a copy of the markup.
 */
import { LitElement, html, nothing } from 'lit';
import { article } from '../lib/article.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from '../lib/attributes.js';

const OUTPUTS = [
  ['snippet', 'Web snippet, self-contained'],
  ['cdn', 'Web snippet, script from a URL'],
  ['email', 'Newsletter / email HTML'],
  ['iframe', 'Embed page URL and iframe code'],
  ['hugo', 'Hugo shortcode'],
  ['eleventy', 'Eleventy plugin'],
  ['jekyll', 'Jekyll include'],
  ['wordpress', 'WordPress block'],
];
/** What the Theme menu calls each theme. */
const THEME_LABELS = { light: 'Light', dark: 'Dark', auto: "Auto (the reader's setting)" };
const SURROUNDINGS = [
  ['light', 'light page', 'background:#ffffff;color:#1f2328'],
  ['dark', 'dark page', 'background:#161b22;color:#e6edf3'],
];

/** The publisher's site: where to tell them. No address of theirs is invented here. */
export const PUBLISHER_URL = 'https://www.findacode.com/';

/** A plain page around `code`, as a blog would put it. */
const previewPage = (code, style) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Preview</title><style>html{${style}}body{margin:0;padding:12px;font:16px/1.5 system-ui,sans-serif}</style>` +
  `</head><body>\n${code}</body></html>`;

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The message for the publisher: which article, where, since when. */
export function publisherMessage({ pageUrl, date }) {
  const author = article.byline.replace(/^by\s+/u, '');
  return [
    'Hello Find-A-Code,',
    '',
    `I have republished "${article.title}" by ${author} (${article.date.text}) in its entirety, ` +
      'with all its links active, as your terms ask. It is published at:',
    '',
    pageUrl || '[the address of your page]',
    '',
    `Published on: ${date || today()}`,
    '',
    'Thank you for making it available.',
  ].join('\n');
}

/**
 * Copies `text`: through the Clipboard API, else by selecting it in `field` and asking the
 * browser to copy the selection. Resolves with what happened, for the page to say.
 * @returns {Promise<'copied'|'selected'>}
 */
export async function copyText(text, field) {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Refused (no permission, no focus, not a secure context): select it and try the old way.
  }
  field.focus();
  field.select();
  field.setSelectionRange(0, field.value.length);
  let copied;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  return copied ? 'copied' : 'selected';
}

const copyMessage = (result, what) =>
  result === 'copied'
    ? `Copied: ${what}.`
    : `Your browser did not allow copying. The ${what} is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.`;

export class LeadershipPublish extends LitElement {
  static properties = {
    output: { type: String },
    theme: { type: String },
    headingLevel: { type: Number },
    baseUrl: { type: String },
    pageUrl: { type: String },
    publishedOn: { type: String },
    result: { state: true },
    error: { state: true },
    codeStatus: { state: true },
    messageStatus: { state: true },
    frameStatus: { state: true },
  };

  constructor() {
    super();
    this.output = 'snippet';
    this.theme = DEFAULT_THEME;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
    this.baseUrl = '';
    this.pageUrl = '';
    this.publishedOn = today();
    this.result = undefined;
    this.error = '';
    this.codeStatus = '';
    this.messageStatus = '';
    this.frameStatus = {};
    this.request = undefined;
    this.previewed = Promise.resolve();
  }

  // Light DOM: the page's stylesheet styles the form, and the page reads as one document.
  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (['output', 'theme', 'headingLevel', 'baseUrl'].some((name) => changed.has(name))) this.load();
  }

  /** Resolves once the code for the current options is shown and every preview frame loaded. */
  async whenPreviewed() {
    let current;
    do {
      current = this.previewed;
      await current;
      await this.updateComplete;
    } while (current !== this.previewed);
  }

  load() {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const query = new URLSearchParams({
      output: this.output,
      theme: this.theme,
      level: String(this.headingLevel),
      base: this.baseUrl,
    });
    this.previewed = fetch(`/publish/code.json?${query}`, { signal: request.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      })
      .then(async (result) => {
        this.result = result;
        this.error = '';
        this.codeStatus = '';
        this.frameStatus = {};
        for (const warning of result.warnings) console.warn(`<leadership-publish>: ${warning}`);
        await this.updateComplete;
        await Promise.all([...this.querySelectorAll('iframe.preview-frame')].map((frame) => frame.loaded));
      })
      .catch((error) => {
        if (request.signal.aborted) return;
        console.warn('<leadership-publish>: could not get the code:', error);
        this.error = `Could not get the code (${error.message}). Is npm start still running?`;
      });
  }

  render() {
    const result = this.result;
    return html`
      <form class="options" @submit=${(event) => event.preventDefault()}>
        <h2>1. Choose</h2>
        <label for="output">Output</label>
        <select id="output" name="output" @change=${(e) => (this.output = e.target.value)}>
          ${OUTPUTS.map(([value, label]) => html`<option value=${value} ?selected=${value === this.output}>${label}</option>`)}
        </select>
        <label for="theme">Theme</label>
        <select id="theme" name="theme" @change=${(e) => (this.theme = e.target.value)}>
          ${THEMES.map(
            (value) => html`<option value=${value} ?selected=${value === this.theme}>${THEME_LABELS[value]}</option>`,
          )}
        </select>
        <label for="heading-level">Heading level</label>
        <select
          id="heading-level"
          name="heading-level"
          aria-describedby="heading-level-note"
          @change=${(e) => (this.headingLevel = Number(e.target.value))}
        >
          ${HEADING_LEVELS.map(
            (level) =>
              html`<option value=${level} ?selected=${level === this.headingLevel}>
                h${level}${level === DEFAULT_HEADING_LEVEL ? ' (default)' : ''}
              </option>`,
          )}
        </select>
        <p class="note" id="heading-level-note">The title's heading: h2 suits a post whose own title is the h1.</p>
        <label for="base-url">Script's base URL</label>
        <input
          id="base-url"
          name="base-url"
          type="url"
          inputmode="url"
          placeholder="https://example.com/leadership-article/0.1.0/"
          .value=${this.baseUrl}
          aria-describedby="base-url-note"
          @change=${(e) => (this.baseUrl = e.target.value.trim())}
        />
        <p class="note" id="base-url-note">
          For self-hosting: where your copy of <code>dist/</code> is served. Blank: jsDelivr (or the address the build
          was given in <code>LEADERSHIP_ARTICLE_PUBLIC_URL</code>).
        </p>
        ${
          result && !result.appliesOptions
            ? html`<p class="note">Theme and heading level do not apply to this output.</p>`
            : nothing
        }
        ${result?.warnings.length ? html`<p class="note warning">${result.warnings.join(' ')}</p>` : nothing}
      </form>

      <section class="code" aria-labelledby="code-heading">
        <h2 id="code-heading">2. Copy</h2>
        ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}
        ${
          result
            ? html`
                <dl class="facts">
                  <dt>Size</dt>
                  <dd id="code-bytes">${result.bytes.toLocaleString('en')} bytes</dd>
                  <dt>Requests</dt>
                  <dd id="code-requests">${result.requests}</dd>
                  <dt>Where scripts are stripped</dt>
                  <dd id="code-no-script">${result.noScript}</dd>
                </dl>
                <ol class="steps">
                  ${result.steps.map((step) => html`<li>${step}</li>`)}
                </ol>
                <label for="code">Code${result.file ? html` (<code>${result.file}</code>)` : nothing}</label>
                <textarea id="code" readonly spellcheck="false" rows="10" .value=${result.code}></textarea>
                <p class="actions">
                  <button type="button" id="copy-code" @click=${this.copyCode}>Copy code</button>
                  <span id="code-status" role="status" aria-live="polite">${this.codeStatus}</span>
                </p>
              `
            : html`<p>Loading the code…</p>`
        }
      </section>

      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview of exactly this code</h2>
        <div class="frames">
          ${
            result
              ? SURROUNDINGS.map(([name, label, style]) =>
                  [true, false].map((scripts) => {
                    const id = `${scripts ? 'js' : 'nojs'}-${name}`;
                    const title = `${scripts ? 'With JavaScript' : 'JavaScript off'}, ${label}`;
                    return html`<figure>
                      <figcaption>
                        ${title}${this.frameStatus[id] ? html`: ${this.frameStatus[id]}` : nothing}
                      </figcaption>
                      <iframe
                        class="preview-frame"
                        id=${`preview-${id}`}
                        title=${`Preview: ${title}`}
                        sandbox=${scripts ? 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox' : 'allow-same-origin allow-popups allow-popups-to-escape-sandbox'}
                        .srcdoc=${previewPage(result.preview, style)}
                      ></iframe>
                    </figure>`;
                  }),
                )
              : nothing
          }
        </div>
      </section>

      <section class="tell" aria-labelledby="tell-heading">
        <h2 id="tell-heading">3. Tell the publisher</h2>
        <p>Find-A-Code lets anyone republish this article on three conditions:</p>
        <ul>
          <li>
            <strong>Published in its entirety</strong>: title, byline, date, quotation, all three paragraphs, citation
            and copyright. Every output above carries all of it.
          </li>
          <li>
            <strong>All links active</strong>: the citation's link to Find-A-Code and the copyright's link to
            InnoviHealth Systems.
          </li>
          <li><strong>Let them know where</strong> you publish it: send them the message below.</li>
        </ul>
        <label for="page-url">Address of the page where you publish it</label>
        <input
          id="page-url"
          type="url"
          inputmode="url"
          placeholder="https://your-site.example/posts/leadership"
          .value=${this.pageUrl}
          @input=${(e) => ((this.pageUrl = e.target.value.trim()), (this.messageStatus = ''))}
        />
        <label for="published-on">Published on</label>
        <input
          id="published-on"
          type="date"
          .value=${this.publishedOn}
          @input=${(e) => (this.publishedOn = e.target.value)}
        />
        <label for="message">Message</label>
        <textarea
          id="message"
          readonly
          rows="11"
          .value=${publisherMessage({ pageUrl: this.pageUrl, date: this.publishedOn })}
        ></textarea>
        <p class="actions">
          <button type="button" id="copy-message" @click=${this.copyMessage}>Copy message</button>
          <span id="message-status" role="status" aria-live="polite">${this.messageStatus}</span>
        </p>
        <p>
          Send it to Find-A-Code through their website, <a href=${PUBLISHER_URL}>${PUBLISHER_URL}</a>, where their
          contact details are.
        </p>
      </section>
    `;
  }

  updated() {
    for (const frame of this.querySelectorAll('iframe.preview-frame')) {
      if (frame.shownSrcdoc === frame.srcdoc) continue;
      frame.shownSrcdoc = frame.srcdoc;
      frame.loaded = new Promise((resolve) =>
        frame.addEventListener('load', () => resolve(this.previewLoaded(frame)), { once: true }),
      );
    }
  }

  /**
   * Sizes a preview frame to its page, keeps it so as the widget upgrades or fonts load, and
   * says in its caption whether the widget runs or the fallback shows.
   */
  previewLoaded(frame) {
    const page = frame.contentDocument?.documentElement;
    if (!page) return;
    const fit = () => (frame.style.height = `${Math.ceil(page.getBoundingClientRect().height)}px`);
    fit();
    frame.resizer?.disconnect();
    frame.resizer = new ResizeObserver(fit);
    frame.resizer.observe(page);
    const id = frame.id.replace('preview-', '');
    const element = frame.contentDocument.querySelector('leadership-article');
    if (!element || !id.startsWith('js-')) return;
    const running = !!frame.contentWindow.customElements.get('leadership-article');
    this.frameStatus = {
      ...this.frameStatus,
      [id]: running ? 'the widget runs' : 'the script did not run, the fallback shows',
    };
  }

  async copyCode() {
    const field = this.querySelector('#code');
    const result = await copyText(field.value, field);
    this.codeStatus = copyMessage(result, `the code (${this.result.bytes.toLocaleString('en')} bytes)`);
  }

  async copyMessage() {
    const field = this.querySelector('#message');
    const result = await copyText(field.value, field);
    this.messageStatus = copyMessage(result, 'message');
  }
}

customElements.define('leadership-publish', LeadershipPublish);
