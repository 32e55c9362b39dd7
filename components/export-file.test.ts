/**
 * buildExportFile: the one place the engine (in a page) and the PDF viewer turn a report into files. What differs
 * between the two is only what the evidence pack hashes: the page text, or the PDF file's bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../cli/load-html.ts';
import { analyzeDocument } from '../lib/engine.ts';
import { xlsxBytes } from '../lib/export/xlsx-bytes.ts';
import { base64ToBytes } from './download.ts';
import { buildExportFile, type ExportInputs } from './export-file.ts';

const html = readFileSync(new URL('../test/fixtures/pages/002_985e1de26a38a1db.word.html', import.meta.url), 'utf8');
const report = analyzeDocument(loadHtml(html, 'http://czj.example.gov.cn/yjs/002.html'));
const hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function inputs(extra: Partial<ExportInputs> = {}): ExportInputs {
  return {
    report,
    pageText: '所核对的文字',
    sha256: async (text) => hex(text),
    xlsxBytes,
    now: new Date('2026-03-01T08:00:00Z'),
    ...extra,
  };
}

describe('buildExportFile', () => {
  it('exports one table as CSV with a BOM, named after the department, year and table', async () => {
    const file = await buildExportFile(inputs(), 'csv', 't0');
    expect(file.filename).toBe('克孜勒苏柯尔克孜自治州人民政府外事办公室_2026_表1_部门收支总体情况表.csv');
    const bytes = base64ToBytes(file.base64!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('524.92');
  });

  it('hashes the page text for a web page’s evidence pack', async () => {
    const pack = JSON.parse((await buildExportFile(inputs(), 'evidence-json')).text!);
    expect(pack.page).toMatchObject({ hashed: 'page-text', textSha256: hex('所核对的文字'), checkedAt: '2026-03-01T08:00:00.000Z' });
  });

  it('hashes the file itself when one is given (a PDF in the viewer)', async () => {
    const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const pack = JSON.parse(
      (await buildExportFile(inputs({ sourceFile: { sha256: async () => hex(pdfBytes) } }), 'evidence-json')).text!,
    );
    expect(pack.page).toMatchObject({ hashed: 'source-file', textSha256: hex(pdfBytes) });
  });

  it('says clearly, in both languages, what cannot be exported', async () => {
    await expect(buildExportFile(inputs(), 'csv', 't99')).rejects.toThrow('本页没有表格 t99 / no table t99 on this page');
    await expect(buildExportFile(inputs(), 'csv')).rejects.toThrow('整页不能导出为 csv / the whole page does not export as csv');
  });
});
