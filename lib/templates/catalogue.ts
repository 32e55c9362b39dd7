/**
 * What the known templates look like, as data: every standard table (its national name, the titles it goes by, the
 * classification its rows follow, budget or outcome), and every template (which standard tables it publishes, whether
 * its 表N is the standard number, and the titles only it uses). Classification (lib/classify) and the rules read this
 * catalogue; no rule branches on a province, a department, a year or a document. A new template is a new entry here.
 *
 * Sources: the national 部门预算公开 templates (the Xinjiang seeds: 表1–表10, 表11 上年结转结余 in newer years); the
 * Jiangsu provincial template 江苏省级部门预算公开报表 of 2017–2019 (公开01表 … 公开12表, or 表一 … 表十二: twelve
 * tables, eight of them standard ones, no 一般公共预算项目支出表 and no 国有资本经营预算支出表); the national 部门决算
 * 公开 template of 2024 (test/fixtures/final-accounts/部门决算模板-2024.pdf: nine tables).
 */

export type StandardTable =
  | 'T1' // 收支总体情况表
  | 'T2' // 收入总体情况表
  | 'T3' // 支出总体情况表
  | 'T4' // 财政拨款收支总体情况表
  | 'T5' // 一般公共预算支出情况表
  | 'T6' // 一般公共预算基本支出情况表
  | 'T7' // 一般公共预算项目支出情况表
  | 'T8' // 政府性基金预算支出情况表
  | 'T9' // 国有资本经营预算支出情况表
  | 'T10' // 财政拨款“三公”经费支出情况表
  | 'T11' // 上年结转结余情况明细表
  | 'T12-project' // 项目支出绩效目标表
  | 'T12-overall' // 部门（单位）整体绩效目标表
  | 'F1' // 收入支出决算总表
  | 'F2' // 收入决算表
  | 'F3' // 支出决算表
  | 'F4' // 财政拨款收入支出决算总表
  | 'F5' // 一般公共预算财政拨款支出决算表
  | 'F6' // 一般公共预算财政拨款基本支出决算表
  | 'F7' // 财政拨款“三公”经费支出决算表
  | 'F8' // 政府性基金预算财政拨款收入支出决算表
  | 'F9'; // 国有资本经营预算财政拨款收入支出决算表

export type Basis = 'budget' | 'actual';

export interface TableSpec {
  id: StandardTable;
  /** The national name, for messages. */
  name: string;
  basis: Basis;
  /** Patterns on the canonical title (no spaces, one bracket width). */
  titles: RegExp[];
  /** The classification its rows follow: a header naming the other one vetoes the title. */
  scheme?: 'function' | 'economic';
}

/**
 * Every standard table, in the order titles are tried: the first match wins, so a specific name comes before the
 * general names it contains (决算 before 预算, 基本支出 before 支出, 财政拨款收支 before 收支).
 */
