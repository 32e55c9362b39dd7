/**
 * budget-check --compare OLD NEW: last year's documents against this year's. Each side is a file or a folder; the
 * files of a side are read and joined into documents as in a normal run (a 说明 with its 表格), each document is
 * checked on its own, and then documents of one unit are paired across the sides (lib/compare/pairs.ts) and compared.
 *
 * JSON: {"documents": […as in a normal run], "comparisons": {"pairs": [{"old", "new", "relation", "compared"}],
 * "findings": [{"pair", "rule", "severity", "magnitude", "kind", "stated", "expected", "old": {"source",
 * "tableTitle", "rowLabel", "colLabel", "value", "quote"}, "new": {…}, "message", "messageEn"}]}}. `compared` counts
 * the figure pairs and rates checked, so that "nothing found" can be told from "nothing compared"; `old` and `new`
 * of a pair are the files of each document.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Comparison, type ComparisonFinding, compareDocuments } from '../lib/compare/compare.ts';
import { pairDocuments } from '../lib/compare/pairs.ts';
import { type Side, sideOf, type Where } from '../lib/compare/side.ts';
import { comparisonFindingJson, wherePlace } from '../lib/export/comparison-evidence.ts';
import type { OutputFormat } from './args.ts';
import { documentJson, type DocumentResult } from './json-output.ts';
import type { Streams } from './main.ts';
import { formatText } from './text-output.ts';

type CheckFiles = (files: readonly string[], join: boolean) => Promise<DocumentResult[]>;

const DOCUMENT_FILE = /\.(?:pdf|html?|mht)$/i;

/** A folder's disclosure files (PDF, saved pages), sorted; a file as itself. */
async function filesOf(target: string): Promise<string[]> {
  try {
    if (!(await stat(target)).isDirectory()) return [target];
  } catch {
    return [target]; // reported as unreadable by the normal path
  }
  const names = (await readdir(target)).filter((n) => DOCUMENT_FILE.test(n)).sort();
  return names.map((n) => path.join(target, n));
}

export async function runCompare(oldPath: string, newPath: string, format: OutputFormat, io: Streams, checkFiles: CheckFiles): Promise<number> {
  const sides: { old: DocumentResult[]; new: DocumentResult[] } = { old: [], new: [] };
  for (const [key, target] of [['old', oldPath], ['new', newPath]] as const) {
    const files = await filesOf(target);
    if (files.length === 0) {
      io.stderr.write(`budget-check: ${target}: 文件夹中没有 PDF 或网页文件 / no PDF or HTML file in this folder\n`);
      return 2;
    }
    sides[key] = await checkFiles(files, true);
  }
  const all = [...sides.old, ...sides.new];
  for (const r of all) if (r.error) io.stderr.write(`budget-check: ${r.source}: ${r.error}\n`);
  const toSides = (results: DocumentResult[]) => results.filter((r) => r.set && r.report).map((r) => sideOf(r.set!));
  const oldSides = toSides(sides.old);
  const newSides = toSides(sides.new);
  const comparisons = pairDocuments(oldSides, newSides).map((p) => compareDocuments(p.old, p.new, p.relation));
  if (comparisons.length === 0) io.stderr.write(noPairMessage(oldSides, newSides));
  if (format === 'json' || format === 'jsonl') {
    io.stdout.write(`${JSON.stringify({ documents: all.map(documentJson), comparisons: comparisonsJson(comparisons) }, null, 2)}\n`);
  } else {
    for (const r of all) if (r.report) io.stdout.write(formatText(r));
    for (const c of comparisons) io.stdout.write(comparisonText(c));
  }
  if (all.some((r) => r.error) || comparisons.length === 0) return 2;
  const errors = all.some((r) => r.report!.findings.some((f) => f.severity === 'error')) || comparisons.some((c) => c.findings.some((f) => f.severity === 'error'));
  return errors ? 1 : 0;
}

function describe(side: Side): string {
  const { unit, year, basis } = side.identity;
  return `${side.set.sources.join(' + ')}: ${unit ?? '单位不明 unit unknown'}, ${year ?? '年度不明 year unknown'}, ${basis === 'actual' ? '决算' : '预算'}`;
}

function noPairMessage(olds: Side[], news: Side[]): string {
  return [
    'budget-check: 没有可对比的文件：需要同一单位相邻年度的文件，或同一年的预算与决算 / nothing to compare: the documents must be of one unit, in consecutive years (or a budget and its final accounts)',
    ...olds.map((s) => `  OLD ${describe(s)}`),
    ...news.map((s) => `  NEW ${describe(s)}`),
    '',
  ].join('\n');
}

export function comparisonsJson(comparisons: Comparison[]) {
  return {
    pairs: comparisons.map((c) => ({ old: c.old, new: c.new, relation: c.relation, compared: c.compared })),
    findings: comparisons.flatMap((c, pair) =>
      c.findings.map((f) => ({ pair, ...comparisonFindingJson(f, true) })),
    ),
  };
}

function mark(f: ComparisonFinding): string {
  if (f.severity === 'error') return f.magnitude === 'minor' ? '✗ 轻微错误 minor error' : '✗ 错误 error';
  if (f.severity === 'warning') return '! 警告 warning';
  return '· 提示 note';
}

function place(w: Where): string {
  return `${wherePlace(w)}（${w.source}）`;
}

function comparisonText(c: Comparison): string {
  const title = c.relation === 'budget' ? '决算与预算对比 / final accounts against the budget' : '与上年对比 / year against year';
  const lines = [`== ${title}: ${c.old.join(' + ')} → ${c.new.join(' + ')}`, `   ${c.compared} 项对比 figures and rates compared`];
  for (const f of c.findings) {
    lines.push(`  ${mark(f)}  ${f.message}`, `      ${f.messageEn}`, `      新 new: ${place(f.new)}`, `      旧 old: ${place(f.old)}`);
  }
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  const notes = c.findings.length - errors - warnings;
  lines.push('', `== ${errors} 个错误 errors, ${warnings} 个警告 warnings, ${notes} 条提示 notes`, '');
  return lines.join('\n');
}
