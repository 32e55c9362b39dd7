/**
 * Root cause (budget-identities.md §6): one cell changed by 1.00 fails several identities; they are grouped under that
 * cell, and the findings that state it say it is the likely culprit.
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import type { CellRef, Finding } from '../../lib/model.ts';
import { RULES } from '../../lib/rules/index.ts';
import { groupRootCauses } from '../../lib/rules/root-cause.ts';
import { seedModel } from '../helpers/seed-document.ts';
import { SEEDS } from '../helpers/seed-fixtures.ts';
import { setCell } from './mutate.ts';

const S002 = '002_985e1de26a38a1db';
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('root cause on a seed with one wrong cell', () => {
  it('[002] 表2 2080505 总计 33.45 → 34.45: row sum, 款 20805 and X.4 fail, all pinned on that cell', () => {
    const doc = seedModel(S002);
    const cell = setCell(doc, 'T2', '2080505', /^总计$/, '34.45');
    const findings = analyzeModel(doc, { rules: RULES }).findings;
    const grouped = errorsOf(findings).filter((f) => f.rootCause);
    // 总计 34.45 ≠ 小计 33.45 (T2.1); 款 20805 74.85 ≠ 41.40 + 34.45 = 75.85 (T2.3); 表2 34.45 ≠ 表3 33.45 (X.4).
    expect(grouped.map((f) => [f.rule, f.diff])).toEqual([
      ['hierarchy-sum', '-1.00'],
      ['component-columns', '+1.00'],
      ['cross-classes', '+1.00'],
    ]);
    for (const f of grouped) expect(f.rootCause).toEqual({ cell, findingIds: grouped.map((g) => g.id) });
    // The two findings that state the cell call it the culprit; the 款 finding names it.
    expect(grouped[1].message).toContain('可能是此格有误');
    expect(grouped[1].messageEn).toContain('This cell is the likely culprit');
    expect(grouped[2].message).toContain('可能是此格有误');
    expect(grouped[0].message).toContain('可能是表2 部门收入总体情况表「2080505 机关事业单位基本养老保险缴费支出 / 总计」有误');
    // The seed's own errors (S002-PT-01, S002-XT-04/05) stay as they were.
    expect(errorsOf(findings).filter((f) => !f.rootCause).map((f) => f.rule)).toEqual([
      'prose-vs-table',
      'cross-performance',
      'cross-performance',
    ]);
  });

  it('[002] 表5 2010350 事业运行 合计 36.24 → 37.24: four checks, the culprit is the 表5 cell (表2 and the prose agree on 36.24)', () => {
    const doc = seedModel(S002);
    const cell = setCell(doc, 'T5', '2010350', /合计/, '37.24');
    const grouped = errorsOf(analyzeModel(doc, { rules: RULES }).findings).filter((f) => f.rootCause);
    // X.8 (表2 36.24 ≠ 37.24), 款 20103 (324.81 ≠ 325.81), row 合计 = 基本 + 项目 (37.24 ≠ 36.24), and the prose's
    // "事业运行 … 36.24 万元" against 表5: each off by 1.00, all pinned on the 表5 cell.
    expect(grouped.map((f) => [f.rule, f.diff])).toEqual([
      ['cross-general-budget', '-1.00'],
      ['hierarchy-sum', '-1.00'],
      ['component-columns', '+1.00'],
      ['prose-vs-table', '-1.00'],
    ]);
    for (const f of grouped) expect(f.rootCause?.cell).toEqual(cell);
    expect(grouped[2].message).toContain('可能是此格有误：它同时使 4 项核对不符');
  });

  it('names no culprit on the seeds: [000] X.18 shares the 表5 cell but is off by 90.00 and 7.01 — two errors', () => {
    for (const seed of SEEDS) {
      const findings = analyzeModel(seedModel(seed), { rules: RULES }).findings;
      expect(findings.filter((f) => f.rootCause), seed).toEqual([]);
    }
  });
});

describe('groupRootCauses on hand-made findings', () => {
  const doc = seedModel(S002);
  const c = (row: number, col: number): CellRef => ({ tableId: 't1', row, col });
  const err = (id: string, cells: CellRef[], diff: string): Finding => ({
    id,
    rule: 'column-total',
    severity: 'error',
    kind: 'mismatch',
    tableId: 't1',
    diff,
    message: 'm',
    messageEn: 'm',
    cells,
  });

  it('a tie between two cells names neither', () => {
    const out = groupRootCauses(doc, [err('f1', [c(5, 4), c(6, 4)], '1.00'), err('f2', [c(6, 4), c(5, 4)], '1.00')]);
    expect(out.every((f) => !f.rootCause)).toBe(true);
  });

  it('warnings and rounding notes are never grouped; the input is not modified', () => {
    const a = { ...err('f1', [c(5, 4), c(7, 4)], '1.00'), severity: 'warning' as const };
    const b = { ...err('f2', [c(5, 4), c(8, 4)], '1.00'), kind: 'rounding' as const };
    const input = [a, b];
    expect(groupRootCauses(doc, input).every((f) => !f.rootCause)).toBe(true);
    expect(input[0].message).toBe('m');
  });

  it('a shared cell whose checks agree on the offset is named; a third unrelated error is left alone', () => {
    const out = groupRootCauses(doc, [
      err('f1', [c(5, 4), c(7, 4)], '+2.00'),
      err('f2', [c(9, 4), c(5, 4)], '-2.00'),
      err('f3', [c(12, 4), c(13, 4)], '+5.00'),
    ]);
    expect(out.map((f) => f.rootCause?.findingIds)).toEqual([['f1', 'f2'], ['f1', 'f2'], undefined]);
    expect(out[0].message).toContain('可能是此格有误');
    expect(out[1].message).toMatch(/^m。可能是表2 .*有误：该格同时使 2 项核对不符（另见 f1）$/);
  });
});
