/** What both modes share: link problems as sentences, and a page's verdict from its problems. */

/** A `<p>` (`p`) or link (`a`) around the paste moved the fallback out of the element. */
export const movedWarning = (wrapper) => ({
  check: 'moved',
  message: `${wrapper === 'a' ? 'a link' : 'a <p>'} around the paste moved the fallback out of the element; the script puts it back, but paste the snippet outside any ${wrapper === 'a' ? 'link' : 'paragraph'}`,
});

/**
 * Problems of the required links (`links` as both modes report them): a missing or retargeted
 * link is a `markupCheck` problem ('fallback' for pasted markup), an inactive one a 'link' one.
 */
export function linkProblems(links, where, markupCheck = 'link') {
  const problems = [];
  for (const link of links) {
    const label = `${where} link "${link.text}"`;
    if (!link.present && link.redirect?.status === 'unverified') continue;
    if (!link.present && link.redirect) {
      const { platform, status, to, reason } = link.redirect;
      problems.push({
        check: markupCheck,
        message:
          status === 'followed'
            ? `${label} is a ${platform} click-tracking redirect to ${to} instead of ${link.href}`
            : `${label} is a ${platform} click-tracking address that does not redirect (${reason})`,
      });
    } else if (!link.present) {
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

/**
 * Required links that are click-tracking redirects check could not follow: neither compliant
 * nor not, until the page is checked at its address.
 */
export const unverifiedLinks = (links, where) =>
  links
    .filter((link) => !link.present && link.redirect?.status === 'unverified')
    .map((link) => ({
      check: 'redirect',
      message: `unverified redirect: ${where} link "${link.text}" is a ${link.redirect.platform} click-tracking address, ${link.foundHref}, not followed: ${link.redirect.reason}`,
    }));

/**
 * Sets each embed's and the page's `status` (`fail` when anything is a problem, else
 * `unverified` when a required link is a redirect not followed), and gives each
 * embed the page's script summary: one script serves every element on a page.
 */
export function finishPage(page) {
  const loaded =
    page.scripts.some((s) => s.loaded === true) || (page.scripts.every((s) => s.loaded === null) ? null : false);
  const script = {
    present: page.scripts.length > 0,
    loaded: page.scripts.length ? loaded : false,
    version: page.scripts.find((s) => s.version)?.version ?? null,
  };
  for (const embed of page.embeds) {
    embed.script = script;
    embed.unverified ??= [];
    embed.status = embed.problems.length ? 'fail' : embed.unverified.length ? 'unverified' : 'pass';
  }
  page.status =
    page.problems.length || page.embeds.some((e) => e.status === 'fail')
      ? 'fail'
      : page.embeds.some((e) => e.status === 'unverified')
        ? 'unverified'
        : 'pass';
  page.error ??= null;
  return page;
}
