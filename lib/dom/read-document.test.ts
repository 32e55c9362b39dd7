/**
 * readDocument against two DOM implementations: linkedom (what the CLI uses) and happy-dom (closer to a browser: its
 * parser inserts <tbody> and knows the page URL). The same page must read the same way in both.
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block, RawTable } from '../model.ts';
import { readDocument } from './read-document.ts';

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

const DOMS = {
  // linkedom keeps the tree as written: the test pages give it the <html> a browser would add.
  linkedom: (html: string) => parseHTML(html.includes('<html') ? html : `<html>${html}</html>`).document as unknown as Document,
  'happy-dom': (html: string) => {
    const w = new Window({ url: 'https://czj.example.gov.cn/yjsgk/2023/index.html' });
    windows.push(w);
    w.document.write(html);
    return w.document as unknown as Document;
  },
};

const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'text' ? b.text : `[table ${b.table.rows.length}]`));
const tableOf = (blocks: Block[], i = 0): RawTable => blocks.filter((b) => b.kind === 'table').map((b) => b.table)[i];
const cellTexts = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => c.text));

for (const [name, parse] of Object.entries(DOMS)) {
  describe(`readDocument (${name})`, () => {
    it('emits paragraphs, headings, list items and divs with their own text, in reading order', () => {
      const doc = parse(`<html><head><title> 某局2023年部门预算公开 </title></head><body>
        <h2>第二部分  预算公开表</h2>
        <div class="wrap"><p>表1</p><p>部门收支<b>总体</b>情况表</p>direct text<ul><li>一</li><li>二</li></ul></div>
        <p>\u00a0</p>
        <p>第一行<br>第二行</p>
        <p>source
           wrapped line</p>
      </body></html>`);
      const raw = readDocument(doc);
      expect(raw.title).toBe('某局2023年部门预算公开');
      expect(texts(raw.blocks)).toEqual(['第二部分 预算公开表', '表1', '部门收支总体情况表', 'direct text', '一', '二', '第一行\n第二行', 'source wrapped line']);
      expect(raw.blocks[0]).toMatchObject({ kind: 'text', heading: true });
      expect(raw.blocks[1]).not.toHaveProperty('heading');
      const anchor = (raw.blocks[2] as { anchor: Element }).anchor;
      expect(anchor.tagName.toLowerCase()).toBe('p');
      expect((raw.blocks[3] as { anchor: Element }).anchor.getAttribute('class')).toBe('wrap');
    });

    it('skips script, style, noscript, template and hidden elements', () => {
      const doc = parse(`<body><script>var x = "表1";</script><style>p{}</style><noscript>请启用脚本</noscript>
        <template><p>模板</p></template><p hidden>隐藏</p><div style="display: none"><p>也隐藏</p></div>
        <p>可见<span style='mso-hide:all'>Word 隐藏文字</span></p>
        <table hidden><tr><td>1.00</td></tr></table></body>`);
      const raw = readDocument(doc);
      expect(texts(raw.blocks)).toEqual(['可见']);
    });

    it('reads a table: cell text with line breaks, spans, header hints, sections and anchors', () => {
      const doc = parse(`<body><table id="t">
        <caption>表2 部门收入总体情况表<br>单位：万元</caption>
        <tfoot><tr><td>合计</td><td>9.00</td></tr></tfoot>
        <thead><tr><th colspan="2">收入</th></tr></thead>
        <tbody>
          <tr><td rowspan="0"><p class=MsoNormal>一般公共<o:p></o:p></p><p>预算</p></td><td>\u00a0</td></tr>
          <tr><td colspan="0">x</td><td rowspan="abc" colspan=" 3px">y</td><td colspan="5000">z</td></tr>
        </tbody></table></body>`);
      const t = tableOf(readDocument(doc).blocks);
      expect(t.caption).toBe('表2 部门收入总体情况表\n单位：万元');
      expect(t.depth).toBe(0);
      expect((t.anchor as Element).getAttribute('id')).toBe('t');
      // <thead> first and <tfoot> last, wherever they stand in the source.
      expect(cellTexts(t)).toEqual([['收入'], ['一般公共\n预算', ''], ['x', 'y', 'z'], ['合计', '9.00']]);
      expect(t.rows.map((r) => r.section)).toEqual(['thead', 'tbody', 'tbody', 'tfoot']);
      expect(t.rows[0].cells[0]).toMatchObject({ colSpan: 2, rowSpan: 1, header: true });
      expect(t.rows[1].cells[0]).toMatchObject({ rowSpan: 0, colSpan: 1, header: false });
      expect(t.rows[2].cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([
        [1, 1],
        [1, 3],
        [1, 1000],
      ]);
      expect((t.rows[2].anchor as Element).tagName.toLowerCase()).toBe('tr');
      expect((t.rows[2].cells[1].anchor as Element).textContent).toBe('y');
    });

    it('walks into a layout table: its cells become text, its inner tables are emitted in order', () => {
      const doc = parse(`<body><p>页头</p><table class="layout"><tr><td>
        <p>表1</p><p>收支总体情况表</p><table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr></table>
        </td><td>侧栏<table><tr><td>导航</td></tr></table></td></tr></table><p>页脚</p></body>`);
      const raw = readDocument(doc);
      expect(texts(raw.blocks)).toEqual(['页头', '表1', '收支总体情况表', '[table 2]', '侧栏', '[table 1]', '页脚']);
      expect(tableOf(raw.blocks, 0).depth).toBe(1);
      expect(cellTexts(tableOf(raw.blocks, 0))).toEqual([
        ['项目', '金额'],
        ['合计', '1.00'],
      ]);
    });

    it('collects attachment links, in tables too, once each, resolved against the page address', () => {
      const doc = parse(`<body><p>附件：<a href="/up/2023部门预算.pdf">2023年部门预算</a></p>
        <table><tr><td><a href="files/tables.xlsx">预算表格</a></td><td><a href="/up/2023部门预算.pdf">同一文件</a></td></tr></table>
        <a href="download.jsp?id=3">部门预算说明.docx</a><a href="/news/1.html">新闻</a><a>no href</a></body>`);
      const raw = readDocument(doc, { url: 'https://czj.example.gov.cn/yjsgk/2023/index.html' });
      expect(raw.url).toBe('https://czj.example.gov.cn/yjsgk/2023/index.html');
      expect(raw.attachments).toEqual([
        { href: 'https://czj.example.gov.cn/up/2023%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf', text: '2023年部门预算', type: 'pdf' },
        { href: 'https://czj.example.gov.cn/yjsgk/2023/files/tables.xlsx', text: '预算表格', type: 'xlsx' },
        { href: 'https://czj.example.gov.cn/yjsgk/2023/download.jsp?id=3', text: '部门预算说明.docx', type: 'docx' },
      ]);
    });

    it('falls back to the first h1 for a title', () => {
      expect(readDocument(parse('<body><h1>某局 预算</h1></body>')).title).toBe('某局 预算');
    });
  });
}

describe('readDocument on odd trees (linkedom)', () => {
  it('reads the content when a parser left <body> empty beside it', () => {
    const doc = parseHTML('<html><head><title>t</title></head><p>正文</p></html>').document as unknown as Document;
    expect(texts(readDocument(doc).blocks)).toEqual(['正文']);
  });

  // happy-dom's own parser and teardown recurse and overflow at this depth, so the walk is tested on linkedom alone.
  it('survives a page nested ten thousand elements deep', () => {
    const depth = 10_000;
    const doc = DOMS.linkedom(`<body>${'<div>'.repeat(depth)}深处${'</div>'.repeat(depth)}</body>`);
    expect(texts(readDocument(doc).blocks)).toEqual(['深处']);
  });
});

describe('layout tables in broken markup (linkedom keeps them as written)', () => {
  it('takes a table with a table straight inside it (no cell between) for layout', () => {
    const doc = parseHTML('<html><body><table><tr><td>外</td></tr><table><tr><td>合计</td><td>1.00</td></tr></table></table></body></html>')
      .document as unknown as Document;
    const raw = readDocument(doc);
    expect(texts(raw.blocks)).toEqual(['外', '[table 1]']);
    expect(tableOf(raw.blocks).depth).toBe(1);
  });

  it('lists a link once when a layout table was first read as data', () => {
    const doc = parseHTML(
      '<html><body><table><tr><td><a href="/a.pdf">附件</a></td></tr><tr><td><table><tr><td>x</td></tr></table></td></tr></table></body></html>',
    ).document as unknown as Document;
    expect(readDocument(doc).attachments).toEqual([{ href: '/a.pdf', text: '附件', type: 'pdf' }]);
  });
});
