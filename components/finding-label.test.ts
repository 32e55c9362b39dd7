import { describe, expect, it } from 'vitest';
import type { Finding } from '../lib/model.ts';
import { findingLabel } from './FindingCard.tsx';
import { t } from './i18n.ts';

const finding = (f: Partial<Finding>): Finding => ({ id: 'f1', rule: 'r', severity: 'info', kind: 'note', message: '', messageEn: '', cells: [], ...f });

describe('findingLabel', () => {
  it('names gross and minor errors, warnings, reading doubts, rounding and other notes apart, in both languages', () => {
    const cases: [Partial<Finding>, string, string][] = [
      [{ severity: 'error', kind: 'mismatch', magnitude: 'gross' }, '错误', 'Error'],
      [{ severity: 'error', kind: 'mismatch', magnitude: 'minor' }, '轻微错误', 'Minor error'],
      [{ severity: 'warning', kind: 'mismatch', magnitude: 'gross' }, '警告', 'Warning'],
      [{ severity: 'info', kind: 'doubt' }, '结构存疑', 'Reading doubt'],
      [{ severity: 'info', kind: 'rounding' }, '舍入', 'Rounding'],
      [{ severity: 'info', kind: 'missing' }, '提示', 'Note'],
    ];
    for (const [f, zh, en] of cases) {
      const label = findingLabel(finding(f));
      expect([t('zh', label), t('en', label)]).toEqual([zh, en]);
    }
  });
});
