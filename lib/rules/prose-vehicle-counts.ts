/**
 * prose-vehicle-counts: the vehicles a unit holds, by kind, add up to its fleet (国有资产占有使用情况). The templates
 * list every kind, so the list is the whole:
 *
 *   决算 2024: "共有车辆 0 辆，其中：部级领导干部用车 0 辆、主要领导干部用车 0 辆、机要通信用车 0 辆、应急保障用车 0 辆、
 *              执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部用车 0 辆、其他用车 0 辆。"
 *   预算 [004]: "车辆 11 辆，价值 429.13 万元；其中：一般公务用车 11 辆，…；执法执勤用车 0 辆，…；其他车辆 0 辆，…"
 *
 * Counts are exact: no rounding. Fires: a kind mistyped ("执法执勤用车 2 辆" in a fleet of 0). Silent: every seed and
 * 决算 as published.
 */
import { scanNumbers } from '../prose/scan-numbers.ts';
import { quoteOf, sentencesOf, textRefs } from '../prose/text-stream.ts';
import type { TextRef } from '../model.ts';
import type { FindingDraft, Rule } from './rule.ts';

export const proseVehicleCounts: Rule = {
  id: 'prose-vehicle-counts',
  title: '各类车辆数之和等于车辆总数 / Vehicles by kind add up to the fleet',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const sentence of sentencesOf(ctx.doc.raw)) {
      const { text } = sentence;
      const listAt = text.indexOf('其中');
      if (listAt < 0 || !text.includes('车辆')) continue;
      let total: { n: number; refs: TextRef[] } | undefined;
      const parts: { n: number; refs: TextRef[] }[] = [];
      for (const num of scanNumbers(text)) {
        if (text.slice(num.digitsEnd, num.digitsEnd + 1) !== '辆' || num.amount.decimals > 0) continue;
        const before = text.slice(Math.max(0, num.start - 16), num.start);
        const entry = { n: num.amount.value.toNumber(), refs: textRefs(sentence, num.start, num.digitsEnd + 1) };
        if (num.start < listAt) {
          if (/车辆$/.test(before)) total = entry;
        } else if (/(?:用车|车辆)$/.test(before) && total) parts.push(entry);
      }
      if (!total || parts.length < 2) continue;
      const sum = parts.reduce((s, p) => s + p.n, 0);
      ctx.witness?.([], sum === total.n ? 'exact' : 'mismatch', [], [total.refs, ...parts.map((p) => p.refs)].flat());
      if (sum === total.n) continue;
      const refs = textRefs(sentence);
      findings.push({
        rule: proseVehicleCounts.id,
        severity: 'error',
        kind: 'mismatch',
        stated: `${total.n}`,
        expected: `${sum}`,
        diff: `${total.n - sum}`,
        message: `车辆共 ${total.n} 辆，但所列各类车辆合计 ${sum} 辆`,
        messageEn: `${total.n} vehicles in all, but the kinds listed add up to ${sum}`,
        quote: quoteOf(ctx.doc.raw, refs),
        textRefs: refs,
        cells: [],
      });
    }
    return findings;
  },
};
