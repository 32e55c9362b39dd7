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
