/**
 * Runs inside the checked page (puppeteer serialises these functions, so each is
 * self-contained). `recordShadowRoots` runs before the page's own scripts and keeps every
 * shadow root, open or closed, so the probe can read the widget whatever its mode.
 * `probePage` measures what a reader sees: rendered text, boxes, hit-tests, colours.
 */

/**
 * Wraps Element.prototype.attachShadow to record each root by its host; and, once the parser is
 * done and before deferred scripts run (the element takes a moved fallback back then), records
 * each `tag` whose fallback the parser moved out, by the `<p>` or link that ended it.
 *
 * @param {string} tag
 */
export function recordShadowRoots(tag) {
  const byHost = new WeakMap();
  const all = [];
  const moved = new WeakMap();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    byHost.set(this, root);
    all.push(root);
    return root;
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const host of document.querySelectorAll(tag)) {
      const wrapper = host.closest('a, p');
      if (!host.querySelector('article') && wrapper) moved.set(host, wrapper.localName);
    }
  });
  Object.defineProperty(window, '__leadershipArticleCheckRoots', { value: { byHost, all, moved } });
}

/**
 * Everything `check` needs from the page, per `<leadership-article>` and for the page.
 * `placement` is lib/placement.js's, sent along as source (see {@link probeExpression}).
 * @param {{ tag: string, phrases: string[] }} expected
 * @param {typeof import('leadership-article/placement.js').placement} placement
 */
