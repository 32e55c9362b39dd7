import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, sheetNames } from './sheet-name.ts';

describe('sheetNames', () => {
  it('keeps a short legal name as it is', () => {
    expect(sheetNames(['表1 单位收支总体情况表', '核对结果 Findings'])).toEqual(['表1 单位收支总体情况表', '核对结果 Findings']);
  });

  it('removes the characters Excel forbids and apostrophes at the ends', () => {
    expect(sheetNames(['a[b]c:d*e?f/g\\h'])).toEqual(['a b c d e f g h']);
    expect(sheetNames(["'引号'"])).toEqual(['引号']);
    expect(sheetNames(['tab\there\nnewline'])).toEqual(['tab here newline']);
  });

  it('cuts to 31 UTF-16 units: a CJK character counts one, an emoji two and is never split', () => {
    const long = '一般公共预算财政拨款支出预算情况表（按功能分类科目）及其他相关说明附表';
    const [name] = sheetNames([long]);
    expect(name).toHaveLength(MAX_SHEET_NAME);
    expect(long.startsWith(name)).toBe(true);
    const [emoji] = sheetNames([`${'表'.repeat(30)}😀😀`]);
    expect(emoji).toBe('表'.repeat(30));
    expect(sheetNames([`${'表'.repeat(29)}😀😀`])).toEqual([`${'表'.repeat(29)}😀`]);
  });

  it('makes names unique ignoring case, staying within 31 characters', () => {
    const twice = '项目支出绩效目标表';
    expect(sheetNames([twice, twice, twice])).toEqual([twice, `${twice} (2)`, `${twice} (3)`]);
    expect(sheetNames(['Sheet', 'sheet'])).toEqual(['Sheet', 'sheet (2)']);
    const long = 'x'.repeat(40);
    const names = sheetNames([long, long]);
    expect(names[1]).toBe(`${'x'.repeat(27)} (2)`);
    expect(names.every((n) => n.length <= MAX_SHEET_NAME)).toBe(true);
  });

  it('replaces an empty or reserved name', () => {
    expect(sheetNames(['', '[]', 'History'])).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
  });
});
