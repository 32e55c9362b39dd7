/**
 * prose-class-changes: a 类's change on last year is the sum of its items' changes (budget-identities.md §4.2: "Σ ΔAi
 * = ΔA"). Jiangsu's 说明 states both:
 *
 *   （二）支出预算总计 …：1．一般公共服务（类）支出 22,395.50 万元 … 与上年相比增加 2,241.75 万元 …
 *   （一）一般公共服务（类）
 *     1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出 9,370.12 万元，与上年相比增加 1,297.83 万元 …
 *     2．…（款）一般行政管理事务（项）支出 13,025.38 万元，与上年相比增加 943.92 万元 …
 *
 * 1,297.83 + 943.92 = 2,241.75. The items are those stated under a sub-heading that names the 类. The check is made
 * only when the items are all of the 类 — their amounts add up to the 类's amount — and each states its change: a
 * 类 stated for all funds over items of 财政拨款 only (江苏省政协办公厅2018: 7,827.46 against 7,747.46, the 80.00 of
 * 其他资金), or an item new this year whose change is not written, leaves nothing to compare.
 *
 * Fires: a mistyped item change. Silent: every Jiangsu 说明 as published.
 */
import { allClaims, type AmountClaim, type ChangeClaim } from '../prose/claims.ts';
import { checkSum, formatAmount, halfUnitOf, ZERO } from '../rounding.ts';
import { proseFinding, witnessText } from './prose-finding.ts';
import type { FindingDraft, Rule, RuleContext } from './rule.ts';

export const proseClassChanges: Rule = {
  id: 'prose-class-changes',
  title: '类的增减额等于其下各项增减额之和 / A class changes by the sum of its items’ changes',
  run(ctx) {
    const raw = ctx.doc.raw;
    const classChanges = allClaims(raw, 'change').filter((c) => /^class(?:-all)?:/.test(c.key ?? '') && c.current && !c.current.prior);
    if (classChanges.length === 0) return [];
    const groups = new Map<string, { name: string; amounts: AmountClaim[]; changes: ChangeClaim[] }>();
    const groupOf = (c: AmountClaim | ChangeClaim) => {
      const name = className(c.section.subTitle);
      if (!name) return undefined;
      const id = `${c.section.top}.${c.section.sub}`;
      const g = groups.get(id) ?? { name, amounts: [], changes: [] };
      groups.set(id, g);
      return g;
    };
    for (const a of allClaims(raw, 'amount')) if (a.key?.startsWith('item:') && !a.prior) groupOf(a)?.amounts.push(a);
    for (const c of allClaims(raw, 'change')) if (c.key?.startsWith('item:')) groupOf(c)?.changes.push(c);
    const findings: FindingDraft[] = [];
    for (const group of groups.values()) {
      const whole = classChanges.find((c) => sameClass(c.key!.slice(c.key!.indexOf(':') + 1), group.name));
      const f = whole && check(ctx, whole, group.amounts, group.changes);
      if (f) findings.push(f);
    }
    return findings;
  },
};

/** "(一)一般公共服务支出(类)" → "一般公共服务"; undefined when the heading names no 类. */
function className(subTitle: string): string | undefined {
  const m = /^\([一二三四五六七八九十]+\)(.+?)\(类\)/.exec(subTitle);
  return m ? bare(m[1]) : undefined;
}

const bare = (name: string) => name.replace(/支出$/, '');
const sameClass = (a: string, b: string) => bare(a) === bare(b);

function check(ctx: RuleContext, whole: ChangeClaim, amounts: AmountClaim[], changes: ChangeClaim[]): FindingDraft | undefined {
  if (amounts.length === 0 || changes.length !== amounts.length) return undefined;
  // Every item states its change, on the item's own amount.
  const covered = new Set(changes.map((c) => c.current));
  if (!amounts.every((a) => covered.has(a))) return undefined;
  // The items are all of the 类: their amounts make its amount.
  if (checkSum(whole.current!.value, amounts.map((a) => a.value)).verdict === 'mismatch') return undefined;
  const stated = whole.change;
  const sum = changes.reduce((s, c) => s.plus(c.change.value), ZERO);
  const tol = changes.reduce((t, c) => t.plus(halfUnitOf(c.change)), halfUnitOf(stated));
  const diff = stated.value.minus(sum);
  const holds = diff.abs().lte(tol);
  witnessText(ctx, holds ? 'exact' : 'mismatch', whole.numberRefs, ...changes.map((c) => c.numberRefs));
  if (holds) return undefined;
  const d = Math.max(stated.decimals, ...changes.map((c) => c.change.decimals), 0);
  return proseFinding({
    rule: proseClassChanges.id,
    severity: 'error',
    kind: 'mismatch',
    claim: whole,
    others: changes,
    stated: formatAmount(stated.value, d),
    expected: formatAmount(sum, d),
    diff: formatAmount(diff, d),
    message: `「${whole.subject}」比上年增减 ${formatAmount(stated.value, d)} 万元，但其下各项（合计 ${whole.current!.value.shown}）增减额之和为 ${formatAmount(sum, d)} 万元`,
    messageEn: `"${whole.subject}" changes by ${formatAmount(stated.value, d)} on last year, but its items (together ${whole.current!.value.shown}) change by ${formatAmount(sum, d)}`,
  });
}
