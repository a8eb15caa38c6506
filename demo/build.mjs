#!/usr/bin/env node
/**
 * `npm run site` (after the build): writes site/, the static website a blogger uses, for any
 * static host at any sub-path (every link in it is relative):
 * - index.html, the publish page, with choices.json and code/: the code of every output ×
 *   script host × theme × heading level, made by the package's outputs (demo/publish-code.mjs);
 * - v/VERSION/, this release's files as `npm run build` writes them, for this site's address,
 *   never changed once published, so code copied from any release keeps working;
 * - demo/, the demo blog post; docs/, the README and docs/*.md as pages.
 *
 * SITE_URL is the site's public address (default: package.json's homepage); REPOSITORY_URL the
 * repository's, for the docs' links to its other files (default: package.json's repository).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { distFiles } from 'leadership-article/outputs.js';
import { choiceKey } from './choices.mjs';
import { demoPage } from './post.mjs';
import { BUILDERS, HEADING_LEVELS, HOSTS, OUTPUTS, THEMES, TEMPLATE_ENGINES, publishCode } from './publish-code.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The plugin's types describe its CommonJS build; Node imports its ES build (as rollup.config.mjs does).
const terser = /** @type {typeof terserPlugin.default} */ (/** @type {unknown} */ (terserPlugin));

/** package.json's homepage, which names the published site. */
export async function packageInfo() {
  return JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
}

/**
 * The site's address as given (SITE_URL, else package.json's homepage), checked and with a
 * trailing slash.
 *
 * @param {string | undefined} value
 */
