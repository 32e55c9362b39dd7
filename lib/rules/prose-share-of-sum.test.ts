import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../engine.ts';
import type { RawDocument } from '../model.ts';
import { formatInterval } from '../rounding.ts';
import { proseShare } from './prose-share.ts';
import { checkShareOfSum, coverWhole, partsTotal } from './prose-share-of-sum.ts';

const shown = (raw: string) => ({ value: new Decimal(raw), decimals: raw.split('.')[1]?.length ?? 0 });

/** 江苏省委办公厅2019年度部门预算公开文件.pdf p. 10, 九 (as pdftotext prints it, joined). */
const SANGONG = (reception: string, share = '5.31') =>
  `江苏省委办公厅2019 年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出70万元，占“三公”经费的13.77%；公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%；公务接待费支出${reception}万元，占“三公”经费的${share} %。具体情况如下：`;

function shareFindings(paragraph: string) {
  const raw: RawDocument = {
    title: '',
    attachments: [],
    blocks: ['九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明', paragraph].map((text) => ({ kind: 'text' as const, text })),
  };
  return analyzeModel({ raw, tables: [] }, { rules: [proseShare] }).findings;
}

describe('checkShareOfSum', () => {
  const total = (reception: string) => partsTotal([shown('70'), shown('411.20'), shown(reception)]);

  it('as printed: 27 / (70 + 411.20 + 27) = 5.3129% → 5.31% exact; 80.92% within rounding (411.20 / 508.20 = 80.913%)', () => {
    expect(checkShareOfSum(shown('27'), total('27'), shown('5.31'))?.verdict).toBe('exact');
    const vehicles = checkShareOfSum(shown('411.20'), total('27'), shown('80.92'));
    // 411.195 / (411.195 + 97 + 1.00) = 80.754%; 411.205 / (411.205 + 97 − 1.00) = 81.073%: 70 and 27 are ±0.5 each.
    expect(vehicles?.verdict).toBe('rounding');
    expect(vehicles && formatInterval(vehicles.possible, 2)).toBe('80.75–81.07');
  });

  it('27.2: 27.15 / 508.855 = 5.3355% … 27.25 / 507.945 = 5.3648%, so 5.31% is a mismatch', () => {
    const check = checkShareOfSum(shown('27.2'), total('27.2'), shown('5.31'));
    expect(check?.verdict).toBe('mismatch');
    expect(check?.sum.toFixed(2)).toBe('508.40');
    expect(check && formatInterval(check.possible, 2)).toBe('5.34–5.36');
  });

  it('no ratio when the parts add up to 0', () => {
    expect(checkShareOfSum(shown('0'), partsTotal([shown('0'), shown('0.00')]), shown('50'))).toBeUndefined();
  });

  it('coverWhole: 13.77 + 80.92 + 5.31 = 100.00 covers the whole; 13.77 + 80.92 + 4.31 = 99.00 does not', () => {
    expect(coverWhole([shown('13.77'), shown('80.92'), shown('5.31')])).toBe(true);
    expect(coverWhole([shown('13.77'), shown('80.92'), shown('4.31')])).toBe(false);
  });
});

describe('prose-share on shares of an unstated whole', () => {
  it('as published: nothing (no 三公 total is stated; the shares fit the sum of the parts)', () => {
    expect(shareFindings(SANGONG('27'))).toEqual([]);
  });

  it('公务接待费 27 → 27.2 万元: an error on its share, the range worked out from the three parts', () => {
    const findings = shareFindings(SANGONG('27.2'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'prose-share', severity: 'error', stated: '5.31%', expected: '5.34–5.36%' });
    // 因公出国 + 公务用车购置及运行 + 公务接待 are the three lines of 三公 (subjects.ts PARTITIONS): the parts are the whole.
    expect(findings[0].message).toBe('「公务接待费支出」占“三公”经费的比例应为 5.34–5.36%（27.2 ÷ 文中各项之和 508.40，各项合起来即“三公”经费），文中为 5.31%');
    expect(findings[0].quote).toContain('公务接待费支出27.2万元');
  });

  it('the three lines of 三公 are all of it, whatever their shares add up to: 4.31% of 508.40 is an error too', () => {
    // 13.77 + 80.92 + 4.31 = 99.00, but 因公出国 + 公务用车购置及运行 + 公务接待 is the 三公 total by definition.
    const findings = shareFindings(SANGONG('27.2', '4.31'));
    expect(findings.map((f) => [f.stated, f.expected])).toEqual([['4.31%', '5.34–5.36%']]);
  });

  it('parts of another whole whose shares do not add to 100% may be of a larger whole: no check', () => {
    // 40 + 50 = 90%: two projects need not be all of 项目支出, so Σ parts is not its total.
    const paragraph = '其中：会议项目支出10万元，占项目支出的40%；培训项目支出20万元，占项目支出的50%。';
    expect(shareFindings(paragraph)).toEqual([]);
  });
});
