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
  it('the Jiangsu provincial template (江苏省级部门预算公开报表): the same tables under 预算表 names', () => {
    expect(byTitle('收支预算总表')).toBe('T1');
    expect(byTitle('收入预算总表')).toBe('T2');
    expect(byTitle('支出预算总表')).toBe('T3');
    expect(byTitle('财政拨款收支预算总表')).toBe('T4');
    expect(byTitle('一般公共预算支出预算表（功能科目）')).toBe('T5');
    expect(byTitle('一般公共预算基本支出预算表（经济科目）')).toBe('T6');
    expect(byTitle('财政拨款政府性基金支出预算表')).toBe('T8');
    expect(byTitle('“三公”经费、会议费、培训费支出预算表（一般公共预算）')).toBe('T10');
    // 财政拨款 = 一般公共预算 + 政府性基金: not 表5/表6, which are the general budget's alone. No twin for the rest.
    expect(byTitle('财政拨款支出预算表（功能科目）')).toBeUndefined();
    expect(byTitle('财政拨款基本支出预算表（经济科目）')).toBeUndefined();
    expect(byTitle('一般公共预算机关运行经费支出预算表')).toBeUndefined();
    expect(byTitle('2019年政府采购预算表')).toBeUndefined();
  });
  it('lets the header veto a title: 表5 lists function classes, 表6 economic ones', () => {
    const jiangsuT5 = { title: '一般公共预算支出预算表', colPaths: [['功能科目编码'], ['功能科目名称'], ['金额']], kind: 'budget' as const };
    const jiangsuT6 = { title: '一般公共预算基本支出预算表', colPaths: [['科目编码'], ['科目名称'], ['金额']], kind: 'budget' as const };
    expect(classifyTable(jiangsuT5)).toBe('T5');
    expect(classifyTable(jiangsuT6)).toBe('T6');
    expect(classifyTable({ ...jiangsuT5, colPaths: [['经济科目编码'], ['经济科目名称'], ['金额']] })).toBeUndefined();
    expect(classifyTable({ ...jiangsuT5, title: '一般公共预算支出预算表（经济科目）' })).toBe('T5'); // the header wins
    expect(byTitle('一般公共预算支出预算表（经济科目）')).toBeUndefined();
    expect(classifyTable({ ...jiangsuT6, colPaths: [['功能分类科目编码'], ['功能分类科目名称'], ['合计']] })).toBeUndefined();
  });
  it('falls back on the header for a table without a title', () => {
    expect(classifyTable({ colPaths: [['项目'], ['因公出国（境）费']], kind: 'budget' })).toBe('T10');
    expect(classifyTable({ colPaths: [['项目'], ['金额']], kind: 'budget' })).toBeUndefined();
  });
  it('knows the 决算 tables by their 2024 names and their older ones (部门决算模板-2024.pdf; 2015–2019 templates)', () => {
    const cases: [string, string][] = [
      ['收入支出决算总表', 'F1'],
      ['部门收入决算表', 'F2'],
      ['收入决算表', 'F2'],
      ['支出决算表', 'F3'],
      ['财政拨款收入支出决算总表', 'F4'],
      ['一般公共预算财政拨款支出决算表', 'F5'],
      ['一般公共预算财政拨款支出决算明细表', 'F5'],
      ['一般公共预算财政拨款基本支出决算表', 'F6'],
      ['一般公共预算财政拨款基本支出决算明细表', 'F6'],
      ['财政拨款“三公”经费支出决算表', 'F7'],
      ['一般公共预算财政拨款“三公”经费支出决算表', 'F7'],
      ['政府性基金预算财政拨款收入支出决算表', 'F8'],
      ['政府性基金预算财政拨款支出决算表', 'F8'],
      ['国有资本经营预算财政拨款收入支出决算表', 'F9'],
      ['国有资本经营预算财政拨款支出决算表', 'F9'],
    ];
    for (const [title, standard] of cases) expect(byTitle(title), title).toBe(standard);
    // A 三公 table of a budget stays the budget's.
    expect(byTitle('财政拨款“三公”经费支出情况表')).toBe('T10');
  });
});
