/** STUB — being written (DOM/detection helper). Blocks of a RawDocument → the budget tables' logical grids. */
import type { RawDocument, TableGrid } from '../model.ts';

export function detectTables(_doc: RawDocument): TableGrid[] {
  return [];
}
