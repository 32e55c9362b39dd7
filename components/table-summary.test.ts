import { describe, expect, it } from 'vitest';
import { loadHtml } from '../cli/load-html.ts';
import { analyzeDocument } from '../lib/engine.ts';
import type { Finding } from '../lib/model.ts';
import { findingsByTable, findingTableId, summariseTables, tableName, tableNumber } from './table-summary.ts';

// 表1: 80.00 + 30.00 = 110.00, not the 100.00 printed as 收入总计 (one error). 表2: 20.00 + 30.00 = 50.00 (fine).
// The sentence: 80.00 / 100.00 = 80.00%, not 76.92% (an error about no table).
const PAGE = `<title>2024年部门预算</title><body>
<p>表1 部门收支总体情况表</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>收入总计</td><td>100.00</td></tr>
<tr><td>一般公共预算拨款</td><td>80.00</td></tr><tr><td>其他收入</td><td>30.00</td></tr></table>
<p>表2 部门支出总表</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>支出合计</td><td>50.00</td></tr>
<tr><td>基本支出</td><td>20.00</td></tr><tr><td>项目支出</td><td>30.00</td></tr></table>
<p>本部门2024年收入预算100.00万元，其中一般公共预算拨款80.00万元，占76.92%。</p></body>`;

function finding(id: string, tableId: string | undefined, cellTables: string[]): Finding {
  return {
    id,
    rule: 'column-total',
    severity: 'error',
    kind: 'mismatch',
    tableId,
    message: '',
    messageEn: '',
    cells: cellTables.map((table) => ({ tableId: table, row: 1, col: 1 })),
  };
}

describe('findingTableId and findingsByTable', () => {
  it('use the finding’s own table, else its first cell’s, else none', () => {
    expect(findingTableId(finding('a', 't2', ['t5']))).toBe('t2');
    expect(findingTableId(finding('b', undefined, ['t5', 't0']))).toBe('t5');
    expect(findingTableId(finding('c', undefined, []))).toBeUndefined();
  });

  it('group in report order and leave out findings about no table', () => {
    const findings = [finding('a', 't1', []), finding('b', undefined, ['t0']), finding('c', undefined, []), finding('d', 't1', [])];
    const grouped = findingsByTable(findings);
    expect([...grouped.keys()]).toEqual(['t1', 't0']);
    expect(grouped.get('t1')?.map((f) => f.id)).toEqual(['a', 'd']);
    expect(grouped.get('t0')?.map((f) => f.id)).toEqual(['b']);
  });
});

describe('summariseTables', () => {
  it('counts each table’s own findings; the sentence’s error belongs to no table', () => {
    const report = analyzeDocument(loadHtml(PAGE, 'http://czj.example.gov.cn/a.html'));
    const [first, second] = summariseTables(report);
    expect(first).toMatchObject({ id: 't0', number: '1', title: '部门收支总体情况表', unit: '万元', errors: 1, notes: 0 });
    expect(second).toMatchObject({ id: 't1', number: '2', title: '部门支出总表', unit: '万元', errors: 0, notes: 0 });
    expect(first?.tally?.tableId).toBe('t0');
    expect(report.findings.some((f) => f.rule === 'prose-share' && f.severity === 'error')).toBe(true);
  });
});

describe('tableName', () => {
  it('puts the number before the title, and names an untitled table', () => {
    expect(tableName({ number: '3', title: '一般公共预算支出表' }, 'zh')).toBe('表3 一般公共预算支出表');
    expect(tableName({ title: '项目支出表' }, 'zh')).toBe('项目支出表');
    expect(tableName({ number: '3' }, 'zh')).toBe('表3 未命名表格');
    expect(tableName({}, 'en')).toBe('Untitled table');
    expect(tableName({ number: '3', title: '一般公共预算支出表' }, 'en')).toBe('Table 3 一般公共预算支出表');
  });

  it('writes the number against 表, after a space in English', () => {
    expect(tableNumber('9', 'zh')).toBe('表9');
    expect(tableNumber('9', 'en')).toBe('Table 9');
  });
});
