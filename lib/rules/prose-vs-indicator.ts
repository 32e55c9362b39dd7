/**
 * prose-vs-indicator: a 绩效目标表 数量指标 that counts the unit's own staff or vehicles with an exact target
 * ("=19 人", "=18 辆") should agree with the count the prose states (机构人员情况, 国有资产占用情况):
 *   S000-OT-01: 「保障单位实有干部职工人数 =19 人」 (上年完成值 =20 人) vs 「实有人数 20 人，其中：在职 20 人，增加 1 人」 —
 *               the prose puts last year at 19, so this year's and last year's figures look swapped;
 *   S004-OT-01: 「保障单位公务用车数量 =18 辆」 vs 「车辆 11 辆」.
 * A warning, never an error: an indicator may count something else — cars the unit services but does not own
 * (the 州委办 serves leaders' cars), staff of subordinate bodies — and the table does not say which.
 *
 * Conservative matching, because a false alarm costs as much trust as a missed error:
 * - only 数量指标 rows whose 指标值 is an exact "=N 人/辆" (≥/≤ targets are floors and caps, not counts);
 * - the unit must agree (人 with staff, 辆 with vehicles; 人次 is attendance);
 * - the indicator must clearly name the quantity: 实有/在职 + 人数/人员, 职工人数, 编制 + 人数, 公务用车/车辆 + a
 *   count — never 培训人数, 慰问人数, 接待…, 购置车辆 …; a 编制 indicator is only compared with the 编制数 and an
 *   实有/在职 one never with it (in-service staff may exceed the 编制: [000] 编制 16, 在职 20);
 * - where the name fits more than one prose count (实有干部职工 ~ 实有人数 or 在职; 公务用车 ~ 一般公务用车 or all
 *   车辆), agreeing with any of them is enough; a quantity the prose states twice with different values is skipped.
 */
import { type CountClaim, type CountQuantity, type CountUnit, countClaims } from '../prose/counts.ts';
import { canonicalLabel, tidy } from '../text.ts';
import { tableTitle } from './findings.ts';
import { proseFinding } from './prose-finding.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';

export interface CountIndicator {
  table: AnalyzedTable;
  row: number;
  /** The 三级指标 as printed, spaces tidied: "保障单位实有干部职工人数". */
  name: string;
  valueCol: number;
  value: number;
  unit: CountUnit;
  /** 上年完成值, when the table has the column and it holds a count in the same unit. */
  lastYear?: { col: number; value: number };
}

interface Columns {
  level1?: number;
  level2: number;
  name: number;
  value: number;
  lastYear?: number;
}

const COUNT_VALUE = /^=(\d{1,6})(人|名|辆)$/;
const LAST_YEAR_VALUE = /^=?(\d{1,6})(人|名|辆)$/;
/** Indicators that count people other than the unit's staff. */
const OTHER_PEOPLE = /培训|参训|学员|慰问|接待|来访|访问|参与|参加|活动|受益|服务对象|群众|侨|招聘|录用|新增|新进|退休|离休|体检|考核|帮扶|救助|困难|志愿/;
/** Indicators about vehicles that are not the fleet's size. */
const OTHER_VEHICLES = /购置|采购|更新|新增|报废|处置|租|维修|保养|运行|里程|次|台次|车次/;

/** The prose quantities an indicator's name may mean, the most likely first; undefined when it names none clearly. */
export function quantitiesFor(name: string, unit: CountUnit): CountQuantity[] | undefined {
  const n = canonicalLabel(name).replace(/（(?:人|名|辆)）$/, '');
  if (unit === '辆') {
    if (OTHER_VEHICLES.test(n) || !/公务用车|车辆/.test(n)) return undefined;
    if (!/数量|数|保有|总量|辆|保障/.test(n)) return undefined;
    return n.includes('公务用车') ? ['vehicles-official', 'vehicles'] : ['vehicles', 'vehicles-official'];
  }
  if (OTHER_PEOPLE.test(n)) return undefined;
  const authorized = n.includes('编制');
  const actual = n.includes('实有');
  const serving = n.includes('在职');
  // 实有编制人数, 在职编制人数: which one is meant is anyone's guess.
  if (authorized && (actual || serving)) return undefined;
  if (authorized) return /人数|编制数/.test(n) ? ['staff-authorized'] : undefined;
  if (!/人数|人员/.test(n)) return undefined;
  // 实有干部职工: the Xinjiang template's 实有人数 counts retirees too (87 = 在职 59 + 退休 28 [004]), 职工 does not.
  if (actual) return ['staff-actual', 'staff-serving'];
  if (serving) return ['staff-serving'];
  if (/职工人数|干部人数/.test(n)) return ['staff-serving', 'staff-actual'];
  return undefined;
}

