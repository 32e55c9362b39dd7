import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../model.ts';
import { countClaims } from './counts.ts';

const doc = (...texts: string[]): RawDocument => ({
  title: '',
  attachments: [],
  blocks: texts.map((text) => ({ kind: 'text' as const, text })),
});
const read = (...texts: string[]) =>
  countClaims(doc(...texts)).map((c) => [c.quantity, c.label, c.value, c.unit, c.change]);

describe('countClaims', () => {
  it('[000] personnel: 编制数 bare, 实有人数 and 在职 with its change; 退休/离休 are not counted', () => {
    expect(
      read('克孜勒苏柯尔克孜自治州人民政府外事办公室编制数 16，实有人数 20 人，其中：在职 20 人，增加 1 人；退休 0 人，增加 0 人；离休 0 人，增加 0 人。'),
    ).toEqual([
      ['staff-authorized', '编制数', 16, '人', undefined],
      ['staff-actual', '实有人数', 20, '人', undefined],
      ['staff-serving', '在职', 20, '人', 1],
    ]);
  });

  it('[002] 减少 1 人 is a negative change', () => {
    expect(read('…办公室编制数 16，实有人数 37 人，其中：在职 16 人，减少 1 人；退休 21 人，增加 2 人。')[2]).toEqual([
      'staff-serving',
      '在职',
      16,
      '人',
      -1,
    ]);
  });

  it('[004] vehicles: 车辆 and 一般公务用车, never 执法执勤用车 or 其他车辆; the quote and the number are located', () => {
    const text = '2. 车辆 11 辆，价值 429.13 万元；其中：一般公务用车 11 辆，价值 429.13 万元；执法执勤用车 0 辆，价值 0.00 万元；其他车辆 0 辆，价值 0.00 万元。';
    const claims = countClaims(doc(text));
    expect(claims.map((c) => [c.quantity, c.value])).toEqual([
      ['vehicles', 11],
      ['vehicles-official', 11],
    ]);
    expect(claims[0].quote).toBe(text);
    expect(claims[0].numberRefs).toEqual([{ block: 0, start: 6, end: 8 }]);
  });

  it('Jiangsu: "本部门共有车辆 127 辆，其中，一般公务用车 127 辆"', () => {
    expect(read('本部门共有车辆127辆，其中，一般公务用车127辆。单价20万元（含）以上的设备33台（套）。')).toEqual([
      ['vehicles', '车辆', 127, '辆', undefined],
      ['vehicles-official', '一般公务用车', 127, '辆', undefined],
    ]);
  });

  it('reads no count from talk about staff or cars that states none of theirs', () => {
    expect(
      read(
        '主要原因是因增设机构而增加了在职人数，人员经费有所增长。',
        '公务用车运行费减少 17.00 万元，下降 19.54%。',
        '2024 年单位预算未安排购置车辆经费，安排购置 50 万元以上大型设备 0 台。',
        '全年接待 140 批次 2600 人次，培训人数 50 人。',
        '实有人数 20.5 人。',
      ),
    ).toEqual([]);
  });

  it('a change is only read right after a count: "退休 0 人" has none of its own here', () => {
    expect(read('实有人数 20 人，增加 1 人；退休 3 人。').map((c) => c[4])).toEqual([1]);
    expect(read('在职 20 人，价值 3 万元，增加 1 人。').map((c) => c[4])).toEqual([undefined]);
  });

  it('stays linear on a hostile sentence of 20,000 counts', () => {
    const claims = countClaims(doc(`${'在职 1 人，'.repeat(20_000)}。`));
    expect(claims).toHaveLength(20_000);
  });
});
