/**
 * Every rule the engine runs (table, cross-table, prose) on the three seeds: the only errors are the known ones of
 * seed-findings.md — S000-XT-01 (two project goal tables book 单位资金 as 财政拨款 90 and 7.01), S002-PT-01 (prose
 * 599.92 vs 表1 收入总计 524.92), S002-XT-04/05 (整体绩效目标表 本级安排 524.92 and 上级+本级+其他 599.92) — and the
 * explainable [U] cases (X.12 三公 vs 表6: S002-XT-01…03, S004-XT-01/02) stay info, never errors or warnings.
 * The only warnings are the two counts of seed-findings.md that a 绩效目标表 states against the prose (prose-vs-indicator):
 * S000-OT-01 (保障单位实有干部职工人数 =19 人, 上年完成值 =20 人, vs 实有人数 20 人 / 在职 20 人，增加 1 人) and S004-OT-01
 * (保障单位公务用车数量 =18 辆 vs 车辆 11 辆).
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import type { Finding } from '../../lib/model.ts';
import { RULES } from '../../lib/rules/index.ts';
import { seedModel } from '../helpers/seed-document.ts';
import type { Seed } from '../helpers/seed-fixtures.ts';

const report = (seed: Seed) => analyzeModel(seedModel(seed), { rules: RULES });
const line = (f: Finding) => [f.rule, f.stated, f.expected];

describe('all rules on the seeds: only the known errors of seed-findings.md', () => {
  it('[000]: S000-XT-01 only (财政拨款 90.00 and 7.01 against 表5 项目支出 0.00); one warning, S000-OT-01', () => {
    const findings = report('000_d027ff157a76b55d').findings;
    expect(findings.filter((f) => f.severity === 'error').map(line)).toEqual([
      ['cross-performance', '90.00', '0.00'],
      ['cross-performance', '7.01', '0.00'],
    ]);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.map(line)).toEqual([['prose-vs-indicator', '19人', '20人']]);
    // The target and the last-year value look swapped: the prose puts last year at 20 − 1 = 19.
    expect(warnings[0].rowLabel).toBe('保障单位实有干部职工人数');
    expect(warnings[0].message).toContain('疑似填反');
    expect(warnings[0].quote).toContain('实有人数 20 人，其中：在职 20 人，增加 1 人');
  });

  it('[002]: S002-PT-01 and S002-XT-04/05 only; the three 三公 lines are info', () => {
    const findings = report('002_985e1de26a38a1db').findings;
    expect(findings.filter((f) => f.severity === 'error').map(line)).toEqual([
      ['prose-vs-table', '599.92万元', '524.92'],
      ['cross-performance', '524.92', '449.92'],
      ['cross-performance', '599.92', '524.92'],
    ]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'cross-sangong').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });

  it('[004]: no error; one warning, S004-OT-01; 三公 接待 60 vs 表6 (no line) and 运行费 70 vs 45 are info', () => {
    const findings = report('004_fcad36837894980a').findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.map(line)).toEqual([['prose-vs-indicator', '18辆', '11辆']]);
    expect(warnings[0].rowLabel).toBe('保障单位公务用车数量');
    expect(warnings[0].quote).toContain('车辆 11 辆');
    expect(findings.filter((f) => f.rule === 'cross-sangong').map((f) => [f.severity, f.stated, f.expected])).toEqual([
      ['info', '60.00', '0.00'],
      ['info', '70.00', '45.00'],
    ]);
  });

  it('every seed that lacks a table says so, once per table', () => {
    const missing = (seed: Seed) => report(seed).findings.filter((f) => f.rule === 'missing-table').map((f) => f.tableTitle?.split(' ')[0]);
    expect(missing('000_d027ff157a76b55d')).toEqual(['表3', '表9']);
    expect(missing('002_985e1de26a38a1db')).toEqual([]);
    expect(missing('004_fcad36837894980a')).toEqual(['表3', '表8']);
  });
});
