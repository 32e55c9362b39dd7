import { describe, expect, it } from 'vitest';
import { rawTable } from '../../test/detect/raw-rows.ts';
import { analyzeDocument } from '../engine.ts';
import type { Block, RawDocument } from '../model.ts';
import { missingTables } from './cross-missing-tables.ts';

const text = (t: string): Block => ({ kind: 'text', text: t });
const table = (spec: string[]): Block => ({ kind: 'table', table: rawTable(spec) });
const titled = (title: string, spec = ['项目名称|金额', '合计|10.00']) => [text(title), table(spec)];
const doc = (...blocks: Block[][]): RawDocument => ({ title: '测试', blocks: blocks.flat(), attachments: [] });
const missing = (raw: RawDocument) => analyzeDocument(raw, { rules: [missingTables] }).findings.map((f) => f.tableTitle);

describe('missing-table against the document’s own template', () => {
  // The Jiangsu template (江苏省级部门预算公开报表) has no 一般公共预算项目支出表 (表7) and no 国有资本经营 table (表9).
  const JIANGSU = ['收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表', '一般公共预算支出预算表', '一般公共预算基本支出预算表', '财政拨款政府性基金支出预算表', '“三公”经费、会议费、培训费支出预算表', '一般公共预算机关运行经费支出预算表', '2019年政府采购预算表'];

  it('finds nothing missing in a Jiangsu document that publishes its tables', () => {
    expect(missing(doc(...JIANGSU.map((t) => titled(t))))).toEqual([]);
  });

  it('names a Jiangsu table that is absent by its title, without a national 表N', () => {
    expect(missing(doc(...JIANGSU.filter((t) => t !== '支出预算总表').map((t) => titled(t))))).toEqual(['支出总体情况表']);
  });

  it('still expects 表7 and 表9 of a national document', () => {
    const national = ['部门收支总体情况表', '部门收入总体情况表', '部门支出总体情况表', '财政拨款收支总体情况表', '一般公共预算支出情况表', '一般公共预算基本支出情况表', '政府性基金预算支出情况表', '财政拨款“三公”经费支出情况表'];
    expect(missing(doc(...national.map((t) => titled(t))))).toEqual(['表7 一般公共预算项目支出情况表', '表9 国有资本经营预算支出情况表']);
  });
});
