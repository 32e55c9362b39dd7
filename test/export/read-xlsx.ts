/**
 * Reads an .xlsx back for the export tests with fflate and a few regular expressions: enough of SpreadsheetML to
 * check values, cell types, number formats, merges and column widths (ECMA-376 Part 1, §18.3 worksheets).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxReadCell {
  /** 's' shared string, 'inlineStr', 'n' number (absent t), 'b', 'str' formula string … */
  type: string;
  /** The string for text cells, the number text for numbers, undefined for an empty styled cell. */
  value?: string;
  /** The number format code applied, if any ("#,##0.00", "@"). */
  format?: string;
  bold: boolean;
}

export interface XlsxReadSheet {
  name: string;
  /** By address: "A1" → cell. */
  cells: Map<string, XlsxReadCell>;
  merges: string[];
  widths: Map<number, number>;
  frozenRows: number;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** "A1" for row 0, col 0. */
export function address(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

export function readXlsx(bytes: Uint8Array): XlsxReadSheet[] {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`missing ${path}`);
    return strFromU8(f);
  };
  const shared = files['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''),
      )
    : [];
  const styles = text('xl/styles.xml');
  const numFmts = new Map<string, string>();
  for (const m of styles.matchAll(/<numFmt\s[^>]*>/g)) numFmts.set(attr(m[0], 'numFmtId')!, attr(m[0], 'formatCode')!);
  const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map(
    (m) => /<b\/>/.test(m[1] ?? ''),
  );
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => ({
    format: numFmts.get(attr(m[0], 'numFmtId') ?? ''),
    bold: fonts[Number(attr(m[0], 'fontId') ?? 0)] ?? false,
  }));

  const rels = text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) targets.set(attr(m[0], 'Id')!, attr(m[0], 'Target')!);

  return [...text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)].map((m) => {
    const name = attr(m[0], 'name')!;
    const xml = text(`xl/${targets.get(attr(m[0], 'r:id')!)}`);
    const cells = new Map<string, XlsxReadCell>();
    for (const c of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const open = ` ${c[1]}`;
      const type = attr(open, 't') ?? 'n';
      const inner = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: string | undefined;
      if (type === 's' && v !== undefined) value = shared[Number(v)];
      else if (type === 'inlineStr') value = [...inner.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join('');
      else if (v !== undefined) value = unescapeXml(v);
      const xf = xfs[Number(attr(open, 's') ?? 0)] ?? { format: undefined, bold: false };
      cells.set(attr(open, 'r')!, { type, value, format: xf.format, bold: xf.bold });
    }
    const merges = [...xml.matchAll(/<mergeCell\s[^>]*>/g)].map((mc) => attr(mc[0], 'ref')!);
    const widths = new Map<number, number>();
    for (const col of xml.matchAll(/<col\s[^>]*>/g)) widths.set(Number(attr(col[0], 'min')), Number(attr(col[0], 'width')));
    const pane = /<pane\s[^>]*>/.exec(xml)?.[0];
    const frozenRows = pane && attr(pane, 'state') === 'frozen' ? Number(attr(pane, 'ySplit') ?? 0) : 0;
    return { name, cells, merges, widths, frozenRows };
  });
}
