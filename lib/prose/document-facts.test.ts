import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../model.ts';
import { basisOf, documentBasis, documentYear, namesPriorYear } from './document-facts.ts';

const doc = (title: string, ...texts: string[]): RawDocument => ({ title, attachments: [], blocks: texts.map((text) => ({ kind: 'text', text })) });

describe('documentYear', () => {
  it('trusts the text over a metadata title left over from a template', () => {
    // 江苏省政协办公厅2017年度部门预算.pdf calls itself 2015 in its metadata.
    expect(documentYear(doc('江苏省政协办公厅2015年度部门预算', '江苏省政协办公厅 2017 年度部门预算', '第二部分 2017 年度部门预算表'))).toBe(2017);
    expect(documentYear(doc('某局2024年度部门决算'))).toBe(2024);
    // Full-width digits, as a Chinese input method types them.
    expect(documentYear(doc('', '江苏省政协办公厅 ２０１７ 年度部门预算'))).toBe(2017);
    expect(documentYear(doc('某局２０２４年度部门决算'))).toBe(2024);
    // A year in Chinese numerals.
    expect(documentYear(doc('', '江苏省政协办公厅二〇一七年度部门预算'))).toBe(2017);
    // A title set in spaced-out characters.
    expect(documentYear(doc('', '江 苏 省 政 协 办 公 厅 2017 年 度 部 门 预 算'))).toBe(2017);
  });
});

describe('documentBasis', () => {
  it('counts what names the document and its tables, not every 预算 (一般公共预算 is a fund, 年初预算 a column)', () => {
    expect(documentBasis(doc('', '某局 2024 年度部门决算', '一般公共预算财政拨款支出决算表', '年初预算为 10 万元'))).toBe('actual');
    expect(documentBasis(doc('', '某办公厅 2019 年度部门预算公开', '收支预算总表', '一般公共预算支出预算表'))).toBe('budget');
  });
});

describe('namesPriorYear', () => {
  it.each([
    ['上年预算数为', true],
    ['2016年度部门支出预算安排为', true],
    ['去年', true],
    ['与上年相比', false],
    ['比上年预算', false],
    ['二、上年结转结余', false],
    ['上年结余资金', false],
    ['2017年度部门预算', false],
  ])('%s → %s (a 2017 document)', (label, prior) => {
    expect(namesPriorYear(label, 2017)).toBe(prior);
  });
});

describe('basisOf', () => {
  it('reads 决算 as the outcome and 年初预算 / 预算数 as the budget; anything else says neither', () => {
    expect([basisOf('支出决算为'), basisOf('年初预算为'), basisOf('预算数为'), basisOf('一般公共预算财政拨款支出')]).toEqual(['actual', 'budget', 'budget', undefined]);
  });
});
