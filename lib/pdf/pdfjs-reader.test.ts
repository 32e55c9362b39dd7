import { describe, expect, it } from 'vitest';
import { OPS } from './pdf-ops.ts';
import { type PdfJsPageLike, readPdfJsDocument } from './pdfjs-reader.ts';

function fakePage(items: unknown[], fnArray: number[] = []): PdfJsPageLike {
  return {
    getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
    getTextContent: async () => ({ items }),
    getOperatorList: async () => ({ fnArray, argsArray: fnArray.map(() => null) }),
  };
}

const textItem = { str: '合计 12.50', transform: [10, 0, 0, 10, 72, 700], width: 50, height: 10, fontName: 'f1', hasEOL: false };

describe('readPdfJsDocument', () => {
  it('copies text items, skips marked-content entries and counts characters and images', async () => {
    const doc = { numPages: 1, getPage: async () => fakePage([textItem, { type: 'beginMarkedContent' }], [OPS.paintImageXObject]) };
    const { pages, failedPages } = await readPdfJsDocument(doc);
    expect(failedPages).toEqual([]);
    expect(pages[0].items).toEqual([textItem]);
    expect(pages[0].charCount).toBe(7);
    expect(pages[0].imageCount).toBe(1);
    expect(pages[0].viewportTransform).toEqual([1, 0, 0, -1, 0, 842]);
  });

  it('keeps the pages it can read when one page is damaged', async () => {
    const doc = {
      numPages: 3,
      getPage: async (n: number) => {
        if (n === 2) throw new Error('Bad FCHECK in flate stream');
        return fakePage([textItem]);
      },
    };
    const { pages, failedPages } = await readPdfJsDocument(doc);
    expect(pages.map((p) => p.pageNumber)).toEqual([1, 3]);
    expect(failedPages).toEqual([2]);
  });

  it('throws when no page can be read', async () => {
    const doc = {
      numPages: 2,
      getPage: async () => {
        throw new Error('Invalid PDF structure.');
      },
    };
    await expect(readPdfJsDocument(doc)).rejects.toThrow('Invalid PDF structure.');
  });

  it('reads the title from the metadata, and none when the metadata is missing, unreadable or not text', async () => {
    const page = async () => fakePage([textItem]);
    const withInfo = (info: unknown) => ({ numPages: 1, getPage: page, getMetadata: async () => ({ info }) });
    expect((await readPdfJsDocument(withInfo({ Title: '江苏省政协办公厅2019年度部门预算' }))).title).toBe('江苏省政协办公厅2019年度部门预算');
    expect((await readPdfJsDocument(withInfo({ Title: 42 }))).title).toBeUndefined();
    expect((await readPdfJsDocument(withInfo(null))).title).toBeUndefined();
    const broken = {
      numPages: 1,
      getPage: page,
      getMetadata: async () => {
        throw new Error('Bad XRef entry');
      },
    };
    const read = await readPdfJsDocument(broken);
    expect(read.title).toBeUndefined();
    expect(read.pages).toHaveLength(1);
    expect((await readPdfJsDocument({ numPages: 1, getPage: page })).title).toBeUndefined();
  });
});
