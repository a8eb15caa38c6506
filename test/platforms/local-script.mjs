/**
 * Until the snippet carries its script inline, its external script points at the CDN, which
 * this offline machine cannot reach: this points it at the bundle the test server serves. The
 * one place the platform suite changes a generated output; a no-op once no such src is left.
 * Plain JavaScript, for the orchestrator (Node) and the editor tests (browser) alike.
 */
export const LOCAL_SCRIPT_URL = '/dist/leadership-article.js';

/** `html` with every `<script src="…/leadership-article.js">` loading {@link LOCAL_SCRIPT_URL}. */
export const withLocalScript = (html) =>
  html.replace(/(<script\b[^>]*\bsrc=")[^"]*\/leadership-article\.js(")/g, `$1${LOCAL_SCRIPT_URL}$2`);
