import { describe, expect, it } from 'vitest';
import { run, runEndingAt } from '../../test/pdf/synthetic.ts';
import { blockText, groupLines, joinRuns, lineSegments } from './text-lines.ts';

describe('groupLines', () => {
  it('puts a right-aligned amount on its label’s line although its baseline differs', () => {
    // Chromium prints Arial digits about 1 pt above the Noto Sans CJK label beside them.
    const lines = groupLines([run('一般公共预算', 10, 100, 9), runEndingAt('418.36', 200, 98.8, 9), run('政府性基金预算', 10, 115, 9)]);
    expect(lines.map((l) => joinRuns(l.runs))).toEqual(['一般公共预算 418.36', '政府性基金预算']);
  });

  it('keeps lines of prose apart', () => {
    const lines = groupLines([run('第一行', 80, 100, 16), run('第二行', 80, 128, 16)]);
    expect(lines).toHaveLength(2);
  });
});

describe('text of runs', () => {
  it('puts a space only where there is a visible gap', () => {
    expect(joinRuns([run('收', 10, 100, 10), run('入', 23, 100, 10)])).toBe('收 入');
    expect(joinRuns([run('收', 10, 100, 10), run('入', 20, 100, 10)])).toBe('收入');
  });

  it('joins the lines of a cell without a space between Chinese lines and repairs spaced numbers', () => {
    expect(blockText([run('上级一般公共预算安排', 10, 100, 9), run('的转移支付', 10, 112, 9)])).toBe('上级一般公共预算安排的转移支付');
    expect(blockText([run('9', 10, 100, 9), run(',146.79', 17, 100, 9)])).toBe('9,146.79');
  });

  it('splits a line at wide gaps', () => {
    const [line] = groupLines([run('项目', 10, 100, 10), run('合计', 30, 100, 10), run('金额', 200, 100, 10)]);
    expect(lineSegments(line, 0.9).map((s) => joinRuns(s))).toEqual(['项目合计', '金额']);
  });
});
