import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import { CROSS_TABLE_RULES } from '../../lib/rules/cross-table-rules.ts';
import { crossTotals } from '../../lib/rules/cross-totals.ts';
import { seedModel } from '../helpers/seed-document.ts';
import { parseCell } from '../../lib/numbers/parse-amount.ts';

const run = (seed: Parameters<typeof seedModel>[0]) => analyzeModel(seedModel(seed), { rules: CROSS_TABLE_RULES }).findings;

describe('cross-table rules on the seeds', () => {
  it('[000] S000-XT-01: project goal tables book 单位资金 as 财政拨款 (90, 7.01) while 表5 has no project money', () => {
    const errors = run('000_d027ff157a76b55d').filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.stated)).toEqual(['90.00', '7.01']);
    expect(errors.every((f) => f.rule === 'cross-performance')).toBe(true);
  });

  it('[002] S002-XT-04/05 are errors; the X.12 三公 vs 表6 differences are info, never errors', () => {
    const findings = run('002_985e1de26a38a1db');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.stated, f.expected])).toEqual([
      ['524.92', '449.92'],
      ['599.92', '524.92'],
    ]);
    const sangong = findings.filter((f) => f.rule === 'cross-sangong');
    expect(sangong.map((f) => [f.stated, f.expected, f.severity])).toEqual([
      ['4.90', '0.50', 'info'],
      ['9.50', '0.50', 'info'],
      ['7.00', '2.00', 'info'],
    ]);
  });

  it('[004] only the 三公 notes (接待 60 vs no 302 17 row in 表6, 运行费 70 vs 45) and the two missing tables', () => {
    const findings = run('004_fcad36837894980a');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const notes = findings.filter((f) => f.rule !== 'missing-table');
    // S004-XT-01 and S004-XT-02: 表10 exceeds 表6 because projects pay part of the 三公 money.
    expect(notes.map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['cross-sangong', '60.00', '0.00'],
      ['cross-sangong', '70.00', '45.00'],
    ]);
    expect(notes[0].message).toContain('没有 30217 这一行');
    expect(findings.filter((f) => f.rule === 'missing-table').map((f) => f.tableTitle)).toEqual([
      '表3 单位支出总体情况表',
      '表8 政府性基金预算支出情况表',
    ]);
  });

  it('fires on a 表5 基本支出 total that differs from 表6 合计 (X.9)', () => {
    const doc = seedModel('002_985e1de26a38a1db');
    const t5 = doc.tables.find((t) => t.standard === 'T5')!;
    const total = t5.structure.segments[0].rows.find((r) => r.role === 'total')!;
    const col = t5.structure.columns.find((c) => /基本支出/.test(c.path.join('/')))!.col;
    t5.grid.rows[total.row][col] = { ...t5.grid.rows[total.row][col], text: '389.92', value: parseCell('389.92') };
    const x9 = analyzeModel(doc, { rules: [crossTotals] }).findings.filter((f) => f.message.includes('X.9'));
    expect(x9).toHaveLength(1);
    expect(x9[0]).toMatchObject({ severity: 'error', stated: '389.92', expected: '399.92', diff: '-10.00' });
  });
});
