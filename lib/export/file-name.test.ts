import { describe, expect, it } from 'vitest';
import { hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { cleanNamePart, exportFileName, fileMetaFromTitle, MAX_NAME_BYTES, uniqueFileNames } from './file-name.ts';

const KEZHOU = '克孜勒苏柯尔克孜自治州人民政府外事办公室';

describe('fileMetaFromTitle', () => {
  it('reads department and year from the seeds’ titles', () => {
    expect(fileMetaFromTitle(`${KEZHOU}2023年单位预算公开`)).toMatchObject({ department: KEZHOU, year: '2023' });
    expect(fileMetaFromTitle('中共克孜勒苏柯尔克孜自治州委员会办公室2024年单位预算公开')).toMatchObject({
      department: '中共克孜勒苏柯尔克孜自治州委员会办公室',
      year: '2024',
    });
    expect(fileMetaFromTitle('江苏省委办公厅2019年度部门预算公开表')).toMatchObject({ department: '江苏省委办公厅', year: '2019' });
  });

  it('reads a department written after the year, and drops 关于', () => {
    expect(fileMetaFromTitle('2023年阿图什市教育局部门预算公开')).toMatchObject({ department: '阿图什市教育局', year: '2023' });
    expect(fileMetaFromTitle('关于乌恰县财政局 2022 年度部门决算的说明')).toMatchObject({ department: '乌恰县财政局', year: '2022' });
  });

  it('keeps only the title when there is no year', () => {
    expect(fileMetaFromTitle('部门预算公开')).toEqual({ pageTitle: '部门预算公开' });
    expect(fileMetaFromTitle('')).toEqual({ pageTitle: undefined });
  });
});

describe('exportFileName', () => {
  const meta = fileMetaFromTitle(`${KEZHOU}2023年单位预算公开`);

  it('says department, year, 表N and title', () => {
    expect(exportFileName(meta, incomeTable(), 'xlsx')).toBe(`${KEZHOU}_2023_表2_单位收入总体情况表.xlsx`);
    expect(exportFileName(meta, performanceTable(), '.csv')).toBe(`${KEZHOU}_2023_项目支出绩效目标表.csv`);
    expect(exportFileName(meta, undefined, 'xlsx')).toBe(`${KEZHOU}_2023_全部表格.xlsx`);
    expect(exportFileName(meta, undefined, 'md', '核对证据')).toBe(`${KEZHOU}_2023_核对证据.md`);
  });

  it('falls back to the page title, then to the table position', () => {
    const untitled = performanceTable();
    untitled.title = undefined;
    expect(exportFileName({ pageTitle: '某单位 预算' }, untitled, 'json')).toBe('某单位预算_表格9.json');
    expect(exportFileName({}, undefined, 'json')).toBe('全部表格.json');
  });

  it('strips characters illegal in file names', () => {
    const name = exportFileName({ department: 'A/B:C*D?"E"<F>|G\\H', year: '2023' }, hostileTable(), 'csv');
    expect(name).toBe('A_B_C_D_E_F_G_H_2023_表3_支出_b_总体_b_情况表_测试.csv');
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(cleanNamePart('  tail dots... ')).toBe('tail_dots');
    expect(cleanNamePart('2023 年 预算')).toBe('2023年预算');
    expect(exportFileName({ department: 'CON' }, undefined, 'txt', '')).toBe('_CON.txt');
  });

  it('stays within the byte limit for a long Chinese title without splitting a character', () => {
    const table = incomeTable();
    table.title = '很长的表名'.repeat(40);
    const name = exportFileName(meta, table, 'xlsx');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(name).not.toMatch(/\uFFFD/);
  });
});

describe('uniqueFileNames', () => {
  it('numbers repeated names before the extension, ignoring case', () => {
    expect(uniqueFileNames(['a.csv', 'a.csv', 'A.csv', 'b.csv', 'a.csv'])).toEqual(['a.csv', 'a_2.csv', 'A_3.csv', 'b.csv', 'a_4.csv']);
  });
});
