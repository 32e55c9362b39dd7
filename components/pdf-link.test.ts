import { describe, expect, it } from 'vitest';
import { isCheckableAttachment, isPdfAddress, originPattern, viewerPathFor, webUrl } from './pdf-link.ts';

describe('webUrl', () => {
  it('resolves a relative href against the page and keeps http(s) only', () => {
    expect(webUrl('/files/预算.pdf', 'http://czj.example.gov.cn/a/b.html')).toBe('http://czj.example.gov.cn/files/%E9%A2%84%E7%AE%97.pdf');
    expect(webUrl('javascript:alert(1)', 'http://a.gov.cn/')).toBeUndefined();
    expect(webUrl('file:///etc/passwd')).toBeUndefined();
    expect(webUrl('http://[bad')).toBeUndefined();
    expect(webUrl(undefined)).toBeUndefined();
  });
});

describe('isPdfAddress', () => {
  it('knows a PDF by the end of its path', () => {
    expect(isPdfAddress('http://czt.jiangsu.gov.cn/art/2019/2019%E5%B9%B4%E9%A2%84%E7%AE%97.PDF')).toBe(true);
    expect(isPdfAddress('https://a.gov.cn/x.pdf?download=1#page=3')).toBe(true);
    expect(isPdfAddress('https://a.gov.cn/x.pdf/view.html')).toBe(false);
    expect(isPdfAddress('https://a.gov.cn/download.jsp?file=x.pdf')).toBe(false);
    expect(isPdfAddress('file:///home/me/x.pdf')).toBe(false);
    expect(isPdfAddress('http://a.gov.cn/%E0%A4%A.pdf')).toBe(true);
    expect(isPdfAddress(undefined)).toBe(false);
  });
});

describe('viewerPathFor', () => {
  it('puts the whole address, encoded, into ?file=', () => {
    const path = viewerPathFor('http://a.gov.cn/x.pdf?a=1&b=2');
    expect(path).toBe('/pdf-viewer.html?file=http%3A%2F%2Fa.gov.cn%2Fx.pdf%3Fa%3D1%26b%3D2');
    expect(new URLSearchParams(path.split('?')[1]).get('file')).toBe('http://a.gov.cn/x.pdf?a=1&b=2');
  });
});

describe('originPattern', () => {
  it('grants one host, any path and port, for its scheme only', () => {
    expect(originPattern('http://news.example.com:8080/a/b.pdf')).toBe('http://news.example.com/*');
    expect(originPattern('https://czt.jiangsu.gov.cn/x.pdf')).toBe('https://czt.jiangsu.gov.cn/*');
    expect(originPattern('ftp://x.org/a.pdf')).toBeUndefined();
  });
});

describe('isCheckableAttachment', () => {
  it('checks PDFs only, for now', () => {
    expect(isCheckableAttachment('pdf')).toBe(true);
    for (const type of ['xls', 'xlsx', 'doc', 'docx', 'wps', 'et', 'ofd', 'zip', 'rar'] as const) {
      expect(isCheckableAttachment(type)).toBe(false);
    }
  });
});
