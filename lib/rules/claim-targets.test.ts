/**
 * Where a prose amount is looked up. The class that once gave a false error (江苏省政协办公厅2017 with its 表格): the
 * 基本支出 section lists economic 款 lines under 三公 names ("（8）公务接待费（款）支出 16 万元"), which are lines of the
 * 基本支出 table, not the 三公 table's 公务接待费 (443.50, which counts project spending too). Written as Jiangsu and
 * as other disclosures word it; consistent, then with one figure wrong.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../engine.ts';
import type { Block, RawDocument } from '../model.ts';
import { tableBlock as table, textBlock as text } from '../../test/helpers/raw-blocks.ts';


const TABLES: Block[] = [
  text('一般公共预算基本支出预算表'),
  text('单位：万元'),
  table([
    ['科目编码', '科目名称', '金额'],
    ['302', '商品和服务支出', '126.00'],
    ['30201', '办公费', '110.00'],
    ['30217', '公务接待费', '16.00'],
    ['', '合计', '126.00'],
  ]),
  text('“三公”经费、会议费、培训费支出预算表'),
  text('单位：万元'),
  table([
    ['合计', '“三公”经费', '“三公”经费', '“三公”经费', '“三公”经费', '会议费', '培训费'],
    ['合计', '小计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费', '会议费', '培训费'],
    ['675.50', '675.50', '76.00', '156.00', '443.50', '', ''],
  ]),
];

const docWith = (sentence: string): RawDocument => ({
  title: '',
  attachments: [],
  blocks: [text('某某厅2017年度部门预算'), text('六、一般公共预算基本支出预算情况说明'), text(sentence), ...TABLES],
});

const errors = (sentence: string) =>
  analyzeDocument(docWith(sentence))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.stated, f.expected]);

describe('an economic 款 line of 基本支出 named like a 三公 item', () => {
  const variants = [
    '商品和服务支出（类）126万元（1）办公费（款）支出110万元。（2）公务接待费（款）支出16万元。用于公务接待支出。',
    '商品和服务支出（类）126万元，其中：办公费（款）110万元，公务接待费（款）16万元。',
  ];
  it.each(variants)('is the 基本支出 table’s line, not the 三公 total: %s', (sentence) => {
    expect(errors(sentence)).toEqual([]);
  });
  it('a wrong figure is reported against the 基本支出 line', () => {
    // 26 ≠ 16.00 (tolerance 2 × 0.005 and the text's ±0.5): an error against 公务接待费 of the 基本支出 table.
    expect(errors(variants[0].replace('支出16万元', '支出26万元'))).toEqual([['prose-vs-table', '26万元', '16.00']]);
    // Written as a 其中 list, the list no longer adds up either: 110 + 26 = 136 ≠ 126.
    expect(errors(variants[1].replace('（款）16万元', '（款）26万元'))).toEqual([
      ['prose-vs-table', '26万元', '16.00'],
      ['prose-parts', '126', '136'],
    ]);
  });
});

/**
 * A 决算 has no 表5: its 科目 lines are in the 一般公共预算财政拨款支出决算表, the 决算 twin the catalogue names
 * (LINE_TABLES). 一般公共服务支出 = 人大事务 = 80.00 (行政运行) + 20.00 (人大会议) = 100.00.
 */
describe('a 类 or 项 named in a 决算 is looked up in the 决算 table', () => {
  const F5: Block[] = [
    text('一般公共预算财政拨款支出决算表'),
    text('单位：万元'),
    table([
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', '100.00', '80.00', '20.00'],
      ['20101', '人大事务', '100.00', '80.00', '20.00'],
      ['2010101', '行政运行', '80.00', '80.00', ''],
      ['2010104', '人大会议', '20.00', '', '20.00'],
      ['', '合计', '100.00', '80.00', '20.00'],
    ]),
  ];
  const finalErrors = (sentence: string) =>
    analyzeDocument({
      title: '',
      attachments: [],
      blocks: [text('某某厅2024年度部门决算'), text('四、一般公共预算财政拨款支出决算情况说明'), text(sentence), ...F5],
    })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => [f.rule, f.stated, f.expected, f.cells[0]?.row, f.cells[0]?.col]);

  it('as published: no error', () => {
    expect(finalErrors('一般公共服务支出（类）100万元。人大事务（款）人大会议（项）支出20万元。')).toEqual([]);
  });
  it('a wrong 类 or 项 figure is reported against its line’s 合计', () => {
    // 120 ≠ 100.00 (row 1); 25 ≠ 20.00 (row 4, 人大会议); column 2 is 合计.
    expect(finalErrors('一般公共服务支出（类）120万元。')).toEqual([['prose-vs-table', '120万元', '100.00', 1, 2]]);
    expect(finalErrors('人大事务（款）人大会议（项）支出25万元。')).toEqual([['prose-vs-table', '25万元', '20.00', 4, 2]]);
  });
});
