import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { articleContent } from './article-template.js';
import { checkFallback } from './fallback-check.js';
import { styles } from './styles.js';

export const TAG_NAME = 'leadership-article';

/** Accepted values of the `theme` attribute; anything else renders as `light`, with a warning. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const DEFAULT_HEADING_LEVEL = 2;

/** Warnings already given, so 100 instances with the same bad value warn once. */
const warned = new Set<string>();

/** `console.warn` once per distinct message, prefixed with the tag name. */
export const warnOnce = (message: string): void => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<${TAG_NAME}>: ${message}`);
};

/**
 * "The Difference Between Leadership and Management" by Kelly Ogle, published whole and
 * verbatim with its attribution and active links, as its publisher's terms require.
 *
 * The article renders in an open shadow root that host stylesheets cannot reach. Light-DOM
 * children are a no-script fallback and are not shown once the element is upgraded.
 *
 * @customElement leadership-article
 * @summary The whole article "The Difference Between Leadership and Management", verbatim.
 *
 * @attr theme - Colour scheme: `light` (default), `dark`, or `auto` (follows the reader's system).
 * @attr heading-level - Level of the title's heading, `1` to `6` (default `2`, right for a
 *   blog post whose own title is the page's `h1`).
 *
 * @cssprop --leadership-article-background - Background colour (light `#ffffff`, dark `#0d1117`).
 * @cssprop --leadership-article-color - Text colour (light `#1f2328`, dark `#e6edf3`).
 * @cssprop --leadership-article-muted-color - Byline, attribution and footer text colour.
 * @cssprop --leadership-article-link-color - Link colour.
 * @cssprop --leadership-article-border-color - Border and rule colour.
 * @cssprop --leadership-article-font-family - Font stack (default: a serif system stack).
 * @cssprop --leadership-article-border-radius - Corner radius (default `8px`).
 */
export class LeadershipArticleElement extends ReactiveElement {
  static override styles = styles;

  static override properties = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
  };

  /** Colour scheme; see {@link THEMES}. */
  declare theme: string | null;
  /** Heading level of the title, as its attribute string (`'1'` to `'6'`). */
  declare headingLevel: string | null;

  /** The heading level last rendered. */
  private renderedLevel?: number;

  constructor() {
    super();
    this.theme = null;
    this.headingLevel = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme !== null && !THEMES.includes(this.theme as Theme)) {
      warnOnce(
        `theme="${this.theme}" is not one of ${THEMES.join(', ')}; showing the light theme.`,
      );
    }
    if (changed.has('headingLevel') && this.headingLevel !== null && !this.validHeadingLevel()) {
      warnOnce(
        `heading-level="${this.headingLevel}" is not one of 1, 2, 3, 4, 5, 6; using ${DEFAULT_HEADING_LEVEL}.`,
      );
    }
  }

  protected override firstUpdated(): void {
    const check = () => checkFallback(this, warnOnce);
    // The fallback is whole only once the parser is past the closing tag.
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', check);
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
    if (this.renderedLevel === level) return;
    this.renderedLevel = level;
    try {
      this.renderRoot.replaceChildren(this.render(level));
    } catch (error) {
      console.error(`<${TAG_NAME}>: rendering failed; showing the fallback content.`, error);
      this.renderRoot.replaceChildren(document.createElement('slot'));
    }
  }

  /** The article, its title a heading of `level`. */
  protected render(level: number): Node {
    return articleContent(level);
  }

  private validHeadingLevel(): number | undefined {
    const level = Number(this.headingLevel);
    return /^[1-6]$/.test(this.headingLevel ?? '') ? level : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leadership-article': LeadershipArticleElement;
  }
}
