/**
 * The page's text as the engine read it, for the evidence pack's SHA-256: every block of the RawDocument in reading
 * order, a text block as its text, a table as its rows (cells joined by tabs). Hashing what was read (not the HTML,
 * which carries session tokens, counters and ads that change on every load) lets a reporter show later that the
 * evidence describes this text.
 */
import type { RawDocument } from '../../lib/model.ts';

export function pageText(raw: RawDocument): string {
  const lines: string[] = [raw.title];
  for (const block of raw.blocks) {
    if (block.kind === 'text') lines.push(block.text);
    else for (const row of block.table.rows) lines.push(row.cells.map((cell) => cell.text).join('\t'));
  }
  return lines.join('\n');
}
