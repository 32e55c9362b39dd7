/**
 * Root cause (budget-identities.md §6): one wrong cell breaks every identity it takes part in — its row sum, its
 * column or hierarchy sum, the cross-table equalities — so one typo reads as three or four errors ("51 failing checks
 * came from about 21 distinct defects" in one real document). After all rules ran, failing checks that share a cell
 * are grouped, and the shared cell is named as the likely culprit.
 *
 * A cell is the culprit of a group when
 *   - it takes part in at least two failing checks, and in each of them more failing checks than any other cell of
 *     that check (its alternatives — the other cells — fail nowhere else, so they are the ones that look right), and
 *   - every check of the group is off by the same amount: if one cell is off by δ, each identity through it is off by
 *     ±δ. [000]'s two project goal tables (财政拨款 90 and 7.01 against 表5 项目支出 0) share the 表5 cell but are off
 *     by different amounts: two labelling errors, not one wrong 0 — no culprit is named there.
 * Only [R] errors of kind 'mismatch' are grouped: warnings and rounding notes are not evidence of a wrong cell.
 */
import Decimal from 'decimal.js';
import type { CellRef, Finding } from '../model.ts';
import { rowInfoAt } from '../structure/table-structure.ts';
import { describeCell, toWan } from '../tables/lookup.ts';
import { rowLabelOf } from './row-label.ts';
import type { DocumentModel } from './rule.ts';

const key = (c: CellRef) => `${c.tableId}:${c.row}:${c.col}`;

/** Returns the findings with `rootCause` set and the culprit named in the messages; the input is not modified. */
export function groupRootCauses(model: DocumentModel, findings: readonly Finding[]): Finding[] {
  const errors = findings.filter((f) => f.severity === 'error' && f.kind === 'mismatch' && f.cells.length > 0);
  const failing = new Map<string, number>();
  for (const f of errors) for (const k of new Set(f.cells.map(key))) failing.set(k, (failing.get(k) ?? 0) + 1);

  const groups = new Map<string, { cell: CellRef; members: Finding[] }>();
  for (const f of errors) {
    const culprit = soleMostFailing(f.cells, failing);
    if (!culprit) continue;
    const group = groups.get(key(culprit)) ?? { cell: culprit, members: [] };
    group.members.push(f);
    groups.set(key(culprit), group);
  }

  const annotated = new Map<string, Finding>();
  for (const { cell, members } of groups.values()) {
    if (members.length < 2 || !sameOffset(model, members)) continue;
    const findingIds = members.map((f) => f.id);
    const where = describe(model, cell);
    const n = members.length;
    for (const f of members) {
      const stated = key(f.cells[0]) === key(cell);
      const others = findingIds.filter((id) => id !== f.id).join('、');
      annotated.set(f.id, {
        ...f,
        rootCause: { cell, findingIds },
        message: stated
          ? `${f.message}。可能是此格有误：它同时使 ${n} 项核对不符（另见 ${others}）`
          : `${f.message}。可能是${where}有误：该格同时使 ${n} 项核对不符（另见 ${others}）`,
        messageEn: stated
          ? `${f.messageEn}. This cell is the likely culprit: it breaks ${n} checks (see also ${others.replace(/、/g, ', ')})`
          : `${f.messageEn}. The likely culprit is ${where}: it breaks ${n} checks (see also ${others.replace(/、/g, ', ')})`,
      });
    }
  }
  return findings.map((f) => annotated.get(f.id) ?? f);
}

/** The cell of a check that fails in strictly more checks than every other cell of it, if it fails in two or more. */
function soleMostFailing(cells: readonly CellRef[], failing: Map<string, number>): CellRef | undefined {
  let best: CellRef | undefined;
  let bestCount = 0;
  let tie = false;
  const seen = new Set<string>();
  for (const cell of cells) {
    const k = key(cell);
    if (seen.has(k)) continue;
    seen.add(k);
    const n = failing.get(k) ?? 0;
    if (n > bestCount) {
      best = cell;
      bestCount = n;
      tie = false;
    } else if (n === bestCount) tie = true;
  }
  return best && bestCount >= 2 && !tie ? best : undefined;
}

/**
 * Every member is off by the same |δ| in 万元. Cross-table and prose findings print their difference in 万元 already;
 * in-table ones in their table's unit. The slack covers the rounding of the sums themselves ((n+1)·h, 0.005 万元 a
 * part) — a few hundredths, far below any typo worth a culprit.
 */
function sameOffset(model: DocumentModel, members: readonly Finding[]): boolean {
  const offsets: Decimal[] = [];
  for (const f of members) {
    // A check with no single difference ("表9 is empty, but 表1 shows 国资 money") neither supports nor refutes δ.
    if (!f.diff) continue;
    let d: Decimal;
    try {
      d = new Decimal(f.diff.replace(/^\+/, '')).abs();
    } catch {
      return false;
    }
    const inWan = /^(?:cross|prose)-/.test(f.rule) ? d : toWan({ value: d, decimals: 0 }, unitOf(model, f.tableId)).value;
    offsets.push(inWan);
  }
  if (offsets.length === 0) return false;
  const max = Decimal.max(...offsets);
  const min = Decimal.min(...offsets);
  if (max.isZero()) return false;
  const slack = Decimal.max(new Decimal('0.05'), max.times('0.001'));
  return max.minus(min).lte(slack);
}

function unitOf(model: DocumentModel, tableId: string | undefined) {
  return model.tables.find((t) => t.grid.id === tableId)?.grid.unit?.name;
}

function describe(model: DocumentModel, cell: CellRef): string {
  const table = model.tables.find((t) => t.grid.id === cell.tableId);
  if (!table) return `「${cell.tableId} ${cell.row + 1}行 ${cell.col + 1}列」`;
  // 收支总表 has two lists side by side: name the row by the label of the list the cell belongs to.
  const row = rowInfoAt(table.structure, cell.row, cell.col);
  // Name the row with its code when the code sits in columns of its own: "2080505 机关事业单位基本养老保险缴费支出".
  return describeCell(table, cell.row, cell.col, row && rowLabelOf(row));
}
