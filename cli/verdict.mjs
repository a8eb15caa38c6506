/** What both modes share: link problems as sentences, and a page's verdict from its problems. */

/**
 * Problems of the required links (`links` as both modes report them): a missing or retargeted
 * link is a `markupCheck` problem ('fallback' for pasted markup), an inactive one a 'link' one.
 */
export function linkProblems(links, where, markupCheck = 'link') {
  const problems = [];
  for (const link of links) {
    const label = `${where} link "${link.text}"`;
    if (!link.present) {
      problems.push({
        check: markupCheck,
        message: link.foundHref
          ? `${label} points to ${link.foundHref} instead of ${link.href}`
          : `${label} to ${link.href} is missing`,
      });
    } else if (link.clickable === false) {
      problems.push({ check: 'link', message: `${label} is not clickable: ${link.reason}` });
    }
  }
  return problems;
}

/** Sets each embed's and the page's `status`: `fail` when anything is a problem. */
export function finishPage(page) {
  for (const embed of page.embeds) embed.status = embed.problems.length ? 'fail' : 'pass';
  page.status = page.problems.length || page.embeds.some((e) => e.status === 'fail') ? 'fail' : 'pass';
  page.error ??= null;
  return page;
}
