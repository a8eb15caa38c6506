import { TAG_NAME } from 'leadership-article/attributes.js';
import { recordShadowRoots } from '../../../packages/check/cli/page-probe.mjs';

/**
 * Test-only server behaviour, chosen by query parameters so a test page can ask for it:
 * - `?delay=MS` answers after MS milliseconds (a script that arrives late);
 * - `?csp=strict` serves the page under a strict Content Security Policy (no inline script or
 *   style, Trusted Types required).
 * And the pages' recorder (test/support/pages/recorder.js) ends with the `check` command's own
 * shadow-root recorder, so tests and `check` keep roots the one way.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const RECORDER = '/test/support/pages/recorder.js';

/** A response body the dev server left as a stream, read whole. */
async function streamText(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

export async function testPageMiddleware(context, next) {
  const delay = Number(context.query.delay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
  await next();
  if (context.path === RECORDER && context.status === 200) {
    const text = typeof context.body === 'string' ? context.body : await streamText(context.body);
    context.body = `${text}\n(${recordShadowRoots})(${JSON.stringify(TAG_NAME)});\n`;
  }
  if (context.query.csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
}
