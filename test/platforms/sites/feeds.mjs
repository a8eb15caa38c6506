/**
 * The blog's own feed with the post that holds the snippet, as the real platforms write it:
 * WordPress's RSS (fetched from its front end by wordpress.mjs), Hugo's RSS and Jekyll's Atom
 * (jekyll-feed), each with its default setting and with the setting for whole posts where the
 * default gives summaries. Saved under out/feeds/ and listed in out/feeds/manifest.json, one
 * entry a feed: id, platform, format, setting, full (whether the setting puts whole posts in).
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, SUITE, dist, run, urlPathOf } from './common.mjs';
import { hugo } from './generators.mjs';
import { markdownAround } from './markdown.mjs';

export const FEEDS = join(OUT, 'feeds');
const feeds = [];

/** Saves one feed's XML and records its entry. */
export async function saveFeed(entry, xml) {
  await mkdir(FEEDS, { recursive: true });
  const file = join(FEEDS, `${entry.id}.xml`);
  await writeFile(file, xml);
  feeds.push({ ...entry, path: urlPathOf(file) });
}

/** Writes out/feeds/manifest.json with every feed saved so far. */
export const writeFeedManifest = async () => {
  await mkdir(FEEDS, { recursive: true });
  await writeFile(join(FEEDS, 'manifest.json'), `${JSON.stringify(feeds, null, 2)}\n`);
};

/** Hugo's RSS (/index.xml) of one post with the shipped shortcode: its own template, then the whole-post one. */
export async function buildHugoFeeds() {
  const source = join(OUT, 'hugo-feeds-source');
  await rm(source, { recursive: true, force: true });
  await cp(join(SUITE, 'hugo'), source, { recursive: true });
  await mkdir(join(source, 'content'), { recursive: true });
  await writeFile(
    join(source, 'content/shortcode.md'),
    `---\ntitle: Shortcode\ndate: 2017-06-30\n---\n${markdownAround('{{< leadership-article >}}').raw.source}`,
  );
  const builds = [
    {
      id: 'hugo-rss-default',
      setting: "Hugo's own RSS template (default): each item's `<description>` is `.Summary`",
      full: false,
    },
    {
      id: 'hugo-rss-full',
      setting: "`layouts/_default/rss.xml`: Hugo's template with `.Content` for `.Summary`",
      full: true,
    },
  ];
  for (const { id, setting, full } of builds) {
    if (full) await cp(join(SUITE, 'feeds/hugo-full-content-rss.xml'), join(source, 'layouts/_default/rss.xml'));
    const output = join(OUT, 'hugo-feeds', id);
    await hugo({
      source,
      config: `config.toml,${join(SUITE, 'feeds/hugo.toml')}`,
      output,
      baseURL: 'https://blog.example/',
    });
    await saveFeed(
      { id, platform: 'Hugo 0.111', format: 'RSS 2.0 (/index.xml)', post: 'the shipped shortcode', setting, full },
      await readFile(join(output, 'index.xml'), 'utf8'),
    );
  }
  return [];
}

/** jekyll-feed's Atom (/feed.xml) of posts with the include and the raw snippet: whole posts, then excerpts only. */
export async function buildJekyllFeeds() {
  const snippet = await dist('embed.html');
  const source = join(OUT, 'jekyll-feeds-source');
  await rm(source, { recursive: true, force: true });
  await cp(join(SUITE, 'jekyll'), source, { recursive: true });
  await mkdir(join(source, '_includes'), { recursive: true });
  await writeFile(join(source, '_includes/leadership-article.html'), snippet);
  await mkdir(join(source, '_posts'), { recursive: true });
  const post = (title, body) => `---\nlayout: post\ntitle: ${title}\n---\n${body}`;
  await writeFile(
    join(source, '_posts/2017-06-30-include.md'),
    post('Include', markdownAround('{% include leadership-article.html %}').raw.source),
  );
  await writeFile(join(source, '_posts/2017-06-29-raw.md'), post('Raw snippet', markdownAround(snippet).raw.source));
  const builds = [
    {
      id: 'jekyll-atom-default',
      setting: "jekyll-feed defaults: each entry's `<content>` is the whole post",
      configs: ['jekyll-feed.yml'],
      full: true,
    },
    {
      id: 'jekyll-atom-excerpt-only',
      setting: "`feed: excerpt_only: true`: each entry's `<summary>` only",
      configs: ['jekyll-feed.yml', 'jekyll-feed-excerpt-only.yml'],
      full: false,
    },
  ];
  for (const { id, setting, configs, full } of builds) {
    const output = join(OUT, 'jekyll-feeds', id);
    await rm(output, { recursive: true, force: true });
    const config = [join(source, '_config.yml'), ...configs.map((c) => join(SUITE, 'feeds', c))].join(',');
    await run('jekyll', ['build', '--quiet', '--source', source, '--destination', output, '--config', config], {
      env: { ...process.env, JEKYLL_ENV: 'production' },
    });
    await saveFeed(
      {
        id,
        platform: 'Jekyll 4.3, jekyll-feed 0.17',
        format: 'Atom (/feed.xml)',
        post: 'the snippet as an include, and pasted raw in Markdown',
        setting,
        full,
      },
      await readFile(join(output, 'feed.xml'), 'utf8'),
    );
  }
  return [];
}
