/**
 * The --format json contract: exactly one object on stdout,
 *   {"documents":[{"source","tables":[{"id","index","number","title","unit","rows","cols"}],"findings":[…]}]}
 * Every finding carries rule, severity, magnitude (errors and warnings: gross | minor), tableId, tableTitle, rowLabel,
 * colLabel, stated, expected, message and quote;
 * a field that does not apply is null, never missing, so scripts can rely on the keys. More fields may be added;
 * none will be removed or renamed.
 */
import type { Finding, Report } from '../lib/model.ts';

export interface DocumentResult {
  source: string;
  report?: Report;
  error?: string;
}

export function documentJson(result: DocumentResult) {
  const { report } = result;
  if (!report) return { source: result.source, error: result.error ?? null, tables: [], findings: [] };
  return {
    source: result.source,
    error: result.error ?? null,
    title: report.title,
    status: report.status,
    tables: report.tables.map((t) => ({
      id: t.id,
      index: t.index,
      number: t.number ?? null,
      title: t.title ?? null,
      unit: t.unit?.name ?? null,
      rows: t.rows.length,
      cols: t.width,
      headRows: t.headRows,
      kind: t.kind,
    })),
    findings: report.findings.map(findingJson),
    tallies: report.tallies,
    attachments: report.attachments,
  };
}

export function findingJson(f: Finding) {
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    magnitude: f.magnitude ?? null,
    kind: f.kind,
    tableId: f.tableId ?? null,
    tableTitle: f.tableTitle ?? null,
    rowLabel: f.rowLabel ?? null,
    colLabel: f.colLabel ?? null,
    stated: f.stated ?? null,
    expected: f.expected ?? null,
    diff: f.diff ?? null,
    message: f.message,
    messageEn: f.messageEn,
    quote: f.quote ?? null,
    cells: f.cells,
    textRefs: f.textRefs ?? [],
  };
}
