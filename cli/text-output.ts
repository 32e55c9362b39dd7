/** Text output for people: per table its title and a line per finding; prose findings after the tables. */
import { tableHeading } from '../lib/export/table-heading.ts';
import { findingSource } from '../lib/documents/sets.ts';
import type { Finding } from '../lib/model.ts';
import type { DocumentResult } from './json-output.ts';

/** Gross errors, minor ones, warnings, reading doubts, rounding and other notes: each marked apart. */
function mark(f: Finding): string {
  if (f.severity === 'error') return f.magnitude === 'minor' ? '✗ 轻微错误 minor error' : '✗ 错误 error';
  if (f.severity === 'warning') return '! 警告 warning';
  if (f.kind === 'doubt') return '? 结构存疑 reading doubt';
  return f.kind === 'rounding' ? '· 舍入 rounding' : '· 提示 note';
}

export function formatText(result: DocumentResult): string {
  const report = result.report!;
  const set = result.set;
  const lines: string[] = [`== ${result.source}`, `   ${report.title}`];
  if (set && set.sources.length > 1)
    lines.push(`   已合并核对 / checked as one document: ${set.sources.join(' + ')}（${[set.identity.unit, set.identity.year].filter(Boolean).join(' ')}）`);
  if (report.status === 'scanned') lines.push('   扫描件，无法读取文字 / scanned PDF: no text to read');
  if (report.status === 'no-tables') lines.push('   未找到预算表 / no budget table found');
  if (report.status === 'attachments-only') {
    lines.push('   本页预算在附件中 / this page’s budget is in an attachment:');
    for (const a of report.attachments) lines.push(`     - ${a.text || a.href} (${a.type}) ${a.href}`);
  }
  const byTable = new Map<string, Finding[]>();
  const other: Finding[] = [];
  for (const f of report.findings) {
    if (f.tableId && !f.quote) (byTable.get(f.tableId) ?? byTable.set(f.tableId, []).get(f.tableId)!).push(f);
    else other.push(f);
  }
  for (const table of report.tables) {
    const tally = report.tallies.find((t) => t.tableId === table.id);
    const unit = table.unit ? `，单位：${table.unit.name}` : '';
    const counts = tally
      ? `${tally.checks} 项核对 checks: ${tally.passed} 通过 passed, ${tally.rounding} 舍入 rounding, ${tally.errors} 错误 errors`
      : '';
    lines.push('', `-- ${tableHeading(table)}（${table.rows.length - table.headRows}×${table.width}${unit}） ${counts}`);
    const listed = byTable.get(table.id) ?? [];
    for (const f of listed) lines.push(findingLine(f));
    // A sentence that contradicts the table counts among the table's errors but is listed with its quote, below.
    const below = (tally?.errors ?? 0) - listed.filter((f) => f.severity === 'error').length;
    if (below > 0) lines.push(`  （另有 ${below} 个错误见下文「正文与跨表」/ ${below} more under "text and across tables" below）`);
  }
  if (other.length) {
    lines.push('', '-- 正文与跨表 / text and across tables');
    for (const f of other) {
      lines.push(findingLine(f));
      if (f.quote) lines.push(`      「${f.quote}」${set && set.sources.length > 1 ? `（${findingSource(set, report, f)}）` : ''}`);
    }
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const minor = report.findings.filter((f) => f.severity === 'error' && f.magnitude === 'minor').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const doubts = report.findings.filter((f) => f.kind === 'doubt').length;
  const notes = report.findings.length - errors - warnings - doubts;
  const minorText = minor ? `（其中 ${minor} 个轻微 minor）` : '';
  const doubtText = doubts ? `, ${doubts} 处结构存疑 reading doubts` : '';
  lines.push(
    '',
    `== ${report.tables.length} 张表 tables, ${errors} 个错误 errors${minorText}, ${warnings} 个警告 warnings${doubtText}, ${notes} 条提示 notes`,
    '',
  );
  return lines.join('\n');
}

function findingLine(f: Finding): string {
  return `  ${mark(f)}  ${f.message}\n      ${f.messageEn}`;
}
