/**
 * The table rules' recorded runs (table-runs.ts): what the engine gets by replaying them must be what it would get by
 * running every rule again on the reading chooseReadings kept — the same findings, tallies and relations, in the
 * same order. Checked on the three seed disclosures and on hand-made tables that are kept as first read, re-read,
 * and kept although a line is mistyped (lib/judge/readings.test.ts works their sums out).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { SEEDS } from '../../test/helpers/seed-fixtures.ts';
import { modelOf } from '../../test/rules/run-rules.ts';
import { readDocument } from '../dom/read-document.ts';
import { type AnalyzeOptions, analyzeModel, buildModel } from '../engine.ts';
import { chooseReadings } from '../judge/readings.ts';
import type { TableGrid } from '../model.ts';
import { finish } from '../steps.ts';
import { RULES } from './index.ts';
import type { DocumentModel, Rule, RuleContext } from './rule.ts';
import { recordRunSteps, replay } from './table-runs.ts';

/** The report and every relation told to onRelation, as text, for comparison. */
function outcome(model: DocumentModel, options: AnalyzeOptions = {}) {
  const relations: string[] = [];
  const report = analyzeModel(model, {
    ...options,
    onRelation: (cells, verdict, text) => relations.push(JSON.stringify({ cells, verdict, text })),
  });
  return { findings: JSON.stringify(report.findings), tallies: report.tallies, notes: report.tables.map((t) => t.notes), relations };
}

function expectReplayMatchesFreshRun(read: DocumentModel) {
  const replayed = outcome(read);
  // Every rule run afresh on the reading the engine chose: `rules` given, the engine takes the model as it is.
  const fresh = outcome(chooseReadings(read), { rules: RULES });
  expect(replayed.relations.length).toBeGreaterThan(0);
  expect(replayed).toEqual(fresh);
}

const grid = (title: string, rows: string[][]): TableGrid => gridFromStrings({ title, headRows: 1, rows });

describe('replaying the table rules', () => {
  it.each(SEEDS)('gives seed %s the findings, tallies and relations of a fresh run', (seed) => {
    const html = readFileSync(new URL(`../../test/fixtures/pages/${seed}.word.html`, import.meta.url), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    expectReplayMatchesFreshRun(buildModel(readDocument(doc)));
  });

  it('gives a re-read table, one kept as read and a mistyped one the same as a fresh run', () => {
    const reRead = grid('收入总表', [
      ['项目', '金额'],
      ['一般公共预算', '60.00'],
      ['其中：一般财力', '60.00'],
      ['单位资金', '40.00'],
      ['收入合计', '100.00'],
    ]);
    const kept = grid('收入总表', [
      ['项目', '金额'],
      ['一般公共预算', '100.00'],
      ['其中：一般财力', '60.00'],
      ['上级转移支付', '40.00'],
      ['收入合计', '100.00'],
    ]);
    // 2010101 30.00 → 31.00: 20101 30.00 ≠ 31.00, an error under any reading.
    const mistyped = grid('一般公共预算支出情况表', [
      ['科目编码', '科目名称', '金额'],
      ['201', '一般公共服务支出', '30.00'],
      ['20101', '人大事务', '30.00'],
      ['2010101', '行政运行', '31.00'],
      ['', '合计', '30.00'],
    ]);
    const model = modelOf([reRead, kept, mistyped]);
    const report = analyzeModel(model);
    // The test is not vacuous: the first table was re-read, and the mistyped line is still an error.
    expect(report.tables[0].notes.join()).toContain('只把标明“其中”的行作为其中项');
    expect(report.findings.some((f) => f.severity === 'error' && f.tableId === report.tables[2].id)).toBe(true);
    expectReplayMatchesFreshRun(model);
  });

  it('throws a rule’s error again on replay, after what it told its context before throwing', () => {
    const table = modelOf([grid('收入总表', [['项目', '金额'], ['合计', '1.00']])]).tables[0];
    const failing: Rule = {
      id: 'failing',
      title: 'fails after one check',
      run(ctx) {
        ctx.tally(table.grid.id, 'exact');
        throw new Error('broken rule');
      },
    };
    const run = finish(recordRunSteps(failing, { title: '', blocks: [], attachments: [] }, table));
    const told: string[] = [];
    const ctx: RuleContext = { doc: { raw: { title: '', blocks: [], attachments: [] }, tables: [table] }, tally: (id, verdict) => told.push(`${id} ${verdict}`) };
    expect(() => replay(run, ctx)).toThrow('broken rule');
    expect(told).toEqual([`${table.grid.id} exact`]);
  });
});
