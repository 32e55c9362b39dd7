/**
 * The signatures of a misreading. A wrong number in a real table leaves an odd difference: one cell is off by δ, and
 * δ is nothing else in the table. A table read with the wrong structure leaves differences that ARE something:
 *
 *   - the parts add up to exactly k × the total (k ≥ 2): rows of two or three levels (类, 款 and 项; a 小计 and its
 *     lines) were all taken as parts — 决算 tables that list every level sum to 3 × their total;
 *   - every part is blank while the total is not: the parts are somewhere else (the other side of a 收支 table, the
 *     next page);
 *   - the difference equals another value in the total's row or column: a row left out of the parts or counted
 *     twice, a column that belongs to another list.
 *
 * Each is checked with the rounding of the figures involved, so "exactly" means "within rounding".
 */
import Decimal from 'decimal.js';
import type { CellRef, TableGrid } from '../model.ts';
import type { FindingDraft } from '../rules/rule.ts';
import { rowInfoAt, type TableStructure } from '../structure/table-structure.ts';
import { halfUnit } from '../rounding.ts';

export interface Signature {
  zh: string;
  en: string;
}

/** Tried multiples: 2 (a 小计 counted with its lines) and 3 (类, 款 and 项 all counted). */
const MULTIPLES = [2, 3, 4];

/**
 * For a failed "total = Σ parts" in one table: stated total S (cells[0]) against Σ parts E. Returns the signature
 * that explains the failure as a misreading, if any.
 */
export function sumMisreading(f: FindingDraft, grid: TableGrid, structure?: TableStructure): Signature | undefined {
  const stated = decimalOf(f.stated) ?? new Decimal(0);
  const computed = decimalOf(f.expected);
  if (computed === undefined) return undefined;
  const parts = f.cells.length - 1;
  const h = halfUnit(grid.precision);
  // Every part blank or 0 while the total is not: the parts were not where the reading looked for them.
  if (computed.isZero() && !stated.isZero() && f.cells.slice(1).every((c) => grid.rows[c.row]?.[c.col]?.value.kind !== 'number'))
    return ALL_BLANK;
  // k × the total is what summing several levels gives; parts that are all 款 of one 类 (codes of one length) are one
  // level, and their sum near 2 × a small 类 is a coincidence (10.00 mistyped into a 302 of 10.23), not that.
  if (!stated.isZero() && !computed.isZero() && !oneCodedLevel(f, structure))
    for (const k of MULTIPLES) {
      // (n + 1)·h for the sum, times k for the multiplied side.
      const tol = h.times(parts + 1).times(k);
      if (computed.minus(stated.times(k)).abs().lte(tol)) return multiple(k, 'parts');
      if (stated.minus(computed.times(k)).abs().lte(tol)) return multiple(k, 'total');
    }
  const diff = stated.minus(computed).abs();
  const tol = h.times(parts + 2);
  const other = equalCell(grid, diff, tol, neighbours(grid, f.cells), new Set(f.cells.map(key)));
  return other ? otherCell(grid, other) : undefined;
}

/**
 * Where a misread row or column sits: the total's row (a column that belongs to another list: 合计 = 基本 + 项目
 * off by the 预留 column), and in the total's column the rows next to the relation's own rows (a 其中 line under a
 * part, a row wrapped from the next page, the line after the total). A figure further away that happens to equal a
 * small difference is a coincidence, not evidence: 政府采购 lists are full of 0.20s.
 */
function neighbours(grid: TableGrid, cells: readonly CellRef[]): (r: number, c: number) => boolean {
  const [total] = cells;
  const rows = new Set<number>();
  for (const cell of cells) for (const r of [cell.row - 1, cell.row, cell.row + 1]) rows.add(r);
  // A column under the same top header as a part (公务接待费 beside 三公 小计) is already in that part's subtotal:
  // leaving it out cannot be the misreading.
  const partTops = new Set(cells.slice(1).map((c) => grid.colPaths[c.col]?.[0]).filter(Boolean));
  const sameRow = (c: number) => c !== total.col && !partTops.has(grid.colPaths[c]?.[0]);
  return (r, c) => (r === total.row ? sameRow(c) : c === total.col && rows.has(r));
}

function oneCodedLevel(f: FindingDraft, structure: TableStructure | undefined): boolean {
  if (!structure) return false;
  const lengths = new Set<number>();
  for (const cell of f.cells.slice(1)) {
    // The part's own list: side by side lists share row numbers (a 收支总表's income and spending rows).
    const code = rowInfoAt(structure, cell.row, cell.col)?.code?.code;
    if (!code) return false;
    lengths.add(code.length);
  }
  return lengths.size === 1;
}

const ALL_BLANK: Signature = {
  zh: '各分项均为空而合计不为空，分项可能在表的其他位置',
  en: 'every part is blank while the total is not: the parts may be elsewhere in the table',
};

function multiple(k: number, side: 'parts' | 'total'): Signature {
  return side === 'parts'
    ? {
        zh: `各分项之和恰为合计的 ${k} 倍，可能把不同层级的行都当作了分项`,
        en: `the parts add up to exactly ${k} × the total: rows of different levels may all have been taken as parts`,
      }
    : {
        zh: `合计恰为各分项之和的 ${k} 倍，分项可能不全`,
        en: `the total is exactly ${k} × the sum of the parts: some parts may not have been read`,
      };
}

function otherCell(grid: TableGrid, at: CellRef): Signature {
  const text = grid.rows[at.row][at.col].text.trim();
  const label = rowName(grid, at.row);
  return {
    zh: `差额恰等于「${label}」的 ${text}，可能是该行（列）的归属读错了`,
    en: `the difference equals ${text} of "${label}": where that row or column belongs may have been misread`,
  };
}

/** The first text cell of a row, for naming it. */
function rowName(grid: TableGrid, row: number): string {
  for (const cell of grid.rows[row]) if (cell.value.kind === 'text' && cell.text.trim()) return cell.text.trim();
  return `${row + 1}行`;
}

/** A body cell, other than those in `exclude`, that `where` admits and whose value equals `target` within `tol`. */
function equalCell(
  grid: TableGrid,
  target: Decimal,
  tol: Decimal,
  where: (r: number, c: number) => boolean,
  exclude: Set<string>,
): CellRef | undefined {
  for (let r = grid.headRows; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      if (!where(r, c) || exclude.has(`${r}:${c}`)) continue;
      const cell = row[c];
      if (cell.originRow !== r || cell.originCol !== c || cell.value.kind !== 'number') continue;
      const v = cell.value.amount.value.abs();
      // A figure no bigger than the slack itself matches any small difference: 0.04 "equals" 0.10 within ±0.075.
      if (v.lte(tol.times(2))) continue;
      if (v.minus(target).abs().lte(tol)) return { tableId: grid.id, row: r, col: c };
    }
  }
  return undefined;
}

const key = (c: CellRef) => `${c.row}:${c.col}`;

function decimalOf(text: string | undefined): Decimal | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/,/g, '').replace(/万元$/, '').trim();
  if (t === '') return new Decimal(0);
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(t)) return undefined;
  return new Decimal(t);
}
