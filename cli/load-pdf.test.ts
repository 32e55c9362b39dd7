import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_ERRORS } from '../lib/pdf/pdf-errors.ts';
import { loadPdf } from './load-pdf.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../test/fixtures/pdf/${name}`, import.meta.url)));

describe('loadPdf', () => {
  it('reads a PDF printed from a disclosure page: title, text blocks and tables with their page', async () => {
    const doc = await loadPdf(fixture('000_d027ff157a76b55d.platform.pdf'), '000.platform.pdf');
    expect(doc.title).toBe('克孜勒苏柯尔克孜自治州人民政府外事办公室2023年单位预算公开');
    expect(doc.url).toBe('000.platform.pdf');
    expect(doc.scanned).toBeUndefined();
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.every((b) => b.kind === 'table' && typeof b.table.page === 'number')).toBe(true);
  });

  it('flags a PDF whose only page is an image as scanned', async () => {
    const doc = await loadPdf(fixture('scanned.pdf'));
    expect(doc.scanned).toBe(true);
    expect(doc.blocks).toEqual([]);
  });

  it('says in Chinese and English that an encrypted PDF cannot be read', async () => {
    await expect(loadPdf(fixture('encrypted.pdf'))).rejects.toThrow(PDF_ERRORS.encrypted);
    await expect(loadPdf(fixture('encrypted.pdf'))).rejects.toThrow(/PDF 已加密.*encrypted/);
  });

  it('says in Chinese and English that a truncated PDF is damaged', async () => {
    await expect(loadPdf(fixture('truncated.pdf'))).rejects.toThrow(/PDF 文件已损坏或不完整.*damaged or incomplete/);
  });

  it('rejects an empty file and bytes that are not a PDF with a clear message', async () => {
    await expect(loadPdf(new Uint8Array())).rejects.toThrow(PDF_ERRORS.empty);
    await expect(loadPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage'))).rejects.toThrow(/已损坏/);
  });

  it('reads a Node Buffer as the CLI passes it (pdf.js itself refuses Buffers)', async () => {
    const doc = await loadPdf(readFileSync(new URL('../test/fixtures/pdf/scanned.pdf', import.meta.url)));
    expect(doc.scanned).toBe(true);
  });

  it('leaves the caller’s bytes usable (pdf.js may detach the buffer it is given)', async () => {
    const bytes = fixture('scanned.pdf');
    const length = bytes.length;
    await loadPdf(bytes);
    expect(bytes.length).toBe(length);
  });
});
