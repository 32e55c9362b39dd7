/** Decoding saved pages' bytes (lib/html-bytes.ts), as the CLI and the checker page both do. */
import { readFileSync } from 'node:fs';
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

const ascii = (s: string) => new TextEncoder().encode(s);
const BROWSER_FIXTURES = new URL('../test/fixtures/browser/', import.meta.url);
const SUM_ERROR = readFileSync(new URL('sum-error.html', BROWSER_FIXTURES));
/** sum-error.html with its meta tag changed to charset=gb2312, converted once with `iconv -f UTF-8 -t GBK`. */
const GBK = readFileSync(new URL('saved-gbk.html', BROWSER_FIXTURES));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeHtmlBytes on saved pages', () => {
  it('reads a GBK page by its meta http-equiv charset=gb2312, as the original UTF-8 page reads', () => {
    // The fixture really is GBK: 表 is B1 ED there, E8 A1 A8 in UTF-8.
    expect(GBK.includes(Buffer.from([0xb1, 0xed]))).toBe(true);
    expect(GBK.includes(Buffer.from('表', 'utf8'))).toBe(false);
    const decoded = decodeHtmlBytes(GBK);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(
      SUM_ERROR.toString('utf8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
    );
  });

  it('reads an undeclared GBK page as GB18030 (it is not valid UTF-8)', () => {
    const undeclared = Buffer.from(GBK.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
    const decoded = decodeHtmlBytes(undeclared);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('表5 一般公共预算支出情况表');
  });

  it('follows a byte-order mark before any meta tag (Word "Save as HTML", Unicode)', () => {
    const page = '<html><head><meta charset="gb2312"><title>部门预算</title></head><body>表1 收支总表</body></html>';
    expect(decodeHtmlBytes(utf16(page, true))).toEqual({ text: page, encoding: 'utf-16le' });
    expect(decodeHtmlBytes(utf16(page, false))).toEqual({ text: page, encoding: 'utf-16be' });
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<p>')]);
    expect(decodeHtmlBytes(bom8)).toEqual({ text: '<p>', encoding: 'utf-8' });
  });

  it('reads <meta charset>, <meta http-equiv> and quoted forms, and ignores an unknown label', () => {
    expect(declaredCharset(ascii('<meta charset=GBK>'))).toBe('gbk');
    expect(declaredCharset(ascii(`<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset="GB2312"'>`))).toBe('gb2312');
    expect(declaredCharset(ascii('<meta name=x><meta charset="utf-8">'))).toBe('utf-8');
    expect(declaredCharset(ascii('<p>charset=gbk</p>'))).toBeUndefined();
    expect(decodeHtmlBytes(ascii('<meta charset="x-no-such">é')).encoding).toBe('utf-8');
    // A page declaring UTF-16 whose meta tag could be read as ASCII is not UTF-16 (HTML spec).
    expect(decodeHtmlBytes(ascii('<meta charset="utf-16"><p>a')).encoding).toBe('utf-8');
  });

});
