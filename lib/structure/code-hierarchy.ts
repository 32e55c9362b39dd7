/**
 * Which rows of a coded list add up to which: 类 = Σ its 款, 款 = Σ its 项 (by code prefix, budget-identities.md
 * T2.3, T3.2, T5.2, T6.2, T7.2), and in 项目支出表 a unit row = Σ its 类 rows (T7.3).
 *
 * Rows are keyed by (unit block, code, project), not by code alone: a multi-unit department repeats the same codes
 * under every unit, and 项目支出表 repeats one 项 code once per project. So a row's children are looked for only in
 * the run of rows right below it whose codes extend its own, and rows with equal codes are siblings, never parent and
 * child. A level that is missing is skipped: a 类 row whose 款 rows were lost adds its 项 rows directly, and 款 rows
 * whose 类 row is missing ([004] 表6 has no 301 row) belong to no group here (column-total adds them to the 合计).
 */
import { finish, PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { parentCode } from './budget-code.ts';
import type { RowInfo } from './table-structure.ts';

export interface RowSumGroup {
  parent: RowInfo;
  children: RowInfo[];
  /** 'code': a 类 or 款 row over its coded children; 'unit': an uncoded unit row over its 类 rows. */
  kind: 'code' | 'unit';
}

const isLine = (r: RowInfo) => r.role === 'item' || r.role === 'subtotal';

export function codeHierarchy(rows: readonly RowInfo[]): RowSumGroup[] {
  return finish(codeHierarchySteps(rows));
}

/** codeHierarchy as steps, pausing every ROWS_PER_PAUSE rows: a list of 10,000 coded rows is 15–25 ms in a page. */
export function* codeHierarchySteps(rows: readonly RowInfo[]): Steps<RowSumGroup[]> {
  const lines = rows.filter(isLine);
  const firstCoded = lines.findIndex((r) => r.code);
  if (firstCoded < 0) return [];
  const groups: RowSumGroup[] = [];
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  // Unit rows: uncoded lines that open a block of coded rows, as in 项目支出表 (合计 › unit › 类 › 款 › 项). Only
  // when the list starts with one; an uncoded line further down is a wrapped label or a project name, not a unit.
  const unitMode = firstCoded > 0;
  let block: RowInfo[] = [];
  let unit: RowInfo | undefined;
  const closeBlock = function* (): Steps<void> {
    groups.push(...(yield* codeGroups(block, pause)));
    if (unit) {
      const tops = topCoded(block);
      if (tops.length > 0) groups.push({ parent: unit, children: tops, kind: 'unit' });
    }
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i];
    if (row.code) {
      block.push(row);
      continue;
    }
    // A unit row is followed by a 类 row. Any other uncoded line (a wrapped label, a project name under its 项 row)
    // is skipped without breaking the run, so the 项 rows on both sides of it still add up to their 款.
    const next = lines[i + 1]?.code;
    if (unitMode && next && (next.level === 1 || i < firstCoded)) {
      yield* closeBlock();
      unit = row;
    }
  }
  yield* closeBlock();
  return groups;
}

/** Coded rows whose ancestors are all absent from `block`: the 类 rows, or orphaned 款 rows. Every row must have a code. */
export function topCoded(block: readonly RowInfo[]): RowInfo[] {
  const present = new Set(block.map((r) => r.code!.code));
  return block.filter((r) => {
    for (let p = parentCode(r.code!.code); p; p = parentCode(p)) if (present.has(p)) return false;
    return true;
  });
}

function* codeGroups(block: RowInfo[], pause: PauseEvery): Steps<RowSumGroup[]> {
  const groups: RowSumGroup[] = [];
  for (let i = 0; i < block.length; i++) {
    if (pause.due()) yield;
    const row = block[i];
    const code = row.code!.code;
    const run: RowInfo[] = [];
    for (let j = i + 1; j < block.length; j++) {
      const next = block[j].code!.code;
      if (next.length <= code.length || !next.startsWith(code)) break;
      run.push(block[j]);
    }
    if (run.length === 0) continue;
    const inRun = new Set(run.map((r) => r.code!.code));
    const children = run.filter((r) => {
      for (let p = parentCode(r.code!.code); p; p = parentCode(p)) {
        if (p === code) return true;
        if (inRun.has(p)) return false;
      }
      return false;
    });
    if (children.length > 0) groups.push({ parent: row, children, kind: 'code' });
  }
  return groups;
}
