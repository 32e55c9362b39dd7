/**
 * Whose document it is, and of which year: the unit (部门 / 单位) and year a disclosure is about, and whether it is a
 * budget (预算) or final accounts (决算).
 *
 * Read from the document itself first: its tables' 部门：… lines, its title line ("江苏省政协办公厅 2017 年度部门预算"),
 * its table titles ("2019年政府采购预算表"). Only what the document does not say comes from its title metadata (the
 * unit only: a PDF's metadata is often left over from the file it was made from, 2015 in a 2017 budget) and last from
 * the file name, which a person chose and may have shortened ("省人大办公厅2018预算公开.pdf").
 *
 * Two documents are of one unit when their names agree once the words that carry no identity (the party prefix, the
 * office suffix: data in lib/templates/unit-names.ts) and, where needed, the province are set aside:
 * "江苏省人大常委会" and "部门：江苏省人大常委会办公厅" are one unit, and so are "江苏省委办公厅" and "中共江苏省委办公厅".
 */
import { parseTitleLine } from '../detect/heading-lines.ts';
import type { RawDocument } from '../model.ts';
import { type Basis, documentBasis, documentYear } from '../prose/document-facts.ts';
import { asciiDigits } from '../text.ts';
import { UNIT_ALIASES, UNIT_PREFIXES, UNIT_SUFFIXES } from '../templates/unit-names.ts';

export interface DocumentIdentity {
  /** The unit's name as the document writes it. */
  unit?: string;
  year?: number;
  basis: Basis;
  /** Where the unit and year were read: the document's text, its metadata title, or the file name. */
  from: { unit?: 'text' | 'metadata' | 'file-name'; year?: 'text' | 'file-name' };
}

/** "部门：江苏省政协办公厅", "部门名称：…", "编制单位：…", "单位名称：…". */
const UNIT_LINE = /^(?:编制|填报|预算|主管)?(?:部门|单位)(?:名称)?[:：](.{2,40})$/;
/** The same label with its value on a line of its own ("部门：" / "江苏省人大常委会办公厅", in either order). */
const BARE_UNIT_LABEL = /^(?:编制|填报|预算|主管)?(?:部门|单位)(?:名称)?[:：]$/;
/** "江苏省政协办公厅 2017 年度部门预算", "上海市普陀区规划和自然资源局2024年度部门决算". */
const TITLE_LINE = /^(.{2,40}?)(?:19|20)\d{2}年?度?(?:部门|单位)?(?:预算|决算)/;
/** A table's title with its year: "2019年政府采购预算表", "2024年度收入决算表". */
const TABLE_TITLE_YEAR = /((?:19|20)\d{2})年度?[^\s，。,；;：:]{0,24}?(?:预算|决算)表/g;
/** How a unit's name ends: an office, a committee, a bureau… ("第二部分", "目录" do not). */
const UNIT_END = /(?:厅|室|会|局|委|部|院|处|中心|所|站|馆|校|府|团|社|联|协|办|司|队|署|行|组|台|园|场|宫|盟|机关)$/;

/** @param fileName the file's name, a last resort for what the document does not say */
export function identify(raw: RawDocument, fileName?: string): DocumentIdentity {
  const from: DocumentIdentity['from'] = {};
  const name = baseName(fileName);
  const units: [string | undefined, 'text' | 'metadata' | 'file-name'][] = [
    [unitInText(raw), 'text'],
    [unitInTitle(raw.title), 'metadata'],
    [unitInTitle(name), 'file-name'],
  ];
  const unitFound = units.find(([u]) => u !== undefined);
  const unit = unitFound?.[0];
  if (unitFound) from.unit = unitFound[1];
  const inText = documentYear(raw) ?? yearOfTableTitles(raw);
  const year = inText ?? yearIn(name);
  if (inText !== undefined) from.year = 'text';
  else if (year !== undefined) from.year = 'file-name';
  return { unit, year, basis: documentBasis(raw), from };
}

