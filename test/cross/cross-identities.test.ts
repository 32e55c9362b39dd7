/**
 * The cross-table identities X.3, X.4, X.5/X.6, X.8, X.14 and X.17 (budget-identities.md §3): silent on the three
 * seeds, firing on a seed model with one cell changed. Expected values are worked out by hand from the seed tables
 * ([002] 表2/表3/表5 lines quoted in the comments).
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import type { Finding } from '../../lib/model.ts';
import { crossClasses } from '../../lib/rules/cross-classes.ts';
import { crossEconomic } from '../../lib/rules/cross-economic.ts';
import { crossFiscal } from '../../lib/rules/cross-fiscal.ts';
import { crossFundTables } from '../../lib/rules/cross-fund-tables.ts';
import { crossGeneralBudget } from '../../lib/rules/cross-general-budget.ts';
import type { DocumentModel, Rule } from '../../lib/rules/rule.ts';
import { seedModel } from '../helpers/seed-document.ts';
import { SEEDS, type Seed } from '../helpers/seed-fixtures.ts';
import { findCell, setAt, setCell } from './mutate.ts';

const S000: Seed = '000_d027ff157a76b55d';
const S002: Seed = '002_985e1de26a38a1db';
const S004: Seed = '004_fcad36837894980a';
const RULES: Rule[] = [crossClasses, crossFiscal, crossGeneralBudget, crossFundTables, crossEconomic];

const run = (doc: DocumentModel, rule: Rule) => analyzeModel(doc, { rules: [rule] });
const brief = (f: Finding) => [f.severity, f.stated, f.expected, f.diff];
const checksOf = (doc: DocumentModel, rule: Rule) => run(doc, rule).tallies.reduce((n, t) => n + t.checks, 0);

describe('the new cross-table identities on the seeds', () => {
  it('find nothing on any seed', () => {
    for (const seed of SEEDS) expect(analyzeModel(seedModel(seed), { rules: RULES }).findings, seed).toEqual([]);
  });

  it('really run: per-rule check counts on [002] (4 + 4 classes, 17 coded rows, 17 codes for X.8)', () => {
    const doc = seedModel(S002);
    // X.3: 201, 208, 210, 221 in 表2 and in 表3 against 表1; X.4: the 17 coded rows 表2 and 表3 share.
    expect(checksOf(doc, crossClasses)).toBe(4 + 4 + 17);
    expect(checksOf(doc, crossFiscal)).toBe(2);
    expect(checksOf(doc, crossGeneralBudget)).toBe(17);
    expect(checksOf(doc, crossFundTables)).toBe(2);
    // X.17: 301 08 = 208 05 05 (33.45) and 301 13 = 221 02 01 (27.12); [002] has no 301 09.
    expect(checksOf(doc, crossEconomic)).toBe(2);
  });
});

describe('X.3 / X.4 (cross-classes)', () => {
  it('X.3: 表1 208 changed to 75.85 fails against 表2 and 表3 (both 74.85)', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T1', '208', /./, '75.85');
    const findings = run(doc, crossClasses).findings;
    expect(findings.map(brief)).toEqual([
      ['error', '74.85', '75.85', '-1.00'],
      ['error', '74.85', '75.85', '-1.00'],
    ]);
    expect(findings.map((f) => f.message.match(/X\.3 表\d/)?.[0])).toEqual(['X.3 表2', 'X.3 表3']);
  });

  it('X.4: 表3 2010301 行政运行 239.57 vs 表2 238.57 fails on that code only', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T3', '2010301', /合计/, '239.57');
    const findings = run(doc, crossClasses).findings;
    expect(findings.map(brief)).toEqual([['error', '238.57', '239.57', '-1.00']]);
    expect(findings[0].message).toContain('X.4');
    expect(findings[0].message).toContain('行政运行');
  });

  it('X.4: a code that 表3 does not list (2080505 recoded 2080506) reads as 0 on that side', () => {
    const doc = seedModel(S002);
    // 表3's code cells are 类 | 款 | 项 (grid columns 0–2): "208 | 05 | 05" becomes "208 | 05 | 06".
    const at = findCell(doc, 'T3', '2080505', /合计/);
    setAt(doc, { ...at, col: 2 }, '06');
    const findings = run(doc, crossClasses).findings;
    expect(findings.map(brief)).toEqual([
      ['error', '33.45', '0.00', '+33.45'],
      ['error', '33.45', '0.00', '+33.45'],
    ]);
    expect(findings.map((f) => f.message.match(/没有科目「\d+」/)?.[0]).sort()).toEqual(['没有科目「2080505」', '没有科目「2080506」']);
  });

  it('a 类 row left out of 表2 is read as the sum of its listed 款 rows, not as 0 ([004] 表6 lacks its 301 row)', () => {
    const doc = seedModel(S002);
    // 表2 "208 | | | 社会保障和就业支出 | 74.85 …": without its code the row no longer counts as 类 208.
    const at = findCell(doc, 'T2', '208', /^总计$/);
    setAt(doc, { ...at, col: 0 }, '');
    expect(run(doc, crossClasses).findings).toEqual([]);
    // 20805 = 74.85 stands for 208: a wrong 表1 208 still fails against it.
    setCell(doc, 'T1', '208', /./, '75.85');
    const findings = run(doc, crossClasses).findings;
    expect(findings.map(brief)).toEqual([
      ['error', '74.85', '75.85', '-1.00'],
      ['error', '74.85', '75.85', '-1.00'],
    ]);
    expect(findings[0].message).toContain('208（无此行，按 20805 之和）');
  });
});

describe('X.5 / X.6 (cross-fiscal)', () => {
  it('表4 财政拨款（补助） 459.92 fails against 表1 本年 449.92 (X.5) and 表2 财政拨款小计 449.92 (X.6)', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T4', '财政拨款（补助）', /./, '459.92');
    const findings = run(doc, crossFiscal).findings;
    expect(findings.map(brief)).toEqual([
      ['error', '459.92', '449.92', '+10.00'],
      ['error', '459.92', '449.92', '+10.00'],
    ]);
    expect(findings.map((f) => f.message.match(/X\.\d/)?.[0])).toEqual(['X.5', 'X.6']);
  });

  it('template variant: 表4 = 本年 449.92 + 上年财政拨款结转 10.00 is an info note, not an error', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T4', '财政拨款（补助）', /./, '459.92');
    setCell(doc, 'T1', '财政拨款结转', /./, '10.00');
    setCell(doc, 'T2', '总计', /财政拨款结转$/, '10.00');
    const findings = run(doc, crossFiscal).findings;
    expect(findings.map((f) => [f.severity, f.kind, f.stated, f.expected])).toEqual([
      ['info', 'convention', '459.92', '459.92'],
      ['info', 'convention', '459.92', '459.92'],
    ]);
    expect(findings[0].message).toContain('模板差异');
    expect(findings[0].messageEn).toContain('template variant');
  });

  it('a carry-over that does not explain the gap leaves the error standing', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T4', '财政拨款（补助）', /./, '459.92');
    setCell(doc, 'T1', '财政拨款结转', /./, '3.00');
    expect(run(doc, crossFiscal).findings.map((f) => f.severity)).toEqual(['error', 'error']);
  });
});

describe('X.8 (cross-general-budget)', () => {
  it('表5 2010350 事业运行 37.24 vs 表2 一般公共预算 36.24 fails on that code', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T5', '2010350', /合计/, '37.24');
    const findings = run(doc, crossGeneralBudget).findings;
    expect(findings.map(brief)).toEqual([['error', '36.24', '37.24', '-1.00']]);
    expect(findings[0].message).toContain('X.8');
  });

  it('with 上级转移支付 in 表1 it does not compare, and says why in one info note', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T5', '2010350', /合计/, '37.24');
    setCell(doc, 'T1', '上级一般公共预算安排转移支付', /./, '5.00');
    const findings = run(doc, crossGeneralBudget).findings;
    expect(findings.map((f) => [f.severity, f.kind])).toEqual([['info', 'note']]);
    expect(findings[0].message).toMatch(/^未核对 X\.8.*上级转移支付.*5\.00/);
  });

  it('with 财政拨款结转 in 表2 it does not compare either (表5 may include the carry-over)', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T2', '总计', /财政拨款结转$/, '10.00');
    const findings = run(doc, crossGeneralBudget).findings;
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0].message).toContain('上年财政拨款结转');
  });
});

describe('X.14 (cross-fund-tables)', () => {
  it('[002] 表8 is empty while 表1 shows 政府性基金预算拨款 12.00: error on 表8', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T1', '政府性基金预算拨款', /./, '12.00');
    const findings = run(doc, crossFundTables).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', tableTitle: expect.stringContaining('表8') });
    expect(findings[0].message).toMatch(/^表8 政府性基金预算支出情况表为空表，但 表1.*12\.00/);
  });

  it('[000] 表8 合计 5.00 while 表1 and 表4 show no 基金 money: error', () => {
    const doc = seedModel(S000);
    setCell(doc, 'T8', '合计', /合计/, '5.00');
    const findings = run(doc, crossFundTables).findings;
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0].message).toContain('政府性基金资金在总表中没有来源');
    // 表1 基金 rows (本年 and under 财政拨款结转), 表4 基金 income row and 支出总计 cell.
    expect(findings[0].cells.length).toBe(4);
  });

  it('[004] 表9 合计 3.00 with no 国资 money in 表1/表4 (header read as 「国有本营预算」 in [000], 「国有资本经营预算」 here)', () => {
    const doc = seedModel(S004);
    setCell(doc, 'T9', '合计', /合计/, '3.00');
    expect(run(doc, crossFundTables).findings.map((f) => f.tableTitle)).toEqual([expect.stringContaining('表9')]);
  });
});

describe('X.17 (cross-economic, [U])', () => {
  it('表6 30113 住房公积金 28.12 vs 表5 2210201 27.12: a warning with the reason, never an error', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T6', '30113', /合计/, '28.12');
    const findings = run(doc, crossEconomic).findings;
    expect(findings.map(brief)).toEqual([['warning', '28.12', '27.12', '+1.00']]);
    expect(findings[0].message).toContain('X.17 表6 30113 = 表5 2210201');
    expect(findings[0].message).toContain('请核实');
  });

  it('is not compared when the functional line carries project money', () => {
    const doc = seedModel(S002);
    setCell(doc, 'T6', '30113', /合计/, '28.12');
    setCell(doc, 'T5', '2210201', /项目支出/, '1.00');
    expect(run(doc, crossEconomic).findings).toEqual([]);
  });

  it('[000]/[004] have 301 13 but no 221 row in 表5: only 301 08 = 208 05 05 is compared', () => {
    for (const seed of [S000, S004]) expect(checksOf(seedModel(seed), crossEconomic), seed).toBe(1);
  });
});
