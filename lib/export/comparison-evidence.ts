/**
 * The evidence pack of a comparison: which files were compared (each with the SHA-256 of its bytes, so a reporter can
 * run `sha256sum` on both downloads and show they are the ones the pack describes), when, and every finding with
 * both sides' figures and places. JSON to archive, Markdown to paste into a draft.
 */
import type { Comparison, ComparisonFinding } from '../compare/compare.ts';
import type { Where } from '../compare/side.ts';

export interface ComparedFile {
  name: string;
  sha256: string;
}

export interface ComparisonEvidenceContext {
  files: ComparedFile[];
  checkedAt: string;
  generator?: string;
}

/** One place of a comparison finding, as JSON; `refs` adds the cells and text ranges (the CLI's contract). */
export function whereJson(w: Where, refs = false) {
  const place = { source: w.source, tableTitle: w.tableTitle, rowLabel: w.rowLabel, colLabel: w.colLabel, value: w.value, quote: w.quote };
  return refs ? { ...place, cells: w.cells, textRefs: w.textRefs } : place;
}

/** A comparison finding as JSON: the evidence pack's and the CLI's. */
export function comparisonFindingJson(f: ComparisonFinding, refs = false) {
  return {
    rule: f.rule,
    severity: f.severity,
    magnitude: f.magnitude,
    kind: f.kind,
    stated: f.stated,
    expected: f.expected,
    message: f.message,
    messageEn: f.messageEn,
    old: whereJson(f.old, refs),
    new: whereJson(f.new, refs),
  };
}

/** Where a figure was found, for people: the quoted sentence, or the table, row and column with the value. */
export function wherePlace(w: Where): string {
  if (w.quote) return `「${w.quote}」`;
  return `${w.tableTitle ?? ''}「${[w.rowLabel, w.colLabel].filter(Boolean).join(' / ')}」 ${w.value}`;
}

export function comparisonEvidence(comparisons: readonly Comparison[], context: ComparisonEvidenceContext) {
  return {
    kind: 'budget-check-comparison',
    generator: context.generator ?? 'Budget Check',
    checkedAt: context.checkedAt,
    files: context.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    comparisons: comparisons.map((c) => ({
      old: c.old,
      new: c.new,
      relation: c.relation,
      compared: c.compared,
      findings: c.findings.map((f) => comparisonFindingJson(f)),
    })),
  };
}

export function comparisonEvidenceJson(comparisons: readonly Comparison[], context: ComparisonEvidenceContext): string {
  return `${JSON.stringify(comparisonEvidence(comparisons, context), null, 2)}\n`;
}

const LABEL: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 note' };

export function comparisonEvidenceMarkdown(comparisons: readonly Comparison[], context: ComparisonEvidenceContext): string {
  const lines = ['# 与上年对比 / Comparison', '', `- 核对时间 / checked at: ${context.checkedAt}`, ''];
  lines.push('| 文件 / file | SHA-256 |', '| --- | --- |');
  for (const f of context.files) lines.push(`| ${f.name} | \`${f.sha256}\` |`);
  for (const c of comparisons) {
    lines.push('', `## ${c.old.join(' + ')} → ${c.new.join(' + ')}`, '', `${c.compared} 项对比 / figures and rates compared`);
    if (c.findings.length === 0) lines.push('', '未发现不一致 / no inconsistency found');
    for (const [i, f] of c.findings.entries()) {
      lines.push(
        '',
        `### ${i + 1}. ${LABEL[f.severity]}${f.magnitude === 'minor' ? '（轻微 minor）' : ''}`,
        '',
        f.message,
        '',
        f.messageEn,
        '',
        `- 新 / new (${f.new.source}): ${wherePlace(f.new)}`,
        `- 旧 / old (${f.old.source}): ${wherePlace(f.old)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
