/**
 * Edge input for every format: empty grids and reports must give well-formed files, and huge hostile input must not
 * hang an export: these inputs make a backtracking regex (/\s+$/ over a long inner run,
 * /'+$/ over a run of apostrophes) quadratic. There is no time assertion: a quadratic path takes hours here and the
 * test runner's timeout fails it.
 */
import { describe, expect, it } from 'vitest';
import { tableCsvText } from '../../lib/export/csv.ts';
import { evidencePack } from '../../lib/export/evidence.ts';
import { exportFileName, fileMetaFromTitle } from '../../lib/export/file-name.ts';
import { tableMarkdown } from '../../lib/export/markdown.ts';
import { sheetNames } from '../../lib/export/sheet-name.ts';
import { tableTsv } from '../../lib/export/tsv.ts';
import { pageWorkbook } from '../../lib/export/xlsx.ts';
import { buildGrid } from './build-grid.ts';
import { sampleReport } from './fixtures.ts';

const N = 200_000;

describe('exports of huge hostile input finish', () => {
  it('a cell with a long inner run of spaces', () => {
    const cell = `a${' '.repeat(N)}b${'\u3000'.repeat(N)}`;
    const grid = buildGrid({ cells: [['项目', '金额'], [cell, '1.00']], headRows: 1, title: `${'_'.repeat(N)}x` });
    expect(tableCsvText(grid)).toContain(`"a${' '.repeat(N)}b"`);
    expect(tableTsv(grid).length).toBeGreaterThan(N);
    expect(tableMarkdown(grid).length).toBeGreaterThan(N);
    const report = { ...sampleReport(), tables: [grid], findings: [] };
    expect(pageWorkbook(report)[0].sheet.length).toBeLessThanOrEqual(31);
    expect(evidencePack(report, { pageTitle: cell, checkedAt: '', pageTextHash: '' }).html.length).toBeGreaterThan(N);
  });

  it('titles made of apostrophes, underscores, spaces and dots', () => {
    // Only the first 124 characters are looked at: all apostrophes, so the name falls back to Sheet1.
    expect(sheetNames([`${"'".repeat(N)}x${"'".repeat(N)}`])).toEqual(['Sheet1']);
    const title = `${' '.repeat(N)}2023${' '.repeat(N)}`;
    expect(fileMetaFromTitle(title).year).toBeUndefined();
    const name = exportFileName({ department: `${'_. '.repeat(N)}x`, year: '2023' }, undefined, 'csv');
    expect(name.endsWith('.csv')).toBe(true);
  });
});

describe('exports of empty input', () => {
  it('an empty grid and a report without tables still give well-formed files', async () => {
    const { xlsxBytes } = await import('../../lib/export/xlsx-bytes.ts');
    const { readXlsx } = await import('./read-xlsx.ts');
    const empty = buildGrid({ cells: [], headRows: 0, title: '空表' });
    expect(tableCsvText(empty)).toBe('');
    expect(tableTsv(empty)).toBe('');
    expect(tableMarkdown(empty)).toBe('### 空表\n');
    const withEmpty = readXlsx(await xlsxBytes(pageWorkbook({ ...sampleReport(), tables: [empty] })));
    expect(withEmpty.map((s) => s.name)).toEqual(['空表', '核对结果 Findings']);
    const noTables = readXlsx(await xlsxBytes(pageWorkbook({ ...sampleReport(), tables: [], findings: [] })));
    expect(noTables.map((s) => s.name)).toEqual(['核对结果 Findings']);
  });
});
