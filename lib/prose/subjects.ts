/**
 * What quantity a prose label names. Labels carry the department's name, the year and filler ("克孜勒苏…办公室 2023 年
 * 一般公共预算拨款合计"), so a label is searched for known quantity names, most specific first. Scope matters:
 * 基本支出 in 三、支出预算 is all funds (表3), in 五/六 only the general public budget (表5/表6) — budget-identities.md
 * §4.2 — so the key carries the scope where the two differ.
 */
import type { Section } from './text-stream.ts';

export type SectionKind =
  | 'overview' // 一 收支总体
  | 'income' // 二 收入
  | 'expenditure' // 三 支出
  | 'fiscal' // 四 财政拨款收支
  | 'gp' // 五 一般公共预算当年拨款
  | 'basic' // 六 基本支出
  | 'project' // 七 项目支出
  | 'fund' // 八 政府性基金
  | 'soe' // 九 国有资本经营
  | 'sangong' // 十 三公
  | 'carryover' // 十一 结转结余
  | 'other'; // 其他重要事项, 概况, 名词解释

// 决算 sections are titled like 预算 ones with 决算 in place of 预算 ("三、支出决算情况说明", "四、财政拨款收入支出决算
// 总体情况说明"): the same scopes.
const SECTION_KINDS: [SectionKind, RegExp][] = [
  ['sangong', /三公/],
  ['carryover', /结转结余/],
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
  ['basic', /基本支出/],
  ['project', /项目支出/],
  ['gp', /一般公共预算/],
  ['fiscal', /财政拨款收(?:入)?支(?:出)?/],
  ['overview', /收支(?:预算|决算)|收入支出(?:预算|决算)|收支总体/],
  ['income', /收入(?:预算|决算)/],
  ['expenditure', /支出(?:预算|决算)/],
];

/** Per section, its kind: asked for every sentence and every claim, and a section holds many of both. */
const kinds = new WeakMap<Section, SectionKind>();

export function sectionKind(section: Section): SectionKind {
  let kind = kinds.get(section);
  if (kind === undefined) {
    kind = kindOf(section);
    kinds.set(section, kind);
  }
  return kind;
}

function kindOf(section: Section): SectionKind {
  if (!section.top) return 'other';
  for (const [kind, pattern] of SECTION_KINDS) if (pattern.test(section.topTitle)) return kind;
  return 'other';
}

