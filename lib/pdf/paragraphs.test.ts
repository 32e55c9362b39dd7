import { describe, expect, it } from 'vitest';
import { line, run } from '../../test/pdf/synthetic.ts';
import { bodyFontSize, buildParagraphs, isHeading } from './paragraphs.ts';

const S = 16;
/** A page of prose set like 江苏省政协办公厅2019年度部门预算.pdf p.11: 16 pt, margins 80–516, first lines indented 2 em. */
const prose = [
  line(run('本表（公开 02 表）反映部门年度总体收入预算情况。填列', 112, 100, S)),
  line(run('数应与《收支预算总表》收入数一致。', 80, 128, S)),
  line(run('江苏省政协办公厅本年收入预算合计 13,377.11 万元，其', 112, 156, S)),
  line(run('中：', 80, 184, S)),
  line(run('一般公共预算收入 13,297.11 万元，占 99.4%；', 112, 212, S)),
  line(run('其他资金 80 万元，占 0.6%；', 112, 240, S)),
  line(run('三、支出预算情况说明', 112, 268, S)),
];

describe('buildParagraphs', () => {
  it('joins the lines of a paragraph and breaks where a line stops short or the next is indented', () => {
    const texts = buildParagraphs(prose).map((p) => p.text);
    expect(texts).toEqual([
      '本表（公开 02 表）反映部门年度总体收入预算情况。填列数应与《收支预算总表》收入数一致。',
      // One claim, although the line break falls inside "其中".
      '江苏省政协办公厅本年收入预算合计 13,377.11 万元，其中：',
      '一般公共预算收入 13,297.11 万元，占 99.4%；',
      '其他资金 80 万元，占 0.6%；',
      '三、支出预算情况说明',
    ]);
  });

  it('marks a numbered line that is not a sentence as a heading, and a numbered sentence not', () => {
    const paragraphs = buildParagraphs(prose);
    expect(paragraphs.map((p) => p.numberedHeading)).toEqual([false, false, false, false, true]);
    const sentence = buildParagraphs([line(run('（一）收入预算总计 13,377.11 万元。包括：', 112, 100, S))]);
    expect(sentence[0].numberedHeading).toBe(false);
  });

  it('tells whether a paragraph may go on over the page break, and whether it may continue one', () => {
    const paragraphs = buildParagraphs(prose);
    expect(paragraphs[0].open).toBe(false); // its last line stops short of the right margin
    expect(paragraphs[0].continues).toBe(false); // its first line is indented
    // The top of a page: a line at the left margin goes on with the paragraph that ended the page before.
    const top = buildParagraphs([line(run('数应与《收支预算总表》收入数一致，经核对无误后予以公开', 80, 100, S)), ...prose.slice(2)]);
    expect(top[0].continues).toBe(true);
    expect(top[0].open).toBe(true); // and it runs to the right margin: it may go on too
  });

  it('splits a line holding two blocks set far apart (编制单位 on the left, 单位 on the right)', () => {
    const texts = buildParagraphs([line(run('编制单位：克孜勒苏柯尔克孜自治州外事办公室', 26, 200, 7), run('单位：万元', 537, 200, 7))]).map((p) => p.text);
    expect(texts).toEqual(['编制单位：克孜勒苏柯尔克孜自治州外事办公室', '单位：万元']);
  });
});

describe('isHeading', () => {
  it('takes a larger font for a heading, measured against the whole document, but not the lines above a table', () => {
    const body = buildParagraphs(prose);
    const title = buildParagraphs([line(run('部门收入总体情况表', 200, 80, 18))])[0];
    const meta = buildParagraphs([line(run('编制单位：江苏省政协办公厅', 80, 80, 18))])[0];
    const size = bodyFontSize([...body, title]);
    expect(size).toBe(16);
    expect(isHeading(title, size)).toBe(true);
    expect(isHeading(meta, size)).toBe(false);
    expect(isHeading(body[1], size)).toBe(false);
  });
});
