import { describe, expect, it } from 'vitest';
import { rowLabelOf } from './row-label.ts';

describe('rowLabelOf', () => {
  it('puts the code before a label that lacks it, once', () => {
    const code = { code: '2010301', level: 3, scheme: 'functional' } as const;
    expect(rowLabelOf({ row: 3, label: '行政运行', name: '行政运行', role: 'item', code })).toBe('2010301 行政运行');
    expect(rowLabelOf({ row: 3, label: '201 03 01 行政运行', name: '行政运行', role: 'item', code })).toBe(
      '201 03 01 行政运行',
    );
    expect(rowLabelOf({ row: 3, label: '合计', name: '合计', role: 'total' })).toBe('合计');
    expect(rowLabelOf({ row: 3, label: '', name: '', role: 'blank' })).toBeUndefined();
  });
});
