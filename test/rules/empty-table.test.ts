import { describe, expect, it } from 'vitest';
import { emptyTable } from '../../lib/rules/empty-table.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const rows = (value: string) => [
  ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
  ['', '', '', '合计', value, '', ''],
];

describe('empty-table', () => {
  it('notes a standard table with no number at all', () => {
    const grid = gridFromStrings({ title: '政府性基金预算支出情况表', headRows: 1, rows: rows('') });
    const [finding, ...rest] = runRules([grid], [emptyTable]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'empty-table', severity: 'info', kind: 'note', tableId: 't0' });
    expect(finding.message.startsWith('本表为空表')).toBe(true);
    expect(finding.messageEn.startsWith('The table is empty')).toBe(true);
  });

  it('is silent when the table holds a number, even 0.00, and on tables outside the standard set', () => {
    const zero = gridFromStrings({ title: '政府性基金预算支出情况表', headRows: 1, rows: rows('0.00') });
    const other = gridFromStrings({ title: '某某明细表', headRows: 1, rows: rows('') });
    expect(runRules([zero, { ...other, id: 't1', index: 1 }], [emptyTable]).findings).toEqual([]);
  });

  it('names exactly the seeds’ empty tables (seed-findings §2.1, §4.1, §6.1: the "empty" column)', () => {
    const empties = (seed: Parameters<typeof expectedGrids>[0]) =>
      runRules(expectedGrids(seed), [emptyTable]).findings.map((f) => f.tableTitle?.split(' ')[0]);
    expect(empties('000_d027ff157a76b55d')).toEqual(['表7', '表8']);
    expect(empties('002_985e1de26a38a1db')).toEqual(['表8', '表9', '表11']);
    expect(empties('004_fcad36837894980a')).toEqual(['表9', '表11']);
  });
});
