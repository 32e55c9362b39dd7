/**
 * A file on disk → RawDocument: a PDF (by its magic bytes, whatever its name) through pdf.js, anything else as a
 * saved page if it has markup. A file that cannot be read gives a reason a person can act on, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeHtmlBytes } from '../lib/html-bytes.ts';
import type { RawDocument } from '../lib/model.ts';
import { loadHtml } from './load-html.ts';

export async function readFileDocument(file: string): Promise<{ raw: RawDocument } | { error: string }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { error: '这是一个目录，不是文件 / is a directory, not a file' };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EACCES'
          ? '没有读取权限 / permission denied'
          : `无法读取 / cannot read (${code ?? (error as Error).message})`;
    return { error: why };
  }
  try {
    return { raw: await readDocumentBytes(bytes, file) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const PDF_MAGIC = '%PDF-';

async function readDocumentBytes(bytes: Uint8Array, source: string): Promise<RawDocument> {
  if (bytes.length === 0) throw new Error('文件为空 / the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) {
    const { loadPdf } = await import('./load-pdf.ts');
    return loadPdf(bytes, source);
  }
  const html = decodeHtmlBytes(bytes).text;
  if (!looksLikeHtml(html)) throw new Error('不是 HTML 或 PDF 文件 / not an HTML or PDF file');
  return loadHtml(html, source);
}

/** A saved page has tags; a spreadsheet, an image or plain text does not (or has NUL bytes). */
function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096);
  if (start.includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|table|div|p|meta)[\s>]/i.test(start) || /<table[\s>]/i.test(text);
}