export function siteUrlOf(value) {
  let url;
  try {
    url = new URL(value ?? '');
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`site: SITE_URL must be the site's http(s) address, not ${JSON.stringify(value)}.`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The folder of a release's files, relative to the site. */
export const releasePath = (version) => `v/${version}/`;

const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function write(file, content) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** Every choice's code, written once per distinct text under code/, and choices.json naming them. */
async function writeChoices(out, { bundle, version, release }) {
  const entries = {};
  const about = [];
  const written = new Set();
  const file = async (text) => {
    const name = `code/${sha(text)}.txt`;
    if (!written.has(name)) await write(join(out, name), text);
    written.add(name);
    return name;
  };
  for (const output of OUTPUTS)
    for (const host of HOSTS)
      for (const theme of THEMES)
        for (const level of HEADING_LEVELS) {
          const { code, preview, ...rest } = publishCode({
            output,
            host,
            theme: /** @type {'light'|'dark'|'auto'} */ (theme),
            headingLevel: /** @type {1|2|3|4|5|6} */ (level),
            bundle,
            version,
            release,
          });
          const text = JSON.stringify(rest);
          let index = about.findIndex((known) => JSON.stringify(known) === text);
          if (index < 0) index = about.push(rest) - 1;
          entries[choiceKey({ output, host, theme, level })] = {
            code: await file(code),
            preview: await file(preview),
            bytes: Buffer.byteLength(code),
            about: index,
          };
        }
  await write(
    join(out, 'choices.json'),
    JSON.stringify({ version, release, builders: BUILDERS, templateEngines: TEMPLATE_ENGINES, about, entries }),
  );
  return written.size;
}

/** The publish page's script, bundled with Lit into one classic script (it runs from file:// too). */
async function bundlePublishPage() {
  const build = await rollup({
    input: join(root, 'demo/publish.js'),
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser()],
  });
  const { output } = await build.generate({ format: 'iife', name: 'leadershipPublish' });
  await build.close();
  return output[0].code;
}

/**
 * Heading ids as GitHub makes them, so the docs' links to `page.md#heading` work on the site:
 * the text, lower case, without punctuation, spaces as hyphens, `-1`, `-2`… on repeats.
 */
function headingSlugs() {
  const seen = new Map();
  return {
    /** @param {string} html a heading's content */
    next(html) {
      const text = html.replace(/<[^>]*>/g, '').replace(/&[a-z]+;|&#\d+;/g, '');
      const slug = text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count ? `${slug}-${count}` : slug;
    },
  };
}

/** The README and docs/*.md as pages under docs/, their links to each other made relative. */
async function writeDocs(out, { repositoryUrl, siteUrl, homepage }) {
  const markdown = new MarkdownIt({ html: true, linkify: true });
  /** @type {Array<[string, string]>} */
  const pages = [['README.md', 'index.html']];
  for (const name of (await readdir(join(root, 'docs'))).sort())
    if (name.endsWith('.md')) pages.push([`docs/${name}`, name.replace(/\.md$/, '.html')]);
  const known = new Map(pages);
  const style = await readFile(join(root, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');
  await write(join(out, 'docs/markdown.css'), style);
  for (const [source, target] of pages) {
    const text = await readFile(join(root, source), 'utf8');
    const title = /^#\s+(.+)$/m.exec(text)?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>') ?? source;
    const slugs = headingSlugs();
    // Links are written from the source file's folder; rewrite them for the page's.
    const from = dirname(source);
    // Links to the published site (package.json's homepage) lead to this copy of it.
    const body = markdown
      .render(text)
      // Relative links only: no scheme, and not only a fragment.
      .replace(/\b(href|src)="([^"#:?]+)((?:[#?][^"]*)?)"/g, (whole, attribute, path, rest) => {
        const file = join(from, path);
        if (known.has(file)) return `${attribute}="${known.get(file)}${rest}"`;
        if (file.startsWith('docs/')) return `${attribute}="${relative('docs', file)}${rest}"`;
        if (file === '.') return `${attribute}="../${rest}"`;
        return `${attribute}="${repositoryUrl}/blob/HEAD/${file}${rest}"`;
      })
      .replaceAll(`href="${homepage}"`, 'href="../"')
      .replace(
        /<h([1-6])>([\s\S]*?)<\/h\1>/g,
        (whole, level, inner) => `<h${level} id="${slugs.next(inner)}">${inner}</h${level}>`,
      );
    await write(
      join(out, 'docs', target),
      `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/</g, '&lt;')}</title>
<link rel="stylesheet" href="markdown.css">
<style>body{margin:0 auto;max-width:60rem;padding:1rem}</style>
</head>
<body class="markdown-body">
<p><a href="../">Get the code</a> · <a href="index.html">Help</a> · <a href="${siteUrl}">${siteUrl}</a></p>
${body}</body>
</html>
`,
    );
  }
  await cp(join(root, 'docs/images'), join(out, 'docs/images'), { recursive: true });
}

/**
 * Writes the site for `siteUrl` into `out` (emptied first).
 *
 * @param {{ siteUrl: string, out?: string }} options
 */
export async function buildSite({ siteUrl, out = join(root, 'site') }) {
  const pkg = await packageInfo();
  const { version } = pkg;
  // Where the docs' links to the project's other files lead: REPOSITORY_URL, else package.json's.
  const repositoryUrl =
    process.env.REPOSITORY_URL ||
    String(pkg.repository?.url ?? pkg.repository ?? '')
      .replace(/^git\+/, '')
      .replace(/\.git$/, '');
  const release = `${siteUrl}${releasePath(version)}`;
  const bundle = await readFile(join(root, 'dist/leadership-article.js'));

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // This release's files, as the build writes them, for this site's address.
  const releaseFolder = join(out, releasePath(version));
  await write(join(releaseFolder, 'leadership-article.js'), bundle);
  for (const [name, content] of Object.entries(distFiles({ bundle, version, base: release })))
    await write(join(releaseFolder, name), content);
  const files = await writeChoices(out, { bundle, version, release });
  const page = (await readFile(join(root, 'demo/publish.html'), 'utf8'))
    .replaceAll('{{SITE_URL}}', siteUrl)
    .replaceAll('{{VERSION}}', version);
  await write(join(out, 'index.html'), page);
  await write(join(out, 'publish.js'), await bundlePublishPage());
  await write(join(out, 'demo/index.html'), await demoPage());
  await cp(join(root, 'demo/blog.css'), join(out, 'demo/blog.css'));
  await writeDocs(out, { repositoryUrl, siteUrl, homepage: pkg.homepage });
  // GitHub Pages: publish the files as they are, without Jekyll.
  await write(join(out, '.nojekyll'), '');
  return { version, release, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = await packageInfo();
  const siteUrl = siteUrlOf(process.env.SITE_URL || pkg.homepage);
  if (/\/\/owner\.github\.io\//i.test(siteUrl))
    console.warn(`site: ${siteUrl} is package.json's placeholder homepage; set SITE_URL to the site's real address.`);
  const { release, files } = await buildSite({ siteUrl });
  console.log(`site/: the publish page for ${siteUrl}, ${files} code files; this release at ${release}`);
}
