/**
 * Findings by table, and each table's counts: what the page's badges (entrypoints/engine), the popup and the PDF
 * viewer show beside a table. One place, so that the three cannot disagree on which table a finding belongs to.
 */
import type { Finding, Report } from '../lib/model.ts';
import { type Lang, t } from './i18n.ts';
import type { TableSummary } from './protocol.ts';

/** The table a finding is about: its own tableId, else (a rule that names only cells) the table of its first cell. */
export function findingTableId(finding: Finding): string | undefined {
  return finding.tableId ?? finding.cells[0]?.tableId;
}

/** Findings grouped by table, in report order; findings about no table are left out. */
export function findingsByTable(findings: readonly Finding[]): Map<string, Finding[]> {
  const byTable = new Map<string, Finding[]>();
  for (const finding of findings) {
    const tableId = findingTableId(finding);
    if (tableId === undefined) continue;
    const list = byTable.get(tableId);
    if (list) list.push(finding);
    else byTable.set(tableId, [finding]);
  }
  return byTable;
}

export function summariseTables(report: Report): TableSummary[] {
  const byTable = findingsByTable(report.findings);
  return report.tables.map((grid) => {
    const findings = byTable.get(grid.id) ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
      id: grid.id,
      index: grid.index,
      number: grid.number,
      title: grid.title,
      unit: grid.unit?.name,
      kind: grid.kind,
      pieces: grid.pieces,
      tally: report.tallies.find((tally) => tally.tableId === grid.id),
      errors,
      notes: findings.length - errors,
    };
  });
}

/** 表3, or "Table 3" (Chinese writes the number against the word, English after a space). */
export function tableNumber(number: string, lang: Lang): string {
  return lang === 'zh' ? `${t(lang, 'table')}${number}` : `${t(lang, 'table')} ${number}`;
}

/** "表3 部门收支总体情况表", the title alone when the table has no number, or 未命名表格 / Untitled table. */
export function tableName(table: { number?: string; title?: string }, lang: Lang): string {
  const title = table.title || t(lang, 'untitledTable');
  return table.number ? `${tableNumber(table.number, lang)} ${title}` : title;
}
