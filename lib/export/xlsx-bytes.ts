/**
 * Writes XLSX sheets (xlsx.ts) to bytes. Kept thin so that everything worth testing stays in the pure sheet data.
 *
 * write-excel-file v4 has three entries: `/node` (streams and files, Node only), `/browser` (adds a download that
 * needs `document`) and `/universal` (a Blob, anywhere). The engine must run in Node, in extension pages and in the
 * page itself without DOM globals, so it uses `/universal`; the CLI writes these same bytes to its file.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { XlsxSheet } from './xlsx.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function xlsxBlob(sheets: XlsxSheet[]): Promise<Blob> {
  return writeXlsxFile(sheets).toBlob();
}

export async function xlsxBytes(sheets: XlsxSheet[]): Promise<Uint8Array> {
  return new Uint8Array(await (await xlsxBlob(sheets)).arrayBuffer());
}
