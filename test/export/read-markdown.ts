/** Reads the pipe tables of a Markdown text back into cell strings, undoing escapeMarkdown. */

export function unescapeMarkdown(text: string): string {
  return text.replace(/<br>/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Splits "| a | b\\|c |" on the pipes that are not escaped. */
function splitRow(line: string): string[] {
  const inner = line.slice(2, -2);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') {
      current += inner[i] + (inner[i + 1] ?? '');
      i++;
    } else if (inner.startsWith(' | ', i)) {
      cells.push(current);
      current = '';
      i += 2;
    } else {
      current += inner[i];
    }
  }
  cells.push(current);
  return cells.map(unescapeMarkdown);
}

/** The first pipe table: its header cells, alignment row and body rows. */
export function readMarkdownTable(markdown: string): { header: string[]; align: string[]; body: string[][] } {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| '));
  if (start < 0) throw new Error('no table');
  let end = start;
  while (end < lines.length && lines[end].startsWith('| ')) end++;
  const rows = lines.slice(start, end);
  return { header: splitRow(rows[0]), align: rows[1].slice(2, -2).split(' | '), body: rows.slice(2).map(splitRow) };
}
