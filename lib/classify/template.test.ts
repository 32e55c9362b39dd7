import { describe, expect, it } from 'vitest';
import { JIANGSU_BUDGET as JIANGSU_TEMPLATE, NATIONAL_BUDGET as NATIONAL_TEMPLATE, NATIONAL_FINAL_ACCOUNTS } from '../templates/catalogue.ts';
import { documentTemplate } from './template.ts';

describe('documentTemplate', () => {
  it('knows the Jiangsu template by the names of its tables (江苏省政协办公厅2019年预算公开表.pdf)', () => {
    const titles = ['收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表', '财政拨款支出预算表（功能科目）', '2019年政府采购预算表'];
    expect(documentTemplate(titles)).toBe(JIANGSU_TEMPLATE);
    expect(JIANGSU_TEMPLATE.tables).not.toContain('T7');
    expect(JIANGSU_TEMPLATE.tables).not.toContain('T9');
  });
  it('takes the seeds, and a lone 政府采购预算表 among national titles, for the national template', () => {
    const seed = ['单位收支总体情况表', '单位收入总体情况表', '单位支出总体情况表', '财政拨款收支预算总体情况表', '一般公共预算支出情况表'];
    expect(documentTemplate(seed)).toBe(NATIONAL_TEMPLATE);
    expect(documentTemplate([...seed, '政府采购预算表', '政府采购预算表'])).toBe(NATIONAL_TEMPLATE);
    expect(documentTemplate([])).toBe(NATIONAL_TEMPLATE);
  });

  it('knows the national 决算 template by its titles (部门决算模板-2024.pdf)', () => {
    const titles = ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表'];
    expect(documentTemplate(titles)).toBe(NATIONAL_FINAL_ACCOUNTS);
    expect(NATIONAL_FINAL_ACCOUNTS.tables).toHaveLength(9);
  });
});
