import { ReactiveElement, unsafeCSS, type PropertyValues } from '@lit/reactive-element';
import { authorChecks } from '#author-checks';
import { articleContent } from './template.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_THEME, HEADING_LEVELS, TAG_NAME, THEMES, type Theme } from '../attributes.js';
import { takeBackFallback } from './fallback.js';
import { followPage, guard, newPass, type Pass } from './corrections.js';
import { stylesheet } from '../look/stylesheet.js';
import { warnOnce } from '../warn.js';

/** Every connected instance that has rendered the article, and its check. */
const shown = new Map<Element, (pass: Pass) => void>();

/**
 * One pass over every instance, in the task after the next paint: the page's first paint is not
 * delayed, a page of 100 instances lays out once for all, and a burst of resizes costs one pass.
 * Never inside a ResizeObserver's callback, whose changes of size would be a loop the browser
 * reports as an error. A hidden page paints nothing, so there the pass waits one task only.
 */
let pending = false;
const checkAll = (): void => {
  if (pending) return;
  pending = true;
  const run = () =>
    setTimeout(() => {
      pending = false;
      const pass = newPass();
      for (const check of shown.values()) check(pass);
    });
  if (document.hidden) run();
  else requestAnimationFrame(run);
};

/**
 * One observer for every instance: a change of the element's size (its column, a page style) or
 * of the article's (zoom, fonts) is what the corrections depend on. Created on first use, so
 * importing the class has no effect outside a browser.
 */
let resizeObserver: ResizeObserver | undefined;
const resizes = (): ResizeObserver => (resizeObserver ??= new ResizeObserver(checkAll));

/**
 * A stylesheet that arrives after the first pass (a lazy theme stylesheet, a `<style>` a plugin
 * adds) may bring an @font-face for a family of the stack, which can change the article's
 * letters and not its size: every stylesheet's `load` (`<link>` and `<style>` fire it, in every
 * engine; font loads fire no event in WebKit) runs a pass. Listened to, in the capture phase,
 * while an instance is on the page.
 */
const sheetLoaded = (event: Event): void => {
  if ((event.target as HTMLStyleElement).sheet) checkAll();
};

/**
 * Typing in an editor (`contenteditable`) that holds the snippet must not edit the fallback
 * inside the element: hidden once upgraded, it is still editable content (Firefox has been seen
 * typing into it), and what the editor saves. Input whose range starts or ends inside the
 * element is refused; removing the element whole still works. Listened to while an instance is
 * on the page.
 */
const refuseInputInside = (event: Event): void => {
  const inside = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(TAG_NAME);
  if (
    (event as InputEvent).getTargetRanges().some((range) => inside(range.startContainer) || inside(range.endContainer))
  )
    event.preventDefault();
};
let connected = 0;

/** Restores after this many changes by page scripts are left in place, so a fight cannot hang the page. */
const MAX_RESTORES = 20;

/**
 * "The Difference Between Leadership and Management" by Kelly Ogle, published whole and
 * verbatim with its attribution and active links, as its publisher's terms require.
 *
 * The article renders in an open shadow root that host stylesheets cannot reach, and is restored
 * if a page script changes it. Light-DOM children are a no-script fallback and are not shown
 * once the element is upgraded.
 *
 * @customElement leadership-article
 * @summary The whole article "The Difference Between Leadership and Management", verbatim.
 *
 * @cssprop [--leadership-article-background=#ffffff] - Background (dark theme: `#0d1117`).
 * @cssprop [--leadership-article-color=#1f2328] - Text (dark theme: `#e6edf3`); needs 4.5:1 contrast
 *   with the background, or the default is kept.
 * @cssprop [--leadership-article-muted-color=#59636e] - Byline, attribution and citation (dark
 *   theme: `#9198a1`); needs 4.5:1 contrast with the background, or the default is kept.
 * @cssprop [--leadership-article-link-color=#0550ae] - Links (dark theme: `#58a6ff`); needs 3:1
 *   contrast with the background (links are always underlined), or the default is kept.
 * @cssprop [--leadership-article-border-color=#d1d9e0] - Border and rules (dark theme: `#3d444d`).
 * @cssprop [--leadership-article-font-family=Georgia, Cambria, "Times New Roman", Times, serif] - Fonts
 *   tried before the default stack, which always follows; missing, symbol and invisible fonts are
 *   skipped with a warning.
 * @cssprop [--leadership-article-border-radius=8px] - Corner radius, in both themes.
 */
export class LeadershipArticleElement extends ReactiveElement {
  static override styles = unsafeCSS(stylesheet);

