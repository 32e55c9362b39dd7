/**
 * Export of tables and findings: every format is a pure function of a TableGrid (or a Report) — no DOM, no files.
 * The popup and the CLI call these; cli/export-files.ts writes them to disk.
 */
export { tableCsv, tableCsvText } from './csv.ts';
export { type Evidence, type EvidenceContext, type EvidencePack, evidence, evidencePack } from './evidence.ts';
export { type ExportCell, exportCells } from './export-cells.ts';
export { type ExportFileMeta, exportFileName, fileMetaFromTitle, uniqueFileNames } from './file-name.ts';
export { type TableJson, tableJson, tableJsonText } from './json.ts';
export { tableMarkdown } from './markdown.ts';
export { sha256Hex } from './sha256.ts';
export type { ExportSource } from './source.ts';
export { tableHeading } from './table-heading.ts';
export { tableTsv } from './tsv.ts';
export { FINDINGS_SHEET_NAME, pageWorkbook, tableWorkbook, type XlsxSheet } from './xlsx.ts';
export { XLSX_MIME, xlsxBlob, xlsxBytes } from './xlsx-bytes.ts';