/** The 数量指标 rows of a 绩效目标表 whose 指标值 is an exact count of people or vehicles. */
export function countIndicators(table: AnalyzedTable): CountIndicator[] {
  const { grid } = table;
  const out: CountIndicator[] = [];
  let cols: Columns | undefined;
  /** The 二级指标 of the current group. */
  let level2 = '';
  for (let r = 0; r < grid.rows.length; r++) {
    const texts = grid.rows[r].map((c) => canonicalLabel(c.text));
    // The form's header row sits among its rows (headRows is 0 for these tables), and a joined table may repeat it.
    const header = headerColumns(texts);
    if (header) {
      cols = header;
      level2 = '';
      continue;
    }
    if (!cols) continue;
    // Pages without rowspans (the plain style) print a group's 一级/二级指标 once and leave the rows below blank.
    if (texts[cols.level2]) level2 = texts[cols.level2];
    else if (cols.level1 !== undefined && texts[cols.level1]) level2 = '';
    if (level2 !== '数量指标') continue;
    const value = COUNT_VALUE.exec(texts[cols.value] ?? '');
    if (!value) continue;
    const unit: CountUnit = value[2] === '辆' ? '辆' : '人';
    const indicator: CountIndicator = {
      table,
      row: r,
      name: tidy(grid.rows[r][cols.name].text),
      valueCol: cols.value,
      value: Number(value[1]),
      unit,
    };
    const last = cols.lastYear === undefined ? null : LAST_YEAR_VALUE.exec(texts[cols.lastYear] ?? '');
    if (last && cols.lastYear !== undefined && (last[2] === '辆') === (unit === '辆'))
      indicator.lastYear = { col: cols.lastYear, value: Number(last[1]) };
    out.push(indicator);
  }
  return out;
}

function headerColumns(texts: string[]): Columns | undefined {
  const name = texts.indexOf('三级指标');
  const value = texts.indexOf('指标值');
  const level2 = texts.indexOf('二级指标');
  if (name < 0 || value < 0 || level2 < 0) return undefined;
  const level1 = texts.indexOf('一级指标');
  const lastYear = texts.indexOf('上年完成值');
  return { level1: level1 >= 0 ? level1 : undefined, level2, name, value, lastYear: lastYear >= 0 ? lastYear : undefined };
}

/** 项目名称 of a project table, to tell [000]'s two project tables apart in messages. */
function projectName(table: AnalyzedTable): string | undefined {
  for (const row of table.grid.rows) {
    const at = row.findIndex((c) => canonicalLabel(c.text) === '项目名称');
    if (at < 0) continue;
    const name = row.slice(at + 1).find((c) => c.text.trim() && canonicalLabel(c.text) !== '项目名称');
    return name ? tidy(name.text) : undefined;
  }
  return undefined;
}

/** For the English message; the Chinese one quotes the prose's own words. */
const QUANTITY_NAMES_EN: Record<CountQuantity, string> = {
  'staff-authorized': 'authorised establishment',
  'staff-actual': 'actual headcount',
  'staff-serving': 'in-service staff',
  vehicles: 'vehicles',
  'vehicles-official': 'general official cars',
};

