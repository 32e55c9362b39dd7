/**
 * empty-table: a table of the standard set with no number in its body is reported as empty, so that the text's
 * "…情况表为空表" (budget-identities.md P.12, X.14) can be compared with it and the reader sees the table was read,
 * not skipped. Only an info note: an empty 政府性基金 or 国有资本经营 table is normal (T8/T9 are usually empty). A table
 * the text says is empty gets no note at all: document and table agree (prose-empty-table checks that they do).
 *
 * Fires: [000] 表7 and 表8, [002] 表8/表9/表11, [004] 表9/表11. Silent: any table with a number, even 0.00.
 */
import { STANDARD_TABLE_NAMES } from '../classify/standard-table.ts';
import { allClaims } from '../prose/claims.ts';
import { tableTitle } from './findings.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';

export const EMPTY_TABLE_RULE_ID = 'empty-table';

export const emptyTable: Rule = {
  id: EMPTY_TABLE_RULE_ID,
  title: '空表 / Empty tables',
  run(ctx) {
    const findings: FindingDraft[] = [];
    // A table the text itself says is empty ("故本表无数据", "为空表") is as it should be: nothing to say about it.
    const saidEmpty = new Set(allClaims(ctx.doc.raw, 'empty-table').flatMap((c) => c.tables));
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'budget' || !table.standard || !isEmptyTable(table) || saidEmpty.has(table.standard)) continue;
      findings.push({
        rule: EMPTY_TABLE_RULE_ID,
        severity: 'info',
        kind: 'note',
        tableId: table.grid.id,
        tableTitle: tableTitle(table),
        message: `本表为空表（${STANDARD_TABLE_NAMES[table.standard]}中没有任何数字）`,
        messageEn: 'The table is empty: it has no number at all',
        cells: [],
      });
    }
    return findings;
  },
};

/** No value cell in the body holds a number (or an unreadable one). Codes in code columns do not count. */
export function isEmptyTable(table: AnalyzedTable): boolean {
  const { grid, structure } = table;
  for (const segment of structure.segments)
    for (const r of structure.bodyRows)
      for (const c of segment.valueCols) {
        const kind = grid.rows[r][c].value.kind;
        if (kind === 'number' || kind === 'invalid') return false;
      }
  return true;
}
