/**
 * A @web/test-runner plugin running the real sanitize-html (a Node library) for the browser
 * tests: `executeServerCommand('sanitize-html', { html })` answers `sanitizeHtml(html)` with
 * the library's default options, as a CMS that uses it unconfigured would.
 */
import sanitizeHtml from 'sanitize-html';

export function sanitizeHtmlPlugin() {
  return {
    name: 'sanitize-html',
    executeCommand({ command, payload }) {
      if (command !== 'sanitize-html') return undefined;
      return sanitizeHtml(payload.html);
    },
  };
}
