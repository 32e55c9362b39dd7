/**
 * Every seed page, in every markup style, against the fixtures' tables.json: every table found, in order, with the
 * same 表N, title, unit, kind, header rows, width and grid, cell by cell, and no other table.
 *
 * Cells are compared without spaces (the platform style writes "收入" where Word writes "收 入", the plain style
 * keeps extraction artifacts such as "97.0 2"), a blank marker ("-" on the platform pages) counts as empty, and two
 * numbers are the same cell when they are the same number as written ("1,566.00" = "1566.00").
 *
 * Where our grid differs from tables.json for a good reason, the expectation is adjusted here, with the reason:
 * - plain style: the page has no merged cells (`noSpans` in tables.json), one cell per text cell, so the slots that a
 *   merged cell covers in tables.json are empty cells in the page, and empty in our grid too. The expectation is the
 *   tables.json grid with every covered (non-origin) slot emptied, and no spans.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../cli/load-html.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import { compact } from '../../lib/text.ts';
import type { TableGrid } from '../../lib/model.ts';
import { parseCell } from '../../lib/numbers/parse-amount.ts';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const SEEDS = ['000_d027ff157a76b55d', '002_985e1de26a38a1db', '004_fcad36837894980a'] as const;
const STYLES = ['word', 'platform', 'plain'] as const;

interface JsonSpan {
  r: number;
  c: number;
  rowspan: number;
  colspan: number;
}

interface ExpectedTable {
  no: string | null;
  meta: string[];
  title: string;
  unit: '元' | '万元' | '亿元' | null;
  kind: 'budget' | 'performance';
  width: number;
  headRows: number;
  bodyRows: number;
  grid: string[][];
  colPaths: string[];
  headSpans: JsonSpan[];
  bodySpans: JsonSpan[];
  html: Record<string, { table: number }[]>;
}

function expected(seed: string): ExpectedTable[] {
  return JSON.parse(readFileSync(new URL(`${seed}.tables.json`, PAGES), 'utf8')).tables;
}

/** Spans in grid coordinates (body spans in tables.json count rows from the first body row). */
function spansOf(t: ExpectedTable): JsonSpan[] {
  return [...t.headSpans, ...t.bodySpans.map((s) => ({ ...s, r: s.r + t.headRows }))];
}

/** The plain page's grid: tables.json's grid with the slots covered by a merged cell left empty. */
function withoutSpans(t: ExpectedTable): string[][] {
  const grid = t.grid.map((row) => [...row]);
  for (const s of spansOf(t)) {
    for (let r = s.r; r < s.r + s.rowspan; r++)
      for (let c = s.c; c < s.c + s.colspan; c++) if (r !== s.r || c !== s.c) grid[r][c] = '';
  }
  return grid;
}

/** The same cell: same text without spaces, both blank, or the same number as written. */
function sameCell(actual: string, wanted: string): boolean {
  if (compact(actual) === compact(wanted)) return true;
  const a = parseCell(actual);
  const b = parseCell(wanted);
  if (a.kind === 'blank' && b.kind === 'blank') return true;
  return (
    a.kind === 'number' &&
    b.kind === 'number' &&
    a.amount.value.equals(b.amount.value) &&
    a.amount.decimals === b.amount.decimals
  );
}

function gridDifferences(actual: TableGrid, wanted: string[][]): string[] {
  const out: string[] = [];
  const rows = Math.max(actual.rows.length, wanted.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(actual.rows[r]?.length ?? 0, wanted[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const a = actual.rows[r]?.[c]?.text;
      const w = wanted[r]?.[c];
      if (a === undefined || w === undefined || !sameCell(a, w)) out.push(`(${r},${c}) got ${JSON.stringify(a)} want ${JSON.stringify(w)}`);
    }
  }
  return out;
}

for (const seed of SEEDS) {
  const tables = expected(seed);
  for (const style of STYLES) {
    describe(`${seed}.${style}.html`, () => {
      const html = readFileSync(new URL(`${seed}.${style}.html`, PAGES), 'utf8');
      const found = detectTables(loadHtml(html, `${seed}.${style}.html`));

      it('finds every table of tables.json, in order, and no other', () => {
        expect(found.map((t) => [t.number ?? null, t.title, t.kind])).toEqual(tables.map((t) => [t.no, t.title, t.kind]));
      });

      tables.forEach((want, i) => {
        const label = `${want.no ? `表${want.no}` : 'P'} ${want.title} (#${i})`;
        it(`${label}: unit, meta, kind, header rows, width, pieces`, () => {
          const got = found[i];
          expect(got, 'table found').toBeDefined();
          expect(got.unit?.name ?? null).toBe(want.unit);
          expect(got.meta.map(compact)).toEqual(want.meta.map(compact));
          expect(got.kind).toBe(want.kind);
          expect(got.headRows).toBe(want.headRows);
          expect(got.width).toBe(want.width);
          expect(got.rows).toHaveLength(want.headRows + want.bodyRows);
          expect(got.pieces).toBe(want.html[style].length);
          expect(got.id).toBe(`t${i}`);
          expect(got.index).toBe(i);
          for (const row of got.rows) expect(row).toHaveLength(got.width);
          // Every budget table of the seeds writes amounts with 2 decimals (codes in 类/款/项 columns do not count).
          if (want.kind === 'budget') expect(got.precision).toBe(2);
        });

        it(`${label}: grid cell by cell`, () => {
          const got = found[i];
          const grid = style === 'plain' ? withoutSpans(want) : want.grid;
          expect(gridDifferences(got, grid)).toEqual([]);
        });

        it(`${label}: merged cells and column paths`, () => {
          const got = found[i];
          const spans = got.spans.map((s) => `${s.row},${s.col} ${s.rowSpan}x${s.colSpan}`).sort();
          if (style === 'plain') {
            expect(spans).toEqual([]);
            return;
          }
          expect(spans).toEqual(spansOf(want).map((s) => `${s.r},${s.c} ${s.rowspan}x${s.colspan}`).sort());
          // Every covered slot points at its origin and repeats its text.
          for (const s of got.spans) {
            for (let r = s.row; r < s.row + s.rowSpan; r++)
              for (let c = s.col; c < s.col + s.colSpan; c++) {
                const cell = got.rows[r][c];
                expect([cell.originRow, cell.originCol, cell.text]).toEqual([s.row, s.col, got.rows[s.row][s.col].text]);
              }
          }
          expect(got.colPaths.map((path) => path.map(compact).join('/'))).toEqual(
            want.colPaths.map((path) => (path === '' ? '' : path.split(' / ').map(compact).join('/'))),
          );
        });
      });
    });
  }
}
