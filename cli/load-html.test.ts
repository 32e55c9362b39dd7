import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml, withHtmlAndBody } from './load-html.ts';

const PAGES = new URL('../test/fixtures/pages/', import.meta.url);


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
