/**
 * The XLSX writer for the engine's exports, loaded into the page on the first workbook asked for (the table menu's
 * XLSX, the popup's): the background injects entrypoints/xlsx-writer into this frame, which leaves the writer under a
 * global of this isolated world. Loaded once; a failed load is tried again on the next export.
 */
import { browser } from 'wxt/browser';
import { type BackgroundMessage, XLSX_WRITER_GLOBAL } from '../../components/protocol.ts';
import type { XlsxSheet } from '../../lib/export/xlsx.ts';

type XlsxWriter = (sheets: XlsxSheet[]) => Promise<Uint8Array>;

let loading: Promise<XlsxWriter> | undefined;

function writerInPage(): XlsxWriter | undefined {
  const writer = (globalThis as Record<string, unknown>)[XLSX_WRITER_GLOBAL];
  return typeof writer === 'function' ? (writer as XlsxWriter) : undefined;
}

async function load(): Promise<XlsxWriter> {
  const loaded = writerInPage();
  if (loaded) return loaded;
  const message: BackgroundMessage = { type: 'load-xlsx-writer' };
  await browser.runtime.sendMessage(message);
  const writer = writerInPage();
  if (!writer) throw new Error('XLSX 导出模块未能载入 / the XLSX writer could not be loaded');
  return writer;
}

export async function pageXlsxBytes(sheets: XlsxSheet[]): Promise<Uint8Array> {
  loading ??= load().catch((error) => {
    loading = undefined;
    throw error;
  });
  return (await loading)(sheets);
}
