/**
 * `check --static`: the page's HTML parsed as a browser's parser builds it (parse5), no script
 * run, no CSS applied. It sees what the markup says: the element and its fallback, the links,
 * copies of the article outside the element, the script tag and its integrity. It cannot see
 * what CSS or scripts do to the page (hidden, clipped or covered widgets, a blocked script).
 */
import { parse } from 'parse5';
import { TAG_NAME, collapse } from './article.mjs';
import { checkBundleScript, isBundleScript } from './bundles.mjs';
import { attribute, describeNode, elements, hiddenByMarkup, renderedText, textNodes } from './html-text.mjs';
import { followRedirects, linkNotes, requiredLinks } from './links.mjs';
import { finishPage, linkProblems, movedWarning, unverifiedLinks } from './verdict.mjs';
import { textDifferences } from './text-diff.mjs';

/** Checks one page's HTML; `url` is where it came from (its click-tracking links are followed if online). */
export async function checkHtml(html, { url, expected, known, timeout }) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const page = { url, mode: 'static', scripts: [], problems: [], warnings: [], embeds: [] };
  const hrefs = [...elements(document)].filter((e) => e.tagName === 'a').map((a) => attribute(a, 'href'));
  const redirects = await followRedirects(hrefs, { page: url, timeout });

  const hosts = [];
  const visitHosts = (node, ancestors) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (child.tagName === TAG_NAME) hosts.push({ node: child, ancestors });
      visitHosts(child.tagName === 'template' ? child.content : child, [...ancestors, child]);
    }
  };
  visitHosts(document, []);

  for (const element of elements(document)) {
    if (element.tagName !== 'script') continue;
    const tag = { src: attribute(element, 'src'), integrity: attribute(element, 'integrity'), page: url };
    if (!isBundleScript(tag, known)) continue;
    const { kind, version, problems } = checkBundleScript(tag, known);
    page.scripts.push({ src: shortSrc(tag.src), kind, integrity: tag.integrity ?? null, version, loaded: null });
    for (const message of problems)
      page.problems.push({
        check: 'integrity',
        message: `script ${shortSrc(tag.src)} (line ${element.sourceCodeLocation?.startLine}): ${message}`,
      });
  }
  const withScript = page.scripts.length > 0;
  if (!withScript) {
    page.warnings.push({
      check: 'script',
      message: 'no leadership-article script: readers see the fallback only, not the widget',
    });
  }

  // Copies of the article outside any element: a stray or moved fallback, or a stripped tag.
  const loose = [];
  const holdsCopy = (text) => expected.phrases.some((phrase) => text.includes(phrase));
  for (const { node, ancestors } of textNodes(document)) {
    if (!holdsCopy(collapse(node.value))) continue;
    if (ancestors.some((a) => a.tagName === TAG_NAME || hiddenByMarkup(a))) continue;
    const index = ancestors.findLastIndex((a) => a.tagName === 'article');
    const at = index >= 0 ? index : Math.max(0, ancestors.length - 2);
    if (!loose.some((copy) => copy.node === ancestors[at]))
      loose.push({ node: ancestors[at], ancestors: ancestors.slice(0, at) });
  }

  const fallbacks = new Map();
  hosts.forEach(({ node, ancestors }, index) => {
    const embed = { index, location: describeNode(node, ancestors), upgraded: null, problems: [], warnings: [] };
    let fallback = node;
    // A `<p>` around the paste is closed by `<article>`, and a link around it is split by the
    // links inside: the parser leaves the element empty and the article after it, where the
    // element's script takes it back.
    const wrapper = ancestors.slice(-3).findLast((a) => a.tagName === 'p' || a.tagName === 'a');
    if (!renderedText(node) && wrapper && loose.length) {
      fallback = loose.shift().node;
      embed.warnings.push(movedWarning(wrapper.tagName));
    }
    fallbacks.set(node, fallback);
    const text = renderedText(fallback);
    embed.text = { equal: text === expected.text, differences: [] };
    if (!text) {
      embed.problems.push({
        check: 'fallback',
        message: 'the fallback is empty: readers without scripts see nothing here',
      });
    } else {
      embed.text.differences = textDifferences(expected, text);
      for (const d of embed.text.differences)
        embed.problems.push({ check: 'fallback', message: `fallback text: ${d.message}` });
    }
    embed.links = linksOf(fallback, expected, redirects);
    if (text) {
      embed.problems.push(...linkProblems(embed.links, 'fallback', 'fallback'));
      embed.unverified = unverifiedLinks(embed.links, 'fallback');
      embed.warnings.push(...linkNotes(embed.links));
    }
    embed.fallback = { ...embed.text, links: embed.links };
    page.embeds.push(embed);
  });

  if (!hosts.length && loose.length === 1) {
    // The tag was stripped (a sanitizer, kses): the copy that stays is what readers get.
    const { node, ancestors } = loose[0];
    const text = renderedText(node);
    const differences = textDifferences(expected, text);
    const links = linksOf(node, expected, redirects);
    page.embeds.push({
      index: 0,
      location: describeNode(node, ancestors),
      upgraded: false,
      text: { equal: !differences.length, differences },
      links,
      fallback: { equal: !differences.length, differences, links },
      problems: [
        ...differences.map((d) => ({ check: 'fallback', message: `text: ${d.message}` })),
        ...linkProblems(links, 'copy', 'fallback'),
      ],
      unverified: unverifiedLinks(links, 'copy'),
      warnings: [
        { check: 'element', message: `no <${TAG_NAME}> element: a static copy of the article (its tag was stripped)` },
        ...linkNotes(links),
      ],
    });
  }

  const shown =
    loose.length + hosts.filter(({ node }) => withScript || holdsCopy(renderedText(fallbacks.get(node)))).length;
  page.articleCopies = shown;
  if (!hosts.length && !loose.length) {
    const frames = [...elements(document)].filter((e) => e.tagName === 'iframe').length;
    page.problems.push({
      check: 'embed',
      message: `no <${TAG_NAME}> and no copy of the article on the page${frames ? ` (--static does not look into its ${frames} iframe${frames === 1 ? '' : 's'}: check without --static)` : ''}`,
    });
  } else if (shown > 1) {
    const where = [...hosts, ...loose].map(({ node, ancestors }) => describeNode(node, ancestors));
    page.problems.push({
      check: 'copies',
      message: `the article is shown ${shown} times${withScript ? ' once the script runs' : ''}: ${where.join('; ')}`,
    });
  }
  return finishPage(page);
}

function linksOf(node, expected, redirects) {
  const anchors = [...elements(node)]
    .filter((e) => e.tagName === 'a')
    .map((a) => ({ href: attribute(a, 'href') ?? null, text: renderedText({ childNodes: [a] }) }));
  return requiredLinks(anchors, expected.links, redirects);
}

const shortSrc = (src) => (src.startsWith('data:') ? `${src.slice(0, 40)}…` : src);