export const proseVsIndicator: Rule = {
  id: 'prose-vs-indicator',
  title: '绩效指标中的人数、车辆数与文中一致 / Staff and vehicle counts in performance targets match the text',
  run(ctx) {
    const byQuantity = new Map<CountQuantity, CountClaim[]>();
    for (const claim of countClaims(ctx.doc.raw)) {
      const list = byQuantity.get(claim.quantity) ?? [];
      list.push(claim);
      byQuantity.set(claim.quantity, list);
    }
    /** One claim per quantity; a quantity stated with two values (a 部门 listing its units) is not one count. */
    const stated = new Map<CountQuantity, CountClaim>();
    for (const [quantity, claims] of byQuantity)
      if (claims.every((c) => c.value === claims[0].value)) stated.set(quantity, claims[0]);
    if (stated.size === 0) return [];

    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'performance' && !table.standard?.startsWith('T12')) continue;
      for (const indicator of countIndicators(table)) {
        const quantities = quantitiesFor(indicator.name, indicator.unit);
        const claims = (quantities ?? []).flatMap((q) => stated.get(q) ?? []);
        if (claims.length === 0) continue;
        const agrees = claims.some((c) => c.value === indicator.value);
        ctx.tally(table.grid.id, agrees ? 'exact' : 'mismatch');
        if (!agrees) findings.push(mismatch(indicator, claims));
      }
    }
    return findings;
  },
};

function mismatch(indicator: CountIndicator, claims: CountClaim[]): FindingDraft {
  const { table, unit } = indicator;
  const claim = claims[0];
  const project = projectName(table);
  const title = tableTitle(table);
  const whereZh = `${title}${project ? `（${project}）` : ''}数量指标「${indicator.name}」`;
  const whereEn = `${title}${project ? ` (${project})` : ''}, quantity indicator "${indicator.name}"`;
  // Every count compared, in reading order: "文中车辆 11 辆、一般公务用车 11 辆".
  const shown = [...claims].sort((a, b) => a.index - b.index);
  const listZh = shown.map((c) => `「${c.label}」${c.value} ${unit}`).join('、');
  const listEn = shown.map((c) => `${QUANTITY_NAMES_EN[c.quantity]} (${c.label}) ${c.value} ${unit}`).join(', ');
  const cells = [{ tableId: table.grid.id, row: indicator.row, col: indicator.valueCol }];
  if (indicator.lastYear) cells.push({ tableId: table.grid.id, row: indicator.row, col: indicator.lastYear.col });

  // [000]: target 19 / 上年完成值 20 against 在职 20, 增加 1 人 (so 19 last year): the two columns look swapped.
  const last = indicator.lastYear;
  const swappedWith =
    last &&
    claims.find((c) => c.change !== undefined && c.value === last.value && c.value - (c.change ?? 0) === indicator.value);
  let zh = `${whereZh}为 ${indicator.value} ${unit}，文中为${listZh}`;
  let en = `${whereEn} is ${indicator.value} ${unit}; the text states ${listEn}`;
  if (swappedWith && last) {
    const change = swappedWith.change ?? 0;
    const changeZh = `${change >= 0 ? '增加' : '减少'} ${Math.abs(change)} ${unit}`;
    const prior = swappedWith.value - change;
    zh += `；该指标上年完成值为 ${last.value} ${unit}，而文中「${swappedWith.label}」${swappedWith.value} ${unit}、${changeZh}，即上年为 ${prior} ${unit}：本年值与上年值疑似填反`;
    en += `; its last-year value is ${last.value} ${unit}, while the text's ${swappedWith.label} ${swappedWith.value} ${unit} with ${changeZh} (${change >= 0 ? '+' : ''}${change} on last year) puts last year at ${prior}: this year's and last year's figures look swapped`;
  }
  const hedge =
    unit === '辆'
      ? ['（指标也可能统计本单位保障但不占有的车辆）', ' (the indicator may count vehicles the unit services but does not own)']
      : ['（指标也可能另有统计口径）', ' (the indicator may count something else)'];
  return {
    ...proseFinding({
      rule: proseVsIndicator.id,
      severity: 'warning',
      kind: 'mismatch',
      claim,
      stated: `${indicator.value}${unit}`,
      expected: `${claim.value}${unit}`,
      diff: String(indicator.value - claim.value),
      message: zh + hedge[0],
      messageEn: en + hedge[1],
      cells,
      tableId: table.grid.id,
      tableTitle: title,
    }),
    rowLabel: indicator.name,
    colLabel: '指标值',
  };
}
