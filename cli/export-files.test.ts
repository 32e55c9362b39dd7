import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCsv } from '../lib/export/csv.ts';
import type { Evidence } from '../lib/export/evidence.ts';
import type { TableJson } from '../lib/export/json.ts';
import type { Report } from '../lib/model.ts';
import { SAMPLE_URL, sampleReport } from '../test/export/fixtures.ts';
import { readXlsx } from '../test/export/read-xlsx.ts';
import { writeExports } from './export-files.ts';

const DEPT = '克孜勒苏柯尔克孜自治州人民政府外事办公室';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budget-check-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExports', () => {
  it('csv: one file per table, named by department, year, 表N and title, unique', async () => {
    const report = sampleReport();
    const out = join(dir, 'new', 'sub');
    const paths = await writeExports(report, 'page.html', 'csv', out);
    expect(paths.map((p) => basename(p))).toEqual([
      `${DEPT}_2023_表2_单位收入总体情况表.csv`,
      `${DEPT}_2023_项目支出绩效目标表.csv`,
      `${DEPT}_2023_项目支出绩效目标表_2.csv`,
      `${DEPT}_2023_表3_支出_b_总体_b_情况表_测试.csv`,
    ]);
    expect((await readdir(out)).sort()).toEqual(paths.map((p) => basename(p)).sort());
    expect(new Uint8Array(await readFile(paths[0]))).toEqual(tableCsv(report.tables[0]));
  });

  it('md and json: one file per table with the source', async () => {
    const md = await writeExports(sampleReport(), 'page.html', 'md', dir);
    expect(md).toHaveLength(4);
    expect(await readFile(md[0], 'utf8')).toContain(`来源 Source: <${SAMPLE_URL}>`);
    const json = await writeExports(sampleReport(), 'page.html', 'json', dir);
    const table: TableJson = JSON.parse(await readFile(json[0], 'utf8'));
    expect(table).toMatchObject({ number: '2', title: '单位收入总体情况表', source: { url: SAMPLE_URL } });
  });

  it('xlsx: one workbook (lib/export/xlsx-bytes.ts, as the extension writes it), a sheet per table plus the findings', async () => {
    const paths = await writeExports(sampleReport(), 'page.html', 'xlsx', dir);
    expect(paths.map((p) => basename(p))).toEqual([`${DEPT}_2023_全部表格.xlsx`]);
    const sheets = readXlsx(new Uint8Array(await readFile(paths[0])));
    expect(sheets.map((s) => s.name)).toEqual([
      '表2 单位收入总体情况表',
      '项目支出绩效目标表',
      '项目支出绩效目标表 (2)',
      '表3 支出 <b>总体< b> 情况表 "测试"',
      '核对结果 Findings',
    ]);
    // Five lines above the table (heading, 编制单位, 单位, page, source) and a blank row: grid row 4 (行政运行) is row 11.
    expect(sheets[0].cells.get('A5')?.value).toBe(`来源 Source：${SAMPLE_URL}`);
    expect(sheets[0].cells.get('D11')?.value).toBe('行政运行');
    expect(sheets[0].cells.get('E11')).toMatchObject({ type: 'n', value: '414.94', format: '#,##0.00' });
  });

  it('evidence: .md, .json and .html, hashing the page text when given', async () => {
    const pageText = '一般公共预算支出 515.38 万元';
    const checkedAt = new Date('2024-05-01T08:30:00Z');
    const paths = await writeExports(sampleReport(), 'page.html', 'evidence', dir, { pageText, checkedAt });
    expect(paths.map((p) => basename(p))).toEqual([`${DEPT}_2023_核对证据.md`, `${DEPT}_2023_核对证据.json`, `${DEPT}_2023_核对证据.html`]);
    const json: Evidence = JSON.parse(await readFile(paths[1], 'utf8'));
    expect(json.page).toMatchObject({
      url: SAMPLE_URL,
      checkedAt: '2024-05-01T08:30:00.000Z',
      textSha256: createHash('sha256').update(pageText).digest('hex'),
      hashed: 'page-text',
    });
    expect(json.counts.findings).toBe(3);
    expect(await readFile(paths[2], 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('evidence without page text hashes the saved file', async () => {
    const source = join(dir, 'saved page.html');
    await writeFile(source, '<html>预算</html>');
    const paths = await writeExports(sampleReport(), source, 'evidence', join(dir, 'out'));
    const json: Evidence = JSON.parse(await readFile(paths[1], 'utf8'));
    expect(json.page.hashed).toBe('source-file');
    expect(json.page.textSha256).toBe(createHash('sha256').update('<html>预算</html>').digest('hex'));
  });

  it('names files after the source file when the document has no title', async () => {
    const report: Report = { ...sampleReport(), title: '', url: undefined };
    const paths = await writeExports(report, '/data/kz-2023.html', 'md', dir);
    expect(basename(paths[0])).toBe('kz-2023_表2_单位收入总体情况表.md');
  });

  it('writes nothing per table for a document without tables, and says why on a bad format', async () => {
    const empty: Report = { ...sampleReport(), tables: [], findings: [], status: 'no-tables' };
    expect(await writeExports(empty, 'page.html', 'csv', dir)).toEqual([]);
    await expect(writeExports(empty, 'page.html', 'pdf' as never, dir)).rejects.toThrow(/unknown export format/);
  });
});