export const TABLES: readonly TableSpec[] = [
  { id: 'T12-overall', name: '整体绩效目标表', basis: 'budget', titles: [/整体(?:支出)?绩效目标/] },
  { id: 'T12-project', name: '项目支出绩效目标表', basis: 'budget', titles: [/项目(?:支出)?绩效目标/] },
  // 决算: every title says 决算.
  { id: 'F7', name: '财政拨款“三公”经费支出决算表', basis: 'actual', titles: [/三公.*决算/] },
  { id: 'F4', name: '财政拨款收入支出决算总表', basis: 'actual', titles: [/财政拨款收入?支出?决算总表/] },
  { id: 'F6', name: '一般公共预算财政拨款基本支出决算表', basis: 'actual', titles: [/一般公共预算(?:财政拨款)?基本支出决算/], scheme: 'economic' },
  { id: 'F5', name: '一般公共预算财政拨款支出决算表', basis: 'actual', titles: [/一般公共预算(?:财政拨款)?支出决算(?:明细)?表/], scheme: 'function' },
  { id: 'F8', name: '政府性基金预算财政拨款收入支出决算表', basis: 'actual', titles: [/政府性基金(?:预算)?(?:财政拨款)?(?:收入)?(?:支出)?决算/] },
  { id: 'F9', name: '国有资本经营预算财政拨款收入支出决算表', basis: 'actual', titles: [/国有资本经营(?:预算)?(?:财政拨款)?(?:收入)?支出决算/] },
  { id: 'F1', name: '收入支出决算总表', basis: 'actual', titles: [/收入支出决算总表|收支决算总表/] },
  { id: 'F2', name: '收入决算表', basis: 'actual', titles: [/^(?:部门|单位)?收入决算表$/] },
  { id: 'F3', name: '支出决算表', basis: 'actual', titles: [/^(?:部门|单位)?支出决算表$/] },
  // 预算.
  { id: 'T10', name: '财政拨款“三公”经费支出情况表', basis: 'budget', titles: [/三公/] },
  { id: 'T11', name: '上年结转结余情况明细表', basis: 'budget', titles: [/结转结余(?:情况)?(?:明细)?表/] },
  { id: 'T4', name: '财政拨款收支总体情况表', basis: 'budget', titles: [/财政拨款收支(?:预算)?总(?:体情况)?表|财政拨款收支总表/] },
  { id: 'T6', name: '一般公共预算基本支出情况表', basis: 'budget', titles: [/一般公共预算(?:财政拨款)?基本支出/], scheme: 'economic' },
  { id: 'T7', name: '一般公共预算项目支出情况表', basis: 'budget', titles: [/一般公共预算(?:财政拨款)?项目支出/], scheme: 'function' },
  { id: 'T5', name: '一般公共预算支出情况表', basis: 'budget', titles: [/一般公共预算(?:财政拨款)?支出(?:预算)?(?:情况)?表/], scheme: 'function' },
  { id: 'T8', name: '政府性基金预算支出情况表', basis: 'budget', titles: [/政府性基金(?:预算)?(?:财政拨款)?支出/] },
  { id: 'T9', name: '国有资本经营预算支出情况表', basis: 'budget', titles: [/国有资本经营(?:预算)?(?:财政拨款)?支出/] },
  { id: 'T1', name: '收支总体情况表', basis: 'budget', titles: [/收支(?:预算)?总(?:体情况)?表|收支总表/] },
  { id: 'T2', name: '收入总体情况表', basis: 'budget', titles: [/收入(?:预算)?总(?:体情况)?表|收入总表/] },
  { id: 'T3', name: '支出总体情况表', basis: 'budget', titles: [/支出(?:预算)?总(?:体情况)?表|支出总表/], scheme: 'function' },
];

export const TABLE_SPECS: Readonly<Record<StandardTable, TableSpec>> = Object.fromEntries(TABLES.map((t) => [t.id, t])) as Record<
  StandardTable,
  TableSpec
>;

export interface TemplateSpec {
  name: string;
  basis: Basis;
  /** The standard tables the template publishes, in its order. */
  tables: readonly StandardTable[];
  /** Whether its 表N is the standard one (表1 … 表10); a template that numbers its own tables has no 表N to give. */
  standardNumbers: boolean;
  /** Titles only this template uses: a document with three of them follows it. */
  marks: readonly RegExp[];
}

export const NATIONAL_BUDGET: TemplateSpec = {
  name: '部门预算公开模板 / national budget template',
  basis: 'budget',
  tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'],
  standardNumbers: true,
  marks: [],
};

/**
 * Jiangsu's own names (the national ones say 情况表 / 总体情况表): 财政拨款支出预算表 and 财政拨款基本支出预算表 (they
 * cover 政府性基金 money too, so neither is a standard table), 一般公共预算机关运行经费支出预算表, the 三公 table that adds
 * 会议费 and 培训费, 政府采购预算表, and the 收支/收入/支出预算总表 names.
 */
export const JIANGSU_BUDGET: TemplateSpec = {
  name: '江苏省级部门预算公开报表 / Jiangsu provincial budget template',
  basis: 'budget',
  tables: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8', 'T10'],
  standardNumbers: false,
  marks: [
    /^财政拨款(?:基本)?支出预算表/,
    /机关运行经费支出预算表/,
    /三公经费、?会议费、?培训费/,
    /政府采购(?:支出)?预算表/,
    /^(?:财政拨款)?收支预算总表$/,
    /^收入预算总表$/,
    /^支出预算总表$/,
  ],
};

export const NATIONAL_FINAL_ACCOUNTS: TemplateSpec = {
  name: '部门决算公开模板 / national final-accounts template',
  basis: 'actual',
  tables: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
  standardNumbers: true,
  marks: [/决算总表$/, /^(?:部门|单位)?收入决算表$/, /^(?:部门|单位)?支出决算表$/, /财政拨款.*决算表$/],
};

/** Tried in order; the national budget template is the default. */
export const TEMPLATES: readonly TemplateSpec[] = [NATIONAL_FINAL_ACCOUNTS, JIANGSU_BUDGET, NATIONAL_BUDGET];

