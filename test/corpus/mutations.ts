/**
 * Mutation testing on the real corpus: one printed amount of a table changed, as a typist would change it, and the
 * engine run again. A mutant is
 *   caught   when the engine reports an error it did not report on the document as published;
 *   located  when one of those new errors names the changed cell;
 *   missed   otherwise — including when a reading doubt (an info note) swallowed it.
 * Only cells that some relation reads in the published document are mutated: a figure that no identity touches (a
 * 政府采购 line without a subtotal) cannot be caught by arithmetic, and the share of such cells is reported apart. So
 * is a change that every relation reading the cell absorbs in its rounding: 0.10 more in one of the 27 款 of 302 商品
 * 和服务支出 is inside the (27 + 1) × 0.005 = 0.14 the shown figures allow — no check may call that an error.
 *
 * The grids are mutated after detection, and each mutant's table re-analysed (its structure depends on its values):
 * what is tested is the checking, on tables exactly as read from the real files.
 */
import Decimal from 'decimal.js';
import { analyzeModel, buildModel } from '../../lib/engine.ts';
import type { CellRef, RawDocument, Report, TextRef } from '../../lib/model.ts';
import { halfUnit } from '../../lib/rounding.ts';
import { parseCell } from '../../lib/numbers/parse-amount.ts';
import type { DocumentModel } from '../../lib/rules/rule.ts';
import { analyzeStructure } from '../../lib/structure/table-structure.ts';

export interface Mutant {
  cell: CellRef;
  from: string;
  to: string;
}

export interface MutationResult {
  fixture: string;
  /** Numeric body cells of the budget tables, and how many of them some relation reads. */
  numericCells: number;
  checkedCells: number;
  mutants: number;
  /** Changes every relation through the cell absorbs in its rounding: not counted as mutants. */
  withinRounding: number;
  caught: number;
  located: number;
  missed: Mutant[];
  unlocated: Mutant[];
}

const key = (c: CellRef) => `${c.tableId}:${c.row}:${c.col}`;

/**
 * The change made to the k-th mutated cell: a slip in the last digits (+0.10), in the units (−1.00), in the tens
 * (+10.00), and two digits swapped where that moves the value by 0.10 or more; each at least 0.10.
 */
export function mutate(text: string, k: number, slip = '0.10'): string | undefined {
  const value = parseCell(text);
  if (value.kind !== 'number') return undefined;
  const v = value.amount.value;
  const decimals = Math.max(value.amount.decimals, 2);
  const kind = k % 4;
  if (kind === 3) {
    const swapped = swapDigits(v.abs().toFixed(decimals), decimals);
    if (swapped !== undefined) return new Decimal(swapped).times(v.isNegative() ? -1 : 1).toFixed(decimals);
  }
  const delta = [slip, '-1.00', '10.00', slip][kind];
  return v.plus(delta).toFixed(decimals);
}

/** Two neighbouring digits swapped, from the right, where that moves the value by 0.10 or more (1566.00 → 1656.00). */
function swapDigits(digits: string, decimals: number): string | undefined {
  const v = new Decimal(digits);
  for (let i = digits.length - 2; i >= 0; i--) {
    const a = digits[i];
    const b = digits[i + 1];
    if (a === '.' || b === '.' || a === b) continue;
    const swapped = new Decimal(`${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`);
    if (swapped.minus(v).abs().gte('0.10')) return swapped.toFixed(decimals);
  }
  return undefined;
}

/**
 * The cells some relation reads, when the document is checked as published, each with the smallest rounding
 * tolerance of those relations: (n + 1) half-units for a relation of n + 1 cells.
 */
function checkedCells(model: DocumentModel): { report: Report; cells: CellRef[]; tolerance: Map<string, Decimal> } {
  const seen = new Map<string, CellRef>();
  const tolerance = new Map<string, Decimal>();
  const precision = new Map(model.tables.map((t) => [t.grid.id, t.grid.precision]));
  const report = analyzeModel(model, {
    onRelation: (cells) => {
      for (const c of cells) {
        seen.set(key(c), c);
        const tol = halfUnit(precision.get(c.tableId) ?? 2).times(cells.length);
        const before = tolerance.get(key(c));
        if (!before || tol.lt(before)) tolerance.set(key(c), tol);
      }
    },
  });
  return { report, cells: [...seen.values()], tolerance };
}

function withCell(model: DocumentModel, cell: CellRef, text: string): DocumentModel {
  return {
    raw: model.raw,
    tables: model.tables.map((t) => {
      if (t.grid.id !== cell.tableId) return t;
      const rows = t.grid.rows.map((r, ri) =>
        ri !== cell.row ? r : r.map((c, ci) => (ci === cell.col ? { ...c, text, value: parseCell(text) } : c)),
      );
      const grid = { ...t.grid, rows };
      return { ...t, grid, structure: analyzeStructure(grid) };
    }),
  };
}

/**
 * Runs the mutants of one document. `every`: mutate one checked cell in `every` (spread over the document), so the
 * test stays fast; the full run (npm run corpus -- --mutations) takes them all.
 */
