import type { ExportFormat } from './protocol.ts';

/** Button labels of the export formats (format names are the same in both languages). */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  tsv: 'TSV',
  markdown: 'Markdown',
  json: 'JSON',
  xlsx: 'XLSX',
  'evidence-html': 'HTML',
  'evidence-markdown': 'Markdown',
  'evidence-json': 'JSON',
};

/** Formats offered for one table, in menu order (TSV goes to the clipboard, through its own button). */
export const TABLE_EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'csv', 'markdown', 'json'];

/** The evidence pack (lib/export/evidence.ts): every finding with its numbers, the time, the checked text's SHA-256. */
export const EVIDENCE_FORMATS: ExportFormat[] = ['evidence-html', 'evidence-markdown', 'evidence-json'];
