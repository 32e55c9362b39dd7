/**
 * Writes XLSX sheets (xlsx.ts) to bytes. Kept thin so that everything worth testing stays in the pure sheet data.
 *
 * write-excel-file v4 has three entries: `/node` (streams and files, Node only), `/browser` (adds a download that
 * needs `document`) and `/universal` (a Blob, anywhere). The engine must run in Node, in extension pages and in the
 * page itself without DOM globals, so it uses `/universal`; the CLI writes these same bytes to its file.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { XlsxSheet } from './xlsx.ts';

export async function xlsxBlob(sheets: XlsxSheet[]): Promise<Blob> {
  return writeXlsxFile(sheets).toBlob();
}

/**
 * The bytes in an array of the calling script's own. In a Firefox content script (the engine in a page) Blob is the
 * page's, and so is the ArrayBuffer it resolves to: a Uint8Array made on it could not be used there (turning it into
 * the export message's base64 failed with 'Permission denied to access property "constructor"'), so every XLSX
 * export of a web page failed in Firefox (test/firefox/exports.test.ts). Copied, the bytes are the script's own.
 */
export async function xlsxBytes(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const buffer = await (await xlsxBlob(sheets)).arrayBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(new Uint8Array(buffer));
  return bytes;
}
