/**
 * Moved to components/export-file.ts: the PDF viewer builds the same export files as the engine does in a page.
 * Kept so that page-checker.ts's import still resolves.
 */
export { buildExportFile, type ExportInputs, TABLE_EXPORT_FORMATS } from '../../components/export-file.ts';
