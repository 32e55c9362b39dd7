/**
 * missing-table: the seeds lack tables their 目录 lists ([000] 表3, 表9; [004] 表3, 表8 — seed-findings §2.6, §6.5).
 * Each missing table gives one info finding naming the identities it blocks; [002] has all eleven and gets none.
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../lib/engine.ts';
import { missingTables } from '../../lib/rules/cross-missing-tables.ts';
import type { DocumentModel } from '../../lib/rules/rule.ts';
import { seedModel } from '../helpers/seed-document.ts';

const run = (doc: DocumentModel) => analyzeModel(doc, { rules: [missingTables] }).findings;

describe('missing-table on the seeds', () => {
  it('[000]: 表3 and 表9, one info each, with the identities they block', () => {
    const findings = run(seedModel('000_d027ff157a76b55d'));
    expect(findings.map((f) => [f.severity, f.kind, f.tableTitle])).toEqual([
      ['info', 'missing', '表3 单位支出总体情况表'],
      ['info', 'missing', '表9 国有资本经营预算支出情况表'],
    ]);
    expect(findings[0].message).toMatch(/^表3（单位支出总体情况表）缺失（目录列出了此表，正文中没有），无法核对：X\.1 .*X\.3 .*X\.4 .*X\.11 /);
    expect(findings[0].messageEn).toMatch(/^Table 3 \(单位支出总体情况表\) is missing .*cannot be checked$/);
    expect(findings[1].message).toContain('X.14 国有资本经营空表');
    expect(findings[1].message).not.toContain('X.1 ');
  });

  it('[004]: 表3 and 表8; [002]: nothing missing', () => {
    expect(run(seedModel('004_fcad36837894980a')).map((f) => f.tableTitle)).toEqual([
      '表3 单位支出总体情况表',
      '表8 政府性基金预算支出情况表',
    ]);
    expect(run(seedModel('002_985e1de26a38a1db'))).toEqual([]);
  });

  it('without a 目录, names the core tables whose absence blocks a check (not 表11, which older templates lack)', () => {
    const doc = seedModel('000_d027ff157a76b55d');
    doc.raw = { ...doc.raw, blocks: doc.raw.blocks.filter((b) => b.kind !== 'text' || !/情况表$|明细表$/.test(b.text.trim())) };
    const findings = run(doc);
    expect(findings.map((f) => f.tableTitle)).toEqual(['表3 支出总体情况表', '表9 国有资本经营预算支出情况表']);
    expect(findings[0].message).toContain('正文中没有找到此表');
  });

  it('a 目录 entry that is present in the text is not reported, whatever its number', () => {
    const doc = seedModel('002_985e1de26a38a1db');
    // The tables are found by meaning: renumbering 表5 in the 目录 changes nothing.
    doc.raw = { ...doc.raw, blocks: [{ kind: 'text', text: '- 十二、一般公共预算支出情况表' }, ...doc.raw.blocks] };
    expect(run(doc)).toEqual([]);
  });

  it('stays silent on a page with no table of the standard set', () => {
    const doc = seedModel('000_d027ff157a76b55d');
    doc.tables = doc.tables.filter((t) => t.standard?.startsWith('T12'));
    expect(run(doc)).toEqual([]);
  });
});
