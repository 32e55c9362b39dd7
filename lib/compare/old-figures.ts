/**
 * The other document's own figure for a quantity a document restates: its tables first (by 科目编码 where the
 * restatement has one, so a line renamed between years is still found), then by name (and a renamed 类's other name,
 * lib/templates/subject-renames.ts), then its text. Every candidate is returned: the restated figure is consistent
 * when it meets any of them, since each is a plausible reading of "the same thing".
 */
import { allClaims } from '../prose/claims.ts';
import { targetsFor } from '../rules/claim-targets.ts';
import type { AnalyzedTable } from '../rules/rule.ts';
import { findRow, type Located, lookup } from '../tables/lookup.ts';
import { TABLE_SPECS } from '../templates/catalogue.ts';
import { otherNames } from '../templates/subject-renames.ts';
import { canonicalLabel } from '../text.ts';
import { type Figure, figureOf, figureOfCell, type Restatement } from './restated.ts';
import { claimWhere, cellWhere, type Side, type Where } from './side.ts';

export interface Candidate {
  figure: Figure;
  where: Where;
}

export function oldFigures(side: Side, r: Restatement): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (cell: Located | undefined) => {
    if (!cell) return;
    const id = `${cell.table.grid.id}:${cell.row}:${cell.col}`;
    if (seen.has(id)) return;
    const basis = cell.basis ?? (cell.table.standard ? TABLE_SPECS[cell.table.standard].basis : undefined);
    if (basis !== undefined && basis !== side.identity.basis) return;
    seen.add(id);
    out.push({ figure: figureOfCell(cell), where: cellWhere(side, cell) });
  };
  const tables = r.table ? side.model.tables.filter((t) => t.standard === r.table) : side.model.tables;
  const coded = side.model.tables.filter((t) => t.standard !== undefined && t.standard === r.codeTable);
  if (r.code) for (const table of coded) add(byCode(table, r.code));
  if (r.table && r.rowName === undefined && !r.code) for (const table of tables) add(lookup(table, 'total'));
  if (r.table && r.rowName) {
    const names = [r.rowName, ...otherNames(r.rowName)].map(canonicalLabel);
    for (const table of tables) add(lookup(table, (row) => names.includes(row.name)));
  }
  for (const key of [r.key, ...aliasKeys(r.key)])
    for (const find of targetsFor(key)?.find ?? []) add(find(side.model));
  for (const amount of allClaims(side.model.raw, 'amount')) {
    if (amount.key !== r.key || amount.prior || (amount.basis ?? side.identity.basis) !== side.identity.basis) continue;
    out.push({
      figure: figureOf(amount.value),
      where: claimWhere(side, amount, amount.value.value.toFixed(amount.value.decimals)),
    });
  }
  return out;
}

function byCode(table: AnalyzedTable, code: string): Located | undefined {
  const found = findRow(table, (row) => row.code?.code === code);
  if (!found) return undefined;
  return lookup(table, (row) => row.row === found.row.row, /合计/) ?? lookup(table, (row) => row.row === found.row.row);
}

/** The same quantity under a 类's other name: 'class-all:卫生健康' ↔ 'class-all:医疗卫生与计划生育'. */
function aliasKeys(key: string): string[] {
  const m = /^(class|class-all):(.+)$/.exec(key);
  if (!m) return [];
  return otherNames(m[2]).map((n) => `${m[1]}:${n.replace(/支出$/, '')}`);
}
