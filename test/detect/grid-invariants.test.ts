/**
 * Random documents — random texts, spans (0, negative, huge), sections, headings and page-break pieces — through
 * detectTables: it never throws, and every grid it returns keeps the promises of lib/model.ts that checks and exports
 * rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import type { Block, RawCell, RawDocument, RawRow, TableGrid } from '../../lib/model.ts';

const cellText = fc.constantFrom('', ' ', '合计', '合 计', '项目', '类', '款', '201', '03', '10.00', '1,566.00', '97.0 2', '-', '※', '1', '2', '保险缴费支出', '表1', '单位：万元', '一级指标', '≤5 万元', '续表');
const span = fc.oneof(fc.constant(1), fc.constant(1), fc.integer({ min: -2, max: 4 }), fc.constantFrom(0, 1000, 65534));

const cell: fc.Arbitrary<RawCell> = fc.record({ text: cellText, rowSpan: span, colSpan: span, header: fc.boolean() });
const row: fc.Arbitrary<RawRow> = fc.record({
  cells: fc.array(cell, { maxLength: 7 }),
  section: fc.constantFrom<RawRow['section']>('thead', 'tbody', 'tbody', 'tfoot', undefined),
});
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    text: fc.constantFrom('表1', '部门收支总体情况表', '表2　部门收入总体情况表', '单位：万元', '编制单位：某局单位：元', '- 3 -', '续表', '说明文字。', '项目支出绩效目标表'),
  }),
  fc.record({
    kind: fc.constant('table' as const),
    table: fc.record({ rows: fc.array(row, { maxLength: 8 }), depth: fc.constantFrom(0, 0, 1), caption: fc.option(fc.constantFrom('表3 部门支出总体情况表', '表3（续）'), { nil: undefined }) }),
  }),
);
const documents = fc.array(block, { maxLength: 12 }).map((blocks): RawDocument => ({ title: '随机', blocks, attachments: [] }));

function checkGrid(t: TableGrid, index: number): void {
  expect(t.id).toBe(`t${index}`);
  expect(t.index).toBe(index);
  expect(t.rows.length).toBeGreaterThan(0);
  expect(t.headRows).toBeGreaterThanOrEqual(0);
  expect(t.headRows).toBeLessThanOrEqual(t.rows.length);
  expect(t.width).toBeGreaterThan(0);
  expect(t.colPaths).toHaveLength(t.width);
  expect(t.anchors).toHaveLength(t.pieces);
  expect(t.pieceStarts).toHaveLength(t.pieces - 1);
  t.pieceStarts.forEach((start, i) => {
    expect(start).toBeGreaterThanOrEqual(i === 0 ? 0 : t.pieceStarts[i - 1]);
    expect(start).toBeLessThanOrEqual(t.rows.length);
  });
  const spanAt = new Map(t.spans.map((s) => [`${s.row},${s.col}`, s]));
  t.rows.forEach((cells, r) => {
    expect(cells).toHaveLength(t.width);
    cells.forEach((cell, c) => {
      const origin = t.rows[cell.originRow]?.[cell.originCol];
      expect(origin, `origin of (${r},${c})`).toBeDefined();
      expect([origin.originRow, origin.originCol]).toEqual([cell.originRow, cell.originCol]);
      expect(cell.text).toBe(origin.text);
      if (cell.originRow !== r || cell.originCol !== c) {
        // A copy lies inside the span of its origin.
        const s = spanAt.get(`${cell.originRow},${cell.originCol}`);
        expect(s, `span of (${cell.originRow},${cell.originCol})`).toBeDefined();
        if (s) {
          expect(r).toBeGreaterThanOrEqual(s.row);
          expect(r).toBeLessThan(s.row + s.rowSpan);
          expect(c).toBeGreaterThanOrEqual(s.col);
          expect(c).toBeLessThan(s.col + s.colSpan);
        }
      }
    });
  });
  for (const s of t.spans) {
    expect(s.rowSpan * s.colSpan).toBeGreaterThan(1);
    expect(s.row + s.rowSpan).toBeLessThanOrEqual(t.rows.length);
    expect(s.col + s.colSpan).toBeLessThanOrEqual(t.width);
    for (let r = s.row; r < s.row + s.rowSpan; r++)
      for (let c = s.col; c < s.col + s.colSpan; c++) expect([t.rows[r][c].originRow, t.rows[r][c].originCol]).toEqual([s.row, s.col]);
  }
}

describe('detectTables on random documents', () => {
  it('never throws and keeps every grid consistent', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        detectTables(doc).forEach(checkGrid);
      }),
      { numRuns: 1500 },
    );
  });
});
