import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, declaredCharset, loadHtml, withHtmlAndBody } from './load-html.ts';

const PAGES = new URL('../test/fixtures/pages/', import.meta.url);

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
    expect(decodeHtmlBytes(page)).toContain('<p>表1</p>');
  });
  it('decodes GBK and GB18030 declared with <meta charset>', () => {
    for (const label of ['gbk', 'GB18030', 'x-gbk']) {
      const page = bytes(`<meta charset="${label}"><p>`, GBK_WANYUAN, '</p>');
      expect(decodeHtmlBytes(page), label).toContain('<p>万元</p>');
    }
  });
  it('honours a byte-order mark over a declaration', () => {
    const page = bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk"><p>万元</p>');
    expect(decodeHtmlBytes(page)).toBe('<meta charset="gbk"><p>万元</p>');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('<p>表</p>').flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodeHtmlBytes(le)).toBe('<p>表</p>');
  });
  it('reads an undeclared page as UTF-8, or as GB18030 when it is not valid UTF-8', () => {
    expect(decodeHtmlBytes(bytes('<p>单位：万元</p>'))).toBe('<p>单位：万元</p>');
    expect(decodeHtmlBytes(bytes('<p>', GBK_WANYUAN, '</p>'))).toBe('<p>万元</p>');
  });
  it('reads a page that claims UTF-16 in an ASCII meta tag as UTF-8 (as browsers do)', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="utf-16"><p>万元</p>'))).toBe('<meta charset="utf-16"><p>万元</p>');
  });
  it('falls back for an unknown label', () => {
    expect(decodeHtmlBytes(bytes('<meta charset="no-such-charset"><p>万元</p>'))).toBe('<meta charset="no-such-charset"><p>万元</p>');
  });
});

describe('declaredCharset', () => {
  it('finds the charset in either meta form, and nothing in a page without one', () => {
    expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe('gbk');
    expect(declaredCharset(bytes("<meta charset='utf-8'>"))).toBe('utf-8');
    expect(declaredCharset(bytes('<p>charset=gbk</p>'))).toBeUndefined();
  });
});

describe('withHtmlAndBody', () => {
  it('adds what a browser parser adds', () => {
    expect(withHtmlAndBody('<table><tr><td>1</td></tr></table>')).toBe('<html><body><table><tr><td>1</td></tr></table></body></html>');
    expect(withHtmlAndBody('<head><title>t</title></head><p>a</p>')).toBe('<html><head><title>t</title></head><body><p>a</p></body></html>');
    expect(withHtmlAndBody('<body><p>a</p></body>')).toBe('<html><body><p>a</p></body></html>');
    const full = '<html><body><p>a</p></body></html>';
    expect(withHtmlAndBody(full)).toBe(full);
  });
});

describe('loadHtml', () => {
  it('reads a fragment that is only a table', () => {
    const doc = loadHtml('<table><tr><td>合计</td><td>1.00</td></tr></table>');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].kind).toBe('table');
  });

  it('copes with Word "Save as HTML" markup: conditional comments, unquoted attributes, o:p, <![if]> lists', () => {
    const doc = loadHtml(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
      <meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>某局预算</title>
      <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties></xml><![endif]-->
      </head><body lang=ZH-CN><div class=WordSection1>
      <p class=MsoListParagraph><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>主要职能<o:p></o:p></p>
      <p class=MsoNormal align=left style='text-align:left'><span style='font-size:12.0pt'>表1<o:p></o:p></span></p>
      <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
       <tr style='mso-yfti-irow:0'><td width=200 colspan=2 valign=middle><p class=MsoNormal align=center><span>收 入<o:p></o:p></span></p></td></tr>
       <tr><td width=146 valign=top><p class=MsoNormal>合计</p></td><td width=54><p class=MsoNormal>&nbsp;<o:p></o:p></p></td></tr>
      </table></div></body></html>`);
      expect(doc.title).toBe('某局预算');
      expect(doc.blocks.map((b) => (b.kind === 'text' ? b.text : 'TABLE'))).toEqual(['1. 主要职能', '表1', 'TABLE']);
      const table = doc.blocks[2];
      expect(table.kind === 'table' && table.table.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan]))).toEqual([
        [['收 入', 2]],
        [
          ['合计', 1],
          ['', 1],
        ],
      ]);
    });

  it('takes the address a browser recorded when saving the page, for the url and for relative links', () => {
    const doc = loadHtml('<!-- saved from url=(0046)https://czj.example.gov.cn/yjsgk/2023/a.html -->\n<html><body><a href="f.pdf">附件</a></body></html>', 'a.html');
    expect(doc.url).toBe('https://czj.example.gov.cn/yjsgk/2023/a.html');
    expect(doc.attachments).toEqual([{ href: 'https://czj.example.gov.cn/yjsgk/2023/f.pdf', text: '附件', type: 'pdf' }]);
  });

  it('uses the file name as the url of a page saved without its address, and keeps relative links as written', () => {
    const doc = loadHtml('<html><body><a href="f.pdf">附件</a></body></html>', 'saved/page.html');
    expect(doc.url).toBe('saved/page.html');
    expect(doc.attachments[0].href).toBe('f.pdf');
  });

  it('reads the Word fixture page of seed 000: 14 <table> pieces, the document title, no attachments', () => {
    const html = readFileSync(new URL('000_d027ff157a76b55d.word.html', PAGES), 'utf8');
    const doc = loadHtml(html, '000.word.html');
    expect(doc.title).toBe('克孜勒苏柯尔克孜自治州人民政府外事办公室2023年单位预算公开');
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(14);
    expect(doc.attachments).toEqual([]);
  });
});
