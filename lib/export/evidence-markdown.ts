/**
 * The evidence pack as Markdown: header facts, counts, every finding, then the rows of each table that the findings
 * touch. All page text is escaped (markdown-text.ts): a label or quote cannot inject markup into a CMS or an issue.
 * Cells a finding points at are bold and carry the finding's number, "**97.02** [2]".
 */
import type { Evidence, EvidenceFinding, EvidenceTable } from './evidence.ts';
import { HASH_LABELS, SEVERITY_LABELS } from './evidence.ts';
import { repeatsIntoCoveredCells } from './export-cells.ts';
import { markdownUrl } from './markdown.ts';
import { escapeMarkdown } from './markdown-text.ts';

const md = escapeMarkdown;

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function findingSection(f: EvidenceFinding): string[] {
  const lines = [`### ${f.number}. ${SEVERITY_LABELS[f.severity] ?? md(f.severity)} · ${md(f.rule)}`, ''];
  lines.push(md(f.message), '', md(f.messageEn), '');
  const facts: [string, string | undefined][] = [
    ['表 Table', f.table],
    ['行 Row', f.rowLabel],
    ['列 Column', f.colLabel],
    ['列示数 Stated', f.stated],
    ['应为 Expected', f.expected],
    ['差额 Difference', f.diff],
    ['类型 Kind', f.kind],
  ];
  for (const [label, value] of facts) if (value !== undefined && value !== '') lines.push(`- ${label}: ${md(value)}`);
  if (f.cells.length) {
    const where = f.cells.map((c) => `${md(c.text || '（空）')}（第 ${c.row + 1} 行第 ${c.col + 1} 列 row ${c.row + 1} col ${c.col + 1}${c.column ? `，${md(c.column)}` : ''}）`);
    lines.push(`- 单元格 Cells: ${where.join('；')}`);
  }
  lines.push('');
  if (f.quote) {
    lines.push('原文 Quote:', '');
    for (const line of f.quote.split(/\r\n|[\r\n\u2028\u2029]/)) lines.push(`> ${md(line)}`);
    lines.push('');
  }
  return lines;
}

function tableSection(t: EvidenceTable): string[] {
  const lines = [`### ${md(t.heading)}`, ''];
  for (const meta of t.meta) lines.push(md(meta), '');
  if (t.width === 0) return lines;
  lines.push(tableRow(['行 Row', ...Array.from({ length: t.width }, (_, c) => md((t.colPaths[c] ?? []).join(' / ')))]));
  lines.push(tableRow(Array(t.width + 1).fill('---')));
  for (const row of t.rows) {
    if (row.header) continue;
    const cells = row.cells.map((cell, c) => {
      const text = repeatsIntoCoveredCells(cell) ? md(cell.text) : '';
      const marks = t.marks[`${row.row},${c}`];
      return marks ? `**${text || '（空）'}** [${marks.join(', ')}]` : text;
    });
    lines.push(tableRow([String(row.row + 1), ...cells]));
  }
  lines.push('');
  return lines;
}

export function evidenceMarkdown(e: Evidence): string {
  const c = e.counts;
  const lines = [`# 核对证据 Evidence: ${md(e.page.title)}`, ''];
  if (e.page.url) lines.push(`- 网址 URL: ${markdownUrl(e.page.url)}`);
  lines.push(`- 核对时间 Checked at: ${md(e.page.checkedAt)}`);
  lines.push(`- ${HASH_LABELS[e.page.hashed] ?? HASH_LABELS['page-text']}: \`${e.page.textSha256.replace(/[^0-9a-fA-F]/g, '')}\``);
  lines.push(`- 工具 Tool: ${md(e.generator)}`, '');
  lines.push('## 概要 Summary', '');
  lines.push(tableRow(['发现 Findings', '错误 Errors', '警告 Warnings', '提示 Info', '表格 Tables', '核对项 Checks', '通过 Passed', '舍入内 Within rounding']));
  lines.push(tableRow(Array(8).fill('---:')));
  lines.push(tableRow([c.findings, c.error, c.warning, c.info, c.tables, c.checks, c.passed, c.rounding].map(String)), '');
  lines.push('## 发现 Findings', '');
  if (e.findings.length === 0) lines.push('未发现问题。No findings.', '');
  for (const f of e.findings) lines.push(...findingSection(f));
  if (e.tables.length) {
    lines.push('## 涉及的表格 Tables involved', '');
    lines.push('加粗的单元格是发现所指之处，方括号内为发现编号。Bold cells are the ones a finding points at; the numbers in brackets are the findings.', '');
    for (const t of e.tables) lines.push(...tableSection(t));
  }
  return lines.join('\n');
}
