/**
 * Feed readers' sanitizers that are not JavaScript, for the feed tests, run by the real code:
 * - `executeServerCommand('feedparser', { path })`: feedparser reads the feed at that URL path
 *   (under test/platforms/out/feeds/) and answers each entry's sanitized HTML (feed-readers.py);
 * - `executeServerCommand('htmlpurifier', { html })`: HTML Purifier's default configuration.
 *   Debian 12's php-htmlpurifier (4.11) does not compile on its PHP 8.2: three files index
 *   strings with braces (`$s{0}`), which PHP 8 removed. A copy of it in the temporary folder
 *   gets the change upstream made in 4.13 (`$s[0]`), and nothing else.
 */
import { rmSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './paste-plugin.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const FEEDS = '/test/platforms/out/feeds/';

const DEBIAN_PHP = '/usr/share/php';
const BRACE_INDEXED = ['Encoder.php', 'ChildDef/Custom.php', 'TagTransform/Font.php'];
let purifier;

/** The folder of a copy of Debian's HTML Purifier that PHP 8 compiles (made once a run). */
const htmlPurifier = () =>
  (purifier ??= (async () => {
    const folder = join(tmpdir(), `leadership-article-htmlpurifier-${process.pid}`);
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    for (const entry of await readdir(DEBIAN_PHP)) {
      if (entry.startsWith('HTMLPurifier')) await cp(join(DEBIAN_PHP, entry), join(folder, entry), { recursive: true });
    }
    for (const file of BRACE_INDEXED) {
      const path = join(folder, 'HTMLPurifier', file);
      const source = await readFile(path, 'utf8');
      const fixed = source.replace(/(\$\w+(?:\['\w+'\])?)\{(\$?\w+)\}/g, '$1[$2]');
      if (fixed === source) throw new Error(`HTML Purifier's ${file} changed: its PHP 8 fix no longer applies`);
      await writeFile(path, fixed);
    }
    return folder;
  })());

export function feedReadersPlugin({ root = process.cwd() } = {}) {
  return {
    name: 'feed-readers',
    async executeCommand({ command, payload }) {
      if (command === 'htmlpurifier')
        return run('php', [here('./htmlpurifier.php'), await htmlPurifier()], payload.html);
      if (command !== 'feedparser') return undefined;
      const path = normalize(payload.path);
      if (!path.startsWith(FEEDS)) return { error: `feedparser: ${payload.path} is not under ${FEEDS}` };
      // Debian's Python, where python3-feedparser is installed (a python3 earlier on PATH may lack it).
      return JSON.parse(await run('/usr/bin/python3', [here('./feed-readers.py'), join(root, path)]));
    },
  };
}
