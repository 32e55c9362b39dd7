/**
 * A seed document as the engine would see it, without HTML: the seed .txt's non-table lines become text blocks (one
 * per line, page breaks and all, so sentences cut across lines stay cut), each run of tab-separated table lines one
 * table block; the tables themselves come from the fixtures' expected grids.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyTable } from '../../lib/classify/standard-table.ts';
import type { Block, RawDocument } from '../../lib/model.ts';
import type { DocumentModel } from '../../lib/rules/rule.ts';
import { analyzeStructure } from '../../lib/structure/table-structure.ts';
import { expectedGrids, type Seed } from './seed-fixtures.ts';

const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

export function seedText(seed: Seed): string {
  return readFileSync(`${SEEDS_DIR}${seed}.txt`, 'utf8');
}

export function seedRawDocument(seed: Seed): RawDocument {
  const blocks: Block[] = [];
  let inTable = false;
  for (const line of seedText(seed).split('\n')) {
    if (line.includes('\t')) {
      if (!inTable) blocks.push({ kind: 'table', table: { rows: [], depth: 0 } });
      inTable = true;
      continue;
    }
    if (line.trim() === '') continue;
    inTable = false;
    blocks.push({ kind: 'text', text: line });
  }
  return { title: seed, blocks, attachments: [] };
}

export function seedModel(seed: Seed): DocumentModel {
  return {
    raw: seedRawDocument(seed),
    tables: expectedGrids(seed).map((grid) => ({ grid, structure: analyzeStructure(grid), standard: classifyTable(grid) })),
  };
}
