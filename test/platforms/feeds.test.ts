/**
 * The post with the snippet in the blog's own feed (built by test/platforms/build.mjs from
 * real WordPress, Hugo and Jekyll), read as feed readers read it: each item's HTML through
 * feedparser, HTML Purifier, sanitize-html and DOMPurify with their defaults, then rendered in
 * this engine with scripts off. Whole: the article's text, as the fixture gives it, is in the
 * item's rendered text exactly once; links: both required links are there with their text,
 * each href exact or the same with tracking parameters (src/link-match.ts). A feed set to
 * summaries is held to losing the article, which is why the documentation names the setting.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { linkMatch } from '../../src/dev/link-match.js';
import { pageAround, removeFrames, renderWithoutScripts } from '../support/frames.js';
import { collapse, expectedRenderedText, requiredLinks, visibleText } from '../support/helpers.js';
import { INTRO } from './intro.mjs';
import { readManifest } from './reader.js';

interface Feed {
  id: string;
  platform: string;
  format: string;
  post: string;
  setting: string;
  full: boolean;
  path: string;
}

interface Item {
  title: string;
  /** The element the HTML came from: content:encoded, content, description or summary. */
  field: string;
  html: string;
}

const feeds = await readManifest<Feed>('feeds/', '`node test/platforms/build.mjs` (npm test does)');

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Each RSS item's or Atom entry's fullest HTML, as a reader takes it: content first, else the summary. */
function itemsOf(xml: string): Item[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const rss = [...doc.getElementsByTagName('item')].map((item) => {
    const encoded = item.getElementsByTagNameNS(CONTENT_NS, 'encoded')[0];
    const description = item.getElementsByTagName('description')[0];
    return {
      title: item.getElementsByTagName('title')[0]?.textContent ?? '',
      field: encoded ? 'content:encoded' : 'description',
      html: (encoded ?? description)?.textContent ?? '',
    };
  });
  const atom = [...doc.getElementsByTagNameNS(ATOM_NS, 'entry')].map((entry) => {
    const content = entry.getElementsByTagNameNS(ATOM_NS, 'content')[0];
    const summary = entry.getElementsByTagNameNS(ATOM_NS, 'summary')[0];
    return {
      title: entry.getElementsByTagNameNS(ATOM_NS, 'title')[0]?.textContent ?? '',
      field: content ? 'content' : 'summary',
      html: (content ?? summary)?.textContent ?? '',
    };
  });
  // Posts without the snippet (WordPress's "Hello world!") are not the subject.
  return [...rss, ...atom].filter((item) => item.html.includes(INTRO) || collapse(item.html).includes(INTRO));
}

/** Each sanitizer's output for a feed's items, in the items' order. */
async function sanitized(feed: Feed, items: Item[]): Promise<Record<string, Item[]>> {
  const parsed = await executeServerCommand<Item[], { path: string }>('feedparser', { path: feed.path });
  const byTitle = new Map(parsed.map((entry) => [entry.title, entry]));
  const each = async (clean: (html: string) => Promise<string> | string) =>
    Promise.all(items.map(async (item) => ({ ...item, html: await clean(item.html) })));
  return {
    feedparser: items.map((item) => byTitle.get(item.title) ?? { ...item, field: 'missing', html: '' }),
    'HTML Purifier': await each((html) => executeServerCommand<string, { html: string }>('htmlpurifier', { html })),
    'sanitize-html': await each((html) => executeServerCommand<string, { html: string }>('sanitize-html', { html })),
    DOMPurify: await each((html) => DOMPurify.sanitize(html)),
  };
}

interface Reading {
  whole: boolean;
  copies: number;
  links: Record<'citation' | 'copyright', string | null>;
}

/** What a reader gets from an item's HTML, rendered with scripts off. */
async function read(html: string): Promise<Reading> {
  const doc = await renderWithoutScripts(pageAround(html));
  const text = visibleText(doc.body);
  const expected = await expectedRenderedText();
  const copies = text.split(expected).length - 1;
  const anchors = [...doc.querySelectorAll('a')];
  const links = { citation: null, copyright: null } as Reading['links'];
  for (const name of ['citation', 'copyright'] as const) {
    const { text: linkText, href } = requiredLinks[name];
    const anchor = anchors.find(
      (a) => collapse(a.textContent!) === linkText && linkMatch(a.getAttribute('href'), href),
    );
    links[name] = anchor ? linkMatch(anchor.getAttribute('href'), href)! : null;
  }
  return { whole: copies === 1, copies, links };
}

describe("feeds: the post in the blog's own feed, after feed readers' sanitizers", () => {
  afterEach(removeFrames);

  for (const feed of feeds) {
    it(`${feed.platform}, ${feed.format}: ${feed.setting}`, async function () {
      this.timeout(120_000);
      const items = itemsOf(await (await fetch(feed.path)).text());
      expect(items.length, 'items holding the post').to.be.greaterThan(0);
      const rows: string[] = [];
      const failures: string[] = [];
      for (const [sanitizer, outputs] of Object.entries(await sanitized(feed, items))) {
        for (const item of outputs) {
          const reading = await read(item.html);
          const linked = reading.links.citation && reading.links.copyright;
          rows.push(
            `${feed.id} | ${item.title} | ${sanitizer} | ${item.field} | whole: ${reading.whole ? 'yes' : `no (${reading.copies} copies)`} | links: ${reading.links.citation ?? 'none'}/${reading.links.copyright ?? 'none'}`,
          );
          if (feed.full && !(reading.whole && linked)) failures.push(rows.at(-1)!);
          // Summaries: the setting's cost, stated in the documentation, holds.
          if (!feed.full && (reading.whole || linked)) failures.push(`a summary held the article: ${rows.at(-1)}`);
        }
      }
      console.log(rows.join('\n'));
      expect(failures).to.deep.equal([]);
    });
  }
});
