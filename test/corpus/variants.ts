/**
 * The real documents printed other ways: each variant changes how a figure, a code or a sentence is written, never
 * what it says, in a way other disclosures are written. A document the engine has not seen is as likely to be
 * written so as the corpus is; so each variant of each real document must give the findings the document gives.
 *
 * Each was found to break the engine once (the commits that fixed them name the documents and the counts):
 *   - full-width digits in the text, as a Chinese input method types them (２０１７, ８６４８．０７, ５．７７％), and
 *     years in Chinese numerals (二〇一七年);
 *   - a Chinese "，" between the thousands of a sum of money ("9，146.79万元");
 *   - a dash where a code column has no 款 or 项 ("201 | 31 | -"), and a 款 or 项 without its leading zero, as a
 *     spreadsheet keeps "03" typed as a number ("201 | 3 | 1");
 *   - rates and shares named by their nouns ("增幅为", "增长率达", "降幅为", "占比为", "所占比重为", "年初预算完成率为"), and
 *     a share in brackets ("97.02 万元（占 18.82%）");
 *   - a decrease written as a signed increase, as templates fill it in ("增加-13.00 万元", "增长-5.20%");
 *   - the unit in the header instead of above the table ("合计（万元）");
 *   - a 序号 column numbering the rows (1, 2, 3 …), read once as a column of figures;
 *   - a paragraph broken after a "；" (a PDF's line, or list items a paragraph each): the items of one sentence;
 *   - text set in spaced-out characters ("收 入 决 算 表", "单 位：万 元", "目 录"), as titles centred by spacing and
 *     PDFs' justified runs are.
 * Others never did, and are kept so: dashes in empty amount cells, thousands separators in the tables, a space before
 * the unit, a line break inside a long label, a table broken at a page without its header.
 */
import type { Block, RawDocument, RawRow } from '../../lib/model.ts';

export type Variant = (raw: RawDocument) => RawDocument;

function mapTexts(raw: RawDocument, f: (text: string) => string): RawDocument {
  return { ...raw, blocks: raw.blocks.map((b) => (b.kind === 'text' ? { ...b, text: f(b.text) } : b)) };
}

function mapRows(raw: RawDocument, f: (rows: RawRow[]) => RawRow[]): RawDocument {
  const copy = (rows: RawRow[]) => rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) }));
  return {
    ...raw,
    blocks: raw.blocks.map((b) => (b.kind === 'table' ? { ...b, table: { ...b.table, rows: f(copy(b.table.rows)) } } : b)),
  };
}

const AMOUNT = /^-?\d[\d,]*\.\d+$/;
const isAmount = (text: string) => AMOUNT.test(text.trim());

/** Tables whose rows are a plain grid (no spans, the same number of cells): their cell index is their column. */
const plainGrid = (rows: RawRow[]) =>
  new Set(rows.map((r) => r.cells.length)).size === 1 && rows.every((r) => r.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1));

/** Rows that start with split code columns: a 类 of three digits, then the 款 and 项 cells. */
const CLASS_CELL = /^\s*[235]\d\d\s*$/;

