/**
 * File names that say what the file is: department, year, 表N and table title where the page gives them, e.g.
 * "克孜勒苏柯尔克孜自治州人民政府外事办公室_2023_表1_单位收支总体情况表.xlsx". A reporter's downloads folder fills
 * with files from many departments and years; "export (3).csv" tells nothing.
 *
 * Names must be legal everywhere the file may land (Windows is the strictest): no < > : " / \ | ? * or control
 * characters, no trailing dot or space, not a device name (CON, NUL, COM1 …), and at most 255 bytes — a Chinese
 * character is 3 bytes in UTF-8, so names are cut by bytes, leaving room for the folder path and a "_2" suffix.
 * https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file
 */
import type { TableGrid } from '../model.ts';

export interface ExportFileMeta {
  /** 部门/单位 name, e.g. "克孜勒苏柯尔克孜自治州人民政府外事办公室". */
  department?: string;
  /** Budget year, e.g. "2023". */
  year?: string;
  /** The page title, used when department and year cannot be read from it. */
  pageTitle?: string;
}

const MAX_TITLE_CHARS = 300;

/** The year of the budget: the first 19xx/20xx followed by 年 ("2023年", "2023 年度"). */
const YEAR = /((?:19|20)\d{2})\s*年/;
/** What follows the year in a title: 度, then 部门/单位 and 预算/决算 … */
const AFTER_YEAR_DEPARTMENT = /^度?\s*(.+?)\s*(?:部门|单位)?\s*(?:预算|决算)/;

function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Department and year from a page title:
 * "克孜勒苏柯尔克孜自治州人民政府外事办公室2023年单位预算公开" → department and "2023";
 * "2023年XX县教育局部门预算公开" → "XX县教育局" and "2023"; "关于…的说明" loses its 关于.
 */
export function fileMetaFromTitle(fullTitle: string): ExportFileMeta {
  // Department and year sit at the start of a title; a hostile page may send a megabyte of title.
  const title = fullTitle.slice(0, MAX_TITLE_CHARS);
  const meta: ExportFileMeta = { pageTitle: tidy(title) || undefined };
  const m = YEAR.exec(title);
  if (!m) return meta;
  meta.year = m[1];
  const before = tidy(title.slice(0, m.index))
    .replace(/^关于/, '')
    .replace(/[\s:：,，、\-—_（(]+$/, '');
  if (Array.from(before).length >= 2) {
    meta.department = before;
    return meta;
  }
  const after = AFTER_YEAR_DEPARTMENT.exec(title.slice(m.index + m[0].length));
  if (after && Array.from(after[1]).length >= 2) meta.department = tidy(after[1]);
  return meta;
}

const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');
const DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/** Leaves room in 255 bytes for a folder-less "_99" suffix and the extension. */
export const MAX_NAME_BYTES = 200;

/** One part of a name: illegal characters out, spaces next to Chinese dropped, other spaces as "_". */
export function cleanNamePart(text: string): string {
  // A part longer than the whole name may be is cut first, so the regexes below only ever see a short string.
  return text
    .slice(0, MAX_NAME_BYTES)
    .normalize('NFC')
    .replace(ILLEGAL, '_')
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|[_. ]+$/g, '');
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function cutToBytes(text: string, max: number): string {
  if (utf8Length(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out.replace(/[_. ]+$/, '');
}

/**
 * "克孜勒苏…外事办公室_2023_表1_单位收支总体情况表.csv". Without a table: the page's name and `what`
 * ("全部表格" for a workbook of every table, "核对证据" for the evidence pack).
 */
export function exportFileName(meta: ExportFileMeta, table: TableGrid | undefined, ext: string, what = '全部表格'): string {
  const parts: string[] = [];
  if (meta.department) parts.push(meta.department);
  if (meta.year) parts.push(meta.year);
  if (parts.length === 0 && meta.pageTitle) parts.push(meta.pageTitle);
  if (table) {
    const title = table.title?.trim() ?? '';
    const number = table.number ? `表${table.number}` : '';
    if (number && !cleanNamePart(title).startsWith(number)) parts.push(number);
    parts.push(title || (number ? '' : `表格${table.index + 1}`));
  } else {
    parts.push(what);
  }
  let base = parts.map(cleanNamePart).filter((p) => p !== '').join('_') || 'budget-check';
  const extension = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9.]/g, '').toLowerCase();
  base = cutToBytes(base, MAX_NAME_BYTES - utf8Length(extension) - 1);
  if (DEVICE_NAME.test(base)) base = `_${base}`;
  return extension ? `${base}.${extension}` : base;
}

/** Makes names unique (ignoring case, as Windows and macOS do) by adding "_2", "_3" before the extension. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}_${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
