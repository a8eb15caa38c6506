/**
 * The generated outputs on the real platforms people paste them into (built by
 * test/platforms/build.mjs into test/platforms/out/): each page opened with scripts off (a
 * sandboxed frame) and on, checked for what a reader gets. What the product must do is gated;
 * a pipeline that no snippet can help is documented with its reason, and its test holds the
 * platform to the documented behaviour. Every result also goes to results.json (README table).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type Box, type Reading, openPage, read } from './reader.js';

interface Page {
  id: string;
  platform: string;
  pipeline: string;
  path: string;
  gated: boolean;
  reason?: string;
  boxes?: boolean;
}

const manifestResponse = await fetch('/test/platforms/out/manifest.json');
if (!manifestResponse.ok) throw new Error('no test/platforms/out/manifest.json: run `node test/platforms/build.mjs` (npm test does)');
const manifest: Page[] = await manifestResponse.json();

/** Viewport widths at which the article's box is compared with and without the script. */
const WIDTHS = [1280, 390];
const TOLERANCE_PX = 1;

async function readPage(path: string, scripts: boolean, width: number, links = true): Promise<Reading> {
  const frame = await openPage(path, { scripts, width });
  try {
    return await read(frame, { scripts, links });
  } finally {
    frame.remove();
  }
}

const largestDelta = (a: Box, b: Box): number => Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));

/** What the product must do on a page, as a list of failures (empty: all good). */
function failuresOf(off: Reading, on: Reading, boxes: Record<string, { delta: number | null; column: number | null }>): string[] {
  const failures: string[] = [];
  for (const [mode, reading] of [['scripts off', off], ['scripts on', on]] as const) {
    if (reading.text !== 'verbatim') failures.push(`${mode}: ${reading.text}`);
    if (reading.copies !== 1) failures.push(`${mode}: ${reading.copies} copies shown`);
    if (reading.links !== 2) failures.push(`${mode}: ${reading.links} of 2 required links with exact href and clickable`);
  }
  if (on.script && !on.upgraded) failures.push('scripts on: the script is on the page but the widget did not upgrade');
  if (on.warnings!.length && off.text === 'verbatim') failures.push(`scripts on: warned with nothing different: ${on.warnings!.join(' | ')}`);
  for (const [width, { delta, column }] of Object.entries(boxes)) {
    if (delta === null) failures.push(`${width} px: no box to compare`);
    else if (delta > TOLERANCE_PX) failures.push(`${width} px: the box moves ${delta} px on upgrade`);
    if (column === null) failures.push(`${width} px: no paragraph or fallback to compare the column with`);
    else if (Math.abs(column) > TOLERANCE_PX) failures.push(`${width} px: the fallback is ${column} px off the content column`);
  }
  return failures;
}

describe('platform suite: the outputs where people paste them', () => {
  for (const page of manifest) {
    it(`${page.platform}: ${page.pipeline}`, async function () {
      this.timeout(page.boxes ? 120_000 : 40_000);
      const off = await readPage(page.path, false, WIDTHS[0]!);
      const on = await readPage(page.path, true, WIDTHS[0]!);
      const boxes: Record<string, { off: Box | null; on: Box | null; delta: number | null; column: number | null }> = {};
      if (page.boxes) {
        for (const width of WIDTHS) {
          const [fallback, widget] = width === WIDTHS[0] ? [off, on] : [await readPage(page.path, false, width, false), await readPage(page.path, true, width, false)];
          boxes[width] = {
            off: fallback.box ?? null,
            on: widget.box ?? null,
            delta: fallback.box && widget.box ? Math.round(largestDelta(fallback.box, widget.box) * 10) / 10 : null,
            column: fallback.columnOffset ?? null,
          };
        }
      }
      const { box: _offBox, ...offResult } = off;
      const { box: _onBox, columnOffset: _onColumn, ...onResult } = on;
      const failures = failuresOf(off, on, boxes);
      await executeServerCommand('platform-result', {
        id: page.id,
        result: { off: { ...offResult, columnOffset: undefined }, on: onResult, ...(page.boxes && { boxes }), failures },
      });
      if (page.gated) {
        expect(failures, 'what the reader gets').to.deep.equal([]);
      } else {
        // Documented, not gated: the platform drops the snippet, as the reason says.
        expect([off.copies, on.copies], `${page.reason}: copies shown (off, on)`).to.deep.equal([0, 0]);
      }
    });
  }
});