/**
 * Where a quantity sits in a standard table: the row by name, the total row, or the first body row (a one-row table
 * such as the 三公 决算表, whose one line of figures has no label); the column by header.
 */
export interface CellSpec {
  table: StandardTable;
  row: RegExp | 'total' | 'first';
  col?: RegExp;
  /** Which side-by-side list (收支总表: 0 = income). */
  segment?: number;
  /** The cell's basis when it is not its table's: the 预算数 columns of a 决算 table. */
  basis?: Basis;
}

/**
 * Where each quantity the prose names (lib/prose/subjects.ts keys) is published, first candidate first; `usual` marks
 * a relation that only usually holds ([U], budget-identities.md X.16: 机关运行经费 is 公用经费 in most documents).
 * 决算 tables carry the same quantities under their own names: 基本支出决算表 lists 人员经费 and 公用经费 side by side,
 * each closed by its own 合计 row.
 */
export const QUANTITIES: Readonly<Record<string, { at: readonly CellSpec[]; usual?: boolean }>> = {
  'total@all': {
    at: [
      { table: 'T1', row: /^收入总计$/ },
      { table: 'T1', row: /^支出总计$/ },
      // Jiangsu's 收支预算总表 closes with 收入合计 / 支出合计 (当年收入小计 plus 上年结转).
      { table: 'T1', row: /^收入合计$/ },
      { table: 'T1', row: /^支出合计$/ },
      // 决算: "收入支出总计 9,859.38 万元" is the 总计 of 收入支出决算总表, both sides alike.
      { table: 'F1', row: /^总计$/, segment: 0 },
    ],
  },
  // 决算 二 收入决算情况: "本年收入合计 307.82 万元，其中：财政拨款收入 307.82 万元".
  'income-total': { at: [{ table: 'F1', row: /^本年收入合计$/, segment: 0 }, { table: 'F2', row: 'total', col: /本年收入合计/ }] },
  'fiscal-income': { at: [{ table: 'F2', row: 'total', col: /财政拨款收入/ }] },
  'spending-total': { at: [{ table: 'F1', row: /^本年支出合计$/, segment: 1 }, { table: 'F3', row: 'total', col: /本年支出合计/ }] },
  'perf-overall': { at: [{ table: 'T1', row: /^收入总计$/ }] },
  'fiscal-total': { at: [{ table: 'T4', row: /^收入[总合]计$/ }, { table: 'F4', row: /^总计$/, segment: 0 }] },
  'gp-total': {
    at: [
      { table: 'T1', row: /^一般公共预算拨款$/, segment: 0 },
      // Jiangsu: "一、财政拨款 / 1.一般公共预算".
      { table: 'T1', row: /^一般公共预算$/, segment: 0 },
      { table: 'T5', row: 'total', col: /合计/ },
      { table: 'T4', row: /^支出总计$/, col: /一般公共预算/ },
      { table: 'F5', row: 'total', col: /合计/ },
    ],
  },
  'unit-funds': { at: [{ table: 'T1', row: /^单位资金$/, segment: 0 }] },
  'perf-nonfiscal-projects': { at: [{ table: 'T1', row: /^单位资金$/, segment: 0 }] },
  'special-account': { at: [{ table: 'T1', row: /^财政专户/, segment: 0 }] },
  fund: { at: [{ table: 'T1', row: /^政府性基金预算拨款$|^基金预算拨款$|^政府性基金预算$/, segment: 0 }] },
  soe: { at: [{ table: 'T1', row: /^国有资本经营预算拨款$/, segment: 0 }] },
  // Jiangsu's 支出预算总表 gives its totals in a first row with no label (its other rows are the units).
  'basic@all': { at: [{ table: 'T3', row: 'total', col: /基本支出/ }, { table: 'T3', row: /^$/, col: /基本支出/ }, { table: 'F3', row: 'total', col: /基本支出/ }] },
  'project@all': { at: [{ table: 'T3', row: 'total', col: /项目支出/ }, { table: 'T3', row: /^$/, col: /项目支出/ }, { table: 'F3', row: 'total', col: /项目支出/ }] },
  reserve: { at: [{ table: 'T3', row: 'total', col: /预留机动经费/ }, { table: 'T3', row: /^$/, col: /预留机动经费/ }, { table: 'T1', row: /预留机动经费/ }] },
  'basic@gp': {
    at: [
      { table: 'T5', row: 'total', col: /基本支出/ },
      { table: 'T6', row: 'total', col: /合计/ },
      { table: 'F5', row: 'total', col: /基本支出/ },
    ],
  },
  'project@gp': { at: [{ table: 'T5', row: 'total', col: /项目支出/ }, { table: 'F5', row: 'total', col: /项目支出/ }] },
  'perf-fiscal-projects': { at: [{ table: 'T5', row: 'total', col: /项目支出/ }, { table: 'T7', row: 'total' }] },
  personnel: { at: [{ table: 'T6', row: 'total', col: /人员经费/ }, { table: 'F6', row: /^人员经费合计$/ }] },
  'public-use': { at: [{ table: 'T6', row: 'total', col: /公用经费/ }, { table: 'F6', row: /^公用经费合计$/ }] },
  'admin-running': { at: [{ table: 'T6', row: 'total', col: /公用经费/ }], usual: true },
  // The 三公 table down (one row per item) or across (Jiangsu: one row of figures under 三公经费 › 因公出国（境）费 …,
  // where 合计 also holds 会议费 and 培训费, so the 三公 total is its 小计).
  sangong: { at: [across(/三公经费\/小计$/), { table: 'T10', row: 'total' }, ...sangongFinal(/^财政拨款三公经费\/合计/)] },
  'sangong-abroad': { at: [{ table: 'T10', row: /因公出国/ }, across(/因公出国/), ...sangongFinal(/因公出国/)] },
  'sangong-vehicles': { at: [across(/公务用车购置及运行(?:维护)?费(?:\/小计)?$/), ...sangongFinal(/公务用车购置及运行维护费\/小计/)] },
  'sangong-purchase': { at: [{ table: 'T10', row: /购置费$/ }, across(/公务用车购置费$/), ...sangongFinal(/公务用车购置费\//)] },
  'sangong-running': { at: [{ table: 'T10', row: /运行(?:维护)?费$/ }, across(/公务用车运行(?:维护)?费$/), ...sangongFinal(/公务用车运行维护费\//)] },
  'sangong-reception': { at: [{ table: 'T10', row: /公务接待/ }, across(/公务接待费?$/), ...sangongFinal(/公务接待费/)] },
  meeting: { at: [{ table: 'T10', row: /^会议费$/ }, across(/^会议费$/)] },
  training: { at: [{ table: 'T10', row: /^培训费$/ }, across(/^培训费$/)] },
  // 决算 收入支出决算总表: what is carried into next year.
  'carryover-end': { at: [{ table: 'F1', row: /^年末结转和结余$/, segment: 1 }] },
};

/** A 三公 预算表 laid across: its one row of figures, the item's column. */
function across(item: RegExp): CellSpec {
  return { table: 'T10', row: 'first', col: item };
}

/**
 * Where a 科目 line the text names (a 类, 款/项 or economic line; lib/prose/subjects.ts keys `class:`, `class-all:`,
 * `item:`, `econ:`) is published, first candidate first: a 预算 table, then its 决算 twin. `col` is the column read;
 * with `anyCol`, a table without that column is read in its own amount column (Jiangsu's 表5 has one, 金额).
 */
export interface LineSpec {
  table: StandardTable;
  col?: RegExp;
  anyCol?: boolean;
}

export const LINE_TABLES: Readonly<Record<'class' | 'class-all' | 'econ' | 'item', readonly LineSpec[]>> = {
  // 财政拨款 and 一般公共预算 classes: the 一般公共预算 table, the 财政拨款 总表's 一般公共预算 column.
  class: [
    { table: 'T5', col: /合计/, anyCol: true },
    { table: 'T4', col: /一般公共预算/ },
    { table: 'F5', col: /合计/, anyCol: true },
    { table: 'F4', col: /一般公共预算/ },
  ],
  // All-funds classes: the 支出 side of the 收支总表, the 支出总表.
  'class-all': [
    { table: 'T1' },
    { table: 'T3', col: /合计/, anyCol: true },
    { table: 'F1' },
    { table: 'F3', col: /本年支出合计|合计/, anyCol: true },
  ],
  // Economic lines: the 基本支出 table.
  econ: [{ table: 'T6' }, { table: 'F6' }],
  // 项 lines (7-digit codes): only the first of these tables the document has is searched.
  item: [
    { table: 'T5', col: /合计/, anyCol: true },
    { table: 'F5', col: /合计/, anyCol: true },
  ],
};

/** Which table a sentence says is empty (…为空表, 本表无数据), by what it names: the 预算 table and its 决算 twin. */
export const EMPTY_TABLE_NAMES: readonly { tables: StandardTable[]; name: RegExp }[] = [
  { tables: ['T8', 'F8'], name: /政府性基金/ },
  { tables: ['T9', 'F9'], name: /国有资本经营/ },
  { tables: ['T11'], name: /结转结余/ },
  { tables: ['T7'], name: /项目支出/ },
  { tables: ['T10', 'F7'], name: /三公/ },
];

/**
 * The 三公 决算表 is one row of figures under a header of two levels: each item has a 预算数 and a 决算数 column
 * (财政拨款“三公”经费 › 因公出国（境）费 › 决算数; canonical paths drop the quotes). The outcome first, then the
 * budget, for claims of either basis.
 */
function sangongFinal(item: RegExp): CellSpec[] {
  const col = (basis: string) => new RegExp(`${item.source}.*${basis}$`);
  return [
    { table: 'F7', row: 'first', col: col('决算数') },
    { table: 'F7', row: 'first', col: col('预算数'), basis: 'budget' },
  ];
}

/**
 * The identities between the tables of a 决算 (national template 2024), each as two places that must hold the same
 * figure — or one place and the parts that make it. 收入支出决算总表 against 收入决算表 and 支出决算表; 财政拨款收入支出
 * 决算总表 against 收入决算表's 财政拨款收入 and the three fund tables; the 一般公共预算 tables against each other.
 */
export interface TableIdentity {
  id: string;
  zh: string;
  en: string;
  a: CellSpec;
  /** One place, or several that add up to `a`. */
  b: CellSpec | CellSpec[];
}

export const FINAL_ACCOUNTS_IDENTITIES: readonly TableIdentity[] = [
  {
    id: 'XF.1',
    zh: '总表本年收入合计 = 收入决算表合计',
    en: 'total income = the income table',
    a: { table: 'F1', row: /^本年收入合计$/, segment: 0 },
    b: { table: 'F2', row: 'total', col: /本年收入合计/ },
  },
  {
    id: 'XF.2',
    zh: '总表本年支出合计 = 支出决算表合计',
    en: 'total spending = the spending table',
    a: { table: 'F1', row: /^本年支出合计$/, segment: 1 },
    b: { table: 'F3', row: 'total', col: /本年支出合计/ },
  },
  {
    id: 'XF.3',
    zh: '财政拨款本年收入合计 = 收入决算表财政拨款收入',
    en: 'fiscal income = the income table’s 财政拨款收入',
    a: { table: 'F4', row: /^本年收入合计$/, segment: 0 },
    b: { table: 'F2', row: 'total', col: /财政拨款收入/ },
  },
  {
    id: 'XF.4',
    zh: '财政拨款总表一般公共预算财政拨款 = 总表一般公共预算财政拨款收入',
    en: 'general-budget appropriations in the fiscal and the overall tables',
    a: { table: 'F4', row: /^一般公共预算财政拨款$/, segment: 0 },
    b: { table: 'F1', row: /^一般公共预算财政拨款收入$/, segment: 0 },
  },
  {
    id: 'XF.5',
    zh: '财政拨款总表一般公共预算支出 = 一般公共预算财政拨款支出决算表合计',
    en: 'general-budget spending in the fiscal table and in its own table',
    a: { table: 'F4', row: /^本年支出合计$/, col: /一般公共预算/, segment: 1 },
    b: { table: 'F5', row: 'total', col: /^.*合计$/ },
  },
  {
    id: 'XF.6',
    zh: '一般公共预算基本支出 = 人员经费合计 + 公用经费合计',
    en: 'general-budget basic spending = staff + running costs',
    a: { table: 'F5', row: 'total', col: /基本支出/ },
    b: [
      { table: 'F6', row: /^人员经费合计$/ },
      { table: 'F6', row: /^公用经费合计$/ },
    ],
  },
  {
    id: 'XF.7',
    zh: '财政拨款总表政府性基金支出 = 政府性基金决算表本年支出',
    en: 'government-fund spending in the fiscal table and in its own table',
    a: { table: 'F4', row: /^本年支出合计$/, col: /政府性基金/, segment: 1 },
    b: { table: 'F8', row: 'total', col: /本年支出\/合计/ },
  },
  {
    id: 'XF.8',
    zh: '财政拨款总表国有资本经营支出 = 国有资本经营决算表本年支出',
    en: 'state-capital spending in the fiscal table and in its own table',
    a: { table: 'F4', row: /^本年支出合计$/, col: /国有资本/, segment: 1 },
    b: { table: 'F9', row: 'total', col: /本年支出\/合计/ },
  },
];
