/**
 * The grid builder (lib/grid) and the heading lines around a table (lib/detect) on random, mutated and adversarial
 * tables: nothing throws, every grid keeps its shape, every cell's value is what the number parser says of its text,
 * and the work grows linearly with the cells and with the length of a cell or a line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle, isMetaLine, isPageNoise, parseTitleLine, splitMetaLine } from '../../lib/detect/heading-lines.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import { declaredUnit } from '../../lib/detect/table-unit.ts';
import { buildGrid } from '../../lib/grid/build-grid.ts';
import { cellValue } from '../../lib/grid/cell-value.ts';
import type { RawCell, RawDocument, RawRow } from '../../lib/model.ts';
import { canonicalLabel, compact, tidy } from '../../lib/text.ts';
import { expectedTables, SEEDS } from '../helpers/seed-fixtures.ts';
import { growth, HOSTILE, isLinear } from './linear-time.ts';

const hostileShort = Object.values(HOSTILE).map((make) => make(60));
const cellText = fc.oneof(
  fc.constantFrom('', '合计', '项目', '201', '10.00', '1,566.00', '-', '（3.20）', '１２．５', '<script>x</script>', ...hostileShort),
  fc.string({ maxLength: 12 }),
);
const span = fc.oneof(fc.constant(1), fc.integer({ min: -1, max: 5 }), fc.constantFrom(0, 1000, 65534));
const cell: fc.Arbitrary<RawCell> = fc.record({ text: cellText, rowSpan: span, colSpan: span, header: fc.boolean() });
const rows = fc.array(
  fc.record({
    cells: fc.array(cell, { maxLength: 8 }),
    section: fc.constantFrom<RawRow['section']>('thead', 'tbody', 'tfoot', undefined),
  }),
  { maxLength: 12 },
);

function checkShape(rowsIn: readonly RawRow[]) {
  const grid = buildGrid(rowsIn);
  for (const row of grid.rows) {
    expect(row).toHaveLength(grid.width);
    for (const c of row) {
      const origin = grid.rows[c.originRow]?.[c.originCol];
      expect(origin?.text).toBe(c.text);
      expect(c.value).toEqual(cellValue(c.text));
    }
  }
  expect(grid.headRows).toBeGreaterThanOrEqual(0);
  expect(grid.headRows).toBeLessThanOrEqual(grid.rows.length);
  expect(grid.colPaths).toHaveLength(grid.width);
}

describe('buildGrid on random tables', () => {
  it('never throws, and every grid keeps its shape and its cell values', () => {
    fc.assert(fc.property(rows, checkShape), { numRuns: 1500 });
  });
});

describe('buildGrid on mutated seed tables', () => {
  const seedRows: RawRow[][] = SEEDS.flatMap((seed) =>
    expectedTables(seed).map((t) =>
      t.grid.map((texts, r) => ({
        cells: texts.map((text) => ({ text, rowSpan: 1, colSpan: 1, header: r < t.headRows })),
        section: r < t.headRows ? ('thead' as const) : ('tbody' as const),
      })),
    ),
  );
  const edit = fc.record({
    kind: fc.constantFrom('drop-cell', 'copy-cell', 'span', 'text', 'drop-row'),
    row: fc.nat(),
    col: fc.nat(),
    span: span,
    text: cellText,
  });
  const mutated = fc.record({ table: fc.nat({ max: seedRows.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 10 }) }).map(({ table, edits }) => {
    const out = seedRows[table].map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) }));
    for (const e of edits) {
      const row = out[e.row % Math.max(1, out.length)];
      if (!row) continue;
      const at = e.col % Math.max(1, row.cells.length);
      if (e.kind === 'drop-row') out.splice(e.row % out.length, 1);
      else if (e.kind === 'drop-cell') row.cells.splice(at, 1);
      else if (e.kind === 'copy-cell' && row.cells[at]) row.cells.splice(at, 0, { ...row.cells[at] });
      else if (e.kind === 'span' && row.cells[at]) row.cells[at] = { ...row.cells[at], rowSpan: e.span, colSpan: e.span };
      else if (e.kind === 'text' && row.cells[at]) row.cells[at] = { ...row.cells[at], text: e.text };
    }
    return out;
  });

  it('never throws, and every grid keeps its shape and its cell values', () => {
    fc.assert(fc.property(mutated, checkShape), { numRuns: 300 });
  });
});

const rowOf = (texts: string[], header = false): RawRow => ({
  cells: texts.map((text) => ({ text, rowSpan: 1, colSpan: 1, header })),
  section: header ? 'thead' : 'tbody',
});

describe('buildGrid on large and adversarial tables', () => {
  it('takes linear time in the number of rows', () => {
    const g = growth(
      (n) => [rowOf(['项目', '合计', '基本支出', '项目支出', '其他'], true), ...Array.from({ length: n / 5 }, (_, i) => rowOf([`项目${i}`, '10.00', '4.00', '5.00', '1.00']))],
      (r) => buildGrid(r),
    );
    expect(isLinear(g), `10k cells: ${g.smallMs.toFixed(2)} ms, 100k: ${g.largeMs.toFixed(2)} ms`).toBe(true);
  });

  it('takes linear time in the number of columns', () => {
    const g = growth(
      (n) => [rowOf(Array.from({ length: n / 10 }, (_, i) => `列${i}`), true), ...Array.from({ length: 9 }, () => rowOf(Array.from({ length: n / 10 }, () => '1.00')))],
      (r) => buildGrid(r),
    );
    expect(isLinear(g), `10k cells: ${g.smallMs.toFixed(2)} ms, 100k: ${g.largeMs.toFixed(2)} ms`).toBe(true);
  });

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`takes linear time on a cell of ${name}`, () => {
      const g = growth(
        (n) => [rowOf(['项目', '合计'], true), rowOf(['合计', make(n)]), rowOf([make(n), '1.00'])],
        (r) => buildGrid(r),
      );
      expect(isLinear(g), `10k: ${g.smallMs.toFixed(2)} ms, 100k: ${g.largeMs.toFixed(2)} ms`).toBe(true);
    });
  }
});

describe('the lines around a table, and lib/text.ts, on long adversarial lines', () => {
  const lineReaders: Record<string, (line: string) => unknown> = {
    parseTitleLine,
    isMetaLine,
    isPageNoise,
    cleanTitle,
    splitMetaLine,
    declaredUnit,
    compact,
    canonicalLabel,
    tidy,
  };
  /** Lines that reach deep into each pattern before failing: a known prefix, then a long run, then a stray x. */
  const lineShapes: Record<string, (n: number) => string> = {
    ...HOSTILE,
    '单位 then spaces': (n) => `编制单位${' '.repeat(n)}x`,
    '( then spaces': (n) => `（${'\u3000'.repeat(n)}x`,
    '续 then spaces': (n) => `续${' '.repeat(n)}表${' '.repeat(n)}x`,
    '第1页 then spaces': (n) => `第1页${' '.repeat(n)}x`,
    '表1 then spaces': (n) => `表1${' '.repeat(n)}-${' '.repeat(n)}x`,
    'brackets then spaces': (n) => `收支表${'（续）'.repeat(3)}${' '.repeat(n)}x`,
  };
  for (const [reader, read] of Object.entries(lineReaders))
    it(`${reader} takes linear time on every line shape`, () => {
      for (const [name, make] of Object.entries(lineShapes)) {
        const g = growth(make, read);
        expect(isLinear(g), `${name}: 10k ${g.smallMs.toFixed(2)} ms, 100k ${g.largeMs.toFixed(2)} ms`).toBe(true);
      }
    });

  it('detectTables takes linear time with long lines above a table', () => {
    const g = growth(
      (n): RawDocument => ({
        title: '',
        attachments: [],
        blocks: [
          { kind: 'text', text: `表1${' '.repeat(n)}部门收支总体情况表` },
          { kind: 'text', text: `单位：${'\u3000'.repeat(n)}万元` },
          { kind: 'table', table: { depth: 0, rows: [rowOf(['项目', '合计'], true), rowOf(['合计', '1.00'])] } },
        ],
      }),
      (doc) => detectTables(doc),
    );
    expect(isLinear(g), `10k: ${g.smallMs.toFixed(2)} ms, 100k: ${g.largeMs.toFixed(2)} ms`).toBe(true);
  });

  it('still reads the lines a table really has', () => {
    expect(parseTitleLine('表1　部门收支总体情况表（续）')).toEqual({ number: '1', title: '部门收支总体情况表', continued: true });
    expect(parseTitleLine('（ 续 表 ）')).toEqual({ continued: true });
    expect(isMetaLine('编制单位（单位） 名称 ：某局')).toBe(true);
    expect(isMetaLine('（人民币 万元）')).toBe(true);
    expect(isPageNoise('第 1 页 ， 共 3 页')).toBe(true);
    expect(declaredUnit('单位： 人民币 万元')?.name).toBe('万元');
    expect(declaredUnit('（ 元 ）')?.name).toBe('元');
    expect(cleanTitle('一、部门收支总体情况表 （单位：万元）')).toBe('部门收支总体情况表');
  });
});
