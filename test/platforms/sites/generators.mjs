/**
 * Static site generators, each run for real on a site skeleton kept in test/platforms/<name>/
 * (configuration and layouts): Eleventy 3 (npm) with the shipped plugin, Hugo 0.111 (Debian)
 * with the shipped shortcode, Jekyll 4.3 (Debian) on the minima theme. The snippet and the
 * shipped integrations are read from dist/ at run time; the content pages (the snippet or the
 * shortcode after the post's first paragraph) are written into a copy of the skeleton under out/.
 */
import Eleventy from '@11ty/eleventy';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { INTRO, OUT, ROOT, SUITE, dist, run, savePage, urlPathOf } from './common.mjs';
import { markdownAround } from './markdown.mjs';

/** Copies a skeleton to out/<name>-source and returns that folder. */
async function skeleton(name) {
  const source = join(OUT, `${name}-source`);
  await rm(source, { recursive: true, force: true });
  await cp(join(SUITE, name), source, { recursive: true });
  return source;
}

/** Re-saves a generator's page through savePage (probe, local script); returns its URL path. */
const resave = async (file) => savePage(file, await readFile(file, 'utf8'));

export async function buildEleventy() {
  const snippet = await dist('embed.html');
  const source = await skeleton('eleventy');
  const raw = markdownAround(snippet);
  const shortcode = markdownAround('{% leadershipArticle %}');
  const post = (title, body) => `---\nlayout: post.njk\ntitle: ${title}\n---\n${body}`;
  const sources = {
    'raw.md': post('Raw snippet', raw.raw.source),
    'after-paragraph.md': post('Raw snippet', raw['after-paragraph'].source),
    'shortcode-markdown.md': post('Shortcode', shortcode.raw.source),
    'shortcode-after-paragraph.md': post('Shortcode', shortcode['after-paragraph'].source),
    'shortcode-nunjucks.njk': post('Shortcode', `<p>${INTRO}</p>\n{% leadershipArticle %}\n`),
  };
  for (const [name, text] of Object.entries(sources)) await writeFile(join(source, name), text);
  const output = join(OUT, 'eleventy');
  await rm(output, { recursive: true, force: true });
  const plugin = createRequire(import.meta.url)(join(ROOT, 'dist/integrations/eleventy/leadership-article.cjs'));
  const eleventy = new Eleventy(source, output, {
    quietMode: true,
    config: (config) => {
      // The copied skeleton lives in the git-ignored out/, which Eleventy would skip.
      config.setUseGitIgnore(false);
      config.addPlugin(plugin);
    },
  });
  await eleventy.write();
  const pages = {
    'shortcode-markdown': [
      'shipped plugin, `{% leadershipArticle %}` in Markdown',
      'the plugin (dist/integrations/eleventy/)',
    ],
    'shortcode-nunjucks': [
      'shipped plugin, `{% leadershipArticle %}` in Nunjucks',
      'the plugin (dist/integrations/eleventy/)',
    ],
    'shortcode-after-paragraph': [
      'shipped plugin, `{% leadershipArticle %}` in Markdown directly after a paragraph line (no blank line)',
      'the plugin (dist/integrations/eleventy/)',
    ],
    raw: [`Markdown, ${raw.raw.pipeline}`, 'dist/embed.html in the Markdown'],
    'after-paragraph': [`Markdown, ${raw['after-paragraph'].pipeline}`, 'dist/embed.html in the Markdown'],
  };
  const entries = [];
  for (const [name, [pipeline, paste]] of Object.entries(pages)) {
    entries.push({
      id: `eleventy-${name}`,
      platform: 'Eleventy 3',
      pipeline,
      paste,
      path: await resave(join(output, name, 'index.html')),
      gated: true,
    });
  }
  return entries;
}

/** Builds the Hugo site in `source` into `output` (emptied first), with the shipped shortcode as its theme. */
export async function hugo({ source, config, output, baseURL }) {
  await rm(output, { recursive: true, force: true });
  await run('hugo', [
    '--quiet',
    '--source',
    source,
    '--config',
    config,
    '--destination',
    output,
    '--baseURL',
    baseURL,
    // The shipped shortcode, used in place as a theme: dist/integrations/hugo/layouts/shortcodes/.
    '--themesDir',
    join(ROOT, 'dist/integrations'),
    '--theme',
    'hugo',
  ]);
}

