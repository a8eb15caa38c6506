/**
 * Looking at what the browser painted: a screenshot of the test page's viewport (the `screenshot`
 * server command), cropped to an element's box. For what no computed style shows, such as a
 * text decoration propagated from the host page into the article.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A rect of `win`'s viewport in the top-level viewport, through the frames it is in. */
function viewportRect(rect: DOMRect, win: Window): DOMRect {
  let [x, y] = [rect.left, rect.top];
  for (; win.frameElement; win = win.parent) {
    const frame = win.frameElement.getBoundingClientRect();
    x += frame.left + win.frameElement.clientLeft;
    y += frame.top + win.frameElement.clientTop;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

/** The first line of an element's text, in its window's viewport. */
export function firstLineRect(el: Element): DOMRect {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range.getClientRects()[0]!;
}

/** The pixels painted in `rect` of `win`'s viewport, from a fresh screenshot. */
export async function paintedPixels(rect: DOMRect, win: Window): Promise<ImageData> {
  if (rect.top < 0 || rect.left < 0 || rect.bottom > win.innerHeight || rect.right > win.innerWidth) {
    throw new Error(`box ${JSON.stringify(rect)} is not inside its frame's viewport`);
  }
  const shot = await executeServerCommand<{ png?: string; error?: string }, undefined>('screenshot');
  if (!shot?.png) throw new Error(shot?.error ?? 'no screenshot');
  const bytes = Uint8Array.from(atob(shot.png), (c) => c.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  // Screenshots are in device pixels.
  const scale = image.width / window.innerWidth;
  const box = viewportRect(rect, win);
  const [x, y] = [Math.round(box.left * scale), Math.round(box.top * scale)];
  const [w, h] = [Math.round(box.width * scale), Math.round(box.height * scale)];
  if (w <= 0 || h <= 0 || x < 0 || y < 0 || x + w > image.width || y + h > image.height) {
    throw new Error(`box ${x},${y} ${w}×${h} is not inside the ${image.width}×${image.height} screenshot`);
  }
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [w, h];
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, x, y, w, h, 0, 0, w, h);
  return context.getImageData(0, 0, w, h);
}

/**
 * The largest share of one pixel row that is ink (far from the most common colour, the
 * background). Letters leave gaps in every row (a line of serif text inks about two thirds of
 * its inkiest row); a line through or under a whole line of text inks nearly all of it.
 */
export function inkiestRow({ data, width, height }: ImageData): number {
  const colorAt = (i: number) => (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) counts.set(colorAt(i), (counts.get(colorAt(i)) ?? 0) + 1);
  const background = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const [r, g, b] = [background >> 16, (background >> 8) & 255, background & 255];
  let most = 0;
  for (let row = 0; row < height; row++) {
    let ink = 0;
    for (let i = row * width * 4; i < (row + 1) * width * 4; i += 4) {
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) > 150) ink++;
    }
    most = Math.max(most, ink / width);
  }
  return most;
}
