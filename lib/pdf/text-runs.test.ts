import { describe, expect, it } from 'vitest';
import { item } from '../../test/pdf/synthetic.ts';
import type { Matrix } from './pdf-types.ts';
import { itemToRuns, pageRuns, splitRunAt } from './text-runs.ts';

const A4: Matrix = [1, 0, 0, -1, 0, 842];

describe('itemToRuns', () => {
  it('cuts an item that pdf.js joined across two table cells at the space between them', () => {
    // 江苏省委办公厅2018年度部门预算公开表.pdf p.3 (/Rotate 90): a right-aligned amount and the next cell's label in
    // one item. Viewport of a /Rotate 90 page at scale 1 is [0, 1, 1, 0, 0, 0].
    const runs = itemToRuns(
      { str: '24,458.43 一、一般公共服务支出', transform: [0, 9.12, -9.12, 0, 160.08, 264.59], width: 135.36, height: 9.12, fontName: 'g_d0_f1' },
      [0, 1, 1, 0, 0, 0],
    );
    expect(runs.map((r) => r.text)).toEqual(['24,458.43', '一、一般公共服务支出']);
    expect(runs.every((r) => r.horizontal && Math.abs(r.baseline - 160.08) < 0.01)).toBe(true);
    expect(runs[0].x0).toBeCloseTo(264.59, 1);
    // SimSun draws the digits half an em wide: the label really starts at 264.59 + 44.16 = 308.75.
    expect(runs[1].x0).toBeGreaterThan(305);
    expect(runs[1].x0).toBeLessThan(312);
    expect(runs[1].x1).toBeCloseTo(264.59 + 135.36, 1);
  });

  it('gives nothing for the whitespace items pdf.js inserts between cells', () => {
    expect(itemToRuns(item(' ', 100, 100, 58.95), A4)).toEqual([]);
    expect(itemToRuns(item('', 100, 100, 0), A4)).toEqual([]);
  });

  it('normalises radicals as it reads', () => {
    expect(itemToRuns(item('\u2f40出', 100, 100, 20), A4)[0].text).toBe('支出');
  });

  it('keeps one position per UTF-16 unit, plus the end', () => {
    const [r] = itemToRuns(item('合计', 100, 100, 20), A4);
    expect(r.charX).toEqual([100, 110, 120]);
  });
});

describe('pageRuns', () => {
  it('glues pieces of one word that the producer wrote as separate items (a new font subset)', () => {
    // Chromium's print-to-PDF starts a new Type 3 font every 256 glyphs: "单位收" "⽀" "总体情况表".
    const runs = pageRuns(
      [item('单位收', 290.5, 182.3, 25.5, 8.5), item('\u2f40', 316, 182.3, 8.5, 8.5), item('总体情况表', 324.5, 182.3, 42.5, 8.5)],
      A4,
    );
    expect(runs.map((r) => r.text)).toEqual(['单位收支总体情况表']);
  });

  it('keeps apart words with a visible gap', () => {
    const runs = pageRuns([item('表1', 268.5, 182.3, 13.5, 8.5), item('单位收支总体情况表', 290.5, 182.3, 76.5, 8.5)], A4);
    expect(runs.map((r) => r.text)).toEqual(['表1', '单位收支总体情况表']);
  });
});

describe('splitRunAt', () => {
  it('cuts where a border crosses the run', () => {
    const [r] = itemToRuns(item('合计金额', 100, 100, 40), A4);
    const parts = splitRunAt(r, 119);
    expect(parts?.map((p) => p.text)).toEqual(['合计', '金额']);
    expect(parts?.[1].x0).toBe(120);
  });

  it('does not cut at the ends', () => {
    const [r] = itemToRuns(item('合计', 100, 100, 20), A4);
    expect(splitRunAt(r, 101)).toBeNull();
    expect(splitRunAt(r, 119.9)).toBeNull();
  });
});
