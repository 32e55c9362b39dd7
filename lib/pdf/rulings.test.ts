import { describe, expect, it } from 'vitest';
import { DRAW_OPS, OPS } from './pdf-ops.ts';
import type { Matrix, PdfOperatorList } from './pdf-types.ts';
import { collectRulings, mergeRulings, pageRulings } from './rulings.ts';

const { moveTo, lineTo, closePath } = DRAW_OPS;
/** An unrotated A4 page: user space y grows upwards from the bottom. */
const A4: Matrix = [1, 0, 0, -1, 0, 842];

function rect(x: number, y: number, w: number, h: number): number[] {
  return [moveTo, x, y, lineTo, x + w, y, lineTo, x + w, y + h, lineTo, x, y + h, closePath];
}

/** An operator list as pdf.js 5 builds it: constructPath args are [paintOp, [Float32Array], minMax]. */
function ops(...entries: [number, unknown][]): PdfOperatorList {
  return { fnArray: entries.map((e) => e[0]), argsArray: entries.map((e) => e[1]) };
}
const path = (paint: number, buf: number[]): [number, unknown] => [OPS.constructPath, [paint, [Float32Array.from(buf)], null]];
const fillColor = (hex: string): [number, unknown] => [OPS.setFillRGBColor, [hex]];

describe('collectRulings', () => {
  it('reads a thin filled rectangle as a line (Chromium draws CSS borders this way)', () => {
    const rulings = collectRulings(ops(fillColor('#c9d1dc'), path(OPS.fill, rect(100, 700, 200, 0.5))), A4);
    expect(rulings).toEqual([{ dir: 'h', pos: 141.75, from: 100, to: 300 }]);
  });

  it('ignores cell backgrounds (thick fills) and white or near-white lines', () => {
    const rulings = collectRulings(
      ops(
        fillColor('#eaf1fa'),
        path(OPS.fill, rect(100, 700, 200, 20)),
        fillColor('#ffffff'),
        path(OPS.fill, rect(100, 650, 200, 0.5)),
      ),
      A4,
    );
    expect(rulings).toEqual([]);
  });

  it('reads stroked segments and the four sides of a stroked rectangle', () => {
    const rulings = collectRulings(
      ops(path(OPS.stroke, [moveTo, 100, 800, lineTo, 100, 600]), path(OPS.stroke, rect(200, 600, 100, 50))),
      A4,
    );
    expect(rulings.filter((r) => r.dir === 'v').map((r) => r.pos)).toEqual([100, 300, 200]);
    expect(rulings.filter((r) => r.dir === 'h').map((r) => r.pos)).toEqual([242, 192]);
  });

  it('applies the transformation matrix, restored by Q', () => {
    // Chromium scales its whole page: 0.24 × 2.14 per CSS pixel.
    const rulings = collectRulings(
      ops(
        [OPS.save, null],
        [OPS.transform, [2, 0, 0, 2, 0, 0]],
        path(OPS.fill, rect(50, 300, 100, 0.5)),
        [OPS.restore, null],
        path(OPS.fill, rect(50, 300, 100, 0.5)),
      ),
      A4,
    );
    expect(rulings.map((r) => [r.from, r.to])).toEqual([
      [100, 300],
      [50, 150],
    ]);
  });

  it('does not take curves for lines', () => {
    const rulings = collectRulings(ops(path(OPS.stroke, [moveTo, 0, 0, DRAW_OPS.curveTo, 10, 0, 20, 0, 30, 0])), A4);
    expect(rulings).toEqual([]);
  });
});

describe('mergeRulings', () => {
  it('joins a border Excel drew twice (a 0.24 pt stroke and a 0.96 pt fill) into one line', () => {
    // 江苏省政协办公厅2019年预算公开表.pdf p.2: stroke at x 258.91, filled rectangle 258.79–259.75.
    const page = pageRulings(
      ops(
        path(OPS.stroke, [moveTo, 258.91, 452.69, lineTo, 258.91, 433.01]),
        path(OPS.eoFill, rect(258.79, 432.89, 0.96, 19.92)),
      ),
      [1, 0, 0, -1, 0, 595.2],
    );
    expect(page).toHaveLength(1);
    expect(page[0].dir).toBe('v');
    expect(page[0].pos).toBeGreaterThan(258.9);
    expect(page[0].pos).toBeLessThan(259.3);
  });

  it('joins the per-cell pieces of one border and keeps separate lines apart', () => {
    const merged = mergeRulings([
      { dir: 'h', pos: 100, from: 10, to: 50 },
      { dir: 'h', pos: 100.3, from: 50, to: 90 },
      { dir: 'h', pos: 100, from: 120, to: 150 },
      { dir: 'h', pos: 120, from: 10, to: 90 },
    ]);
    expect(merged.map((r) => [Math.round(r.pos), r.from, r.to])).toEqual([
      [100, 10, 90],
      [100, 120, 150],
      [120, 10, 90],
    ]);
  });
});
