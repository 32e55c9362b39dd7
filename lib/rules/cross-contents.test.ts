import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../model.ts';
import { chineseOrdinal } from '../prose/text-stream.ts';
import { listedTables } from './cross-contents.ts';

const doc = (...lines: string[]): RawDocument => ({ title: '', attachments: [], blocks: lines.map((text) => ({ kind: 'text', text })) });

describe('chineseOrdinal', () => {
  it('reads 一 … 九十九 and Arabic numbers', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '3'].map(chineseOrdinal)).toEqual([1, 9, 10, 11, 20, 23, 3]);
    expect(chineseOrdinal('十十')).toBeUndefined();
    expect(chineseOrdinal('')).toBeUndefined();
  });
});

describe('listedTables', () => {
  it('reads the 目录 lines of the seeds ("- 一、 部门收支总体情况表") as 表N and standard table', () => {
    const listed = listedTables(doc('目 录', '- 一、 部门收支总体情况表', '- 三、单位支出总体情况表', '- 十一、 上年结转结余情况明细表'));
    expect(listed.map((t) => [t.number, t.standard])).toEqual([
      ['1', 'T1'],
      ['3', 'T3'],
      ['11', 'T11'],
    ]);
  });

  it('accepts dot leaders and page numbers, and skips prose headings that do not end in 表', () => {
    const listed = listedTables(
      doc('八、政府性基金预算支出情况表……………12', '二、关于部门收入预算情况说明', '一、部门主要职能', '1.部门收入总体情况表 3'),
    );
    expect(listed.map((t) => [t.number, t.standard])).toEqual([
      ['8', 'T8'],
      ['1', 'T2'],
    ]);
  });

  it('reads a 目录 given as one block of lines', () => {
    expect(listedTables(doc('目录\n一、部门收支总体情况表\n二、部门收入总体情况表\n第三部分 名词解释')).map((t) => t.standard)).toEqual(['T1', 'T2']);
  });

  it('keeps the first mention of a table and ignores long paragraphs', () => {
    const long = `一、部门支出总体情况表${'很长的说明'.repeat(60)}`;
    expect(listedTables(doc('三、部门支出总体情况表', '三、部门支出总体情况表', long))).toHaveLength(1);
  });
});
