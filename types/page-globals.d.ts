/**
 * Globals that the test, benchmark and check pages define in the browser for the Node side to
 * read back (through page.evaluate or a same-origin frame).
 */
interface PageRecord {
  warnings: string[];
  errors: string[];
  [key: string]: string[];
}

interface Window {
  /** test/support/pages/recorder.js: console warnings, errors and CSP violations of a test page. */
  recorded: PageRecord;
  /** test/platforms/page-probe.js: warnings and shadow roots (closed ones too) of a platform page. */
  platformProbe: { warnings: string[]; errors: string[]; roots: Map<Element, ShadowRoot> };
  /** packages/check/cli/page-probe.mjs: the shadow roots of the page being checked. */
  __leadershipArticleCheckRoots: {
    byHost: WeakMap<Element, ShadowRoot>;
    all: ShadowRoot[];
    /** Hosts whose fallback the parser moved out, by the wrapper that ended them (`p`, `a`). */
    moved: WeakMap<Element, string>;
  };
  /** bench/: timings a benchmark page records. */
  __bench: Record<string, unknown>;
}

declare var __bench: Record<string, any>;
