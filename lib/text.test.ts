import { describe, expect, it } from 'vitest';
import { asciiDigits, canonicalLabel, compact, tidy, unspaced } from './text.ts';

describe('tidy / compact', () => {
  it('joins lines with one space', () => {
    expect(tidy(' 财政拨款\n(补助)小 计 ')).toBe('财政拨款 (补助)小 计');
  });
  it('removes every space for comparison', () => {
    expect(compact('收 入\u3000总 计\n')).toBe('收入总计');
    expect(compact('\u200b合\u00a0计\ufeff')).toBe('合计');
  });
});

describe('canonicalLabel', () => {
  it('folds full-width letters, brackets and colons, and drops spaces and quotes', () => {
    // The Word page writes "财 政 拨 款 ( 补 助 )", the platform page "财政拨款（补助）".
    expect(canonicalLabel('财 政 拨 款 ( 补 助 )')).toBe('财政拨款（补助）');
    expect(canonicalLabel('其中:“三公”经费')).toBe('其中：三公经费');
    expect(canonicalLabel('ＡＢ（类）')).toBe('AB（类）');
  });
  it('takes its shortcut only where the full folding would change nothing', () => {
    // The folding written out, without the shortcut for labels that are already canonical.
    const folded = (t: string) =>
      compact(t.normalize('NFKC'))
        .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
        .replace(/:/g, '：')
        .replace(/[“”"']/g, '');
    const label = '一般公共预算财政拨款（补助）支出';
    expect(canonicalLabel(label)).toBe(folded(label));
    let shortcut = '';
    for (const [from, to] of [[0x4e00, 0x9fff], [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]])
      for (let c = from; c <= to; c++) shortcut += String.fromCharCode(c);
    for (const ch of `${shortcut}（）：、。.%/-`) if (folded(ch) !== ch) expect.fail(`U+${ch.charCodeAt(0).toString(16)}`);
  });
});

describe('canonicalLabel, folded once per label', () => {
  it('gives each label its own form, the first time and every time after, past the size it keeps', () => {
    // More distinct labels than the map keeps (it starts again), each asked for twice, interleaved with others.
    const labels = Array.from({ length: 25_000 }, (_, i) => `项目 ${i} ( 款 )`);
    for (const label of labels) expect(canonicalLabel(label)).toBe(label.replace(/ /g, '').replace('(', '（').replace(')', '）'));
    for (let i = labels.length - 1; i >= 0; i -= 997)
      expect(canonicalLabel(labels[i])).toBe(`项目${i}（款）`);
    expect(canonicalLabel('财 政 拨 款 ( 补 助 )')).toBe('财政拨款（补助）');
  });
});

describe('unspaced', () => {
  it('closes up a line spaced throughout', () => {
    expect(unspaced('收 入 决 算 表')).toBe('收入决算表');
    expect(unspaced('目 录')).toBe('目录');
    // Four gaps between five characters, two of them spaced: half.
    expect(unspaced('单 位：万 元')).toBe('单位：万元');
    expect(unspaced('部\u3000门\u3000预\u3000算')).toBe('部门预算');
    // Digits are not CJK: the space between 2017 and 年 stays, the others go.
    expect(unspaced('江 苏 省 政 协 办 公 厅 2017 年 度 部 门 预 算')).toBe('江苏省政协办公厅 2017 年度部门预算');
  });
  it('leaves a line with a space or two in it as it is', () => {
    // One space parts a number from a title: closed up, 表十一般… would read as 表十一.
    expect(unspaced('表十 一般公共预算支出情况表')).toBe('表十 一般公共预算支出情况表');
    expect(unspaced('表1 部门收支总体情况表')).toBe('表1 部门收支总体情况表');
    expect(unspaced('编制单位：某某办公室 单位：万元')).toBe('编制单位：某某办公室 单位：万元');
  });
});

describe('asciiDigits', () => {
  it('reads full-width digits, point and percent as ASCII, one for one', () => {
    expect(asciiDigits('２０１７年，增长５．７７％')).toBe('2017年，增长5.77%');
    expect(asciiDigits('２０１７').length).toBe(4);
  });
  it('reads a year in Chinese numerals as digits, and nothing else in Chinese numerals', () => {
    expect(asciiDigits('江苏省政协办公厅二〇一七年度部门预算')).toBe('江苏省政协办公厅2017年度部门预算');
    expect(asciiDigits('（二〇二六 年）')).toBe('（2026 年）');
    expect(asciiDigits('二零二四年')).toBe('2024年');
    // 一般, 三公, 十一、: not years.
    expect(asciiDigits('一般公共预算三公经费十一、')).toBe('一般公共预算三公经费十一、');
  });
});
