/**
 * The generated outputs on the real platforms people paste them into (built by
 * test/platforms/build.mjs into test/platforms/out/): each page opened with scripts off (a
 * sandboxed frame) and on, checked for what a reader gets. What the product must do is gated;
 * a pipeline that no snippet can help is documented with its reason, and its test holds the
 * platform to the documented behaviour. Every result also goes to results.json (README table).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type Box, WIDTHS, failuresOf, largestDelta, readManifest, readPage } from './reader.js';

interface Page {
  id: string;
  platform: string;
  pipeline: string;
  path: string;
  gated: boolean;
  reason?: string;
  boxes?: boolean;
}

const manifest = await readManifest<Page>('', '`node test/platforms/build.mjs` (npm test does)');

describe('platform suite: the outputs where people paste them', () => {
  for (const page of manifest) {
    it(`${page.platform}: ${page.pipeline}`, async function () {
      this.timeout(page.boxes ? 120_000 : 40_000);
      const off = await readPage(page.path, false, WIDTHS[0]!);
      const on = await readPage(page.path, true, WIDTHS[0]!);
      const boxes: Record<string, { off: Box | null; on: Box | null; delta: number | null; column: number | null }> =
        {};
      if (page.boxes) {
        for (const width of WIDTHS) {
          const [fallback, widget] =
            width === WIDTHS[0]
              ? [off, on]
              : [await readPage(page.path, false, width, false), await readPage(page.path, true, width, false)];
          boxes[width] = {
            off: fallback.box ?? null,
            on: widget.box ?? null,
            delta: fallback.box && widget.box ? Math.round(largestDelta(fallback.box, widget.box) * 10) / 10 : null,
            column: fallback.columnOffset ?? null,
          };
        }
      }
      const failures = failuresOf(off, on, boxes);
      // Boxes and column offsets are reported per width, under `boxes`.
      const { box: _offBox, columnOffset: _offColumn, ...offResult } = off;
      const { box: _onBox, columnOffset: _onColumn, ...onResult } = on;
      await executeServerCommand('platform-result', {
        page,
        result: { off: offResult, on: onResult, ...(page.boxes && { boxes }), failures },
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