export function probePage({ tag, phrases }, placement) {
  const recorded = window.__leadershipArticleCheckRoots ?? { byHost: new WeakMap(), all: [], moved: new WeakMap() };
  const rootOf = (element) => recorded.byHost.get(element) ?? element.shadowRoot ?? null;
  const parentOf = (node) =>
    node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const collapse = (text) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();
  const holdsCopy = (text) => phrases.some((phrase) => collapse(text).includes(phrase));

  const describe = (element) => {
    const name = (e) =>
      `${e.localName}${e.id ? `#${e.id}` : ''}${[...e.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')}`;
    const path = [];
    for (let e = element; e && e !== document.documentElement && path.length < 4; e = parentOf(e))
      path.unshift(name(e));
    return path.join(' > ');
  };

  // Text as laid out where the element is rendered; its markup's structure where it is not
  // (innerText of an unrendered element is its textContent, which joins blocks).
  const BLOCKS = new Set(
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p pre section table td th tr ul'.split(
      ' ',
    ),
  );
  const structuredText = (node) => {
    const parts = [];
    const visit = (n) => {
      if (n.nodeType === Node.TEXT_NODE) parts.push(n.data);
      if (n.nodeType !== Node.ELEMENT_NODE || ['script', 'style', 'template'].includes(n.localName)) return;
      const block = BLOCKS.has(n.localName);
      if (block) parts.push('\n');
      n.childNodes.forEach(visit);
      if (block) parts.push('\n');
    };
    node.childNodes.forEach(visit);
    return collapse(parts.join(''));
  };
  const rendered = (element) =>
    element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) &&
    element.getClientRects().length > 0;
  const textOf = (element) => (rendered(element) ? collapse(element.innerText) : structuredText(element));

  // Colours through a 1×1 canvas, which understands every CSS colour syntax.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (color) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  /** @type {(top: number[], below: number[]) => number[]} */
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
  const backgroundAt = (element) => {
    const chain = [];
    for (let e = element; e; e = parentOf(e)) chain.unshift(getComputedStyle(e).backgroundColor);
    return chain.reduce((below, color) => over(rgba(color), below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  /** The element at a viewport point, followed into shadow roots (closed ones too). */
  const deepHit = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    for (let root = hit && rootOf(hit); root; root = hit && rootOf(hit)) {
      const inner = root.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const within = (host, node) => {
    for (let n = node; n; n = parentOf(n)) if (n === host) return true;
    return false;
  };

  function visibility(host, shown) {
    // Hidden, clipped, clamped: the formula the element's development build warns with.
    const { hidden, zeroSized, offscreen, clipped, clamped, width, height, visible } = placement(shown);
    const result = {
      hidden,
      zeroSized,
      offscreen,
      clipped: clipped && { ...clipped, by: `${clipped.by} (overflow: ${clipped.overflow})` },
      clamped,
      covered: null,
      opacity: 1,
      contrast: null,
    };
    if (hidden || zeroSized) return result;
    result.height = height;
    result.width = width;

    for (let e = shown; e; e = parentOf(e)) result.opacity *= Number(getComputedStyle(e).opacity);

    // Contrast of every text-holding element, after the opacity along its ancestors.
    const behind = backgroundAt(parentOf(host) ?? document.documentElement);
    const dim = (color) => color.map((c, i) => (i < 3 ? c * result.opacity + behind[i] * (1 - result.opacity) : 1));
    for (const e of [shown, ...shown.querySelectorAll('*')]) {
      if (![...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim())) continue;
      const background = backgroundAt(e);
      const text = over(rgba(getComputedStyle(e).color), background);
      const ratio = contrast(dim(text), dim(background));
      if (!result.contrast || ratio < result.contrast.ratio)
        result.contrast = { ratio: Math.round(ratio * 100) / 100, at: describe(e) };
    }

    // Hit-tests across what overflow lets through, each row scrolled to the viewport's middle
    // (instantly: a page's `scroll-behavior: smooth` would otherwise animate each scroll).
    if (visible.bottom - visible.top >= 1 && visible.right - visible.left >= 1) {
      const saved = [scrollX, scrollY];
      const rows = Math.min(40, Math.max(3, Math.ceil((visible.bottom - visible.top) / 60)));
      let points = 0;
      let covered = 0;
      let by = null;
      for (let i = 0; i < rows; i++) {
        const y = visible.top + 6 + ((visible.bottom - visible.top - 12) * i) / (rows - 1);
        scrollTo({ left: saved[0], top: Math.max(0, y - innerHeight / 2), behavior: 'instant' });
        for (const fraction of [0.1, 0.5, 0.9]) {
          const x = visible.left + (visible.right - visible.left) * fraction - scrollX;
          const vy = y - scrollY;
          if (x < 0 || x >= innerWidth || vy < 0 || vy >= innerHeight) continue;
          points++;
          const hit = deepHit(x, vy);
          if (hit && within(host, hit)) continue;
          covered++;
          by ??= hit ? describe(hit) : 'nothing (outside the page)';
        }
      }
      scrollTo({ left: saved[0], top: saved[1], behavior: 'instant' });
      if (covered) result.covered = { points: covered, of: points, by };
    }
    return result;
  }

  /**
   * Every link in `scope`: its address and text, and whether a reader can click it (which the
   * caller matches against the required links).
   */
  function anchorsOf(scope, visibleWidget) {
    return [...scope.querySelectorAll('a')].map((anchor) => {
      const report = {
        href: anchor.getAttribute('href'),
        text: collapse(anchor.textContent),
        clickable: null,
        reason: null,
      };
      // A hidden or off-page widget is reported as such; its links cannot be hit-tested.
      if (!visibleWidget) return report;
      anchor.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = anchor.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) return { ...report, clickable: false, reason: 'zero-sized' };
      if (getComputedStyle(anchor).pointerEvents === 'none')
        return { ...report, clickable: false, reason: 'pointer-events: none' };
      const hit = anchor.getRootNode().elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit && (hit === anchor || anchor.contains(hit))) return { ...report, clickable: true };
      return {
        ...report,
        clickable: false,
        reason: `covered by ${hit ? describe(hit) : 'nothing (outside the viewport)'}`,
      };
    });
  }

  const definition = customElements.get(tag);
  const hosts = [];
  const allRoots = new Set(recorded.all);
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === tag) hosts.push(element);
      const inner = rootOf(element);
      if (inner && !allRoots.has(inner)) allRoots.add(inner);
      if (inner) collect(inner);
    }
  };
  collect(document);

  const embeds = [...new Set(hosts)].map((host) => {
    const root = rootOf(host);
    const upgraded = !!definition && host instanceof definition;
    const shown = upgraded && root ? (root.querySelector('article') ?? host) : (host.querySelector('article') ?? host);
    const view = visibility(host, shown);
    const visibleWidget = !view.hidden && !view.zeroSized && !view.offscreen;
    return {
      location: describe(host),
      movedBy: recorded.moved.get(host) ?? null,
      upgraded,
      text: upgraded ? textOf(shown) : textOf(host),
      fallbackText: structuredText(host),
      fallbackAnchors: upgraded ? anchorsOf(host, false) : null,
      anchors: anchorsOf(upgraded && root ? root : host, visibleWidget),
      visibility: view,
    };
  });

  // Rendered copies of the article, in the document and in every shadow root: one per container.
  const copies = new Map();
  for (const root of [document, ...allRoots]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (
      let node = /** @type {Text | null} */ (walker.nextNode());
      node;
      node = /** @type {Text | null} */ (walker.nextNode())
    ) {
      if (!holdsCopy(node.data) || !node.parentElement || !rendered(node.parentElement)) continue;
      const article = node.parentElement.closest('article') ?? node.parentElement.parentElement ?? node.parentElement;
      const root = article.getRootNode();
      const host = root instanceof ShadowRoot ? root.host : null;
      copies.set(host ?? article, describe(host ?? article));
    }
  }
  // With no element on the page, the copy that stays (a stripped tag) is what readers get.
  let looseCopy = null;
  if (!hosts.length && copies.size === 1) {
    const [node] = copies.keys();
    const view = visibility(node, node);
    looseCopy = {
      location: describe(node),
      upgraded: false,
      text: textOf(node),
      fallbackText: structuredText(node),
      anchors: anchorsOf(node, !view.hidden && !view.zeroSized && !view.offscreen),
      visibility: view,
    };
  }

  return {
    defined: !!definition,
    embeds,
    looseCopy,
    copies: [...copies.values()],
    scripts: [...document.querySelectorAll('script[src]')].map((/** @type {HTMLScriptElement} */ s) => ({
      src: s.src,
      integrity: s.getAttribute('integrity'),
      page: location.href,
    })),
  };
}

/**
 * The expression that runs {@link probePage} in a page with `placement`, the element's own
 * formula (lib/placement.js, self-contained), as its second argument.
 * @param {Parameters<typeof probePage>[0]} expected
 * @param {Function} placement
 */
export const probeExpression = (expected, placement) => `(${probePage})(${JSON.stringify(expected)}, ${placement})`;
