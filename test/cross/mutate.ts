/** Changing one cell of a seed model, found by meaning (table, row code or name, column header), for firing tests. */
import type { StandardTable } from '../../lib/classify/standard-table.ts';
import { parseCell } from '../../lib/numbers/parse-amount.ts';
import type { CellRef } from '../../lib/model.ts';
import type { AnalyzedTable, DocumentModel } from '../../lib/rules/rule.ts';
import { analyzeStructure } from '../../lib/structure/table-structure.ts';

export function tableOf(doc: DocumentModel, standard: StandardTable): AnalyzedTable {
  const table = doc.tables.find((t) => t.standard === standard);
  if (!table) throw new Error(`no ${standard} in the model`);
  return table;
}

/** The cell at (row whose code or canonical name is `row`) × (value column of that row's list whose header matches). */
export function findCell(doc: DocumentModel, standard: StandardTable, row: string, col: RegExp): CellRef {
  const table = tableOf(doc, standard);
  for (const segment of table.structure.segments) {
    const info = segment.rows.find((r) => r.code?.code === row || r.name === row);
    if (!info) continue;
    const c = segment.valueCols.find((v) => col.test(table.structure.columns[v].path.join('/')));
    if (c === undefined) throw new Error(`${standard} row ${row}: no column ${col}`);
    return { tableId: table.grid.id, row: info.row, col: c };
  }
  throw new Error(`${standard}: no row ${row}`);
}

/** Writes `text` into the cell and re-reads the table's structure (a changed code cell changes the rows' codes). */
export function setCell(doc: DocumentModel, standard: StandardTable, row: string, col: RegExp, text: string): CellRef {
  const ref = findCell(doc, standard, row, col);
  setAt(doc, ref, text);
  return ref;
}

export function setAt(doc: DocumentModel, ref: CellRef, text: string): void {
  const table = doc.tables.find((t) => t.grid.id === ref.tableId)!;
  const cell = table.grid.rows[ref.row][ref.col];
  table.grid.rows[ref.row][ref.col] = { ...cell, text, value: parseCell(text) };
  table.structure = analyzeStructure(table.grid);
}
