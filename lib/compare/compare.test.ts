/**
 * The comparison on synthetic documents written as real ones are, each class in both directions: the consistent
 * pair gives nothing, the same pair with one figure changed gives the finding, with the verdict the readings allow.
 * Every figure below is worked out by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { documentSets } from '../documents/sets.ts';
import type { Block, RawDocument } from '../model.ts';
import { compareDocuments } from './compare.ts';
import { pairDocuments } from './pairs.ts';
import { type Side, sideOf } from './side.ts';
import { tableBlock as table, textBlock as text } from '../../test/helpers/raw-blocks.ts';

const doc = (...blocks: Block[]): RawDocument => ({ title: '', attachments: [], blocks });
const side = (source: string, raw: RawDocument): Side => sideOf(documentSets([{ source, raw }])[0]);

/** Last year's budget, as its text states it. */
const budget2018 = (basic = '10,403.11') =>
  doc(
    text('江苏省某某厅2018年度部门预算公开'),
    text('一、收支预算总体情况说明'),
    text(`江苏省某某厅2018年度收入、支出预算总计24,458.43万元。基本支出预算数为${basic}万元。`),
    text('九、一般公共预算“三公”经费支出预算情况说明'),
    text('因公出国（境）费预算支出70万元。'),
  );

/** This year's, restating last year's through its changes. */
const budget2019 = (sentence: string, more: Block[] = []) =>
  doc(text('江苏省某某厅2019年度部门预算公开'), text('一、收支预算总体情况说明'), text(sentence), ...more);

const flagged = (old: Side, neu: Side) =>
  compareDocuments(old, neu, 'year')
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.severity, f.stated, f.expected]);

describe('a prior year implied by a change (C − A)', () => {
  // 27,664.22 − 3,205.79 = 24,458.43, last year's total as published; 3,205.79 ÷ 24,458.43 = 13.1071% → 13.11%.
  const sentence = (total: string, rate: string) =>
    `江苏省某某厅2019年度收入、支出预算总计${total}万元，与上年相比增加3,205.79万元，增长${rate}%。`;

  it('matches last year’s figure: compared, nothing to report', () => {
    const result = compareDocuments(side('2018.pdf', budget2018()), side('2019.pdf', budget2019(sentence('27,664.22', '13.11'))), 'year');
    expect(result.checks.map((c) => [c.what, c.restated, c.published, c.consistent])).toEqual([
      ['figure', '24458.43', '24458.43', true],
      ['rate', '13.11%', '13.11%', true],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('a restated baseline is a warning; the rate that follows it only from the new text, a warning too', () => {
    // 27,764.22 − 3,205.79 = 24,558.43 ≠ 24,458.43 published (diff 100.00): the baseline moved. The rate is written
    // to fit the new text: 3,205.79 ÷ 24,558.43 = 13.0538% → 13.05%; from both documents it is
    // (27,764.22 − 24,458.43) ÷ 24,458.43 = 3,305.79 ÷ 24,458.43 = 13.5160% → 13.52%.
    const result = flagged(side('2018.pdf', budget2018()), side('2019.pdf', budget2019(sentence('27,764.22', '13.05'))));
    expect(result).toEqual([
      ['compare-prior', 'warning', '24558.43', '24458.43'],
      ['compare-rate', 'warning', '13.05%', '13.52%'],
    ]);
  });

  it('a rate wrong under both documents’ figures is an error', () => {
    // 3,205.79 ÷ 24,458.43 = 13.11%, by either year's figure; 14.11% fits neither.
    const result = flagged(side('2018.pdf', budget2018()), side('2019.pdf', budget2019(sentence('27,664.22', '14.11'))));
    expect(result).toEqual([['compare-rate', 'error', '14.11%', '13.11%']]);
  });
});

describe('a figure said to be the same as last year’s', () => {
  it.each(['与上年预算数一致', '与上年相比无变化', '与上年持平'])('“%s”: last year’s is this one', (words) => {
    const neu = side('2019.pdf', budget2019(`因公出国（境）费预算支出70万元，${words}。`));
    expect(flagged(side('2018.pdf', budget2018()), neu)).toEqual([]);
    // 80 said to equal last year's 70: the baseline differs by 10.
    const changed = side('2019.pdf', budget2019(`因公出国（境）费预算支出80万元，${words}。`));
    expect(flagged(side('2018.pdf', budget2018()), changed)).toEqual([['compare-prior', 'warning', '80', '70']]);
  });
});

describe('a 上年 column, line by line, by 科目编码', () => {
  const oldTable = (name: string) =>
    doc(
      text('江苏省某某厅2018年度部门预算'),
      text('一般公共预算支出预算表'),
      text('单位：万元'),
      table([
        ['科目编码', '科目名称', '金额'],
        ['207', name, '50.00'],
        ['20701', '文化和旅游', '50.00'],
        ['', '合计', '50.00'],
      ]),
    );
  const newTable = (prior: string) =>
    doc(
      text('江苏省某某厅2019年度部门预算'),
      text('一般公共预算支出预算表'),
      text('单位：万元'),
      table([
        ['科目编码', '科目名称', '金额', '上年预算数'],
        ['207', '文化旅游体育与传媒支出', '60.00', prior],
        ['20701', '文化和旅游', '60.00', prior],
        ['', '合计', '60.00', prior],
      ]),
    );

  it('matches the line of the same code, and notes the rename', () => {
    const result = compareDocuments(side('2018.pdf', oldTable('文化体育与传媒支出')), side('2019.pdf', newTable('50.00')), 'year');
    expect(result.findings.map((f) => [f.rule, f.severity, f.old.rowLabel, f.new.rowLabel])).toEqual([
      ['compare-renamed', 'info', '文化体育与传媒支出', '文化旅游体育与传媒支出'],
    ]);
    expect(result.checks.filter((c) => c.consistent)).toHaveLength(3);
  });

  it('a 上年 figure that differs from last year’s table is a warning, at both places', () => {
    const result = compareDocuments(side('2018.pdf', oldTable('文化旅游体育与传媒支出')), side('2019.pdf', newTable('55.00')), 'year');
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.stated, f.expected, f.new.colLabel, f.old.source, f.new.source])).toEqual([
      ['55.00', '50.00', '上年预算数', '2018.pdf', '2019.pdf'],
      ['55.00', '50.00', '上年预算数', '2018.pdf', '2019.pdf'],
      ['55.00', '50.00', '上年预算数', '2018.pdf', '2019.pdf'],
    ]);
  });
  it('reads each year in its own unit: this year in 元, last year in 万元', () => {
    // 500,000.00 元 = 50.00 万元: last year's figure, restated in this year's unit.
    const inYuan = doc(
      text('江苏省某某厅2019年度部门预算'),
      text('一般公共预算支出预算表'),
      text('单位：元'),
      table([
        ['科目编码', '科目名称', '金额', '上年预算数'],
        ['207', '文化旅游体育与传媒支出', '600,000.00', '500,000.00'],
        ['20701', '文化和旅游', '600,000.00', '500,000.00'],
        ['', '合计', '600,000.00', '500,000.00'],
      ]),
    );
    const result = compareDocuments(side('2018.pdf', oldTable('文化旅游体育与传媒支出')), side('2019.pdf', inYuan), 'year');
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.checks.filter((c) => c.consistent)).toHaveLength(3);
  });
});