function unitInText(raw: RawDocument): string | undefined {
  const counts = new Map<string, number>();
  const count = (name: string) => {
    if (plausibleUnit(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  const lines: string[] = [];
  for (const block of raw.blocks) {
    if (block.kind !== 'text') continue;
    for (const line of block.text.split('\n')) lines.push(line.replace(/\s+/g, ''));
    if (lines.length > 2000) break;
  }
  lines.forEach((line, i) => {
    const m = UNIT_LINE.exec(line);
    if (m) count(m[1]);
    else if (BARE_UNIT_LABEL.test(line)) {
      // The value is the line after the label, or (a PDF's text runs come in any order) the one before it.
      const value = [lines[i + 1], lines[i - 1]].find((v) => v !== undefined && plausibleUnit(v) && parseTitleLine(v) === undefined);
      if (value) count(value);
    }
  });
  let best: string | undefined;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  if (best) return best;
  for (const block of raw.blocks.slice(0, 30)) {
    if (block.kind !== 'text') continue;
    for (const line of block.text.split('\n')) {
      const unit = unitInTitle(line);
      if (unit) return unit;
    }
  }
  return undefined;
}

function unitInTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const m = TITLE_LINE.exec(asciiDigits(title).replace(/\s+/g, ''));
  return m && plausibleUnit(m[1]) ? m[1] : undefined;
}

function plausibleUnit(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= 40 &&
    UNIT_END.test(name) &&
    !/^第.{1,3}部分|目录|[:：]|万元|\d/.test(name)
  );
}

function yearOfTableTitles(raw: RawDocument): number | undefined {
  const counts = new Map<number, number>();
  for (const block of raw.blocks) {
    if (block.kind !== 'text') continue;
    for (const m of asciiDigits(block.text).replace(/\s+/g, '').matchAll(TABLE_TITLE_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function yearIn(text: string | undefined): number | undefined {
  const m = text ? /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

function baseName(path: string | undefined): string | undefined {
  return path?.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{2,5}$/i, '');
}

/** The name without what carries no identity (lib/templates/unit-names.ts). */
function core(name: string): string {
  let out = name.replace(/\s+/g, '');
  const prefix = UNIT_PREFIXES.find((p) => out.startsWith(p));
  if (prefix) out = out.slice(prefix.length);
  const suffix = UNIT_SUFFIXES.find((s) => out.endsWith(s));
  return suffix ? out.slice(0, -suffix.length) : out;
}

/**
 * The region a name starts with, and the rest: 江苏省人大常委会 → 江苏省 + 人大常委会, 新疆维吾尔自治区财政厅 →
 * 新疆维吾尔自治区 + 财政厅. A bare 省 (省政协, 省人大办公厅: a file name that leaves the province out) is a region not
 * named. A name without one (市场监督管理局) has none.
 */
function splitRegion(name: string): { region?: string; rest: string } {
  const m = /^(?:[\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,6}?自治区|[\u4e00-\u9fa5]{2,3}市(?!场)|省)/.exec(name);
  if (!m) return { rest: name };
  return { region: m[0] === '省' ? undefined : m[0], rest: name.slice(m[0].length) };
}

/** A unit's own name in its short form (lib/templates/unit-names.ts): 人大常委会 → 人大. */
function shortName(name: string): string {
  for (const [full, short] of UNIT_ALIASES) if (name === full) return short;
  return name;
}

/**
 * Whether two names are of one unit: the same once the words that carry no identity are set aside, in the same
 * region — a name that leaves its region out (省政协) agrees with any — and with the unit's own name the same, or
 * the same in its short form. One name holding the other is not enough: 江苏省财政厅 is not 江苏省财政厅机关服务中心,
 * and 上海市规划和自然资源局 is not 上海市普陀区规划和自然资源局.
 */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = splitRegion(core(a));
  const y = splitRegion(core(b));
  if (x.region && y.region && x.region !== y.region) return false;
  return x.rest.length > 0 && shortName(x.rest) === shortName(y.rest);
}
