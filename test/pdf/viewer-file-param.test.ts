import { describe, expect, it } from 'vitest';
import { pdfDisplayName, pdfUrlFromQuery } from '../../entrypoints/pdf-viewer/file-param.ts';

describe('pdfUrlFromQuery', () => {
  it('accepts an http(s) address', () => {
    const url = pdfUrlFromQuery(`?file=${encodeURIComponent('http://czt.jiangsu.gov.cn/art/2019/预算.pdf')}`);
    expect(url?.href).toBe('http://czt.jiangsu.gov.cn/art/2019/%E9%A2%84%E7%AE%97.pdf');
  });

  it('refuses other schemes and garbage', () => {
    for (const file of ['file:///etc/passwd', 'javascript:alert(1)', 'data:application/pdf;base64,JVBE', 'chrome-extension://x/a.pdf', 'not a url']) {
      expect(pdfUrlFromQuery(`?file=${encodeURIComponent(file)}`)).toBeNull();
    }
    expect(pdfUrlFromQuery('')).toBeNull();
  });
});

describe('pdfDisplayName', () => {
  it('shows the decoded file name', () => {
    expect(pdfDisplayName(new URL('http://a.gov.cn/x/%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf?t=1'))).toBe('预算公开.pdf');
    expect(pdfDisplayName(new URL('http://a.gov.cn/'))).toBe('a.gov.cn');
  });
});
