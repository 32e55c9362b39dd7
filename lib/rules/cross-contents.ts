/**
 * The 目录 (table of contents): which tables of the standard set the document promises. Tables can be listed there and
 * still be absent from the published text ([000]: 表3, 表9; [004]: 表3, 表8 — seed-findings §2.6, §6.5), and the
 * checks that need them must then say so instead of passing in silence.
 *
 * A 目录 line is a Chinese (or Arabic) ordinal, then a title that ends in 表, optionally followed by dot leaders and a
 * page number: "- 一、 部门收支总体情况表", "三、单位支出总体情况表……5". Its ordinal is the table's 表N.
 */
import { classifyTable, type StandardTable } from '../classify/standard-table.ts';
import type { RawDocument } from '../model.ts';
import { chineseOrdinal } from '../prose/text-stream.ts';
import { canonicalLabel } from '../text.ts';

export interface ListedTable {
  /** 表N as the 目录 numbers it: '3'. */
  number: string;
  title: string;
  standard: StandardTable;
  /** The text block it was read from. */
  block: number;
}

// Bounded pieces only: no nested quantifiers, so hostile lines cannot make this backtrack.
const CONTENTS_LINE = /^[-*•·#>]*([一二三四五六七八九十]{1,3}|\d{1,2})[、.．]([^、]{2,40}?表)(?:[.…·．-]{2,}\d{0,4}|\d{1,4})?$/;

/** The standard tables the 目录 lists, first mention of each; empty when the document has no such list. */
export function listedTables(raw: RawDocument): ListedTable[] {
  const out: ListedTable[] = [];
  const seen = new Set<StandardTable>();
  raw.blocks.forEach((block, index) => {
    if (block.kind !== 'text') return;
    // A 目录 may come as one block of many lines (a <div> with <br>s) or one line per block.
    for (const line of block.text.split('\n')) {
      // Only a line naming a 表 can be one (canonicalLabel makes no 表): most of the prose is passed over unfolded.
      if (line.length > 120 || !line.includes('表')) continue;
      const m = CONTENTS_LINE.exec(canonicalLabel(line));
      if (!m) continue;
      const n = chineseOrdinal(m[1]);
      const standard = classifyTable({ title: m[2], colPaths: [], kind: 'budget' });
      if (!n || !standard || standard.startsWith('T12') || seen.has(standard)) continue;
      seen.add(standard);
      out.push({ number: String(n), title: m[2], standard, block: index });
    }
  });
  return out;
}
