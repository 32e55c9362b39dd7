/**
 * Mutation testing on the real corpus: one printed amount of a table changed, as a typist would change it, and the
 * engine run again. A mutant is
 *   caught   when the engine reports an error it did not report on the document as published;
 *   located  when one of those new errors names the changed cell;
 *   missed   otherwise — including when a reading doubt (an info note) swallowed it.
 * Only cells that some relation reads in the published document are mutated: a figure that no identity touches (a
 * 政府采购 line without a subtotal) cannot be caught by arithmetic, and the share of such cells is reported apart.
 *
 * The grids are mutated after detection, and each mutant's table re-analysed (its structure depends on its values):
 * what is tested is the checking, on tables exactly as read from the real files.
 */
import Decimal from 'decimal.js';
import { analyzeModel, buildModel } from '../../lib/engine.ts';
import type { CellRef, RawDocument, Report } from '../../lib/model.ts';
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
export function mutate(text: string, k: number): string | undefined {
  const value = parseCell(text);
  if (value.kind !== 'number') return undefined;
  const v = value.amount.value;
  const decimals = Math.max(value.amount.decimals, 2);
  const kind = k % 4;
  if (kind === 3) {
    const digits = v.abs().toFixed(decimals);
    for (let i = digits.length - 2; i >= 0; i--) {
      const a = digits[i];
      const b = digits[i + 1];
      if (a === '.' || b === '.' || a === b) continue;
      const swapped = new Decimal(`${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`);
      if (swapped.minus(v.abs()).abs().gte('0.10')) return swapped.times(v.isNegative() ? -1 : 1).toFixed(decimals);
    }
  }
  const delta = ['0.10', '-1.00', '10.00', '0.10'][kind];
  return v.plus(delta).toFixed(decimals);
}

/** The cells some relation reads, when the document is checked as published. */
function checkedCells(model: DocumentModel): { report: Report; cells: CellRef[] } {
  const seen = new Map<string, CellRef>();
  const report = analyzeModel(model, {
    onRelation: (cells) => {
      for (const c of cells) seen.set(key(c), c);
    },
  });
  return { report, cells: [...seen.values()] };
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
  const { report, cells } = checkedCells(model);
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
