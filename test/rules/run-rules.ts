/** Runs rules on hand-made or fixture grids the way the engine does, without HTML detection. */
import { classifyTable } from '../../lib/classify/standard-table.ts';
import { analyzeModel } from '../../lib/engine.ts';
import type { Report, TableGrid } from '../../lib/model.ts';
import type { DocumentModel, Rule } from '../../lib/rules/rule.ts';
import { analyzeStructure } from '../../lib/structure/table-structure.ts';

export function modelOf(grids: TableGrid[]): DocumentModel {
  return {
    raw: { title: '', blocks: [], attachments: [] },
    tables: grids.map((grid) => ({ grid, structure: analyzeStructure(grid), standard: classifyTable(grid) })),
  };
}

export function runRules(grids: TableGrid[], rules: readonly Rule[]): Report {
  return analyzeModel(modelOf(grids), { rules });
}
