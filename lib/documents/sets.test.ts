/**
 * Document sets on synthetic files written as real ones are: a 说明 whose unit and year are in its title line, a 表格
 * whose unit is in 部门： lines (the value on the label's line, or on a line of its own before or after it, as PDF text
 * runs come) and whose year is only in a table title. Joined only with the same unit, year and basis.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../engine.ts';
import type { Block, RawDocument } from '../model.ts';
import { identify, sameUnit } from './identity.ts';
import { documentSets, findingSource } from './sets.ts';
import { tableBlock as table, textBlock as text } from '../../test/helpers/raw-blocks.ts';

const doc = (...blocks: Block[]): RawDocument => ({ title: '', attachments: [], blocks });

/** The 说明: the 三公 paragraph writes 70 and 27 without decimals (江苏省委办公厅2019's wording). */
const explanation = (year = 2019, unit = '江苏省某某厅', shares = ['13.77', '80.91', '5.31']) =>
  doc(
    text(`${unit}${year}年度部门预算公开`),
    text('第一部分 部门概况'),
    text('九、一般公共预算“三公”经费支出预算情况说明'),
    text(
      `${unit}${year}年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出70万元，占“三公”经费的${shares[0]}%；` +
        `公务用车购置及运行费支出411.20万元，占“三公”经费的${shares[1]}%；公务接待费支出27万元，占“三公”经费的${shares[2]}%。`,
    ),
  );

/** The 表格: three small tables, the unit in 部门： lines, the year only in the procurement table's title. */
const tables = (year = 2019, unitLines = ['部门：中共江苏省某某厅']) =>
  doc(
    text('收支预算总表'),
    ...unitLines.map(text),
    text('单位：万元'),
    table([
      ['项目', '金额', '项目', '金额'],
      ['一般公共预算', '1,471.70', '一般公共服务支出', '1,471.70'],
      ['收入总计', '1,471.70', '支出总计', '1,471.70'],
    ]),
    text('“三公”经费、会议费、培训费支出预算表'),
    ...unitLines.map(text),
    text('单位：万元'),
    table([
      ['合计', '“三公”经费', '“三公”经费', '“三公”经费', '“三公”经费', '会议费', '培训费'],
      ['合计', '小计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费', '会议费', '培训费'],
      ['1,471.70', '508.20', '70.00', '411.20', '27.00', '933.50', '30.00'],
    ]),
    text(`${year}年政府采购预算表`),
    ...unitLines.map(text),
    text('单位：万元'),
    table([
      ['项目', '合计', '货物', '服务'],
      ['合计', '30.00', '10.00', '20.00'],
    ]),
  );

