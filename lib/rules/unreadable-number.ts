/**
 * unreadable-number: a value cell that looks like a number but cannot be read as one ("12.3.4", "4O.00" with a
 * letter O, "1,2345.00") is a warning naming the cell. It is never taken as 0: the sums that need it tally the check
 * as 'missing' (sum-relation.ts), so a table with such a cell never shows as "all checks passed".
 *
 * Fires: "4O.00" in a 合计 column. Silent: every seed (the fixtures' split digits "97.0 2" are joined by the parser).
 */
import { rowLabelOf } from './row-label.ts';
import type { FindingDraft, Rule } from './rule.ts';
import { tableTitle } from './findings.ts';
import { columnLabel, isOrigin } from '../structure/table-structure.ts';

export const unreadableNumber: Rule = {
  id: 'unreadable-number',
  title: '无法识别的数字 / Numbers that cannot be read',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      const { grid } = table;
      if (grid.kind !== 'budget') continue;
      for (const segment of table.structure.segments)
        for (const row of segment.rows)
          for (const col of segment.valueCols) {
            const cell = grid.rows[row.row][col];
            if (!isOrigin(cell, row.row, col) || cell.value.kind !== 'invalid') continue;
            const where = [rowLabelOf(row), columnLabel(grid, col)].filter(Boolean).join(' / ');
            const text = cell.text.trim();
            findings.push({
              rule: unreadableNumber.id,
              severity: 'warning',
              kind: 'unreadable',
              tableId: grid.id,
              tableTitle: tableTitle(table),
              rowLabel: rowLabelOf(row),
              colLabel: columnLabel(grid, col),
              stated: text,
              message: `「${where}」的数字「${text}」无法识别，涉及此格的核对未能进行`,
              messageEn: `[${where}] the number "${text}" cannot be read; the checks that need this cell could not be made`,
              cells: [{ tableId: grid.id, row: row.row, col }],
            });
          }
    }
    return findings;
  },
};