  static override properties = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
  };

  /**
   * Colour scheme: `light`, `dark` or `auto`; unset (`null`) shows `light`.
   * `auto` follows the page: a dark card on a dark background, a light one on a light
   * background, and the reader's system setting where the page has no background of its own.
   */
  declare theme: string | null;
  /**
   * Level of the title's heading, `1` to `6` (a string, as the attribute); unset (`null`) is
   * `2`, which suits a blog post whose own title is the page's `h1`.
   */
  declare headingLevel: string | null;

  /** The heading level last rendered. */
  private renderedLevel?: number;

  /** The rendered article's container in the shadow root. */
  private box: HTMLElement | undefined;

  private restores = 0;

  /** Its custom state `squeezed`, which gives the height back to the page (stylesheet.ts). */
  private readonly internals = this.attachInternals();

  /**
   * The shadow root stays open: tools that read it (tests, the `check` command, assistive and
   * translation extensions) keep working, and a closed root would not stop an extension or a
   * script that wraps `attachShadow` first. Instead, any change made inside it is undone by
   * rendering the article again, and reported once.
   */
  private readonly watcher = new MutationObserver((records) => {
    if (++this.restores > MAX_RESTORES) {
      this.watcher.disconnect();
      warnOnce('a page script keeps changing the article; no longer restoring it.');
      return;
    }
    // Once per element: a plugin making many edits at once is one report.
    if (this.restores == 1) warnOnce(`a page script changed the article (${records[0]!.type}); restored it.`);
    this.show(this.renderedLevel!);
  });

  constructor() {
    super();
    this.theme = null;
    this.headingLevel = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme !== null && !THEMES.includes(this.theme as Theme)) {
      warnOnce(`theme="${this.theme}" is not one of ${THEMES.join(', ')}; showing the ${DEFAULT_THEME} theme.`);
    }
    if (changed.has('headingLevel') && this.headingLevel !== null && !this.validHeadingLevel()) {
      warnOnce(
        `heading-level="${this.headingLevel}" is not one of ${HEADING_LEVELS.join(', ')}; using ${DEFAULT_HEADING_LEVEL}.`,
      );
    }
  }

  protected override firstUpdated(): void {
    const check = () => {
      const tookBack = takeBackFallback(this);
      authorChecks?.parsed(this, tookBack);
    };
    // The fallback is whole only once the parser is past the closing tag.
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  /**
   * Puts a copy of the article in the shadow root when the heading level changes (a theme
   * change re-renders nothing). Lit's ReactiveElement, not LitElement: the article is one
   * prepared DOM tree, so lit-html's templating would be dead weight in the bundle.
   *
   * Never a blank box: if that fails, the shadow root shows the light-DOM fallback through a
   * slot instead of staying empty.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const level = this.validHeadingLevel() ?? DEFAULT_HEADING_LEVEL;
    if (this.renderedLevel !== level) this.show(level);
    // A theme changes the colours a custom colour is checked against.
    else if (changed.has('theme')) checkAll();
    // `auto` takes the page's colours before the first paint, not after it with the corrections.
    if (changed.has('theme') && this.theme == 'auto' && this.box) {
      followPage(this, this.box.firstElementChild as HTMLElement, newPass());
      this.watcher.takeRecords();
    }
  }

  /**
   * Adopted stylesheets cannot be watched like nodes: the root answers page scripts with a copy
   * of its list and ignores assignments.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const sheets = [...(root as ShadowRoot).adoptedStyleSheets];
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => [...sheets],
      set: () => warnOnce("a page script tried to replace the article's stylesheets; ignored."),
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected++) {
      addEventListener('beforeinput', refuseInputInside, true);
      document.addEventListener('load', sheetLoaded, true);
    }
    if (this.box) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!--connected) {
      removeEventListener('beforeinput', refuseInputInside, true);
      document.removeEventListener('load', sheetLoaded, true);
    }
    this.watcher.disconnect();
    shown.delete(this);
    resizes().unobserve(this);
    if (this.box) resizes().unobserve(this.box);
  }

  /** Renders the article with its title at `level`, then watches it. */
  private show(level: number): void {
    this.renderedLevel = level;
    this.watcher.disconnect();
    if (this.box) resizes().unobserve(this.box);
    this.box = undefined;
    try {
      const box = document.createElement('div');
      box.append(this.render(level));
      this.renderRoot.replaceChildren(box);
      this.box = box;
      this.watch();
    } catch (error) {
      console.error(`<${TAG_NAME}>: rendering failed; showing the fallback content.`, error);
      this.renderRoot.replaceChildren(document.createElement('slot'));
    }
  }

  private watch(): void {
    // The element for a change of its own size, the box for the article's (zoom, fonts).
    resizes().observe(this);
    resizes().observe(this.box!);
    shown.set(this, (pass) => this.check(pass));
    // An element the page never lays out (hidden by content-visibility, say) reports no resize.
    checkAll();
    this.watcher.observe(this.renderRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  }

  /**
   * Corrects zoom, fonts and colours (and, in the development build, explains what only the
   * page's author can fix); its own style changes are not page changes.
   */
  private check(pass: Pass): void {
    // Rendered again while out of the page (a property set on a removed element): nothing to measure.
    if (!this.box || !this.isConnected) return;
    try {
      this.internals.states[guard(this, this.box, pass) ? 'add' : 'delete']('squeezed');
      authorChecks?.placement(this.box.firstElementChild!);
    } catch (error) {
      warnOnce(`could not check the page around it: ${error}`);
    }
    this.watcher.takeRecords();
  }

  /** The article, its title a heading of `level`. */
  protected render(level: number): Node {
    return articleContent(level);
  }

  private validHeadingLevel(): number | undefined {
    return HEADING_LEVELS.find((level) => `${level}` === this.headingLevel);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leadership-article': LeadershipArticleElement;
  }
}
