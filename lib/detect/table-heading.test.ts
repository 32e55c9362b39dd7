import { describe, expect, it } from 'vitest';
import { combineHeadings, headingAbove, headingWithin } from './table-heading.ts';

describe('headingAbove', () => {
  it('reads a title and a unit line set in spaced-out characters', () => {
    const heading = headingAbove(['收 入 支 出 决 算 总 表', '单 位：万 元']);
    expect(heading).toMatchObject({ title: '收入支出决算总表', unit: { name: '万元' }, meta: ['单位：万元'] });
  });

  it('reads the Word layout: 表N, title, 编制单位, 单位 on four lines', () => {
    const h = headingAbove(['第二部分 2023 年单位预算公开表', '表1', '单位收支总体情况表', '编制单位：某办公室', '单位：万元']);
    expect(h).toEqual({
      number: '1',
      title: '单位收支总体情况表',
      meta: ['编制单位：某办公室', '单位：万元'],
      unit: { name: '万元', scale: 10_000 },
      continued: false,
      fillerOnly: false,
    });
  });

  it('reads the platform layout: "表1　title" and one meta line holding both items', () => {
    const h = headingAbove(['表2\u3000单位收入总体情况表', '编制单位：某办公室单位：万元']);
    expect([h.number, h.title, h.meta, h.unit?.name]).toEqual(['2', '单位收入总体情况表', ['编制单位：某办公室', '单位：万元'], '万元']);
  });

  it('reads a 绩效目标表: a title and a year line, no number, no unit', () => {
    const h = headingAbove(['2023年，本年度预算绩效管理的财政拨款项目0个。', '项目支出绩效目标表', '(2023 年)']);
    expect(h).toEqual({ title: '项目支出绩效目标表', meta: ['(2023 年)'], continued: false, fillerOnly: false });
  });

  // The form fields of a PDF heading come as separate text runs, in whatever order the page draws them
  // (江苏省人大办公厅2017年度预算公开.pdf, 江苏省人大常委会办公厅2019年部门预算公开表.pdf): every order reads the same.
  it.each([
    ['label, name, unit', ['收支预算总表', '部门：', '江苏省人大常委会办公厅', '单位：万元']],
    ['name before its label', ['收支预算总表', '江苏省人大常委会办公厅', '部门：', '单位：万元']],
    ['unit first', ['收支预算总表', '单位：万元', '部门：', '江苏省人大常委会办公厅']],
    ['label glued to the number mark', ['收支预算总表', '公开表一部门：', '江苏省人大常委会办公厅', '单位：万元']],
    ['name wrapped below the unit', ['收支预算总表', '部门名称：江苏省人大', '单位:万元', '常委会办公厅']],
  ])('reads a heading whose 部门 label and value are apart (%s)', (_, lines) => {
    const h = headingAbove(lines);
    expect([h.title, h.unit?.name]).toEqual(['收支预算总表', '万元']);
    expect(h.meta.join('')).toMatch(/江苏省人大.*常委会办公厅/);
  });

  it('reads 公开表八 and 公开表十二 (the mark with a Chinese numeral) as the table number', () => {
    expect(headingAbove(['一般公共预算基本支出预算表（经济科目）', '公开表八部门：', '某办公厅', '单位：万元']).number).toBe('八');
    expect(headingAbove(['2019年政府采购预算表', '公开表十二', '某办公厅', '部门：', '单位：万元']).number).toBe('十二');
  });

  it('reads the Jiangsu layout: 公开01表 above the title, 部门 and 单位 below (江苏省政协办公厅2019年预算公开表.pdf)', () => {
    const h = headingAbove(['公开01表', '收支预算总表', '部门：江苏省政协办公厅', '单位：万元']);
    expect([h.number, h.title, h.meta]).toEqual(['1', '收支预算总表', ['部门：江苏省政协办公厅', '单位：万元']]);
  });

  it('takes a unit from the title line when it is there', () => {
    expect(headingAbove(['表6 财政拨款收支总体情况表（单位：亿元）']).unit?.name).toBe('亿元');
  });

  it('finds no title above prose, and says whether only page furniture lies between two tables', () => {
    expect(headingAbove(['备注：本单位没有使用政府性基金预算拨款安排的支出。'])).toMatchObject({ meta: [], fillerOnly: false });
    expect(headingAbove(['- 5 -', '编制单位：某办公室', '单位：万元'])).toMatchObject({ fillerOnly: true });
    expect(headingAbove([])).toMatchObject({ fillerOnly: true, continued: false });
    expect(headingAbove(['续表'])).toMatchObject({ fillerOnly: true, continued: true });
  });

  it('looks only a few lines up', () => {
    const lines = ['表1', '单位收支总体情况表', ...Array.from({ length: 20 }, () => '单位：万元')];
    expect(headingAbove(lines)).toMatchObject({ fillerOnly: false });
    expect(headingAbove(lines).title).toBeUndefined();
  });
});

describe('headingWithin and combineHeadings', () => {
  it('reads a caption holding number, title and unit', () => {
    const h = headingWithin(['表3 一般公共预算支出情况表（单位：元）']);
    expect([h.number, h.title, h.unit?.name, h.meta]).toEqual(['3', '一般公共预算支出情况表', '元', []]);
  });

  it('reads title rows: a title cell and a row of meta cells', () => {
    const h = headingWithin(['部门收支总体情况表', '编制部门：某局', '单位：万元']);
    expect([h.number, h.title, h.meta, h.unit?.name]).toEqual([undefined, '部门收支总体情况表', ['编制部门：某局', '单位：万元'], '万元']);
  });

  it("lets the table's own title win over the text above, and keeps the number from above", () => {
    const above = headingAbove(['表7', '第三部分 公开表', '单位：万元']);
    expect(above.title).toBeUndefined();
    const own = headingWithin(['一般公共预算项目支出情况表']);
    expect(combineHeadings(own, headingAbove(['表7']))).toMatchObject({ number: '7', title: '一般公共预算项目支出情况表' });
    expect(combineHeadings(own, headingAbove(['2023年预算公开表']))).toMatchObject({ title: '一般公共预算项目支出情况表' });
  });
});
