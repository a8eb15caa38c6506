/**
 * Where the page hides or cuts off an element: the one formula behind the development build's
 * placement warnings and the `check` command's visibility report. Self-contained (it names
 * nothing outside its own body), so `check` can send its source into the page it measures.
 */

export interface Placement {
  /** What hides it, as `display:none on <div.post>`; null when nothing does. */
  hidden: string | null;
  /** Less than a pixel wide or high. */
  zeroSized: boolean;
  /** Entirely above or left of the page's origin. */
  offscreen: boolean;
  /** The first ancestor whose overflow cuts it off, and how much of it stays. */
  clipped: {
    by: string;
    overflow: string;
    /** That ancestor's `-webkit-line-clamp`, when it clamps too. */
    clamp: string | null;
    shownWidth: number;
    shownHeight: number;
  } | null;
  /** An ancestor's `-webkit-line-clamp`, whether or not it cuts anything. */
  clamped: string | null;
  width: number;
  height: number;
  /** The part that overflow lets through, in page coordinates. */
  visible: { left: number; top: number; right: number; bottom: number };
}

/** Where `shown` (an element, or the article in a shadow root) is hidden or cut off. */
export function placement(shown: Element): Placement {
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const describe = (el: Element): string => `<${el.localName}${el.classList[0] ? `.${el.classList[0]}` : ''}>`;
  // WebKit, which has no `currentCSSZoom`, measures a zoomed element in its own unzoomed px.
  const zoomOf = (el: Element): number => {
    let zoom = 1;
    if (!('currentCSSZoom' in el))
      for (let node: Element | null = el; node; node = parentOf(node))
        zoom *= parseFloat(getComputedStyle(node).zoom) || 1;
    return zoom;
  };
  const result: Placement = {
    hidden: null,
    zeroSized: false,
    offscreen: false,
    clipped: null,
    clamped: null,
    width: 0,
    height: 0,
    visible: { left: 0, top: 0, right: 0, bottom: 0 },
  };
  for (let el: Element | null = shown; el && !result.hidden; el = parentOf(el)) {
    const style = getComputedStyle(el);
    for (const [property, value] of [
      ['display', 'none'],
      ['content-visibility', 'hidden'],
      ['opacity', '0'],
    ]) {
      if (style.getPropertyValue(property!) == value) result.hidden ??= `${property}:${value} on ${describe(el)}`;
    }
  }
  if (!result.hidden && getComputedStyle(shown).visibility != 'visible') {
    // Visibility is inherited: name the outermost element that sets it.
    let origin = shown;
    for (let el = parentOf(shown); el && getComputedStyle(el).visibility != 'visible'; el = parentOf(el)) origin = el;
    result.hidden = `visibility:${getComputedStyle(origin).visibility} on ${describe(origin)}`;
  }
  if (result.hidden) return result;

  const zoom = zoomOf(shown);
  const box = shown.getBoundingClientRect();
  result.width = Math.round(box.width * zoom);
  result.height = Math.round(box.height * zoom);
  if (box.width * zoom < 1 || box.height * zoom < 1) {
    result.zeroSized = true;
    return result;
  }
  let visible = {
    left: box.left * zoom + scrollX,
    top: box.top * zoom + scrollY,
    right: box.right * zoom + scrollX,
    bottom: box.bottom * zoom + scrollY,
  };
  result.offscreen = visible.right <= 0 || visible.bottom <= 0;
  // What ancestors' overflow lets through, per axis: a theme's `overflow-x: hidden` makes the other
  // axis scroll, which cuts nothing. The root and body clip to the viewport, which scrolls.
  for (let el = parentOf(shown); el && el != document.body && el != document.documentElement; el = parentOf(el)) {
    const style = getComputedStyle(el);
    const clamp = style.getPropertyValue('-webkit-line-clamp');
    const clamps = clamp && clamp != 'none' ? clamp : null;
    if (clamps) result.clamped ??= `-webkit-line-clamp:${clamp} on ${describe(el)}`;
    // Overflow applies to neither `display: contents` nor inline boxes.
    if (/^(contents|inline)$/.test(style.display)) continue;
    const paint = /paint|strict|content/.test(style.contain);
    const [clipX, clipY] = [style.overflowX, style.overflowY].map((value) => paint || /hidden|clip/.test(value));
    if (!clipX && !clipY) continue;
    const z = zoomOf(el);
    const rect = el.getBoundingClientRect();
    const left = (rect.left + el.clientLeft) * z + scrollX;
    const top = (rect.top + el.clientTop) * z + scrollY;
    const next = {
      left: clipX ? Math.max(visible.left, left) : visible.left,
      top: clipY ? Math.max(visible.top, top) : visible.top,
      right: clipX ? Math.min(visible.right, left + el.clientWidth * z) : visible.right,
      bottom: clipY ? Math.min(visible.bottom, top + el.clientHeight * z) : visible.bottom,
    };
    const cutY = next.bottom - next.top < visible.bottom - visible.top - 2;
    if (cutY || next.right - next.left < visible.right - visible.left - 2) {
      result.clipped ??= {
        by: describe(el),
        overflow: cutY ? style.overflowY : style.overflowX,
        clamp: clamps,
        shownWidth: Math.max(0, Math.round(next.right - next.left)),
        shownHeight: Math.max(0, Math.round(next.bottom - next.top)),
      };
    }
    visible = next;
  }
  result.visible = visible;
  return result;
}
