/**
 * What real platforms do to a paste, for the browser tests, run by the real code:
 * - `executeServerCommand('wordpress-filters', { html, filters })`: WordPress's PHP filters
 *   (wptexturize, wpautop, wp_kses_post, …) from Debian's `wordpress` package, through php-cli;
 * - `executeServerCommand('markdown-it', { markdown })`: markdown-it as Eleventy configures it
 *   (`html: true`), with its typographer on;
 * - `executeServerCommand('kramdown', { markdown })`: kramdown with the GFM parser, as Jekyll
 *   runs it (Debian's ruby-kramdown, ruby-kramdown-parser-gfm).
 * - `executeServerCommand('embed-snippet', options)`: leadership-article/outputs.js's embedSnippet()
 *   with the built dist/leadership-article.js as `bundle`, answering `{ html }` or `{ error }`.
 * It also serves `/wordpress-themes/…` from Debian's WordPress themes (the whole Twenty
 * Twenty-One style.css that `wordpress-theme-twentytwentyone` installs).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { embedSnippet } from 'leadership-article/outputs.js';

const THEMES = '/usr/share/wordpress/wp-content/themes/';
const WORDPRESS_FILTERS = fileURLToPath(new URL('./wordpress-filters.php', import.meta.url));
const KRAMDOWN = 'print Kramdown::Document.new($stdin.read, input: "GFM").to_html';

/** Runs `command` with `input` on standard input; resolves with its standard output. */
export function run(command, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}: ${err}`))));
    child.stdin.end(input);
  });
}

async function snippetOrError(options) {
  const bundle = await readFile(fileURLToPath(new URL('../../../dist/leadership-article.js', import.meta.url)));
  try {
    return { html: embedSnippet({ bundle, ...options }) };
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
}

export function pastePlugin() {
  return {
    name: 'pastes',
    executeCommand({ command, payload }) {
      if (command === 'wordpress-filters') return run('php', [WORDPRESS_FILTERS, ...payload.filters], payload.html);
      if (command === 'markdown-it') return new MarkdownIt({ html: true, typographer: true }).render(payload.markdown);
      if (command === 'embed-snippet') return snippetOrError(payload);
      if (command === 'kramdown')
        return run('ruby', ['-rkramdown', '-rkramdown-parser-gfm', '-e', KRAMDOWN], payload.markdown);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/wordpress-themes/') || context.path.includes('..')) return undefined;
      const file = THEMES + context.path.slice('/wordpress-themes/'.length);
      return { body: await readFile(file, 'utf8'), type: context.path.endsWith('.css') ? 'css' : 'txt' };
    },
  };
}
