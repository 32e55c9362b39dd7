import { describe, expect, it } from 'vitest';
import { subjectKey } from './subjects.ts';

describe('subjectKey', () => {
  it('Jiangsu names each part of the budget with 收入预算/支出预算: the part is meant, not the total', () => {
    // 江苏省政协办公厅2019年度部门预算.pdf, 一、收支预算总体情况 and 六–八.
    expect(subjectKey('(一)收入预算总计', 'overview')).toBe('total@all');
    expect(subjectKey('1.财政拨款收入预算总计', 'overview')).toBe('fiscal-total');
    expect(subjectKey('(1)一般公共预算收入预算', 'overview')).toBe('gp-total');
    expect(subjectKey('(2)政府性基金收入预算', 'overview')).toBe('fund');
    expect(subjectKey('2.财政专户管理资金收入预算总计', 'overview')).toBe('special-account');
    expect(subjectKey('3.其他资金收入预算总计', 'overview')).toBe('other-funds');
    expect(subjectKey('江苏省政协办公厅2019年政府性基金支出预算支出', 'fund')).toBe('fund');
    expect(subjectKey('2019年度政府采购支出预算总额', 'expenditure')).toBe('procurement');
    expect(subjectKey('江苏省政协办公厅2019年度一般公共预算拨款安排的会议费预算支出', 'sangong')).toBe('meeting');
    expect(subjectKey('江苏省政协办公厅2019年度一般公共预算拨款安排的培训费预算支出', 'sangong')).toBe('training');
  });

  it('基本支出 in 一 收支总体 is all funds, as in 三 支出 (6,522.75 there, 6,442.75 in 六 for 财政拨款)', () => {
    expect(subjectKey('基本支出', 'overview')).toBe('basic@all');
    expect(subjectKey('基本支出', 'expenditure')).toBe('basic@all');
    expect(subjectKey('江苏省政协办公厅2019年度财政拨款基本支出预算', 'basic')).toBe('basic@gp');
  });

  it('keeps the seeds’ names', () => {
    expect(subjectKey('收入预算', 'overview')).toBe('total@all');
    expect(subjectKey('一般公共预算拨款合计', 'gp')).toBe('gp-total');
    expect(subjectKey('基本支出', 'gp')).toBe('basic@gp');
  });
});
