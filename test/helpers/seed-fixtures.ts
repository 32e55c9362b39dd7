/** The seed fixtures of ../shared/fixtures, kept in test/fixtures/pages so the tests run without ../shared. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span, TableGrid } from '../../lib/model.ts';
import { gridFromStrings } from './grid-from-strings.ts';

export const SEEDS = ['000_d027ff157a76b55d', '002_985e1de26a38a1db', '004_fcad36837894980a'] as const;
export const STYLES = ['word', 'platform', 'plain'] as const;
export type Seed = (typeof SEEDS)[number];

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export interface ExpectedTable {
  index: number;
  no: string | null;
  title: string;
  unit: '元' | '万元' | '亿元' | null;
  kind: 'budget' | 'performance';
  width: number;
  headRows: number;
  bodyRows: number;
  grid: string[][];
  colPaths: string[];
  headSpans: { r: number; c: number; rowspan: number; colspan: number }[];
  bodySpans: { r: number; c: number; rowspan: number; colspan: number }[];
}

export function expectedTables(seed: Seed): ExpectedTable[] {
  const json = JSON.parse(readFileSync(`${PAGES_DIR}${seed}.tables.json`, 'utf8'));
  return json.tables as ExpectedTable[];
}

/** The expected grids of a seed as TableGrids: lets checks be tested before and apart from HTML detection. */
export function expectedGrids(seed: Seed): TableGrid[] {
  return expectedTables(seed).map((t, index) => {
    const spans: Span[] = [...t.headSpans, ...t.bodySpans.map((s) => ({ ...s, r: s.r + t.headRows }))].map((s) => ({
      row: s.r,
      col: s.c,
      rowSpan: s.rowspan,
      colSpan: s.colspan,
    }));
    return gridFromStrings({
      rows: t.grid,
      headRows: t.headRows,
      title: t.title,
      number: t.no ?? undefined,
      unit: t.unit ?? undefined,
      kind: t.kind,
      spans,
      index,
      colPaths: t.colPaths.map((p) => p.split(' / ')),
    });
  });
}