/** Ordered: the first match wins, so longer names come before the names they contain. */
const KEYS: [string, RegExp][] = [
  ['sangong-abroad', /因公出国\(境\)费/],
  // Jiangsu's 三公 paragraph gives the two vehicle lines as one: "公务用车购置及运行费支出 183.6 万元".
  ['sangong-vehicles', /公务用车购置及运行(?:维护)?费/],
  ['sangong-purchase', /公务用车购置费/],
  ['sangong-running', /公务用车运行(?:维护)?费/],
  ['sangong-reception', /公务接待费/],
  ['sangong', /三公/],
  // Jiangsu: "一般公共预算拨款安排的会议费预算支出 1,282.56 万元": the 会议费, not the general public budget.
  ['meeting', /会议费/],
  ['training', /培训费/],
  ['admin-running', /机关运行经费|单位运行经费/],
  // 政府采购货物预算 and 货物类政府采购支出预算 [政协 2017]: a part of the procurement budget, never the whole.
  // Jiangsu: "政府采购支出预算总额 2416.43 万元，其中：拟采购货物支出 233.1 万元、拟购买服务支出 2183.33 万元".
  ['procurement-goods', /政府采购货物|货物类?(?:政府)?采购|(?:采购|购买)货物/],
  ['procurement-works', /政府采购工程|工程类?(?:政府)?采购|(?:采购|购买)工程/],
  ['procurement-services', /政府采购服务|服务类?(?:政府)?采购|(?:采购|购买)服务/],
  ['sme-micro', /小微企业/],
  ['sme', /中小企业/],
  // 决算: "政府采购金额（以合同签订为准）为 21.07 万元", "政府采购支出总额".
  ['procurement', /政府采购(?:支出)?预算|政府采购金额|政府采购支出(?:预算)?总额/],
  ['perf-overall', /整体(?:预算)?绩效目标/],
  ['perf-nonfiscal-projects', /非财政拨款项目/],
  ['perf-fiscal-projects', /财政拨款项目/],
  ['classified-projects', /涉密项目/],
  // Jiangsu: "单位预留机动经费预算数为 2557.89 万元", the third use of money beside 基本支出 and 项目支出.
  ['reserve', /预留机动经费/],
  ['personnel', /人员经费/],
  ['public-use', /公用经费/],
  // 决算 二、三: the year's income and spending, without the carry-overs of the 总计.
  ['income-total', /本年收入合计/],
  ['spending-total', /本年支出合计/],
  ['fiscal-income', /^财政拨款收入$/],
  ['fiscal-total', /财政拨款收、?支总预算|财政拨款收入预算(?:总计|合计)|财政拨款收、?支(?:预算)?总计|财政拨款收入、?支出(?:决算)?总计/],
  ['gp-transfer', /上级一般公共预算/],
  ['fund-transfer', /上级政府性基金/],
  ['soe-transfer', /上级国有资本/],
  ['basic', /基本支出/],
  ['project', /项目支出/],
  ['gp-total', /一般公共预算/],
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
  ['special-account', /财政专户/],
  ['unit-funds', /单位资金/],
  ['nonfiscal-carryover', /非财政拨款结转/],
  ['fiscal-carryover', /财政拨款结转/],
  ['carryover', /上年结转结余/],
  ['carryover-end', /年末结转和结余/],
  ['other-funds', /其他资金/],
  // Last: a label that names a fund or a part ("一般公共预算收入预算", "政府性基金支出预算", "财政拨款基本支出预算") is
  // that part, not the budget total (Jiangsu's 部门预算 names every part this way).
  // "收、支预算总计各增加", "收入、支出决算总计", "收入支出总计": both sides at once, the document's total.
  ['total', /收、?支总预算|收入预算|支出预算|收、?支(?:预算|决算)?总计|收入、?支出(?:预算|决算)?总计/],
];

/** Quantities whose 其中 parts are, by definition, the whole (a shortfall is an error, not an incomplete list). */
export const COMPLETE_PARTS: Record<string, string[]> = {
  procurement: ['procurement-goods', 'procurement-works', 'procurement-services'],
  sangong: ['sangong-abroad', 'sangong-purchase', 'sangong-running', 'sangong-vehicles', 'sangong-reception'],
  'basic@gp': ['personnel', 'public-use'],
  'gp-total': ['basic@gp', 'project@gp'],
  'total@all': ['gp-total', 'gp-transfer', 'fund', 'fund-transfer', 'soe', 'soe-transfer', 'special-account', 'unit-funds', 'fiscal-carryover', 'nonfiscal-carryover', 'carryover'],
};

/**
 * The ways a whole splits into parts that are all of it: the 三公 total is 因公出国 + 公务用车购置 + 公务用车运行 +
 * 公务接待, or with the two vehicle lines as one. Parts whose keys make up one of these are the whole, whether or
 * not the whole is stated.
 */
const PARTITIONS: Record<string, string[][]> = {
  sangong: [
    ['sangong-abroad', 'sangong-purchase', 'sangong-running', 'sangong-reception'],
    ['sangong-abroad', 'sangong-vehicles', 'sangong-reception'],
  ],
  procurement: [['procurement-goods', 'procurement-works', 'procurement-services']],
  'basic@gp': [['personnel', 'public-use']],
};

/** Whether parts with these keys are one whole partition of `whole`: each line of it once, nothing else. */
export function partitionOf(whole: string, parts: readonly (string | undefined)[]): boolean {
  const keys = parts.map((p) => p ?? '');
  return (PARTITIONS[whole] ?? []).some((set) => set.length === keys.length && set.every((k) => keys.includes(k)));
}