describe('identify', () => {
  it('reads the unit and year of a 说明 from its title line', () => {
    expect(identify(explanation())).toMatchObject({ unit: '江苏省某某厅', year: 2019, basis: 'budget', from: { unit: 'text', year: 'text' } });
  });

  it.each([
    [['部门：中共江苏省某某厅']],
    [['部门：', '中共江苏省某某厅']],
    [['中共江苏省某某厅', '部门：']],
  ])('reads a 表格 unit from its 部门： lines %j and its year from a table title', (lines) => {
    expect(identify(tables(2019, lines))).toMatchObject({ unit: '中共江苏省某某厅', year: 2019 });
  });

  it('never takes a part heading for the unit, and falls back on the file name, saying so', () => {
    const headed = doc(text('第二部分 2019年度部门预算表'), text('一、收支预算总表'));
    expect(identify(headed, 'x/江苏省某某厅2019年度部门预算.pdf')).toMatchObject({ unit: '江苏省某某厅', year: 2019, from: { unit: 'file-name', year: 'text' } });
    expect(identify(doc(text('说明')), undefined)).toMatchObject({ unit: undefined, year: undefined });
  });

  it('reads years typed in full-width digits', () => {
    expect(identify(doc(text('江苏省某某厅２０１９年度部门预算'), text('说明')))).toMatchObject({ unit: '江苏省某某厅', year: 2019, from: { year: 'text' } });
    expect(identify(doc(text('部门：江苏省某某厅'), text('２０１８年政府采购预算表')))).toMatchObject({ unit: '江苏省某某厅', year: 2018, from: { year: 'text' } });
  });

  it('matches names of one unit, not of two', () => {
    expect(sameUnit('江苏省某某厅', '中共江苏省某某厅')).toBe(true);
    expect(sameUnit('江苏省人大常委会', '江苏省人大常委会办公厅')).toBe(true);
    expect(sameUnit('省政协办公厅', '江苏省政协办公厅')).toBe(true);
    expect(sameUnit('江苏省委办公厅', '江苏省政府办公厅')).toBe(false);
    expect(sameUnit('江苏省人大常委会办公厅', '江苏省政协办公厅')).toBe(false);
    expect(sameUnit(undefined, '江苏省政协办公厅')).toBe(false);
    expect(sameUnit('省人大办公厅', '江苏省人大常委会办公厅')).toBe(true);
    // Different units whose names hold one another, or differ only in the province.
    expect(sameUnit('江苏省财政厅', '浙江省财政厅')).toBe(false);
    expect(sameUnit('南京市财政局', '苏州市财政局')).toBe(false);
    expect(sameUnit('江苏省财政厅', '江苏省财政厅机关服务中心')).toBe(false);
    expect(sameUnit('上海市规划和自然资源局', '上海市普陀区规划和自然资源局')).toBe(false);
    expect(sameUnit('江苏省委办公厅', '江苏省委宣传部')).toBe(false);
    expect(sameUnit('新疆维吾尔自治区财政厅', '新疆维吾尔自治区财政厅')).toBe(true);
  });

  it('knows the national ways of writing a kind of unit, in any region', () => {
    // The same unit, written in full and in short (lib/templates/unit-names.ts), outside Jiangsu.
    expect(sameUnit('上海市人民政府办公厅', '上海市政府办公厅')).toBe(true);
    expect(sameUnit('上海市人民代表大会常务委员会', '上海市人大常委会办公厅')).toBe(true);
    expect(sameUnit('中国共产党新疆维吾尔自治区委员会办公厅', '中共新疆维吾尔自治区委员会办公厅')).toBe(true);
    expect(sameUnit('广州市人民政府办公厅', '广州市政府')).toBe(true);
    // Different units stay different however they are written.
    expect(sameUnit('广东省人民政府办公厅', '广东省人大常委会办公厅')).toBe(false);
    expect(sameUnit('上海市人民政府', '北京市人民政府')).toBe(false);
    expect(sameUnit('上海市人民政府办公厅', '上海市普陀区人民政府办公厅')).toBe(false);
  });
});

describe('documentSets', () => {
  it('joins a 说明 and its 表格, in either order, the text first', () => {
    for (const order of [0, 1]) {
      const files = [
        { source: 'a.pdf', raw: explanation() },
        { source: 'b.pdf', raw: tables() },
      ];
      if (order) files.reverse();
      const sets = documentSets(files);
      expect(sets).toHaveLength(1);
      expect(sets[0].sources).toEqual(['a.pdf', 'b.pdf']);
      expect(sets[0].raw.parts).toEqual([
        { source: 'a.pdf', firstBlock: 0 },
        { source: 'b.pdf', firstBlock: 4 },
      ]);
    }
  });

  it.each([
    ['another year', explanation(2018), tables(2019)],
    ['another unit', explanation(2019, '江苏省另一厅'), tables(2019)],
  ])('keeps apart files of %s', (_, a, b) => {
    const sets = documentSets([
      { source: 'a.pdf', raw: a },
      { source: 'b.pdf', raw: b },
    ]);
    expect(sets.map((s) => s.sources)).toEqual([['a.pdf'], ['b.pdf']]);
  });

  it('checks the text against the tables: a share of amounts the text rounds is computed from the table’s figures', () => {
    // 411.20 ÷ (70.00 + 411.20 + 27.00) = 411.20 ÷ 508.20 = 80.9130% → 80.91. The text alone writes 70 and 27
    // (± 0.5 each), which allows 80.75–81.07%: 80.92% passes. With the table's 70.00 and 27.00 (± 0.005) the share
    // lies in 80.9112–80.9148%: 80.92% is wrong, and 80.91% right.
    const wrong = explanation(2019, '江苏省某某厅', ['13.77', '80.92', '5.31']);
    const alone = analyzeDocument(wrong).findings.filter((f) => f.severity === 'error');
    expect(alone).toEqual([]);
    const [set] = documentSets([
      { source: 'a.pdf', raw: wrong },
      { source: 'b.pdf', raw: tables() },
    ]);
    const report = analyzeDocument(set.raw);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.stated, f.expected])).toEqual([['prose-share', '80.92%', '80.91%']]);
    expect(findingSource(set, report, errors[0])).toBe('a.pdf');
    const [right] = documentSets([
      { source: 'a.pdf', raw: explanation() },
      { source: 'b.pdf', raw: tables() },
    ]);
    expect(analyzeDocument(right.raw).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