describe('a 决算 against the 预算 of its year', () => {
  const final = (budget: string) =>
    doc(
      text('江苏省某某厅2018年度部门决算'),
      text('三、支出决算情况说明'),
      text(`基本支出年初预算为${budget}万元，支出决算为10,300.00万元，完成年初预算的99.01%。`),
    );
  it('年初预算 equal to the budget: nothing; another figure: a warning', () => {
    // 10,300.00 ÷ 10,403.11 = 99.0089% → 99.01%.
    const old = side('预算.pdf', budget2018());
    expect(compareDocuments(old, side('决算.pdf', final('10,403.11')), 'budget').findings).toEqual([]);
    const result = compareDocuments(old, side('决算.pdf', final('10,503.11')), 'budget');
    expect(result.findings.map((f) => [f.rule, f.severity, f.stated, f.expected])).toEqual([['compare-budget', 'warning', '10503.11', '10403.11']]);
  });
});

describe('pairDocuments', () => {
  it('pairs one unit’s consecutive years, and a 预算 with its 决算; not other units or other gaps', () => {
    const b18 = side('a.pdf', budget2018());
    const b19 = side('b.pdf', budget2019('江苏省某某厅2019年度收入、支出预算总计1.00万元。'));
    const other = side('c.pdf', doc(text('江苏省另一厅2019年度部门预算公开'), text('收支预算总计1.00万元。')));
    const f18 = side('d.pdf', doc(text('江苏省某某厅2018年度部门决算'), text('支出决算情况说明')));
    const pairs = pairDocuments([b18, b19, other, f18], [b18, b19, other, f18]);
    expect(pairs.map((p) => [p.old.set.sources[0], p.new.set.sources[0], p.relation])).toEqual([
      ['a.pdf', 'b.pdf', 'year'],
      ['a.pdf', 'd.pdf', 'budget'],
    ]);
  });
});
