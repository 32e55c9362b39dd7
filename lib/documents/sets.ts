/**
 * Document sets: many departments publish a year's disclosure as two files, a 说明 (the text) and its 表格 (the
 * tables) — 江苏省委办公厅2019年度部门预算公开文件.pdf and …公开表格.pdf. Checked alone, the text has nothing to check
 * its amounts against. Files of one unit, one year and one basis (预算 / 决算), one mostly text and the other mostly
 * tables, are one document: read as one RawDocument, the text's blocks first, then the tables', with `parts` saying
 * which file each block came from.
 */
import type { Finding, RawDocument, Report, TableGrid } from '../model.ts';
import { type DocumentIdentity, identify, sameUnit } from './identity.ts';

export interface LoadedFile {
  source: string;
  raw: RawDocument;
}

export interface DocumentSet {
  /** The files read as this document: one, or a 说明 and its 表格. */
  sources: string[];
  files: LoadedFile[];
  raw: RawDocument;
  identity: DocumentIdentity;
}

export type Shape = 'text' | 'tables' | 'both';

/** Mostly text, mostly tables, or a whole disclosure (a text of some length and tables). */
export function shapeOf(raw: RawDocument): Shape {
  let tables = 0;
  let amounts = 0;
  for (const block of raw.blocks) {
    if (block.kind === 'table') tables++;
    else if (/万元/.test(block.text) && block.text.length > 20) amounts++;
  }
  // A 说明 may carry a small table of its own (三公 经费 in a few lines); a 表格 file a note or two under its tables.
  if (tables >= 3 && amounts < 5) return 'tables';
  return tables <= 2 ? 'text' : 'both';
}

export interface FileInfo {
  source: string;
  identity: DocumentIdentity;
  shape: Shape;
}

/**
 * Which files make one document: each 说明 with the 表格 of its unit, year and basis; every other file alone. Groups
 * of sources, the text first, in the order the files were given (a joined document where the first of its files was).
 * Needs only each file's identity and shape, so a batch can read its files in parallel and join them afterwards.
 */
export function planSets(files: readonly FileInfo[]): string[][] {
  const joined = new Set<number>();
  const groups: string[][] = [];
  files.forEach((text, i) => {
    if (text.shape !== 'text' || joined.has(i)) return;
    const j = files.findIndex(
      (other, k) =>
        k !== i &&
        !joined.has(k) &&
        other.shape === 'tables' &&
        other.identity.year !== undefined &&
        other.identity.year === text.identity.year &&
        other.identity.basis === text.identity.basis &&
        sameUnit(other.identity.unit, text.identity.unit),
    );
    if (j < 0) return;
    joined.add(i).add(j);
    groups.push([text.source, files[j].source]);
  });
  files.forEach((f, i) => {
    if (!joined.has(i)) groups.push([f.source]);
  });
  const order = new Map(files.map((f, i) => [f.source, i]));
  const first = (group: string[]) => Math.min(...group.map((s) => order.get(s)!));
  return groups.sort((a, b) => first(a) - first(b));
}

/** The files in sets: each 说明 joined to the 表格 of its unit, year and basis; every other file alone. */
export function documentSets(files: readonly LoadedFile[]): DocumentSet[] {
  const info = files.map((f) => ({ ...f, identity: identify(f.raw, f.source), shape: shapeOf(f.raw) }));
  const bySource = new Map(info.map((f) => [f.source, f]));
  return planSets(info).map((group) => {
    const members = group.map((s) => bySource.get(s)!);
    const raw = members.length === 1 ? members[0].raw : joinDocuments(...members);
    return { sources: group, files: members.map(({ source, raw }) => ({ source, raw })), raw, identity: members[0].identity };
  });
}

/** One RawDocument of several files, in order. */
export function joinDocuments(...files: LoadedFile[]): RawDocument {
  const [first] = files;
  const parts: { source: string; firstBlock: number }[] = [];
  const blocks: RawDocument['blocks'] = [];
  for (const f of files) {
    parts.push({ source: f.source, firstBlock: blocks.length });
    blocks.push(...f.raw.blocks);
  }
  return {
    title: first.raw.title,
    url: first.raw.url,
    blocks,
    attachments: files.flatMap((f) => f.raw.attachments),
    parts,
  };
}

/** The file a block of a joined document came from. */
export function blockSource(set: DocumentSet, block: number): string {
  const parts = set.raw.parts;
  if (!parts) return set.sources[0];
  let source = parts[0].source;
  for (const part of parts) if (part.firstBlock <= block) source = part.source;
  return source;
}

/** The file a table came from: the one whose table blocks hold the grid's first anchor. */
export function tableSource(set: DocumentSet, grid: TableGrid): string {
  if (set.files.length === 1) return set.sources[0];
  const anchor = grid.anchors[0];
  const file = set.files.find((f) => anchor !== undefined && f.raw.blocks.some((b) => b.kind === 'table' && b.table.anchor === anchor));
  return file?.source ?? set.sources[0];
}

/** The file a finding came from: its sentence's, else its first table's. */
export function findingSource(set: DocumentSet, report: Report, finding: Finding): string {
  const ref = finding.textRefs?.[0];
  if (ref) return blockSource(set, ref.block);
  const tableId = finding.tableId ?? finding.cells[0]?.tableId;
  const grid = tableId === undefined ? undefined : report.tables.find((t) => t.id === tableId);
  return grid ? tableSource(set, grid) : set.sources[0];
}
