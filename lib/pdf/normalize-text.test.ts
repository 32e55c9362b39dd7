import { describe, expect, it } from 'vitest';
import {
  collapseWideSpaces,
  joinNumberSpaces,
  joinWrappedLines,
  normalizeCodePoint,
  normalizePdfString,
} from './normalize-text.ts';

describe('normalizePdfString', () => {
  it('maps Kangxi radicals to ideographs (NFKC covers the block)', () => {
    // As Chromium's print-to-PDF writes them with Noto Sans CJK: ⽀ U+2F40, ⼈ U+2F08, ⼀ U+2F00.
    expect(normalizePdfString('单位收\u2f40总体情况表')).toBe('单位收支总体情况表');
    expect(normalizePdfString('\u2f08员')).toBe('人员');
    expect(normalizePdfString('\u2f00般公共预算')).toBe('一般公共预算');
  });

  it('reads KANGXI RADICAL DOOR as 户, the form a Simplified Chinese font draws, not NFKC\'s 戶', () => {
    expect('\u2f3e'.normalize('NFKC')).toBe('\u6236');
    expect(normalizePdfString('财政专\u2f3e核拨')).toBe('财政专户核拨');
  });

  it('maps the CJK Radicals Supplement, which NFKC leaves alone, through the Unicode equivalence table', () => {
    expect('\u2ed4'.normalize('NFKC')).toBe('\u2ed4'); // why the table exists
    expect(normalizePdfString('部\u2ed4预算')).toBe('部门预算'); // ⻔ → 门
    expect(normalizePdfString('\u2ea0政')).toBe('民政'); // ⺠ → 民
    expect(normalizePdfString('\u2ed3期')).toBe('长期'); // ⻓ → 长
    expect(normalizePdfString('\u2ec5')).toBe('见'); // ⻅ → 见
  });

  it('maps supplement radicals whose equivalent lies outside the BMP', () => {
    expect(normalizePdfString('\u2e87')).toBe(String.fromCodePoint(0x20628));
  });

  it('leaves a radical without an equivalent as it is', () => {
    expect(normalizeCodePoint(0x2e9a)).toBe('\u2e9a');
  });

  it('repairs CJK compatibility ideographs but keeps full-width punctuation and digits as written', () => {
    expect(normalizePdfString('\uf9f4')).toBe('林');
    expect(normalizePdfString('单位：万元（类）１２')).toBe('单位：万元（类）１２');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizePdfString('预\u00ad算\u200b数\ufeff')).toBe('预算数');
  });
});

describe('joinNumberSpaces', () => {
  it('removes spaces a PDF put next to a thousands separator or decimal point', () => {
    expect(joinNumberSpaces('9 ,146.79')).toBe('9,146.79');
    expect(joinNumberSpaces('1, 234.50')).toBe('1,234.50');
    expect(joinNumberSpaces('12 .5 万元')).toBe('12.5 万元');
  });

  it('keeps spaces between separate numbers and words', () => {
    expect(joinNumberSpaces('201 03')).toBe('201 03');
    expect(joinNumberSpaces('2023 年')).toBe('2023 年');
    expect(joinNumberSpaces('1. 一般公共预算拨款')).toBe('1. 一般公共预算拨款');
  });
});

describe('joinWrappedLines', () => {
  it('joins Chinese lines without a space, so a sentence broken by the margin stays one claim', () => {
    expect(joinWrappedLines('江苏省政协办公厅本年收入预算合计 13,377.11 万元，其', '中：')).toBe(
      '江苏省政协办公厅本年收入预算合计 13,377.11 万元，其中：',
    );
  });

  it('joins a number broken at the margin', () => {
    expect(joinWrappedLines('比上年增加 2,444.', '1 万元')).toBe('比上年增加 2,444.1 万元');
  });

  it('puts a space between Latin words', () => {
    expect(joinWrappedLines('budget', 'check')).toBe('budget check');
  });
});

describe('collapseWideSpaces', () => {
  it('removes spaces between Chinese characters in justified prose but not next to digits', () => {
    expect(collapseWideSpaces('单 时 ， 汇 率')).toBe('单时，汇率');
    expect(collapseWideSpaces('2019 年 预算 13,377.11 万元')).toBe('2019 年预算 13,377.11 万元');
    expect(collapseWideSpaces('2 、社会保障和就业支出（类） 74.85 万元，占 16.64%。')).toBe('2、社会保障和就业支出（类）74.85 万元，占 16.64%。');
  });
});
