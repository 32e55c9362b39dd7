/**
 * The XLSX writer (write-excel-file and its zip), put into a page's isolated world beside the engine only when a
 * workbook is asked for: the engine asks the background (entrypoints/engine/xlsx-loader.ts), which injects this
 * script into the engine's frame. Kept out of the engine bundle, it costs a page nothing until then (it was a quarter
 * of the engine's bytes and 6–7 ms of its setting up, on every page checked). It leaves xlsxBytes under a global of
 * that world, where the engine finds it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { XLSX_WRITER_GLOBAL } from '../../components/protocol.ts';
import { xlsxBytes } from '../../lib/export/xlsx-bytes.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[XLSX_WRITER_GLOBAL] = xlsxBytes;
});
