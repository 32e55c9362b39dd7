/**
 * The viewer's saved-page pieces that need no browser: telling a PDF from a page (file-kind.ts) and making the page
 * inert (saved-page.ts, on linkedom's DOMParser). Decoding the bytes is lib/html-bytes.ts's, tested there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../entrypoints/pdf-viewer/file-kind.ts';
import { prepareSavedPage, SAVED_PAGE_CSP } from '../../entrypoints/pdf-viewer/saved-page.ts';
import { FIXTURES, ROOT } from './harness.ts';

const ascii = (s: string) => new TextEncoder().encode(s);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('fileKind', () => {
  const none = new Uint8Array();
  it('goes by the name first, then the type, then the first bytes', () => {
    expect(fileKind('2024年部门预算.PDF', '', none)).toBe('pdf');
    expect(fileKind('page.htm', '', none)).toBe('page');
    expect(fileKind('page.HTML', '', none)).toBe('page');
    expect(fileKind('download', 'text/html', none)).toBe('page');
    expect(fileKind('download.jsp', '', ascii('%PDF-1.7\n'))).toBe('pdf');
    expect(fileKind('download.jsp', '', ascii('\r\n  <!DOCTYPE html>'))).toBe('page');
    expect(fileKind('x', '', utf16('<html>', true))).toBe('page');
    expect(fileKind('x', '', utf16(' <html>', false))).toBe('page');
    expect(fileKind('budget.xlsx', '', ascii('PK\u0003\u0004'))).toBe('unknown');
    expect(fileKind('empty', '', none)).toBe('unknown');
  });
});

describe('prepareSavedPage', () => {
  const parser = new LinkedomParser() as unknown as DOMParser;
  const hostile = readFileSync(path.join(FIXTURES, 'saved-hostile.html'), 'utf8');

  it('puts the no-load CSP first in <head>, before anything that could load', () => {
    const { html } = prepareSavedPage(hostile, parser);
    const head = html.slice(html.indexOf('<head>'));
    const first = /^<head><meta\b[^>]*>/.exec(head)?.[0] ?? '';
    expect(first).toContain('http-equiv="Content-Security-Policy"');
    expect(first.match(/content="([^"]*)"/)?.[1]).toBe(SAVED_PAGE_CSP);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('removes scripts, handlers, javascript: links, <link>, the refresh and the page’s own <base>', () => {
    const { html } = prepareSavedPage(hostile, parser);
    expect(html).not.toMatch(/<script|<noscript|<link|http-equiv="refresh"|javascript:|__pwned|example\.com\/base/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // The table and the text stay as they were.
    expect(html).toContain('<td class="num" id="wrong-total">530.00</td>');
    expect(html).toContain('2024年一般公共预算支出520.00万元。');
  });

  it('removes every address the shown page would load but data: URLs (Firefox fetched srcset images past the CSP)', () => {
    const { html } = prepareSavedPage(hostile, parser);
    expect(html).not.toMatch(/missing\.png|x\.png|x2\.png|svg\.png|frame\.html|movie\.swf|poster\.png|clip\.mp4/);
    // Styles' url()s are left to the CSP; links stay links.
    expect(html).toContain('url(http://example.com/bg.png)');
    expect(html).toContain('alt="remote"');
    const sample = prepareSavedPage(
      [
        '<!DOCTYPE html><html><head><title>t</title></head><body>',
        '<img id="a" src="data:image/png;base64,AA" srcset="data:image/png;base64,AA 1x">',
        '<picture><source srcset="s.png 1x"><img id="b" src=" http://a.gov.cn/b.png" alt="b"></picture>',
        '<table background="t.png"><tr><td id="c" background="data:image/gif;base64,R0">1</td></tr></table>',
        '<input id="d" type="image" src="go.png"><iframe id="e" srcdoc="<img src=x.png>"></iframe>',
        '<svg><use id="f" href="#i"/><image id="g" href="i.png"/><a id="h" href="p.htm"><text>x</text></a></svg>',
        '<a id="i" href="x.htm">x</a>',
        '</body></html>',
      ].join(''),
      parser,
    ).html;
    expect(sample).toContain('<img id="a" src="data:image/png;base64,AA">');
    expect(sample).toContain('<source>');
    expect(sample).toContain('<img id="b" alt="b">');
    expect(sample).toContain('<table>');
    expect(sample).toContain('<td id="c" background="data:image/gif;base64,R0">');
    expect(sample).toContain('<input id="d" type="image">');
    expect(sample).toContain('<iframe id="e"></iframe>');
    expect(sample).toMatch(/<use id="f" href="#i"/);
    expect(sample).toMatch(/<image id="g"\s*\/?>/);
    expect(sample).toContain('<a id="h" href="p.htm">');
    expect(sample).toContain('<a id="i" href="x.htm">');
  });

  it('points relative links at the site the page was saved from, else at nothing', () => {
    const saved = prepareSavedPage(hostile, parser);
    expect(saved.savedFrom).toBe('http://czj.example.gov.cn/art/2024/budget.html');
    expect(saved.html).toContain('<base href="http://czj.example.gov.cn/art/2024/budget.html">');
    const plain = prepareSavedPage('<p>表1</p>', parser);
    expect(plain.savedFrom).toBeUndefined();
    expect(plain.html).toContain('<base href="about:blank">');
  });

  it('keeps a page without a doctype without one (Word HTML is laid out in quirks mode)', () => {
    const word = readFileSync(path.join(ROOT, 'test/fixtures/pages/002_985e1de26a38a1db.word.html'), 'utf8');
    expect(prepareSavedPage(word, parser).html.startsWith('<html')).toBe(true);
  });

  it('bases the shown page only on a web address from its saved-from comment', () => {
    const noted = (address: string) => `<!-- saved from url=(0022)${address} -->\n<html><body><a href="x.htm">x</a></body></html>`;
    expect(prepareSavedPage(noted('https://a.gov.cn/b.htm'), parser).savedFrom).toBe('https://a.gov.cn/b.htm');
    expect(prepareSavedPage(noted('file:///C:/b.htm'), parser).savedFrom).toBeUndefined();
    expect(prepareSavedPage(noted('javascript:alert(1)//x'), parser).html).toContain('<base href="about:blank">');
  });
});
