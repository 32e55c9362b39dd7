import { describe, expect, it } from 'vitest';
import { classifyTable } from './standard-table.ts';

const byTitle = (title: string) => classifyTable({ title, colPaths: [], kind: 'budget' });

describe('classifyTable', () => {
  it('recognises the seed titles and their variants', () => {
    expect(byTitle('单位收支总体情况表')).toBe('T1');
    expect(byTitle('部门（单位）收支总体情况表')).toBe('T1');
    expect(byTitle('部门收入总体情况表')).toBe('T2');
    expect(byTitle('部门(单位)支出总体情况表')).toBe('T3');
    expect(byTitle('财政拨款收支预算总体情况表')).toBe('T4');
    expect(byTitle('财政拨款收支总表')).toBe('T4');
    expect(byTitle('一般公共预算支出情况表')).toBe('T5');
    expect(byTitle('一般公共预算基本支出情况表')).toBe('T6');
    expect(byTitle('一般公共预算项目支出情况表')).toBe('T7');
    expect(byTitle('政府性基金预算支出情况表')).toBe('T8');
    expect(byTitle('国有资本经营预算支出情况表')).toBe('T9');
    expect(byTitle('财政拨款“三公”经费支出情况表')).toBe('T10');
    expect(byTitle('上年结转结余情况明细表')).toBe('T11');
    expect(byTitle('项目支出绩效目标表')).toBe('T12-project');
    expect(byTitle('部门整体绩效目标表')).toBe('T12-overall');
  });
  it('national-template names', () => {
    expect(byTitle('部门收支总表')).toBe('T1');
    expect(byTitle('一般公共预算财政拨款支出表')).toBe('T5');
    expect(byTitle('政府采购预算表')).toBeUndefined();
    expect(byTitle('一般公共预算财政拨款基本支出表')).toBe('T6');
  });
  it('falls back on the header for a table without a title', () => {
    expect(classifyTable({ colPaths: [['项目'], ['因公出国（境）费']], kind: 'budget' })).toBe('T10');
    expect(classifyTable({ colPaths: [['项目'], ['金额']], kind: 'budget' })).toBeUndefined();
  });
});
