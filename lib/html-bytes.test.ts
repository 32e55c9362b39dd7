/** Decoding saved pages' bytes (lib/html-bytes.ts), as the CLI and the checker page both do. */
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, declaredCharset, savedFromUrl } from './html-bytes.ts';

/** TextEncoder only writes UTF-8, so GBK bytes are spelled out (as `iconv -t gbk` writes them). */
const GBK_BIAO1 = [0xb1, 0xed, 0x31]; // "表1"
const GBK_WANYUAN = [0xcd, 0xf2, 0xd4, 0xaa]; // "万元"

function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) out.push(...(typeof part === 'string' ? new TextEncoder().encode(part) : part));
  return new Uint8Array(out);
}

describe('decodeHtmlBytes', () => {
  it('decodes a GB2312 page declared with http-equiv (Word "Save as HTML" on Chinese Windows)', () => {
    const page = bytes('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p>', GBK_BIAO1, '</p></body></html>');
    expect(decodeHtmlBytes(page).text).toContain('<p>表1</p>');
  });
  it('decodes GBK and GB18030 declared with <meta charset>', () => {
    for (const label of ['gbk', 'GB18030', 'x-gbk']) {
      const page = bytes(`<meta charset="${label}"><p>`, GBK_WANYUAN, '</p>');
      expect(decodeHtmlBytes(page).text, label).toContain('<p>万元</p>');
    }
  });
  it('honours a byte-order mark over a declaration', () => {
    const page = bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk"><p>万元</p>');
    expect(decodeHtmlBytes(page).text).toBe('<meta charset="gbk"><p>万元</p>');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('<p>表</p>').flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodeHtmlBytes(le).text).toBe('<p>表</p>');
  });
  it('reads an undeclared page as UTF-8, or as GB18030 when it is not valid UTF-8', () => {
    expect(decodeHtmlBytes(bytes('<p>单位：万元</p>')).text).toBe('<p>单位：万元</p>');
    expect(decodeHtmlBytes(bytes('<p>', GBK_WANYUAN, '</p>')).text).toBe('<p>万元</p>');
  });
  it('reads a page that claims UTF-16 in an ASCII meta tag as UTF-8 (as browsers do)', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="utf-16"><p>万元</p>')).text).toBe('<meta charset="utf-16"><p>万元</p>');
  });
  it('falls back for an unknown label', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="no-such-charset"><p>万元</p>')).text).toBe('<meta charset="no-such-charset"><p>万元</p>');
  });
});

describe('declaredCharset', () => {
  it('finds the charset in either meta form, and nothing in a page without one', () => {
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe('gbk');
    expect(declaredCharset(bytes("<meta charset='utf-8'>"))).toBe('utf-8');
    expect(declaredCharset(bytes('<p>charset=gbk</p>'))).toBeUndefined();
  });
});

describe('savedFromUrl', () => {
  it('takes the address a browser noted when saving, and only a real address', () => {
    expect(savedFromUrl('<!-- saved from url=(0022)https://a.gov.cn/b.htm -->\n<html>')).toBe('https://a.gov.cn/b.htm');
    expect(savedFromUrl('<!-- saved from url=(0024)javascript:alert(1)//x -->')).toBeUndefined();
    expect(savedFromUrl('<html><!-- nothing noted -->')).toBeUndefined();
  });
});
