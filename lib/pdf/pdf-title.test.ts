import { describe, expect, it } from 'vitest';
import { cleanPdfTitle } from './pdf-title.ts';

describe('cleanPdfTitle', () => {
  it('decodes a GBK Title that pdf.js returns as hex, and drops the producer and the extension', () => {
    // The Titles of 江苏省委办公厅2019年度部门预算公开文件.pdf and 江苏省委办公厅2018年度部门预算公开表.pdf.
    expect(
      cleanPdfTitle(
        '<4D6963726F736F667420576F7264202D20BDADCBD5CAA1CEAFB0ECB9ABCCFC32303139C4EAB6C8B2BFC3C5D4A4CBE3B9ABBFAACEC4BCFE>',
      ),
    ).toBe('江苏省委办公厅2019年度部门预算公开文件');
    expect(cleanPdfTitle('<BDADCBD5CAA1CEAFB0ECB9ABCCFC32303138C4EAB6C8D4A4CBE3B9ABBFAAB1ED2E786C73>')).toBe(
      '江苏省委办公厅2018年度预算公开表',
    );
  });

  it('keeps a real title as it is', () => {
    expect(cleanPdfTitle('江苏省政协办公厅2015年度部门预算')).toBe('江苏省政协办公厅2015年度部门预算');
  });

  it('gives nothing for placeholders and undecodable bytes', () => {
    expect(cleanPdfTitle(undefined)).toBeUndefined();
    expect(cleanPdfTitle('Untitled')).toBeUndefined();
    expect(cleanPdfTitle('Microsoft Word - 新建 Microsoft Word 文档.docx')).toBeUndefined();
    expect(cleanPdfTitle('<FFFE00>')).toBeUndefined();
  });
});
