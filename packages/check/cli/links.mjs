/**
 * The required links among a copy's links, as both modes report them. Whether a link is the
 * required one is decided by the element's own link-match module (leadership-article/link-match.js), as in the widget: the same
 * address, or the same with tracking parameters added. A platform's click-tracking redirect
 * is followed one hop (its `Location` is read, never requested) to see where it leads.
 */
import { TRACKING_PARAMETERS_SETTING, clickTrackingRedirect, linkMatch } from 'leadership-article/link-match.js';

/**
 * Where each click-tracking redirect among `hrefs` leads: `{ status, to, reason }` by address,
 * `status` being `followed` (with `to`), `answered` (a response that is not a redirect) or
 * `unverified` (not followed: a local file's links are not requested, or no answer came).
 */
export async function followRedirects(hrefs, { page, timeout }) {
  const redirects = new Map();
  const online = /^https?:/.test(page);
  for (const href of new Set(hrefs)) {
    if (!clickTrackingRedirect(href) || redirects.has(href)) continue;
    if (!online) {
      redirects.set(href, {
        status: 'unverified',
        reason: 'the page is a local file, whose links check does not request; check the page at its address',
      });
      continue;
    }
    redirects.set(href, await follow(new URL(href, page).href, timeout));
  }
  return redirects;
}

/** One request to the redirect (HEAD, else GET when HEAD is refused), not to where it leads. */
async function follow(url, timeout) {
  try {
    let response;
    for (const method of ['HEAD', 'GET']) {
      response = await fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
      await response.body?.cancel();
      if (response.status !== 405 && response.status !== 501) break;
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      return { status: 'followed', to: new URL(location, url).href };
    }
    return { status: 'answered', reason: `it answered HTTP ${response.status}, not a redirect` };
  } catch (error) {
    return { status: 'unverified', reason: `no answer (${error.cause?.message ?? error.message})` };
  }
}

/**
 * The report of each required link among `anchors` (`{ href, text, clickable?, reason? }` in
 * document order): `match` is `exact`, `tracked` (tracking parameters added), `redirect` (a
 * click-tracking redirect to it) or null; `foundHref` is the address found for it, exact or
 * not, by address or else by its text; `redirect` says where a click-tracking link led.
 */
export function requiredLinks(anchors, required, redirects = new Map()) {
  return required.map((link) => {
    const exact = anchors.find((a) => linkMatch(a.href, link.href) === 'exact');
    const tracked = anchors.find((a) => linkMatch(a.href, link.href) === 'tracked');
    const byText = anchors.find((a) => a.text === link.text);
    const platform = !exact && !tracked && byText ? clickTrackingRedirect(byText.href) : undefined;
    const redirect = platform && {
      platform: platform.platform,
      setting: platform.setting,
      ...redirects.get(byText.href),
    };
    const leads = redirect?.status === 'followed' && linkMatch(redirect.to, link.href);
    const used = exact ?? tracked ?? (leads ? byText : undefined);
    return {
      name: link.name,
      text: link.text,
      href: link.href,
      present: !!used,
      match: exact ? 'exact' : tracked ? 'tracked' : leads ? 'redirect' : null,
      foundHref: (used ?? byText)?.href ?? null,
      ...(redirect && { redirect }),
      clickable: used?.clickable ?? null,
      reason: used?.reason ?? null,
    };
  });
}

/** Notes on links that are the required ones but not exactly: once per kind and copy. */
export function linkNotes(links) {
  const notes = [];
  if (links.some((l) => l.match === 'tracked' || (l.match === 'redirect' && l.redirect.to !== l.href)))
    notes.push({
      check: 'tracking',
      message: `links carry tracking parameters, which lead to the same pages (${TRACKING_PARAMETERS_SETTING})`,
    });
  for (const setting of new Set(links.filter((l) => l.match === 'redirect').map((l) => l.redirect.setting)))
    notes.push({
      check: 'tracking',
      message: `links are click-tracking redirects, which lead to the required pages (${setting})`,
    });
  return notes;
}
