import { describe, expect, it } from 'vitest';
import { attachmentType } from './attachment-link.ts';

describe('attachmentType', () => {
  it('reads the extension of the href path', () => {
    expect(attachmentType('/files/2023部门预算.pdf', '下载')).toBe('pdf');
    expect(attachmentType('https://czj.example.gov.cn/a/b/附件1.XLSX?v=3#top', '附件1')).toBe('xlsx');
    expect(attachmentType('../doc/yusuan.xls', '')).toBe('xls');
    expect(attachmentType('yusuan.wps', '')).toBe('wps');
    expect(attachmentType('yusuan.ofd', '')).toBe('ofd');
    expect(attachmentType('/up/%E9%A2%84%E7%AE%97.docx', '')).toBe('docx');
  });
  it('reads a file name in the query string', () => {
    expect(attachmentType('/download.jsp?id=7&file=%E9%A2%84%E7%AE%97.rar', '下载')).toBe('rar');
  });
  it('falls back to the link text', () => {
    expect(attachmentType('/download?id=123', '2023年部门预算公开.pdf')).toBe('pdf');
    expect(attachmentType('javascript:void(0)', '部门预算表.xlsx（1.2MB）')).toBe('xlsx');
    expect(attachmentType('/getfile?id=9', '部门预算公开 [PDF]')).toBe('pdf');
  });
  it('does not take a host name for an extension (.et is Ethiopia)', () => {
    expect(attachmentType('https://www.gov.et/', '首页')).toBeUndefined();
    expect(attachmentType('https://www.gov.et', '首页')).toBeUndefined();
  });
  it('ignores ordinary pages and mail links', () => {
    expect(attachmentType('/news/2023/0120.html', '2023年部门预算公开')).toBeUndefined();
    expect(attachmentType('mailto:someone@example.com?subject=x.pdf', '联系我们')).toBeUndefined();
    expect(attachmentType('/a.pdf.html', '')).toBeUndefined();
  });
});
