/**
 * <leadership-publish>: the "Get the code" page (demo/publish.html, published as the site's
 * index.html). Choose where the article goes, copy exactly that code, check it in a preview with
 * JavaScript on and off, on light and dark pages, then tell the publisher.
 *
 * The code comes from static files next to the page (`choices.json` and `code/`), which the site
 * build (demo/build.mjs) writes with the package's own outputs for every choice, so the page
 * never holds a copy of the markup and needs no server of its own.
 */
import { LitElement, html, nothing } from 'lit';
import { article, authorName } from 'leadership-article/article.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, THEMES } from 'leadership-article/attributes.js';
import { KINDS, choiceKey } from './choices.mjs';

/** Where the script comes from, under "Advanced". */
const HOSTS = [
  ['inline', 'Inside the code', 'works anywhere, loads nothing'],
  ['site', 'From this site', 'shorter code; one script every page shares, checked by its hash'],
];
/** What the Theme menu calls each theme. */
const THEME_LABELS = { light: 'Light', dark: 'Dark', auto: "Auto (the reader's setting)" };
const SURROUNDINGS = [
  ['light', 'light page', 'background:#ffffff;color:#1f2328'],
  ['dark', 'dark page', 'background:#161b22;color:#e6edf3'],
];
/** The first preview is always shown; the others open on request. */
const PREVIEWS = SURROUNDINGS.flatMap(([name, label, style]) =>
  [true, false].map((scripts) => ({
    id: `${scripts ? 'js' : 'nojs'}-${name}`,
    title: `${scripts ? 'With JavaScript' : 'JavaScript off'}, ${label}`,
    scripts,
    style,
  })),
);

/**
 * The publisher, as the article's page states it ("please contact us and let us know where you
 * will be publishing it"), quoted as written there.
 */
export const PUBLISHER = {
  url: 'https://www.findacode.com/',
  address: ['innoviHealth Systems, Inc.', '62 East 300 North', 'Spanish Fork, UT 84660'],
  phone: '801-770-4203',
  hours: '8-5 Mountain',
};

