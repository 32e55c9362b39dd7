/**
 * One side of a comparison: a document (one file, or a 说明 with its 表格), read once, with its unit, year and basis;
 * and where a figure of it is, in the terms the JSON contract gives (`source`, `tableTitle`, `rowLabel`, `colLabel`,
 * `value`, `quote`).
 */
import type { DocumentIdentity } from '../documents/identity.ts';
import { blockSource, type DocumentSet, tableSource } from '../documents/sets.ts';
import { buildModel } from '../engine.ts';
import { chooseReadings } from '../judge/readings.ts';
import type { CellRef, TextRef } from '../model.ts';
import type { ClaimBase } from '../prose/claims.ts';
import { tableTitle } from '../rules/findings.ts';
import type { DocumentModel } from '../rules/rule.ts';
import { type RowInfo, rowInfoAt } from '../structure/table-structure.ts';
import { cellRef, type Located } from '../tables/lookup.ts';
import { formatAmount } from '../rounding.ts';

export interface Side {
  set: DocumentSet;
  model: DocumentModel;
  identity: DocumentIdentity;
}

/** The document as the checks read it: its tables under the reading their numbers confirm best. */
export function sideOf(set: DocumentSet): Side {
  return { set, model: chooseReadings(buildModel(set.raw)), identity: set.identity };
}

export interface Where {
  source: string;
  tableTitle: string | null;
  rowLabel: string | null;
  colLabel: string | null;
  /** The figure as the comparison read it (a prior year implied by C − A is computed, and said so in `quote`). */
  value: string;
  quote: string | null;
  cells: CellRef[];
  textRefs: TextRef[];
}

export function cellWhere(side: Side, cell: Located): Where {
  const { table } = cell;
  const row = rowAt(cell);
  const column = table.structure.columns[cell.col];
  return {
    source: tableSource(side.set, table.grid),
    tableTitle: tableTitle(table),
    rowLabel: row?.label ?? null,
    colLabel: column ? column.path.join('›') : null,
    value: formatAmount(cell.amount.value, cell.amount.decimals),
    quote: null,
    cells: [cellRef(cell)],
    textRefs: [],
  };
}

export function claimWhere(side: Side, claim: ClaimBase, value: string): Where {
  const block = claim.textRefs[0]?.block;
  return {
    source: block === undefined ? side.set.sources[0] : blockSource(side.set, block),
    tableTitle: null,
    rowLabel: claim.subject,
    colLabel: null,
    value,
    quote: claim.quote,
    cells: [],
    textRefs: claim.numberRefs,
  };
}

/** The row a figure is on, in the segment its column belongs to (a 收支总表 has a row of each side on one line). */
export function rowAt(cell: Located): RowInfo | undefined {
  return rowInfoAt(cell.table.structure, cell.row, cell.col);
}