export function runMutations(fixture: string, raw: RawDocument, every = 1): MutationResult {
  const model = buildModel(raw);
  const { report, cells, tolerance } = checkedCells(model);
  const before = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.message));
  let numeric = 0;
  for (const t of model.tables) {
    if (t.grid.kind !== 'budget') continue;
    for (let r = t.grid.headRows; r < t.grid.rows.length; r++)
      for (let c = 0; c < t.grid.width; c++) {
        const cell = t.grid.rows[r][c];
        if (cell.originRow === r && cell.originCol === c && cell.value.kind === 'number') numeric++;
      }
  }
  const targets = cells.filter((c) => {
    const cell = model.tables.find((t) => t.grid.id === c.tableId)?.grid.rows[c.row]?.[c.col];
    return cell?.value.kind === 'number' && cell.originRow === c.row && cell.originCol === c.col;
  });
  const result: MutationResult = {
    fixture,
    numericCells: numeric,
    checkedCells: targets.length,
    mutants: 0,
    withinRounding: 0,
    caught: 0,
    located: 0,
    missed: [],
    unlocated: [],
  };
  targets.forEach((cell, k) => {
    if (k % every !== 0) return;
    const from = model.tables.find((t) => t.grid.id === cell.tableId)!.grid.rows[cell.row][cell.col].text;
    const to = mutate(from, k / every);
    if (to === undefined) return;
    const was = parseCell(from);
    const delta = new Decimal(to).minus(was.kind === 'number' ? was.amount.value : 0).abs();
    if (delta.lte(tolerance.get(key(cell)) ?? 0)) {
      result.withinRounding++;
      return;
    }
    result.mutants++;
    const mutant = analyzeModel(withCell(model, cell, to));
    const fresh = mutant.findings.filter((f) => f.severity === 'error' && !before.has(f.message));
    if (fresh.length === 0) {
      result.missed.push({ cell, from, to });
      return;
    }
    result.caught++;
    if (fresh.some((f) => f.cells.some((c) => key(c) === key(cell)))) result.located++;
    else result.unlocated.push({ cell, from, to });
  });
  return result;
}

export interface ProseMutant {
  ref: TextRef;
  from: string;
  to: string;
}

export interface ProseMutationResult {
  fixture: string;
  /** Figures of the text some check reads. */
  checkedFigures: number;
  mutants: number;
  caught: number;
  located: number;
  missed: ProseMutant[];
}

/**
 * One figure of the text changed at a time — among those some check reads — as a writer slips on a figure he types
 * out (the wrong rates real documents hold: 1312.56% for 1212.56%, 0.06% for 0.60%, 13.22% for 22.21%): its first
 * digit off by one, the point moved one place, two digits swapped, or one more in the units. The last-digit slips of
 * ±0.10 are the table suite's: in a sentence a tenth moves a share or a rate by less than the rounding of the figures
 * it is computed from, and no check may call that an error.
 */
export function mutateProse(digits: string, k: number): string | undefined {
  const plain = digits.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return undefined;
  const decimals = (plain.split('.')[1] ?? '').length;
  const v = new Decimal(plain);
  switch (k % 4) {
    case 0: {
      const i = plain.search(/[1-9]/);
      if (i < 0) return undefined;
      const d = Number(plain[i]);
      return `${plain.slice(0, i)}${d === 9 ? 8 : d + 1}${plain.slice(i + 1)}`;
    }
    case 1:
      return swapDigits(plain, decimals);
    case 2:
      return v.isZero() ? undefined : (v.gte(10) ? v.div(10) : v.times(10)).toFixed(decimals);
    default:
      return v.plus(1).toFixed(decimals);
  }
}
export function runProseMutations(fixture: string, raw: RawDocument, every = 1): ProseMutationResult {
  const seen = new Map<string, TextRef>();
  const report = analyzeModel(buildModel(raw), {
    onRelation: (_cells, _verdict, text) => {
      for (const r of text) seen.set(`${r.block}:${r.start}`, r);
    },
  });
  const before = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.message));
  const result: ProseMutationResult = { fixture, checkedFigures: seen.size, mutants: 0, caught: 0, located: 0, missed: [] };
  [...seen.values()].forEach((ref, k) => {
    if (k % every !== 0) return;
    const block = raw.blocks[ref.block];
    if (block?.kind !== 'text') return;
    const span = block.text.slice(ref.start, ref.end);
    const digits = /^[\d,.]+/.exec(span)?.[0];
    if (!digits) return;
    const to = mutateProse(digits, k / every);
    if (to === undefined || Number(to) < 0) return;
    const text = block.text.slice(0, ref.start) + to + block.text.slice(ref.start + digits.length);
    const blocks = raw.blocks.slice();
    blocks[ref.block] = { ...block, text };
    result.mutants++;
    const fresh = analyzeModel(buildModel({ ...raw, blocks })).findings.filter((f) => f.severity === 'error' && !before.has(f.message));
    if (fresh.length === 0) {
      result.missed.push({ ref, from: digits, to });
      return;
    }
    result.caught++;
    const end = ref.start + to.length;
    if (fresh.some((f) => f.textRefs?.some((t) => t.block === ref.block && t.start < end && ref.start < t.end))) result.located++;
  });
  return result;
}
