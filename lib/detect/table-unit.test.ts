import { describe, expect, it } from 'vitest';
import { declaredUnit, labelUnit } from './table-unit.ts';

describe('declaredUnit', () => {
  it('reads the unit line in its usual forms', () => {
    expect(declaredUnit('单位：万元')).toEqual({ name: '万元', scale: 10_000 });
    expect(declaredUnit('金额单位:元')).toEqual({ name: '元', scale: 1 });
    expect(declaredUnit('单位：人民币亿元')).toEqual({ name: '亿元', scale: 100_000_000 });
    expect(declaredUnit('（万元）')).toEqual({ name: '万元', scale: 10_000 });
  });
  it('finds the unit at the end of the 编制单位 line, not the unit of the 编制单位', () => {
    expect(declaredUnit('编制单位：某某办公室        单位：元')?.name).toBe('元');
    expect(declaredUnit('编制单位：万元县财政局')).toBeUndefined();
  });
  it('does not take amounts in prose for a unit declaration', () => {
    expect(declaredUnit('收入预算 515.38 万元')).toBeUndefined();
  });
});

describe('labelUnit', () => {
  it('reads a unit in brackets in a header label', () => {
    expect(labelUnit('金额（万元）')?.name).toBe('万元');
    expect(labelUnit('预算数(元)')?.name).toBe('元');
    expect(labelUnit('预算数')).toBeUndefined();
  });
});
