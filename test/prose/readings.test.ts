/**
 * Synthetic variants of the sentence classes that real documents misled the engine with (issue 10). Each class is
 * written several ways — the wording of the document it was found in, and others real disclosures use — and each is
 * checked in both directions: the consistent sentence gives no error, the same sentence with one figure wrong does.
 * Every expected rate and share below is worked out by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import type { Finding, RawDocument } from '../../lib/model.ts';
import { PROSE_RULES } from '../../lib/rules/prose-rules.ts';

const doc = (...texts: string[]): RawDocument => ({
  title: '',
  attachments: [],
  blocks: texts.map((text) => ({ kind: 'text', text })),
});

const errorsOf = (...texts: string[]): Finding[] =>
  analyzeModel({ raw: doc(...texts), tables: [] }, { rules: PROSE_RULES }).findings.filter((f) => f.severity === 'error');

const stated = (fs: Finding[]) => fs.map((f) => f.stated);

const TITLE = '某某单位2017年度部门预算';

describe('last year and this year in one sentence', () => {
  // 498.72 ÷ 8,648.07 = 5.7669% → 5.77%; this year 8,648.07 + 498.72 = 9,146.79.
  const variants = [
    '2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%。',
    '部门支出预算9,146.79万元，上年预算数为8,648.07万元，比上年增加498.72万元，增长5.77%。',
    '2016年部门预算8,648.07万元，2017年部门预算9,146.79万元，与上年相比增加498.72万元，增长5.77%。',
  ];
  it.each(variants)('consistent: %s', (sentence) => {
    expect(errorsOf(TITLE, '一、收支预算总表情况说明', sentence, '收支总预算9,146.79万元。')).toEqual([]);
  });
  it.each(variants)('5.87% is wrong whichever amount is read as the base: %s', (sentence) => {
    // 498.72 ÷ 8,648.07 = 5.77%; 498.72 ÷ 9,146.79 = 5.45%: neither is 5.87%.
    expect(stated(errorsOf(TITLE, '一、收支预算总表情况说明', sentence.replace('5.77%', '5.87%')))).toEqual(['5.87%']);
  });
});

describe('the budget and the outcome of one item (决算)', () => {
  const FINAL = '某某局2024年度部门决算';
  it('年初预算 and 决算数 side by side are two quantities; the completion rate is checked', () => {
    // 9,746.50 ÷ 10,210.34 = 95.4571% → 95.46%.
    const sentence = '一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.46%。';
    expect(errorsOf(FINAL, '五、一般公共预算财政拨款支出决算情况说明', sentence, '一般公共预算财政拨款支出9746.50万元。')).toEqual([]);
    // 95.45% is outside 95.4566–95.4576: a minor error (0.01 point).
    const wrong = errorsOf(FINAL, '五、一般公共预算财政拨款支出决算情况说明', sentence.replace('95.46', '95.45'));
    expect(wrong.map((f) => [f.stated, f.magnitude])).toEqual([['95.45%', 'minor']]);
  });
});

describe('a 类 heading and its first item', () => {
  it('the heading amount does not become the label of the item after it', () => {
    // 737.94 and 2,097.51 are a 款 and its 类, not one quantity stated twice.
    const text = '工资福利支出（类）2,097.51万元（1）基本工资（款）支出737.94万元。用于发放基本工资。';
    expect(errorsOf(TITLE, '六、财政拨款基本支出预算表情况说明', text, '工资福利支出（类）2,097.51万元。')).toEqual([]);
  });
});

describe('a part and its whole', () => {
  it.each([
    '政府采购预算总金额为1,271.22万元。其中，货物类政府采购支出预算259.32万元，占20.40%；服务类政府采购支出预算1,011.90万元，占79.60%；工程类政府采购支出预算0万元。',
    '政府采购预算1,271.22万元，其中：政府采购货物预算259.32万元、政府采购服务预算1,011.90万元、政府采购工程预算0万元。',
  ])('%s', (text) => {
    // 259.32 + 1,011.90 + 0 = 1,271.22; 259.32 ÷ 1,271.22 = 20.399% → 20.40%.
    expect(errorsOf(TITLE, '十二、政府采购预算表情况说明', text)).toEqual([]);
  });
});

describe('the same item in two scopes', () => {
  it('会议费（款）among the 基本支出 lines and among all spending are different figures', () => {
    expect(
      errorsOf(
        TITLE,
        '六、财政拨款基本支出预算表情况说明',
        '（7）会议费（款）支出66.72万元。用于单位会议。',
        '十、一般公共预算机关运行经费支出预算表情况说明',
        '（8）会议费（款）支出1,094.62万元。用于全委会会议。',
      ),
    ).toEqual([]);
  });
});

describe('an amount and its change', () => {
  it.each([
    '此外，基本支出预算数为7666.68万元。主要原因是政策性增资等原因，增加基本支出844.15万元。',
    '基本支出预算数为7666.68万元，比上年增加844.15万元。',
  ])('a change written verb first is a change, not a second amount: %s', (text) => {
    expect(errorsOf(TITLE, '三、支出预算总表情况说明', text)).toEqual([]);
  });

  it('a change that opens its sentence is of the amount before; a wrong rate there is found', () => {
    // 878.93 ÷ (3,894.09 − 878.93 = 3,015.16) = 29.150% → "增长29.15%"; 30% would need 29.5% or more.
    const good = '3．住房保障（类）支出3894.09万元，主要用于住房公积金和提租补贴。与上年相比增加878.93万元，增长29.15%。';
    expect(errorsOf(TITLE, '三、支出预算总表情况说明', good)).toEqual([]);
    expect(stated(errorsOf(TITLE, '三、支出预算总表情况说明', good.replace('29.15%', '30%')))).toEqual(['30%']);
  });
});

describe('a cut rate next to a growth', () => {
  it.each([
    '会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%，人代会经费增加200万元。',
    '会议费预算支出1469.73万元，比上年预算增加164.48万元，其余会议费按照规定压减10%。',
    '会议费预算支出1469.73万元，比上年预算增加164.48万元，主要是运转类经费核减10%。',
  ])('压减 / 核减 10%% is not the rate of the change: %s', (text) => {
    expect(errorsOf(TITLE, '十、“三公”经费、会议费、培训费支出预算表情况说明', text)).toEqual([]);
  });

  it('a real rate with the wrong direction is still an error', () => {
    expect(stated(errorsOf(TITLE, '四、说明', '会议费预算支出1469.73万元，比上年预算增加164.48万元，下降12.6%。'))).toEqual(['下降 12.6%']);
  });
});

describe('this year ÷ last year written as a growth rate', () => {
  it('1312.56% for 1212.56%: an error that says where the figure comes from', () => {
    // p = 1,685.72 − 1,557.29 = 128.43; 1,557.29 ÷ 128.43 = 12.1256 → 1212.56%; 1,685.72 ÷ 128.43 = 1312.56%.
    // With both figures rounded (p ± 0.01, A ± 0.005): 1,557.285 ÷ 128.44 = 1212.46% … 1,557.295 ÷ 128.42 = 1212.66%.
    const [f] = errorsOf(TITLE, '三、支出预算情况说明', '单位预留机动经费1685.72万元，比上年增加1557.29万元，增长1312.56%。');
    expect(f).toMatchObject({ stated: '1312.56%', expected: '1212.46–1212.66%', magnitude: 'gross' });
    expect(f.message).toContain('本年 ÷ 上年');
  });
});

describe('shares of the whole the sentence names', () => {
  // 222.5 + 183.6 + 427.5 = 833.60 = 三公; 222.5 ÷ 833.6 = 26.69%, 183.6 ÷ 833.6 = 22.02%, 427.5 ÷ 833.6 = 51.28%.
  const sangong = (a: string, b: string, c: string) =>
    `“三公”经费预算支出中，因公出国（境）费支出222.5万元，占“三公”经费的${a}%；公务用车购置及运行费支出183.6万元，占“三公”经费的${b}%；公务接待费支出427.5万元，占“三公”经费的${c}%。`;
  it('the three 三公 lines are the whole 三公: consistent shares pass', () => {
    expect(errorsOf(TITLE, '十一、“三公”经费支出预算表情况说明', sangong('26.69', '22.03', '51.28'))).toEqual([]);
  });
  it('shares of a wider total (the table’s 合计 with 会议费 and 培训费) are errors, not a reading', () => {
    // 8.75 = 222.5 ÷ 2,542.60, 7.22 = 183.6 ÷ 2,542.60, 16.81 = 427.5 ÷ 2,542.60.
    expect(stated(errorsOf(TITLE, '十一、“三公”经费支出预算表情况说明', sangong('8.75', '7.22', '16.81')))).toEqual(['8.75%', '7.22%', '16.81%']);
  });
  it('a whole stated in another section is the one the share names', () => {
    // 9,746.50 ÷ 9,759.38 = 99.868% → 99.87%.
    const texts = ['三、支出决算情况说明', '本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。', '五、一般公共预算财政拨款支出决算情况说明'];
    expect(errorsOf('某某局2024年度部门决算', ...texts, '一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.87%。')).toEqual([]);
    expect(stated(errorsOf('某某局2024年度部门决算', ...texts, '一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.86%。'))).toEqual(['99.86%']);
  });
  it('a breakdown after "主要用于以下方面：" is of the amount before the colon', () => {
    // 264.87 + 10.82 + 2.71 + 29.42 = 307.82; 29.42 ÷ 307.82 = 9.5575% → 9.56%.
    const text = (last: string) =>
      `一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出（类）264.87万元，占86.05%；社会保障和就业支出（类）10.82万元，占3.52%；卫生健康支出（类）2.71万元，占0.88%；住房保障支出（类）29.42万元，占${last}%。`;
    expect(errorsOf('某某部2024年度部门决算', '五、一般公共预算财政拨款支出决算情况说明', text('9.56'))).toEqual([]);
    expect(stated(errorsOf('某某部2024年度部门决算', '五、一般公共预算财政拨款支出决算情况说明', text('9.55')))).toEqual(['9.55%']);
  });
});

describe('SME contracts in reserved and other projects', () => {
  const paragraph = (other: string) =>
    `本部门2024年度政府采购金额（以合同签订为准）为21.07万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`;
  it('together no more than all procurement', () => {
    expect(errorsOf('某某部2024年度部门决算', '十一、其他重要事项的情况说明', paragraph('0'))).toEqual([]);
    // 21.07 + 21.07 = 42.14 > 21.07: the other projects hold at most 0.00.
    expect(errorsOf('某某部2024年度部门决算', '十一、其他重要事项的情况说明', paragraph('21.07')).map((f) => [f.stated, f.expected])).toEqual([['21.07', '0.00']]);
  });
});

describe('page furniture and paired words', () => {
  it('a page number between a share and its whole is not a number of the sentence', () => {
    // 199.25 + 183.6 + 384.75 = 767.60 = 三公; 384.75 ÷ 767.60 = 50.124% → 50.12%, and 50.02% is an error.
    const blocks = (last: string) => [
      TITLE,
      '九、“三公”经费支出预算表情况说明',
      '“三公”经费预算支出中，因公出国（境）费支出199.25万元，占“三公”经费的25.96%；公务用车购置及运行费支出183.6万元，占“三公”经费的23.92%；公务接待费支出384.75万元，占',
      '─ 13 ─',
      `“三公”经费的${last}%。具体情况如下：`,
    ];
    expect(errorsOf(...blocks('50.12'))).toEqual([]);
    expect(stated(errorsOf(...blocks('50.02')))).toEqual(['50.02%']);
  });

  it('收、支…各增加 is a change of the document total', () => {
    // 1,003.69 ÷ (10,150.48 − 1,003.69 = 9,146.79) = 10.973% → 10.97%; 11.97% is an error.
    const text = (rate: string) => `本部门2018年度收入、支出预算总计10,150.48万元，与上年相比收、支预算总计各增加1,003.69万元，增长${rate}%。`;
    expect(errorsOf('某某单位2018年度部门预算', '一、收支预算总表情况说明', text('10.97'))).toEqual([]);
    expect(stated(errorsOf('某某单位2018年度部门预算', '一、收支预算总表情况说明', text('11.97')))).toEqual(['11.97%']);
  });

  it('a completion rate is of the budget figure of its own clause, not of the one before', () => {
    // 因公出国 has no budget of its own here: no check; 三公 0.39 ÷ 2.85 = 13.684% → 13.68%.
    const text = '“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务接待费支出决算为0.39万元，完成预算的50.00%。';
    expect(errorsOf('某某局2024年度部门决算', '七、财政拨款“三公”经费支出决算情况说明', text)).toEqual([]);
  });
});

describe('a share that names no whole', () => {
  // 收支总预算 1,000.00; 一般公共预算拨款合计 800.00, of which 基本支出 400.00: 50.00% of the list head, 40.00% of the
  // whole budget. Either reading is the author's; 45.00% is neither.
  const texts = (share: string) => [
    TITLE,
    '一、收支预算总体情况说明',
    '2017年收支总预算1,000.00万元。',
    '五、一般公共预算当年拨款情况说明',
    `一般公共预算拨款合计800.00万元，其中：基本支出400.00万元，占${share}%；项目支出400.00万元，占${share}%。`,
  ];
  it.each(['50.00', '40.00'])('%s%% is a share of one of the totals the text states', (share) => {
    expect(errorsOf(...texts(share))).toEqual([]);
  });
  it('45.00% is a share of none, and the two shares of the whole breakdown make 90.00%, not 100%', () => {
    expect(stated(errorsOf(...texts('45.00')))).toEqual(['45.00%', '45.00%', '90.00%']);
  });
});

describe('a 类’s change against its items’ changes', () => {
  // 275.54 + 785.06 + 314.03 = 1,374.63 = the 类; 26.77 + 41.67 + 16.67 = 85.11 = its change.
  const texts = (kuanChange: string) => [
    '某某办公厅2019年度部门预算',
    '一、收支预算总表情况说明',
    '（二）支出预算总计27664.22万元。包括：',
    '2．社会保障和就业（类）支出1374.63万元，主要用于离退休人员。与上年相比增加85.11万元，增长6.6%。',
    '五、一般公共预算支出预算表情况说明',
    '（二）社会保障和就业支出（类）',
    '1．行政事业单位离退休（款）未归口管理的行政单位离退休（项）支出275.54万元，与上年相比增加26.77万元，增长10.76%。',
    `2．行政事业单位离退休（款）机关事业单位基本养老保险缴费（项）支出785.06万元，与上年相比增加${kuanChange}万元。`,
    '3．行政事业单位离退休（款）机关事业单位职业年金缴费（项）支出314.03万元，与上年相比增加16.67万元。',
  ];
  it('the items’ changes add up to the 类’s', () => {
    expect(errorsOf(...texts('41.67'))).toEqual([]);
  });
  it('one item’s change mistyped: 26.77 + 14.67 + 16.67 = 58.11, not 85.11', () => {
    expect(errorsOf(...texts('14.67')).map((f) => [f.rule, f.stated, f.expected])).toEqual([['prose-class-changes', '85.11', '58.11']]);
  });
  it('items that are not all of the 类 (their amounts fall short of it) are not compared', () => {
    const partial = texts('14.67').filter((t) => !t.startsWith('3．'));
    expect(errorsOf(...partial)).toEqual([]);
  });
});

describe('a page number inside a line', () => {
  it('"离退─11─休" is 离退休: the number between the rules is not read', () => {
    // 271.45 − 14.69 = 256.76; 14.69 ÷ 256.76 = 5.72%.
    const text = '1．行政事业单位离退休（款）未归口管理的行政单位离退─11─休支出（项）271.45万元，与上年相比增加14.69万元，增长5.72%。';
    expect(errorsOf(TITLE, '五、一般公共预算支出预算表情况说明', text)).toEqual([]);
    expect(stated(errorsOf(TITLE, '五、一般公共预算支出预算表情况说明', text.replace('5.72', '6.72')))).toEqual(['6.72%']);
  });
});

describe('vehicles by kind', () => {
  const fleet = (police: string) =>
    `截至2024年12月31日，本部门共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车${police}辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。`;
  it('add up to the fleet: 0 + … + 2 + … + 1 = 3', () => {
    expect(errorsOf('某某局2024年度部门决算', '（三）国有资产占有使用情况说明', fleet('2'))).toEqual([]);
  });
  it('a kind mistyped: 3 + 1 = 4 vehicles listed for a fleet of 3', () => {
    expect(errorsOf('某某局2024年度部门决算', '（三）国有资产占有使用情况说明', fleet('3')).map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['prose-vehicle-counts', '3', '4'],
    ]);
  });
});
