/**
 * The text report: a table's counts name every error it took part in, and an error shown elsewhere (a sentence that
 * contradicts the table, listed with its quote under 正文与跨表) is pointed to from the table's line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../lib/engine.ts';
import { formatText } from './text-output.ts';
import { tableBlock as table, textBlock as text } from '../test/helpers/raw-blocks.ts';


/** 一般公共服务支出 100.00 = 80.00 + 20.00; the text says 120. */
function report(sentence: string) {
  return analyzeDocument({
    title: '某某厅2024年度部门决算',
    attachments: [],
    blocks: [
      text('四、一般公共预算财政拨款支出决算情况说明'),
      text(sentence),
      text('一般公共预算财政拨款支出决算表'),
      text('单位：万元'),
      table([
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', '100.00', '80.00', '20.00'],
        ['', '合计', '100.00', '80.00', '20.00'],
      ]),
    ],
  });
}

describe('formatText', () => {
  it('points from the table to its error listed with the sentence', () => {
    const out = formatText({ source: 'a.html', report: report('一般公共服务支出（类）120万元。') });
    const tableLine = out.split('\n').findIndex((l) => l.startsWith('-- 一般公共预算财政拨款支出决算表'));
    expect(out.split('\n')[tableLine]).toContain('1 错误 errors');
    expect(out.split('\n')[tableLine + 1]).toBe('  （另有 1 个错误见下文「正文与跨表」/ 1 more under "text and across tables" below）');
    expect(out).toContain('文中「一般公共服务支出(类)」为 120万元，一般公共预算财政拨款支出决算表「一般公共服务支出 / 合计」为 100.00');
  });
  it('says nothing more where the table has no error', () => {
    const out = formatText({ source: 'a.html', report: report('一般公共服务支出（类）100万元。') });
    expect(out).toContain('0 错误 errors');
    expect(out).not.toContain('另有');
  });
});
