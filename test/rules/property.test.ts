/**
 * Property tests: budget tables generated from exact values, shown rounded half-up to 2 decimals like a spreadsheet
 * does — the engine must never call them wrong (budget-identities.md §5: (n+1)·h explains every rounded sum). Then
 * one shown number gets a typo of ±0.10 or more, and the engine must report an error on that table, naming the cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import type { TableGrid } from '../../lib/model.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { modelOf } from './run-rules.ts';

/** Exact values in units of 0.0001 万元 (1 元): finer than shown, so showing them rounds. */
type Exact = { basic: number; project: number };

interface Item {
  code: string;
  name: string;
  value: Exact;
}
interface Kuan {
  code: string;
  items: Item[];
}
interface Lei {
  code: string;
  kuans: Kuan[];
}

const CLASS_CODES = ['201', '205', '208', '210', '213', '221'];

const exact: fc.Arbitrary<Exact> = fc.record({
  // One in four amounts is nothing at all (a blank cell), the rest up to 500 万元.
  basic: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 })),
  project: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })),
});

const table: fc.Arbitrary<{ classes: Lei[]; totalFirst: boolean }> = fc.record({
  classes: fc
    .uniqueArray(fc.constantFrom(...CLASS_CODES), { minLength: 1, maxLength: 3 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((lei) =>
          fc.array(fc.array(exact, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
            (kuans): Lei => ({
              code: lei,
              kuans: kuans.map((items, k) => ({
                code: `${lei}${String(k + 1).padStart(2, '0')}`,
                items: items.map((value, i) => ({
                  code: `${lei}${String(k + 1).padStart(2, '0')}${i === items.length - 1 ? '99' : String(i + 1).padStart(2, '0')}`,
                  name: `项目${i + 1}`,
                  value,
                })),
              })),
            }),
          ),
        ),
      ),
    ),
  totalFirst: fc.boolean(),
});

const add = (a: Exact, b: Exact): Exact => ({ basic: a.basic + b.basic, project: a.project + b.project });
const ZERO: Exact = { basic: 0, project: 0 };

/** Half-up to cents, printed with 2 decimals; an exact 0 is a blank cell. */
function shown(units: number): string {
  if (units === 0) return '';
  const cents = Math.floor((units + 50) / 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function row(codes: [string, string, string], name: string, v: Exact): string[] {
  return [...codes, name, shown(v.basic + v.project), shown(v.basic), shown(v.project)];
}

function buildGrid(spec: { classes: Lei[]; totalFirst: boolean }): TableGrid {
  const body: string[][] = [];
  let total = ZERO;
  for (const lei of spec.classes) {
    const leiRows: string[][] = [];
    let leiSum = ZERO;
    for (const kuan of lei.kuans) {
      const kuanSum = kuan.items.reduce((s, i) => add(s, i.value), ZERO);
      leiRows.push(row([lei.code, kuan.code.slice(3), ''], `款${kuan.code}`, kuanSum));
      for (const item of kuan.items) leiRows.push(row([lei.code, kuan.code.slice(3), item.code.slice(5)], item.name, item.value));
      leiSum = add(leiSum, kuanSum);
    }
    body.push(row([lei.code, '', ''], `类${lei.code}`, leiSum), ...leiRows);
    total = add(total, leiSum);
  }
  const totalRow = row(['', '', ''], '合计', total);
  return gridFromStrings({
    title: '一般公共预算支出情况表',
    headRows: 2,
    rows: [
      ['科目编码', '科目编码', '科目编码', '科目名称', '一般公共预算支出', '一般公共预算支出', '一般公共预算支出'],
      ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
      ...(spec.totalFirst ? [totalRow, ...body] : [...body, totalRow]),
    ],
  });
}

// The whole engine, as a page gets it: the readings of lib/judge/readings.ts and the judge's verdicts included (a
// reading that hid a typo, or a doubt that swallowed one, would fail the typo property).
const analyze = (grid: TableGrid) => analyzeModel(modelOf([grid]));

/** Replaces one cell's text, re-reading its value the way the grid builder does. */
function withCell(grid: TableGrid, r: number, c: number, text: string): TableGrid {
  const rows = grid.rows.map((cells) => cells.map((cell) => cell.text));
  rows[r][c] = text;
  return gridFromStrings({ title: grid.title, headRows: grid.headRows, rows });
}

describe('property: rounded exact tables', () => {
  it('a table whose shown values are exact values rounded half-up has no error and no warning', () => {
    fc.assert(
      fc.property(table, (spec) => {
        const grid = buildGrid(spec);
        const report = analyze(grid);
        expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        // And it was checked, not skipped, unless every amount is blank (then every relation is vacuous, §2).
        const anyNumber = grid.rows.slice(grid.headRows).some((cells) => cells.slice(4).some((c) => c.value.kind === 'number'));
        if (anyNumber) expect(report.tallies[0].checks).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a typo of ±0.10 or more in one shown number is an error on that table, naming the cell', () => {
    fc.assert(
      fc.property(
        table,
        fc.nat(),
        fc.integer({ min: 10, max: 5_000 }),
        fc.boolean(),
        (spec, pick, deltaCents, up) => {
          const grid = buildGrid(spec);
          const filled: [number, number][] = [];
          for (let r = grid.headRows; r < grid.rows.length; r++)
            for (let c = 4; c < 7; c++) if (grid.rows[r][c].value.kind === 'number') filled.push([r, c]);
          fc.pre(filled.length > 0);
          const [r, c] = filled[pick % filled.length];
          const cell = grid.rows[r][c];
          if (cell.value.kind !== 'number') throw new Error('unreachable');
          const changed = cell.value.amount.value.plus((up ? deltaCents : -deltaCents) / 100).toFixed(2);
          const report = analyze(withCell(grid, r, c, changed));
          const errors = report.findings.filter((f) => f.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.every((f) => f.tableId === 't0')).toBe(true);
          expect(errors.some((f) => f.cells.some((ref) => ref.row === r && ref.col === c))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('property: hostile tables', () => {
  const token = fc.constantFrom(
    '', '合计', '总计', '小计', '其中：', '一、本年收入', '1.一般公共预算拨款', '（小计）', '201', '20103', '2010301', '03',
    '01', '301', '30101', '12.50', '0.00', '-3.20', '4O.00', '1,566.00', '97.0 2', '项目支出合计', '基本支出', '——',
  );
  it('never throw and never make a rule give up, whatever the cells say', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('一般公共预算支出情况表', '部门收支总体情况表', '某某明细表', '财政拨款“三公”经费支出情况表'),
        (rows, headRows, title) => {
          const grid = gridFromStrings({ title, headRows: Math.min(headRows, rows.length), rows });
          const report = analyze(grid);
          expect(report.findings.filter((f) => f.kind === 'note' && f.message.startsWith('检查「'))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