export const VARIANTS: Record<string, Variant> = {
  'full-width digits in the text': (raw) =>
    mapTexts(raw, (t) => t.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
  'years in Chinese numerals (二〇一七年)': (raw) =>
    mapTexts(raw, (t) => t.replace(/(20\d\d)(?=\s*年)/g, (y) => [...y].map((c) => '〇一二三四五六七八九'[Number(c)]).join(''))),
  'spaced-out characters in the text': (raw) => mapTexts(raw, (t) => t.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1 ')),
  'a Chinese comma between thousands in the text': (raw) => mapTexts(raw, (t) => t.replace(/(\d),(\d{3})/g, '$1，$2')),
  'a space before 万元 and %': (raw) => mapTexts(raw, (t) => t.replace(/(\d)(万元|%)/g, '$1 $2')),
  '增幅为 for 增长, 降幅为 for 下降': (raw) =>
    mapTexts(raw, (t) => t.replace(/增长(\s*\d)/g, '增幅为$1').replace(/(?:减少|下降)(\s*[\d.]+\s*%)/g, '降幅为$1')),
  '增长率达 for 增长': (raw) => mapTexts(raw, (t) => t.replace(/增长(\s*[\d.]+\s*%)/g, '增长率达$1')),
  '增加-13.00 for 减少 13.00, 增长-5.20% for 下降 5.20%': (raw) =>
    mapTexts(raw, (t) => t.replace(/减少(\s*)([\d.,]+\s*万元)/g, '增加$1-$2').replace(/下降(\s*)([\d.]+\s*%)/g, '增长$1-$2')),
  '年初预算完成率为 for 完成年初预算的': (raw) => mapTexts(raw, (t) => t.replace(/完成年初预算的/g, '年初预算完成率为')),
  '占比为 for 占': (raw) => mapTexts(raw, (t) => t.replace(/占(\s*[\d.]+\s*%)/g, '占比为$1')),
  '（占 X%） for ，占 X%': (raw) => mapTexts(raw, (t) => t.replace(/[，,]\s*占(\s*[\d.]+\s*%)/g, '（占$1）')),
  '所占比重为 for 占': (raw) => mapTexts(raw, (t) => t.replace(/占(\s*[\d.]+\s*%)/g, '所占比重为$1')),
  'thousands separators in the tables': (raw) =>
    mapRows(raw, (rows) => {
      for (const r of rows)
        for (const c of r.cells) {
          const m = /^(-?\d{4,})(\.\d+)$/.exec(c.text.trim());
          if (m) c.text = m[1].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + m[2];
        }
      return rows;
    }),
  '— in the empty cells of amount columns': (raw) =>
    mapRows(raw, (rows) => {
      if (!plainGrid(rows)) return rows;
      const amountCols = new Set<number>();
      for (const r of rows)
        r.cells.forEach((c, i) => {
          if (isAmount(c.text)) amountCols.add(i);
        });
      for (const r of rows) {
        if (!r.cells.some((c) => isAmount(c.text))) continue;
        r.cells.forEach((c, i) => {
          if (amountCols.has(i) && c.text.trim() === '') c.text = '—';
        });
      }
      return rows;
    }),
  '- in the empty 款 and 项 cells': (raw) =>
    mapRows(raw, (rows) => {
      for (const r of rows)
        if (CLASS_CELL.test(r.cells[0]?.text ?? '')) for (const c of r.cells.slice(1, 3)) if (c.text.trim() === '') c.text = '-';
      return rows;
    }),
  '款 and 项 without their leading zero': (raw) =>
    mapRows(raw, (rows) => {
      for (const r of rows)
        if (CLASS_CELL.test(r.cells[0]?.text ?? '')) for (const c of r.cells.slice(1, 3)) if (/^\s*0\d\s*$/.test(c.text)) c.text = c.text.trim().slice(1);
      return rows;
    }),
  '序号 1, 2, 3 … in a column in front of each table': (raw) => {
    // Numbered down the body, on from the last table where a piece has no header of its own (the rest of a table
    // after a page break); 序号 over the header.
    let n = 0;
    return mapRows(raw, (rows) => {
      let head = 0;
      while (head < rows.length && !rows[head].cells.some((c) => isAmount(c.text))) head++;
      if (head === rows.length) return rows;
      if (head > 0) n = 0;
      rows.forEach((r, i) => {
        const text = i >= head ? String(++n) : i === 0 ? '序号' : '';
        r.cells.unshift({ text, rowSpan: 1, colSpan: 1, header: r.cells[0]?.header ?? false });
      });
      return rows;
    });
  },
  '单位：万元 moved into the header, "合计（万元）"': (raw) => {
    // The unit lines go; the header cells over columns of amounts say the unit instead, on every page's header: the
    // names over amount columns of plain tables, wherever they head a table.
    const names = new Set<string>();
    for (const b of raw.blocks) {
      if (b.kind !== 'table' || !plainGrid(b.table.rows)) continue;
      const [top, ...body] = b.table.rows;
      top?.cells.forEach((c, i) => {
        if (c.text.trim() !== '' && !isAmount(c.text) && body.some((r) => isAmount(r.cells[i]?.text ?? ''))) names.add(c.text.trim());
      });
    }
    const moved = mapTexts(raw, (t) => (/^\s*单位\s*[:：]\s*万元\s*$/.test(t) ? '' : t));
    return mapRows({ ...moved, blocks: moved.blocks.filter((b) => b.kind !== 'text' || b.text !== '') }, (rows) => {
      for (const c of rows[0]?.cells ?? []) if (names.has(c.text.trim())) c.text = `${c.text.trim()}（万元）`;
      return rows;
    });
  },
  'a line break inside long labels': (raw) =>
    mapRows(raw, (rows) => {
      for (const r of rows) for (const c of r.cells) if (/^[\u4e00-\u9fff（）()]{8,}$/.test(c.text)) c.text = `${c.text.slice(0, 6)}\n${c.text.slice(6)}`;
      return rows;
    }),
  'paragraphs broken in the middle, as a PDF breaks its lines': (raw) => {
    const blocks: Block[] = [];
    for (const b of raw.blocks) {
      if (b.kind !== 'text' || b.text.length < 40) {
        blocks.push(b);
        continue;
      }
      // The middle, moved off a figure: a PDF breaks a line anywhere but inside a number.
      let k = Math.floor(b.text.length / 2);
      while (k < b.text.length && /[\d.,%万元]/.test(b.text[k - 1] + b.text[k])) k++;
      blocks.push({ ...b, text: b.text.slice(0, k) }, { ...b, text: b.text.slice(k) });
    }
    return { ...raw, blocks };
  },
  'long tables broken at a page, the header not repeated': (raw) => {
    const blocks: Block[] = [];
    for (const b of raw.blocks) {
      const rows = b.kind === 'table' ? b.table.rows : [];
      const cut = Math.floor(rows.length * 0.6);
      const spansCut = rows.slice(0, cut).some((r, i) => r.cells.some((c) => c.rowSpan > 1 && i + c.rowSpan > cut));
      if (b.kind !== 'table' || rows.length < 12 || spansCut) {
        blocks.push(b);
        continue;
      }
      blocks.push({ ...b, table: { ...b.table, rows: rows.slice(0, cut) } });
      blocks.push({ ...b, table: { ...b.table, caption: undefined, rows: rows.slice(cut) } });
    }
    return { ...raw, blocks };
  },
};
