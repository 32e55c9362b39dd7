import { describe, expect, it } from 'vitest';
import { parseCode } from './budget-code.ts';
import { codeHierarchy } from './code-hierarchy.ts';
import type { RowInfo } from './table-structure.ts';

let next = 0;
const row = (code: string, label = code): RowInfo => {
  const parsed = code ? parseCode(code) : undefined;
  return { row: next++, label, name: label, role: 'item', ...(parsed ? { code: parsed } : {}) };
};
const shape = (rows: RowInfo[]) =>
  codeHierarchy(rows).map((g) => `${g.kind}:${g.parent.label}=${g.children.map((c) => c.label).join('+')}`);

describe('codeHierarchy', () => {
  it('类 = Σ款, 款 = Σ项, by code prefix', () => {
    expect(shape([row('201'), row('20103'), row('2010301'), row('2010350'), row('208'), row('20805'), row('2080501')])).toEqual([
      'code:201=20103',
      'code:20103=2010301+2010350',
      'code:208=20805',
      'code:20805=2080501',
    ]);
  });

  it('skips a missing level: a 类 adds its 项 rows when the 款 row is lost', () => {
    expect(shape([row('201'), row('2010301'), row('2010350')])).toEqual(['code:201=2010301+2010350']);
  });

  it('a missing 类 row leaves its 款 rows in no group ([004] 表6)', () => {
    expect(shape([row('30101'), row('30102'), row('302'), row('30201')])).toEqual(['code:302=30201']);
  });

  it('repeated 项 codes (one per project) are siblings; repeated units are kept apart', () => {
    const rows = [
      row('', '甲单位'),
      row('201'),
      row('20103'),
      row('2010399', 'A'),
      row('2010399', 'B'),
      row('', '乙单位'),
      row('201', '201乙'),
      row('20103', '20103乙'),
      row('2010399', 'C'),
    ];
    expect(shape(rows)).toEqual([
      'code:201=20103',
      'code:20103=A+B',
      'unit:甲单位=201',
      'code:201乙=20103乙',
      'code:20103乙=C',
      'unit:乙单位=201乙',
    ]);
  });

  it('an uncoded line inside the code list (a wrapped label, a project name) neither opens a unit nor breaks the run', () => {
    expect(shape([row('201'), row('20103'), row('2010301'), row('', '保险缴费支出'), row('2010350')])).toEqual([
      'code:201=20103',
      'code:20103=2010301+2010350',
    ]);
  });
});
