import { describe, expect, it } from 'vitest';
import { fixtureGrids, HOSTILE_TEXTS, hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { readMarkdownTable } from '../../test/export/read-markdown.ts';
import { markdownUrl, tableMarkdown } from './markdown.ts';
import { escapeMarkdown } from './markdown-text.ts';

describe('escapeMarkdown', () => {
  it('escapes what Markdown or HTML would act on and keeps Chinese text as is', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('行政\n运行')).toBe('行政<br>运行');
    expect(escapeMarkdown('一般公共服务支出（类）')).toBe('一般公共服务支出（类）');
  });
});

describe('tableMarkdown', () => {
  it('puts 表N, title and unit above the table and the source below', () => {
    const md = tableMarkdown(incomeTable(), { url: 'https://www.xjkz.gov.cn/x.html?a=1&b=2' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('### 表2 单位收入总体情况表');
    expect(md).toContain('\n编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室\n');
    expect(md).toContain('\n单位：万元\n');
    expect(md.trimEnd().split('\n').at(-1)).toBe('来源 Source: <https://www.xjkz.gov.cn/x.html?a=1&b=2>');
  });

  it('adds the unit line when the meta lines do not state it', () => {
    const grid = incomeTable();
    grid.meta = [];
    expect(tableMarkdown(grid)).toContain('\n单位：万元\n');
  });

  it('reads back: header from the column paths, body cells as printed, amounts right-aligned', () => {
    const { header, align, body } = readMarkdownTable(tableMarkdown(incomeTable()));
    expect(header).toEqual([
      '功能分类科目编码 / 类',
      '功能分类科目编码 / 款',
      '功能分类科目编码 / 项',
      '功能分类科目名称',
      '总 计',
      '财 政 拨 款 ( 补 助 ) / 财政拨款 (补助)小 计',
      '财 政 拨 款 ( 补 助 ) / 一般公共 预算',
      '单 位 资 金',
    ]);
    expect(align).toEqual(['---', '---', '---', '---', '---:', '---:', '---:', '---:']);
    expect(body).toHaveLength(6);
    expect(body[0]).toEqual(['201', '', '', '一般公共服务支出', '450.28', '353.26', '353.26', '97.02']);
    expect(body[4]).toEqual(['208', '', '', '社会保障和就业支出', '65.10', '65.10', '65.10', '-']);
  });

  it('keeps hostile text inert and every cell in its column', () => {
    const md = tableMarkdown(hostileTable());
    expect(md).not.toMatch(/<script>/);
    expect(md.split('\n')[0]).toBe('### 表3 支出 \\<b\\>总体\\</b\\> 情况表 "测试"');
    const { body } = readMarkdownTable(md);
    expect(body.map((r) => r.length)).toEqual(Array(11).fill(4));
    // A lone CR comes back as a line break: Markdown has one kind of <br>.
    expect(body.map((r) => r[1])).toEqual(HOSTILE_TEXTS.map((t) => t.trim().replace('\r', '\n')));
    expect(body.map((r) => r[2])).toEqual(['1,566.00', '-3.20', '（12.50）', '12.5%', '—', '', '12.3.4', '0.5', '1,234,567.89', '7', '100']);
  });

  it('writes an address that is not http(s) as plain text', () => {
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
  });

  it('repeats merged labels down the rows and writes a merged amount once', () => {
    const { header, body } = readMarkdownTable(tableMarkdown(performanceTable()));
    expect(header).toEqual(['', '', '', '', '', '']);
    expect(body[2]).toEqual(['项目资金 (万元)', '年度预算总额:', '90', '', '其中: 财政拨款', '90']);
    expect(body[5].slice(0, 2)).toEqual(['产出指标', '数量指标']);
    expect(body[6].slice(0, 4)).toEqual(['产出指标', '质量指标', '资金保障率', '=100%']);
  });

  it('round-trips the body of every fixture table', () => {
    for (const page of fixtureGrids()) {
      for (const grid of page.tables) {
        const { body } = readMarkdownTable(tableMarkdown(grid));
        expect(body).toHaveLength(grid.rows.length - grid.headRows);
        body.forEach((cells, i) => {
          const r = grid.headRows + i;
          cells.forEach((text, c) => {
            const cell = grid.rows[r][c];
            const origin = grid.rows[cell.originRow][cell.originCol];
            const covered = cell.originRow !== r || cell.originCol !== c;
            expect(text).toBe(covered && origin.value.kind === 'number' ? '' : origin.text.trim());
          });
        });
      }
    }
  });
});
