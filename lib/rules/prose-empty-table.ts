/**
 * prose-empty-table: "…没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表" ⇔ the table has no
 * numbers (budget-identities.md §4.1 P.12, X.14). A table said to be empty that holds non-zero numbers is an error. A
 * missing table cannot be checked (documents omit empty tables: [004] has no 表8).
 */

import { STANDARD_TABLE_NAMES } from '../classify/standard-table.ts';
import { allClaims } from '../prose/claims.ts';
import { hasNoNumbers, tablesOf } from '../tables/lookup.ts';
import { tableTitle } from './findings.ts';
import { proseFinding } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseEmptyTable: Rule = {
  id: 'prose-empty-table',
  title: '“为空表”的说明与表格一致 / Tables said to be empty are empty',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const claim of allClaims(ctx.doc.raw, 'empty-table')) {
      for (const table of claim.tables.flatMap((standard) => tablesOf(ctx.doc, standard))) {
        const empty = hasNoNumbers(table);
        ctx.tally(table.grid.id, empty ? 'exact' : 'mismatch');
        if (empty) continue;
        findings.push(
          proseFinding({
            rule: proseEmptyTable.id,
            severity: 'error',
            kind: 'mismatch',
            claim,
            tableId: table.grid.id,
            tableTitle: tableTitle(table),
            message: `文中说${STANDARD_TABLE_NAMES[table.standard!]}为空表，但${tableTitle(table)}有非零数字`,
            messageEn: `The text says ${tableTitle(table)} is empty, but it holds non-zero figures`,
          }),
        );
      }
    }
    return findings;
  },
};
