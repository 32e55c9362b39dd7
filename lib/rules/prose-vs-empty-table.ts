/**
 * prose-vs-empty-table: a table published blank, whose figures the text states. "财政拨款“三公”经费支出决算为 0.39 万元"
 * over a 三公 决算表 with no number in it: either the table lost its figures or the text speaks of money the table
 * does not show. Which quantities a table holds is the catalogue's (lib/templates/catalogue.ts QUANTITIES); an amount
 * of 0, or of last year, says nothing against an empty table.
 *
 * Fires: a blank 三公 table under "…三公经费支出决算为 0.39 万元". Silent: 中共上海市普陀区委社会工作部2024年度部门决算
 * (三公 table blank, "本年度没有财政拨款“三公”经费支出，故本表无数据").
 */
import { allClaims } from '../prose/claims.ts';
import { QUANTITIES, TABLE_SPECS } from '../templates/catalogue.ts';
import { isEmptyTable } from './empty-table.ts';
import { tableTitle } from './findings.ts';
import { proseFinding } from './prose-finding.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseVsEmptyTable: Rule = {
  id: 'prose-vs-empty-table',
  title: '空表与文中金额一致 / An empty table’s figures are not stated in the text',
  run(ctx) {
    const findings: FindingDraft[] = [];
    // Blank, not zero: a table of 0.00s against a stated 0.39 is prose-vs-table's mismatch, not an empty table.
    const empty = ctx.doc.tables.filter((t) => t.grid.kind === 'budget' && t.standard && isEmptyTable(t));
    if (empty.length === 0) return findings;
    for (const claim of allClaims(ctx.doc.raw, 'amount')) {
      if (!claim.key || claim.prior || claim.value.value.isZero()) continue;
      const specs = QUANTITIES[claim.key]?.at ?? [];
      for (const table of empty) {
        const spec = specs.find((s) => s.table === table.standard && (!claim.basis || claim.basis === (s.basis ?? TABLE_SPECS[s.table].basis)));
        if (!spec) continue;
        ctx.tally(table.grid.id, 'mismatch');
        findings.push(
          proseFinding({
            rule: proseVsEmptyTable.id,
            severity: 'error',
            kind: 'mismatch',
            claim,
            tableId: table.grid.id,
            tableTitle: tableTitle(table),
            stated: claim.value.shown,
            expected: '（空表）',
            message: `文中「${claim.subject}」为 ${claim.value.shown}，但${tableTitle(table)}为空表，没有这个数`,
            messageEn: `The text gives "${claim.subject}" as ${claim.value.shown}, but ${tableTitle(table)} is blank`,
          }),
        );
        break;
      }
    }
    return findings;
  },
};