export async function buildHugo() {
  const snippet = await dist('embed.html');
  const source = await skeleton('hugo');
  const content = join(source, 'content');
  await mkdir(content, { recursive: true });
  for (const [name, { source: markdown }] of Object.entries(markdownAround('{{< leadership-article >}}'))) {
    await writeFile(
      join(content, name === 'raw' ? 'shortcode.md' : `shortcode-${name}.md`),
      `---\ntitle: Shortcode\n---\n${markdown}`,
    );
  }
  for (const [name, { source: markdown }] of Object.entries(markdownAround(snippet))) {
    await writeFile(join(content, `${name}.md`), `---\ntitle: Raw snippet\n---\n${markdown}`);
  }
  const entries = [];
  /** @type {Record<string, [string, string[]]>} */
  const builds = {
    default: ['config.toml', ['shortcode', 'shortcode-after-paragraph', 'raw']],
    unsafe: ['config.toml,unsafe.toml', ['raw', 'after-paragraph']],
  };
  for (const [build, [config, names]] of Object.entries(builds)) {
    const output = join(OUT, 'hugo', build);
    await hugo({ source, config, output, baseURL: `${urlPathOf(output)}/` });
    for (const name of names) {
      const omitted = build === 'default' && name === 'raw';
      const shortcode = name.startsWith('shortcode');
      const pipelines = {
        shortcode: 'shipped shortcode, `{{< leadership-article >}}`, default settings',
        'shortcode-after-paragraph':
          'shipped shortcode directly after a paragraph line (no blank line), default settings',
        raw: `Markdown, ${markdownAround('').raw.pipeline}, \`unsafe = ${build === 'unsafe'}\``,
        'after-paragraph': `Markdown, ${markdownAround('')['after-paragraph'].pipeline}, \`unsafe = true\``,
      };
      entries.push({
        id: `hugo-${build}-${name}`,
        platform: 'Hugo 0.111',
        pipeline: pipelines[name],
        paste: shortcode ? 'the shortcode (dist/integrations/hugo/)' : 'dist/embed.html in the Markdown',
        path: await resave(join(output, name, 'index.html')),
        gated: !omitted,
        ...(omitted && {
          reason: 'Hugo omits raw HTML from Markdown unless `unsafe = true`; no snippet can help: use the shortcode',
        }),
      });
    }
  }
  return entries;
}

export async function buildJekyll() {
  const snippet = await dist('embed.html');
  const source = await skeleton('jekyll');
  await mkdir(join(source, '_includes'), { recursive: true });
  await writeFile(join(source, '_includes/leadership-article.html'), snippet);
  await mkdir(join(source, '_posts'), { recursive: true });
  const post = (title, body) => `---\nlayout: post\ntitle: ${title}\n---\n${body}`;
  for (const [name, { source: markdown }] of Object.entries(markdownAround('{% include leadership-article.html %}'))) {
    await writeFile(
      join(source, `_posts/2017-06-30-${name === 'raw' ? 'include' : `include-${name}`}.md`),
      post('Include', markdown),
    );
  }
  for (const [name, { source: markdown }] of Object.entries(markdownAround(snippet))) {
    await writeFile(join(source, `_posts/2017-06-30-${name}.md`), post('Raw snippet', markdown));
  }
  const output = join(OUT, 'jekyll');
  await rm(output, { recursive: true, force: true });
  await run(
    'jekyll',
    ['build', '--quiet', '--source', source, '--destination', output, '--baseurl', urlPathOf(output)],
    {
      env: { ...process.env, JEKYLL_ENV: 'production' },
    },
  );
  const pages = {
    include: [
      '`{% include leadership-article.html %}` in a post',
      'dist/embed.html as _includes/leadership-article.html',
    ],
    'include-after-paragraph': [
      '`{% include leadership-article.html %}` directly after a paragraph line (no blank line)',
      'dist/embed.html as _includes/leadership-article.html',
    ],
    raw: [`kramdown, ${markdownAround('').raw.pipeline}`, 'dist/embed.html in the Markdown'],
    'after-paragraph': [
      `kramdown, ${markdownAround('')['after-paragraph'].pipeline}`,
      'dist/embed.html in the Markdown',
    ],
  };
  const entries = [];
  for (const [name, [pipeline, paste]] of Object.entries(pages)) {
    entries.push({
      id: `jekyll-minima-${name}`,
      platform: 'Jekyll 4.3, minima',
      pipeline,
      paste,
      path: await resave(join(output, `2017/06/30/${name}.html`)),
      gated: true,
      boxes: true,
    });
  }
  return entries;
}
