/**
 * A faithful minimal stand-in for WordPress's `wp_kses_post()` (what a post author's HTML goes
 * through on save), from the allowlists transcribed in test/fixtures/kses-allowedposttags.json:
 * a tag not on the list is dropped and its content kept, an attribute not allowed for its tag
 * (nor global) is dropped, a `style` keeps only the declarations `safecss_filter_attr()` keeps,
 * and a link whose protocol is not allowed loses it. Test-only; WordPress itself is PHP.
 */
interface KsesRules {
  allowedposttags: Record<string, string[]>;
  globalAttributes: string[];
  safeStyleCss: string[];
  allowedProtocols: string[];
}

const rules: KsesRules = await (await fetch(new URL('./fixtures/kses-allowedposttags.json', import.meta.url))).json();

/** safecss_filter_attr(): keeps allowed properties whose value has no `\ ( & } =` or comment. */
function safeCss(css: string): string {
  return css
    .replace(/[\n\r\t]/g, '')
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      if (!declaration) return false;
      if (!declaration.includes(':')) return true;
      const property = declaration.slice(0, declaration.indexOf(':')).trim();
      const custom = rules.safeStyleCss.includes('--*') && /^--[a-zA-Z0-9-_]+$/.test(property);
      if (!custom && !rules.safeStyleCss.includes(property)) return false;
      // CSS functions kses allows are removed before the check, innermost first.
      let test = declaration;
      for (let previous = ''; previous !== test;) {
        previous = test;
        test = test.replace(/\b(?:var|calc|min|max|minmax|clamp|repeat)\([^()]*\)/g, '');
      }
      return !/[\\(&=}]|\/\*/.test(test);
    })
    .join(';');
}

/** wp_kses_bad_protocol(), simplified: whether a URL's scheme (if any) is allowed. */
const allowedUrl = (url: string): boolean => {
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1];
  return !scheme || rules.allowedProtocols.includes(scheme.toLowerCase());
};

const attributeAllowed = (tag: string, name: string): boolean =>
  rules.allowedposttags[tag]!.includes(name) ||
  rules.globalAttributes.includes(name) ||
  (name.startsWith('data-') && rules.globalAttributes.includes('data-*'));

function filter(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (!(node instanceof Element)) continue;
    filter(node);
    const tag = node.localName;
    if (!(tag in rules.allowedposttags)) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name)!;
      if (!attributeAllowed(tag, name)) node.removeAttribute(name);
      else if (name === 'style') {
        const css = safeCss(value);
        if (css) node.setAttribute('style', css);
        else node.removeAttribute('style');
      } else if ((name === 'href' || name === 'src' || name === 'cite') && !allowedUrl(value)) {
        node.removeAttribute(name);
      }
    }
  }
}

/** `html` as WordPress would save it from a user without the `unfiltered_html` capability. */
export function ksesPost(html: string): string {
  // An inert template: nothing in `html` runs or loads while it is filtered.
  const template = document.createElement('template');
  template.innerHTML = html;
  filter(template.content);
  return template.innerHTML;
}