/** The whole that parts with these keys make up, if they are one of its partitions. */
export function wholeOfParts(parts: readonly (string | undefined)[]): string | undefined {
  return Object.keys(PARTITIONS).find((whole) => partitionOf(whole, parts));
}

/** The key of the quantity a label names, or undefined. */
export function subjectKey(label: string, kind: SectionKind): string | undefined {
  // 五(三) items: "一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)".
  const item = /\(项\)/.exec(label);
  if (item) {
    const before = label.slice(0, item.index);
    const kuan = before.lastIndexOf('(款)');
    const lei = before.lastIndexOf('(类)');
    // "行政事业单位离退休（类）…（项）": a 款 labelled （类） (江苏省人大常委会2019): the level before the 项 is its 款.
    const parent = kuan >= 0 ? kuan : lei;
    const name = parent >= 0 ? before.slice(parent + 3) : stripMarker(before);
    const kuanName =
      kuan >= 0 ? stripMarker(before.slice(lei >= 0 && lei < kuan ? lei + 3 : 0, kuan)) : lei >= 0 ? stripMarker(before.slice(0, lei)) : '';
    return `item:${kuanName}/${name}`;
  }
  // 六 基本支出 lists its economic 类 and 款 ("（8）公务接待费（款）支出 16 万元", "商品和服务支出（类）"): lines of the
  // 基本支出 table by their economic names. Not the 三公 item of the same name, which counts project spending too.
  if (kind === 'basic') {
    const level = /\((?:款|类)\)/.exec(label);
    if (level) return `econ:${stripMarker(label.slice(0, level.index).replace(/^\(\d{1,2}\)/, ''))}`;
  }
  // A 类 in 一 收支总体 and 三 支出 is all funds (表1, 表3); in 四/五 财政拨款 and 一般公共预算 (表4, 表5): 江苏省政协
  // 办公厅2017's 一般公共服务（类）is 6,543.55 in 一 and 6,463.55 in 五, the 80.00 of 其他资金 apart.
  const classKey = kind === 'overview' || kind === 'expenditure' ? 'class-all:' : 'class:';
  const cls = /\(类\)/.exec(label);
  if (cls) return `${classKey}${stripMarker(label.slice(0, cls.index))}`;
  for (const [key, pattern] of KEYS) {
    if (!pattern.test(label)) continue;
    if (key === 'total') return 'total@all';
    // 一 收支总体 and 三 支出 speak of all funds; 五/六 of the general public budget.
    if (key === 'basic' || key === 'project')
      return `${key}@${kind === 'expenditure' || kind === 'overview' ? 'all' : 'gp'}`;
    // 四 "收入预算包括：一般公共预算拨款 X" and 五 "一般公共预算拨款合计 X" are both the GP total.
    return key;
  }
  // 四 "一般公共服务支出 353.26 万元，主要用于…": a 类 named without "(类)"; in 一 "1．一般公共服务支出 10528.33 万元".
  if ((kind === 'fiscal' || kind === 'gp') && /支出$/.test(label)) return `class:${stripMarker(label)}`;
  if ((kind === 'overview' || kind === 'expenditure') && /^\d{1,2}[、.]/.test(label) && /支出$/.test(label))
    return `class-all:${stripMarker(label)}`;
  return undefined;
}

function stripMarker(label: string): string {
  let s = label;
  const lead = /^\d{1,2}[、.]/.exec(s);
  if (lead) s = s.slice(lead[0].length);
  return s;
}

/** The name a reader knows, for messages. */
export const KEY_NAMES: Record<string, string> = {
  'total@all': '收支总预算',
  'fiscal-total': '财政拨款收支总预算',
  'gp-total': '一般公共预算',
  'basic@all': '基本支出（全部资金）',
  'project@all': '项目支出（全部资金）',
  'basic@gp': '一般公共预算基本支出',
  'project@gp': '一般公共预算项目支出',
  personnel: '人员经费',
  'public-use': '公用经费',
  sangong: '“三公”经费',
  'sangong-vehicles': '公务用车购置及运行费',
  'unit-funds': '单位资金',
  'other-funds': '其他资金',
  meeting: '会议费',
  training: '培训费',
};
