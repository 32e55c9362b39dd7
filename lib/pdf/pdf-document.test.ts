import { describe, expect, it } from 'vitest';
import { item } from '../../test/pdf/synthetic.ts';
import { buildPdfDocument } from './pdf-document.ts';
import type { PdfPageContent, PdfTextItem } from './pdf-types.ts';

const A4 = [1, 0, 0, -1, 0, 842] as const;
const S = 16;

function page(pageNumber: number, items: PdfTextItem[], extra: { imageCount?: number; charCount?: number } = {}): PdfPageContent {
  return { pageNumber, width: 595, height: 842, viewportTransform: A4, items, ...extra };
}
/** A line of 16 pt Chinese text starting at x; its width is one em per character. */
const text = (str: string, x: number, y: number) => item(str, x, y, Array.from(str).length * S, S);

describe('buildPdfDocument', () => {
  it('joins a paragraph that runs over a page break, and drops the page numbers', () => {
    const doc = buildPdfDocument([
      page(1, [
        text('一、收入预算情况说明', 112, 80),
        text('本表反映部门年度总体收入预算情况，江苏省政协办公厅本年', 112, 110),
        text('收入预算合计一万三千三百七十七万元，与上年相比增加三千二', 80, 138),
        item('- 1 -', 286, 800, 30, 12),
      ]),
      page(2, [text('百二十六万元。', 80, 80), text('二、支出预算情况说明', 112, 110), item('- 2 -', 286, 800, 30, 12)]),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : 'TABLE'))).toEqual([
      '一、收入预算情况说明',
      '本表反映部门年度总体收入预算情况，江苏省政协办公厅本年收入预算合计一万三千三百七十七万元，与上年相比增加三千二百二十六万元。',
      '二、支出预算情况说明',
    ]);
    const joined = doc.blocks[1];
    expect(joined.kind === 'text' && joined.page).toBe(1);
    expect(joined.kind === 'text' && (joined.anchor as { more?: { page: number }[] }).more?.[0].page).toBe(2);
  });

  it('does not join across a page break after a full stop, nor into a table number', () => {
    // 江苏省政协办公厅2017年度部门预算公开表.pdf pp. 7–8: a note under 表七, then 表八 at the top of the next page.
    const doc = buildPdfDocument([
      page(1, [text('注：我单位无2017年政府性基金支出安排，与上年一致。', 80, 700)]),
      page(2, [text('表八', 80, 60), text('一般公共预算支出预算表', 200, 90)]),
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : 'TABLE'))).toEqual([
      '注：我单位无2017年政府性基金支出安排，与上年一致。',
      '表八',
      '一般公共预算支出预算表',
    ]);
  });

  it('flags a document whose pages are images without text as scanned', () => {
    const doc = buildPdfDocument([page(1, [], { imageCount: 1, charCount: 0 }), page(2, [], { imageCount: 1, charCount: 0 })]);
    expect(doc.scanned).toBe(true);
    expect(doc.blocks).toEqual([]);
  });

  it('does not flag a text document with an image title page', () => {
    // 江苏省政协办公厅2019年度部门预算.pdf: page 1 is a picture of the title, the rest is text.
    const doc = buildPdfDocument([
      page(1, [], { imageCount: 5, charCount: 0 }),
      page(2, [text('第一部分 部门概况', 80, 100)], { imageCount: 0, charCount: 8 }),
    ]);
    expect(doc.scanned).toBeUndefined();
  });

  it('takes the title from the metadata unless it is a placeholder, then from the first heading', () => {
    const pages = [
      page(1, [
        item('江苏省政协办公厅2019年度部门预算', 100, 100, 400, 22),
        text('正文第一段的文字写在这里，比标题长一些。', 112, 200),
        text('正文第二段的文字也写在这里，比标题长一些。', 112, 240),
      ]),
    ];
    expect(buildPdfDocument(pages, { title: '部门预算公开' }).title).toBe('部门预算公开');
    expect(buildPdfDocument(pages, { title: 'Untitled' }).title).toBe('江苏省政协办公厅2019年度部门预算');
  });
});
