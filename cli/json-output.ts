/**
 * The --format json contract: exactly one object on stdout,
 *   {"documents":[{"source","sources","unit","year","basis","tables":[{"id","index","number","title","unit","rows","cols",
 *   "source"}],"findings":[…]}]}
 * A document read from several files (a 说明 and its 表格) lists them in `sources`; each table and finding says its file.
 * Every finding carries rule, severity, magnitude (errors and warnings: gross | minor), tableId, tableTitle, rowLabel,
 * colLabel, stated, expected, message and quote;
 * a field that does not apply is null, never missing, so scripts can rely on the keys. More fields may be added;
 * none will be removed or renamed.
 */
import { type DocumentSet, findingSource, tableSource } from '../lib/documents/sets.ts';
import type { Finding, Report } from '../lib/model.ts';

export interface DocumentResult {
  /** The first file of the document. */
  source: string;
  /** The files read as this document, with its unit and year; absent for a file that could not be read. */
  set?: DocumentSet;
  report?: Report;
  error?: string;
}

export function documentJson(result: DocumentResult) {
  const { report } = result;
  const sources = result.set?.sources ?? [result.source];
  if (!report) return { source: result.source, sources, error: result.error ?? null, tables: [], findings: [] };
  const set = result.set;
  const identity = set?.identity;
  return {
    source: result.source,
    sources,
    unit: identity?.unit ?? null,
    year: identity?.year ?? null,
    basis: identity?.basis ?? null,
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
      source: set ? tableSource(set, t) : result.source,
    })),
    findings: report.findings.map((f) => ({ ...findingJson(f), source: set ? findingSource(set, report, f) : result.source })),
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