/** A plain page around `code`, as a blog would put it. */
const previewPage = (code, style) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Preview</title><style>html{${style}}body{margin:0;padding:12px;font:16px/1.5 system-ui,sans-serif}</style>` +
  `</head><body>\n${code}</body></html>`;

/**
 * `code` as a platform that strips scripts leaves it: without its `<script>` elements. A frame
 * in it shows its page the same way, inline. (A sandbox without scripts would also stop them,
 * but logs an error for each one it blocks.)
 */
async function withoutScripts(code) {
  const template = document.createElement('template');
  template.innerHTML = code;
  for (const script of template.content.querySelectorAll('script')) script.remove();
  for (const frame of template.content.querySelectorAll('iframe[src]')) {
    const page = new DOMParser().parseFromString(await (await fetch(frame.src)).text(), 'text/html');
    for (const script of page.querySelectorAll('script')) script.remove();
    frame.srcdoc = `<!doctype html>${page.documentElement.outerHTML}`;
    frame.removeAttribute('src');
  }
  return template.innerHTML;
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The message for the publisher: which article, where, since when. */
export function publisherMessage({ pageUrl, date }) {
  const author = authorName();
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

/** Where the hosted page is, from the page's own `<link rel="canonical">`. */
const hostedPage = () => document.querySelector('link[rel="canonical"]')?.href ?? '';

export class LeadershipPublish extends LitElement {
  static properties = {
    kind: { type: String },
    builder: { type: String },
    theme: { type: String },
    headingLevel: { type: Number },
    host: { type: String },
    pageUrl: { type: String },
    publishedOn: { type: String },
    morePreviews: { type: Boolean },
    choices: { state: true },
    result: { state: true },
    error: { state: true },
    codeStatus: { state: true },
    messageStatus: { state: true },
    frameStatus: { state: true },
  };

  constructor() {
    super();
    this.kind = 'snippet';
    this.builder = 'wordpress';
    this.theme = DEFAULT_THEME;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
    this.host = 'inline';
    this.pageUrl = '';
    this.publishedOn = today();
    this.morePreviews = false;
    this.choices = undefined;
    this.result = undefined;
    this.error = '';
    this.codeStatus = '';
    this.messageStatus = '';
    this.frameStatus = {};
    this.previewed = Promise.resolve();
    this.codeFiles = new Map();
  }

  // Light DOM: the page's stylesheet styles the form, and the page reads as one document.
  createRenderRoot() {
    return this;
  }

  /** The output the choices name: the plain kind, or the site builder chosen under it. */
  get output() {
    return this.kind === 'builder' ? this.builder : this.kind;
  }

  willUpdate(changed) {
    if (['kind', 'builder', 'theme', 'headingLevel', 'host', 'morePreviews'].some((name) => changed.has(name)))
      this.load();
  }

  /** Resolves once the code for the current options is shown and every shown preview loaded. */
  async whenPreviewed() {
    let current;
    do {
      current = this.previewed;
      await current;
      await this.updateComplete;
    } while (current !== this.previewed);
  }

  /** A file of the site, relative to this page; each is fetched once. */
  fetchText(path) {
    if (!this.codeFiles.has(path)) {
      const text = fetch(new URL(path, document.baseURI)).then((response) => {
        if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
        return response.text();
      });
      text.catch(() => this.codeFiles.delete(path));
      this.codeFiles.set(path, text);
    }
    return this.codeFiles.get(path);
  }

  load() {
    const options = { output: this.output, host: this.host, theme: this.theme, level: this.headingLevel };
    const loading = (this.loading = {});
    this.previewed = (async () => {
      try {
        this.choices ??= JSON.parse(await this.fetchText('choices.json'));
        const entry = this.choices.entries[choiceKey(options)];
        if (!entry) throw new Error(`no code for ${choiceKey(options)}`);
        const [code, preview] = await Promise.all([this.fetchText(entry.code), this.fetchText(entry.preview)]);
        const noScriptPreview = await withoutScripts(preview);
        if (loading !== this.loading) return;
        this.result = {
          ...this.choices.about[entry.about],
          bytes: entry.bytes,
          codeFile: entry.code,
          code,
          preview,
          noScriptPreview,
        };
        this.error = '';
        this.codeStatus = '';
        await this.updateComplete;
        await Promise.all([...this.querySelectorAll('iframe.preview-frame')].map((frame) => frame.loaded));
      } catch (error) {
        if (loading !== this.loading) return;
        console.warn('<leadership-publish>: could not get the code:', error);
        const where = hostedPage();
        this.error =
          location.protocol === 'file:' && where
            ? `Opened from a file, this page cannot read its code: use the hosted page, ${where}`
            : `Could not get the code (${error.message}). Reload the page to try again.`;
      }
    })();
  }

  render() {
    const result = this.result;
    return html`
      <form class="choose" @submit=${(event) => event.preventDefault()}>
        <h2>1. Choose where it goes</h2>
        <fieldset class="kinds">
          <legend class="visually-hidden">Where the article goes</legend>
          ${KINDS.map((choice) => this.radio('kind', choice))}
        </fieldset>
        ${
          this.kind === 'snippet' && this.choices
            ? html`<p class="note" id="template-engines">
                ${this.choices.templateEngines}? This code would stop the build: choose My site builder.
              </p>`
            : nothing
        }
        ${
          this.kind === 'builder'
            ? html`<label class="inline" for="builder"
                >Site builder
                <select id="builder" @change=${(e) => (this.builder = e.target.value)}>
                  ${(this.choices?.builders ?? []).map(
                    ([value, label]) =>
                      html`<option value=${value} ?selected=${value === this.builder}>${label}</option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        <div class="look" ?hidden=${result && !result.appliesOptions}>
          <label for="theme"
            >Theme
            <select id="theme" @change=${(e) => (this.theme = e.target.value)}>
              ${THEMES.map(
                (value) =>
                  html`<option value=${value} ?selected=${value === this.theme}>${THEME_LABELS[value]}</option>`,
              )}
            </select></label
          >
          <label for="heading-level"
            >Title's heading
            <select id="heading-level" @change=${(e) => (this.headingLevel = Number(e.target.value))}>
              ${HEADING_LEVELS.map(
                (level) =>
                  html`<option value=${level} ?selected=${level === this.headingLevel}>
                    h${level}${level === DEFAULT_HEADING_LEVEL ? ' (usual)' : ''}
                  </option>`,
              )}
            </select></label
          >
        </div>
        ${result && !result.appliesOptions ? html`<p class="note">This one has a single look.</p>` : nothing}
        <details class="advanced" ?hidden=${result && !result.appliesOptions}>
          <summary>Advanced: where the script comes from</summary>
          ${HOSTS.map((choice) => this.radio('host', choice))}
          <p class="note">
            To serve the script yourself: <code>npx leadership-article snippet --src URL</code> prints the code for your
            copy.
          </p>
        </details>
      </form>

      <section class="code" aria-labelledby="code-heading">
        <h2 id="code-heading">2. Copy</h2>
        ${this.error ? html`<p class="warning" role="alert" id="code-error">${this.error}</p>` : nothing}
        ${
          result
            ? html`
                <p class="actions">
                  <button type="button" id="copy-code" @click=${this.copyCode}>Copy code</button>
                  ${
                    result.file
                      ? html`<a id="download-code" href=${result.codeFile} download=${result.file.split('/').pop()}
                          >Download ${result.file.split('/').pop()}</a
                        >`
                      : nothing
                  }
                  <span id="code-status" role="status" aria-live="polite">${this.codeStatus}</span>
                </p>
                <p class="note" id="code-summary">
                  <span id="code-bytes">${result.bytes.toLocaleString('en')} bytes</span> ·
                  <span id="code-requests">${result.requests}</span>
                </p>
                <label for="code" class="visually-hidden">Code</label>
                <textarea id="code" readonly spellcheck="false" rows="4" .value=${result.code}></textarea>
                <h2>3. Paste</h2>
                <ol class="steps">
                  ${result.steps.map((step) => html`<li>${step}</li>`)}
                </ol>
                <p class="note" id="code-no-script">Where scripts are stripped: ${result.noScript}</p>
              `
            : this.error
              ? nothing
              : html`<p>Loading the code…</p>`
        }
      </section>

      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">How it shows</h2>
        ${result ? this.renderFrame(PREVIEWS[0]) : nothing}
        <details class="more-previews" ?open=${this.morePreviews} @toggle=${(e) => (this.morePreviews = e.target.open)}>
          <summary>More previews: JavaScript off, dark page</summary>
          <div class="frames">
            ${result && this.morePreviews ? PREVIEWS.slice(1).map((p) => this.renderFrame(p)) : nothing}
          </div>
        </details>
      </section>

      <section class="tell" aria-labelledby="tell-heading">
        <h2 id="tell-heading">4. Tell the publisher</h2>
        <p>Find-A-Code lets anyone republish this article on three conditions:</p>
        <ul>
          <li>
            <strong>Published in its entirety</strong>: title, byline, date, quotation, all three paragraphs, citation
            and copyright. Every choice above carries all of it.
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
          rows="9"
          .value=${publisherMessage({ pageUrl: this.pageUrl, date: this.publishedOn })}
        ></textarea>
        <p class="actions">
          <button type="button" id="copy-message" @click=${this.copyMessage}>Copy message</button>
          <span id="message-status" role="status" aria-live="polite">${this.messageStatus}</span>
        </p>
        <p>Then send it to them through their website, or tell them by phone. Their page gives:</p>
        <address id="publisher">
          ${PUBLISHER.address.map((line) => html`${line}<br />`)} Phone:
          <a href=${`tel:+1${PUBLISHER.phone.replace(/\D/g, '')}`}>${PUBLISHER.phone}</a> (${PUBLISHER.hours})<br />
          Web: <a href=${PUBLISHER.url}>${PUBLISHER.url}</a>
        </address>
      </section>
    `;
  }

  /** One labelled radio button of the choice `name`, the element's property of that name. */
  radio(name, [value, label, hint]) {
    return html`<label class="kind"
      ><input
        type="radio"
        name=${name}
        value=${value}
        .checked=${this[name] === value}
        @change=${() => (this[name] = value)}
      /><span>${label} <small>${hint}</small></span></label
    >`;
  }

  /** A preview frame: with scripts, a plain frame running the code as a page would; without, a sandbox. */
  renderFrame({ id, title, scripts, style }) {
    const code = scripts ? this.result.preview : this.result.noScriptPreview;
    return html`<figure>
      <figcaption>
        ${title}: <span id=${`status-${id}`} role="status">${this.frameStatus[id] ?? 'loading…'}</span>
      </figcaption>
      <iframe
        class="preview-frame"
        id=${`preview-${id}`}
        title=${`Preview: ${title}`}
        sandbox=${scripts ? nothing : 'allow-same-origin allow-popups allow-popups-to-escape-sandbox'}
        .srcdoc=${previewPage(code, style)}
      ></iframe>
    </figure>`;
  }

  updated() {
    for (const frame of this.querySelectorAll('iframe.preview-frame')) {
      if (frame.shownSrcdoc === frame.srcdoc) continue;
      frame.shownSrcdoc = frame.srcdoc;
      const id = frame.id.replace('preview-', '');
      if (this.frameStatus[id] !== undefined) this.frameStatus = { ...this.frameStatus, [id]: undefined };
      frame.loaded = new Promise((resolve) =>
        frame.addEventListener('load', () => resolve(this.previewLoaded(frame)), { once: true }),
      );
    }
  }

  /**
   * Sizes a preview frame to its page, keeps it so as the widget upgrades or fonts load, and
   * says in its caption what shows: the widget, the plain HTML, or a framed page.
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
    const doc = frame.contentDocument;
    const element = doc.querySelector('leadership-article');
    let status;
    if (doc.querySelector('iframe')) status = 'the article page, framed';
    else if (!element) status = 'plain HTML, no script needed';
    else if (!id.startsWith('js-')) status = 'the plain HTML shows, with both links';
    // A deferred script has run by the load event, or failed.
    else if (frame.contentWindow.customElements.get('leadership-article')) status = 'the widget runs';
    else status = 'the script did not run, the plain HTML shows';
    this.frameStatus = { ...this.frameStatus, [id]: status };
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
