import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { buildGrid } from '../grid/build-grid.ts';
import { isContentsTable, kindFromHeading, kindOfUntitled } from './table-kind.ts';

function untitled(spec: string[]) {
  const g = buildGrid(rawRows(spec));
  return kindOfUntitled(g.rows, g.headRows);
}

describe('kindFromHeading', () => {
  it('knows 绩效目标表 from numbered budget tables and says nothing about untitled tables', () => {
    expect(kindFromHeading({ title: '项目支出绩效目标表', meta: [], continued: false })).toBe('performance');
    expect(kindFromHeading({ title: '部门整体绩效目标表', meta: [], continued: false })).toBe('performance');
    expect(kindFromHeading({ number: '1', title: '部门收支总体情况表', meta: [], continued: false })).toBe('budget');
    expect(kindFromHeading({ number: '5', meta: [], continued: false })).toBe('budget');
    expect(kindFromHeading({ meta: [], continued: false })).toBeUndefined();
  });
});

describe('kindOfUntitled', () => {
  it('takes a table whose header speaks of budgets and whose body has amounts for a budget table', () => {
    expect(untitled(['项目|预算数', '一般公共服务支出|10.00', '合计|10.00'])).toBe('budget');
  });
  it('takes a table with 指标 cells for a 绩效目标表', () => {
    expect(untitled(['一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|次数|5'])).toBe('performance');
  });
  it('leaves out navigation, pagers, news lists and header-only tables', () => {
    expect(untitled(['首页|政务公开|预决算公开'])).toBe('other');
    expect(untitled(['共3页|1|2|3|下一页'])).toBe('other');
    expect(untitled(['标题|发布日期|浏览次数', '2023年部门预算公开|2023-01-20|335', '2022年部门预算公开|2022-01-20|512'])).toBe('other');
    expect(untitled(['项目|金额'])).toBe('other');
  });
});

describe('isContentsTable', () => {
  const row = (...texts: string[]) => texts.map((text, c) => ({ text, value: { kind: 'text' as const }, originRow: 0, originCol: c }));
  it('knows a 目录 set as a table, by its heading row or its 报表名称 column', () => {
    expect(isContentsTable([row('', '目', '录'), row('序号', '报表名称', '')])).toBe(true);
    expect(isContentsTable([row('序号', '报表名称', '页码')])).toBe(true);
  });
  it('takes no budget table for one', () => {
    expect(isContentsTable([row('项目', '预算数'), row('一般公共预算拨款', '10.00')])).toBe(false);
    expect(isContentsTable([row('科目名称', '金额'), row('目录管理费', '1.00')])).toBe(false);
  });
});
