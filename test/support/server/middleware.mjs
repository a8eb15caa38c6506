/**
 * Test-only server behaviour, chosen by query parameters so a test page can ask for it:
 * - `?delay=MS` answers after MS milliseconds (a script that arrives late);
 * - `?csp=strict` serves the page under a strict Content Security Policy (no inline script or
 *   style, Trusted Types required).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export async function testPageMiddleware(context, next) {
  const delay = Number(context.query.delay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
  await next();
  if (context.query.csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
}
