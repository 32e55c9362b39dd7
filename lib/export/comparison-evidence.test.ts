import { describe, expect, it } from 'vitest';
import type { Comparison } from '../compare/compare.ts';
import { comparisonEvidence, comparisonEvidenceMarkdown } from './comparison-evidence.ts';

const where = (source: string, value: string, quote: string | null) => ({
  source,
  tableTitle: quote ? null : '收支预算总表',
  rowLabel: quote ? '住房保障(类)支出' : '十八、住房保障支出',
  colLabel: null,
  value,
  quote,
  cells: [],
  textRefs: [],
});

const comparison: Comparison = {
  old: ['2018.pdf'],
  new: ['2019说明.pdf', '2019表格.pdf'],
  relation: 'year',
  compared: 41,
  checks: [],
  findings: [
    {
      rule: 'compare-rate',
      severity: 'error',
      magnitude: 'gross',
      kind: 'mismatch',
      stated: '30%',
      expected: '29%',
      old: where('2018.pdf', '3015.16', null),
      new: where('2019说明.pdf', '30%', '与上年相比增加878.93万元，增长30%。'),
      message: '「住房保障(类)支出」增长按两年文件应为 29%，文中为 30%',
      messageEn: 'The rate should be 29%; the text says 30%',
    },
  ],
};

const context = {
  files: [
    { name: '2018.pdf', sha256: 'a'.repeat(64) },
    { name: '2019说明.pdf', sha256: 'b'.repeat(64) },
  ],
  checkedAt: '2026-12-06T08:00:00.000Z',
};

describe('comparison evidence', () => {
  it('names every file with its hash, and each finding with both places', () => {
    const pack = comparisonEvidence([comparison], context);
    expect(pack.files).toEqual(context.files);
    expect(pack.comparisons[0]).toMatchObject({ old: ['2018.pdf'], compared: 41 });
    expect(pack.comparisons[0].findings[0].old).toEqual({
      source: '2018.pdf',
      tableTitle: '收支预算总表',
      rowLabel: '十八、住房保障支出',
      colLabel: null,
      value: '3015.16',
      quote: null,
    });
    const md = comparisonEvidenceMarkdown([comparison], context);
    expect(md).toContain(`| 2018.pdf | \`${'a'.repeat(64)}\` |`);
    expect(md).toContain('- 新 / new (2019说明.pdf): 「与上年相比增加878.93万元，增长30%。」');
    expect(md).toContain('- 旧 / old (2018.pdf): 收支预算总表「十八、住房保障支出」 3015.16');
  });
});
