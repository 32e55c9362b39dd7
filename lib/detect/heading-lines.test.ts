import { describe, expect, it } from 'vitest';
import { cleanTitle, isMetaLine, isPageNoise, isTitleText, parseTitleLine, splitMetaLine } from './heading-lines.ts';

describe('parseTitleLine', () => {
  it('reads a bare number line (Word and plain pages: "表1" above the title)', () => {
    expect(parseTitleLine('表1')).toEqual({ number: '1' });
    expect(parseTitleLine(' 表 10 ')).toEqual({ number: '10' });
    expect(parseTitleLine('表１')).toEqual({ number: '1' });
    expect(parseTitleLine('附表3')).toEqual({ number: '3' });
    expect(parseTitleLine('表1-2')).toEqual({ number: '1-2' });
  });
  it('reads number and title on one line (platform pages: "表1　单位收支总体情况表")', () => {
    expect(parseTitleLine('表1\u3000单位收支总体情况表')).toEqual({ number: '1', title: '单位收支总体情况表' });
    expect(parseTitleLine('表10：财政拨款“三公”经费支出情况表')).toEqual({ number: '10', title: '财政拨款“三公”经费支出情况表' });
    expect(parseTitleLine('表三、一般公共预算支出情况表')).toEqual({ number: '三', title: '一般公共预算支出情况表' });
  });
  it('reads a title alone, dropping a list marker and a unit tail', () => {
    expect(parseTitleLine('单位收支总体情况表')).toEqual({ title: '单位收支总体情况表' });
    expect(parseTitleLine('项目支出绩效目标表')).toEqual({ title: '项目支出绩效目标表' });
    expect(parseTitleLine('一、部门收支总体情况表（单位：万元）')).toEqual({ title: '部门收支总体情况表' });
  });
  it('reads the Jiangsu template mark 公开01表 as the plain number, alone, before or after the title', () => {
    expect(parseTitleLine('公开01表')).toEqual({ number: '1' });
    expect(parseTitleLine('公开 12 表')).toEqual({ number: '12' });
    expect(parseTitleLine('公开０５表')).toEqual({ number: '5' });
    expect(parseTitleLine('公开03表 支出预算总表')).toEqual({ number: '3', title: '支出预算总表' });
    expect(parseTitleLine('收支预算总表（公开01表）')).toEqual({ number: '1', title: '收支预算总表' });
    // Not a mark: prose that starts with 公开, a title whose tail is some other bracket.
    expect(parseTitleLine('公开01表显示，本年收入合计515.38万元。')).toBeUndefined();
    expect(parseTitleLine('公开表')).toEqual({ title: '公开表' });
  });
  it('marks continuations', () => {
    expect(parseTitleLine('续表')).toEqual({ continued: true });
    expect(parseTitleLine('表2（续）')).toEqual({ number: '2', continued: true });
    expect(parseTitleLine('部门收入总体情况表（续表）')).toEqual({ title: '部门收入总体情况表', continued: true });
  });
  it('rejects prose, part headings and long lines', () => {
    expect(parseTitleLine('表1显示，本年收入合计515.38万元。')).toBeUndefined();
    expect(parseTitleLine('第二部分 2023 年单位预算公开表')).toBeUndefined();
    expect(parseTitleLine('按照全口径预算的原则，所有收入和支出均纳入预算管理，详见收支总表。')).toBeUndefined();
    expect(parseTitleLine('编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室')).toBeUndefined();
    expect(parseTitleLine(`${'很长的标题'.repeat(14)}表`)).toBeUndefined();
  });
});

describe('isTitleText / cleanTitle', () => {
  it('accepts titles with bracketed tails', () => {
    expect(isTitleText('项目支出绩效目标表（2023年）')).toBe(true);
    expect(cleanTitle('项目支出绩效目标表（2023年）')).toBe('项目支出绩效目标表（2023年）');
    expect(isTitleText('部门收入总体情况表（2023年）（单位：万元）')).toBe(true);
  });
  it('takes unit and continuation tails off the end, and stops at the first other tail', () => {
    expect(cleanTitle('二、部门收入总体情况表（续表）（单位：万元）')).toBe('部门收入总体情况表');
    expect(cleanTitle('部门收入总体情况表（2023年）（单位：万元）')).toBe('部门收入总体情况表（2023年）');
  });
});

describe('meta lines', () => {
  it('recognises 编制单位, 编制部门, unit and year lines', () => {
    for (const line of ['编制单位：某某办公室', '编制部门：某某办公室', '单位：万元', '金额单位：元', '(2023 年)', '（2024年度）', '部门（单位）名称：某局']) {
      expect(isMetaLine(line), line).toBe(true);
    }
    // Typed with a Chinese input method: full-width digits.
    expect(isMetaLine('（２０２６ 年）')).toBe(true);
    expect(isMetaLine('单位收支总体情况表')).toBe(false);
    expect(isMetaLine('单位资金 97.02 万元，占 18.82%。')).toBe(false);
  });
  it('splits a 编制单位 line that runs into the unit declaration', () => {
    expect(splitMetaLine('编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室单位：万元')).toEqual([
      '编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室',
      '单位：万元',
    ]);
    expect(splitMetaLine('编制部门：某局      金额单位：元')).toEqual(['编制部门：某局', '金额单位：元']);
    expect(splitMetaLine('单位：万元')).toEqual(['单位：万元']);
  });
  it('knows page numbers', () => {
    expect(isPageNoise('- 12 -')).toBe(true);
    expect(isPageNoise('—１２—')).toBe(true);
    expect(isPageNoise('第3页 共20页')).toBe(true);
    expect(isPageNoise('2023')).toBe(true);
    expect(isPageNoise('合计')).toBe(false);
  });
});
