/**
 * Whether a link is a required link: the same address, or the same address with only tracking
 * parameters added (blog and newsletter platforms tag outbound links so their owners see where
 * visitors went). Such a link still leads to the same page, so it is active and the same.
 */

/**
 * Query parameters that only say where a visitor came from: `ref` (Ghost's outbound link
 * tagging, and many others) and the `utm_` family (newsletter and analytics tools).
 */
export const TRACKING_PARAMETERS = /^(?:ref|utm_[^=]*)(?:=|$)/;

/** The setting that adds tracking parameters, for messages. */
export const TRACKING_PARAMETERS_SETTING = 'Ghost: Settings \u2192 Analytics \u2192 Outbound link tagging';

/** `href` without its tracking parameters (and without its `?` when nothing else is left). */
export const untracked = (href: string): string =>
  href.replace(/\?([^#]*)/, (_, query: string) => {
    const kept = query
      .split('&')
      .filter((pair) => !TRACKING_PARAMETERS.test(pair))
      .join('&');
    return kept && `?${kept}`;
  });

/**
 * How `href` relates to the `required` address: `exact`; `tracked` when it differs only by
 * parameters of `TRACKING_PARAMETERS`; else undefined (another host, path, fragment or
 * parameter is another link).
 */
export const linkMatch = (href: string | null, required: string): 'exact' | 'tracked' | undefined =>
  href == required ? 'exact' : href != null && untracked(href) == untracked(required) ? 'tracked' : undefined;

/**
 * Links that newsletter platforms write into sent emails in place of each address: a request
 * to the platform, which counts the click and redirects to the address. Only following the
 * redirect tells where one leads.
 */
export const CLICK_TRACKING_REDIRECTS = [
  {
    platform: 'Ghost',
    // `https://SITE/r/<8 hex digits>?m=<member>`, the site possibly in a subfolder.
    pattern: /^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/r\/[0-9a-f]{8}(?:[?#]|$)/,
    setting: 'Ghost: Settings \u2192 Analytics \u2192 Newsletter clicks',
  },
] as const;

/** The platform whose click-tracking redirect `href` is, if it is one. */
export const clickTrackingRedirect = (href: string | null): (typeof CLICK_TRACKING_REDIRECTS)[number] | undefined =>
  href == null ? undefined : CLICK_TRACKING_REDIRECTS.find(({ pattern }) => pattern.test(href));
