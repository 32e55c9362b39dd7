/**
 * The real corpus as a test: every real document under test/fixtures with a truth file checked by hand
 * (test/fixtures/truth/README.md), run through the engine and compared with what the hand check recorded.
 *
 *   found      a recorded inconsistency the engine reports as an error or a warning at the same place;
 *   missed     a recorded inconsistency it does not report;
 *   false      an error the engine reports that matches no recorded inconsistency (a false alarm).
 *
 * Shared by the test (test/corpus/corpus.test.ts) and `npm run corpus`, which prints precision and recall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadHtml } from '../../cli/load-html.ts';
import { loadPdf } from '../../cli/load-pdf.ts';
import { decodeHtmlBytes } from '../../lib/html-bytes.ts';
import type { Finding, RawDocument, Report } from '../../lib/model.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TRUTH_DIR = `${FIXTURES}truth/`;

export interface Inconsistency {
  id: string;
  where: 'prose' | 'table' | 'cross-table';
  severity: 'error' | 'warning';
  magnitude?: 'gross' | 'minor';
  page?: number;
  /** A short piece of the sentence or row label (whitespace removed) that names the place. */
  anchor: string;
  stated: string;
  expected?: string;
  arithmetic?: string;
  /** "companion": only the document's other file (its 表格, or its 说明) shows it; not required of this file alone. */
  needs?: 'companion';
}

export interface Truth {
  document: string;
  /** Path under test/fixtures; or several (a seed in three markup styles) in `fixtures`. */
  fixture?: string;
  fixtures?: string[];
  companion?: string | null;
  inconsistencies: Inconsistency[];
  /** Every table of the document, as the hand check found them. */
  tables?: { title?: string }[];
  claims?: { id: string; verdict: string; stated?: string; quote?: string }[];
  /** "holdout": set aside while the engine was changed (the closing notes give its figures). */
  set?: string;
}

export function loadTruths(): Truth[] {
  return readdirSync(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${TRUTH_DIR}${f}`, 'utf8')) as Truth);
}

/** A 说明 and its 表格, checked as one document (lib/documents/sets.ts). */
export interface SetCase {
  name: string;
  fixtures: [string, string];
  /** Both files' inconsistencies, those that need the companion now required; both files' tables. */
  truth: Truth;
}

/**
 * Every pair of files whose truths name each other as companions. The joined document must show what each file
 * shows alone, and what only the pair shows (an inconsistency marked `needs: companion`).
 */
export function setCases(truths: readonly Truth[]): SetCase[] {
  const byName = new Map(truths.map((t) => [t.document, t]));
  const cases: SetCase[] = [];
  for (const a of truths) {
    const b = a.companion ? byName.get(a.companion) : undefined;
    if (!b || !a.fixture || !b.fixture || a.document > b.document) continue;
    const required = (t: Truth) => t.inconsistencies.map(({ needs: _, ...inc }) => inc);
    cases.push({
      name: `${a.document} + ${b.document}`,
      fixtures: [a.fixture, b.fixture],
      truth: {
        ...a,
        document: `${a.document} + ${b.document}`,
        fixture: undefined,
        inconsistencies: [...required(a), ...required(b)],
        tables: [...(a.tables ?? []), ...(b.tables ?? [])],
        set: a.set === 'holdout' || b.set === 'holdout' ? 'holdout' : a.set,
      } as Truth,
    });
  }
  return cases;
}

export function fixturesOf(truth: Truth): string[] {
  return truth.fixtures ?? (truth.fixture ? [truth.fixture] : []);
}

const cache = new Map<string, Promise<RawDocument>>();

/** The document as the CLI reads it (PDF through pdf.js, HTML through linkedom), read once per process. */
export function loadFixture(path: string): Promise<RawDocument> {
  let doc = cache.get(path);
  if (!doc) {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}${path}`));
    doc = path.endsWith('.pdf') ? loadPdf(bytes, path) : Promise.resolve(loadHtml(decodeHtmlBytes(bytes).text, path));
    cache.set(path, doc);
  }
  return doc;
}

export interface Comparison {
  fixture: string;
  found: { inconsistency: Inconsistency; finding: Finding }[];
  missed: Inconsistency[];
  /** Recorded, but only checkable with the companion file: not counted as missed. */
  needCompanion: Inconsistency[];
  falseErrors: Finding[];
  errors: number;
  warnings: number;
}

const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/,/g, '');

/** Numbers a finding prints: in its stated and expected figures and its message. */
function numbersOf(f: Finding): string[] {
  const text = `${f.stated ?? ''} ${f.expected ?? ''} ${f.message}`.replace(/,/g, '');
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

const sameNumber = (a: string, b: string) => Number(a) === Number(b);

/** Whether the finding reports this inconsistency: its place (the anchor) and its stated figure. */
export function reports(f: Finding, inc: Inconsistency): boolean {
  const place = squeeze([f.quote, f.rowLabel, f.colLabel, f.tableTitle, f.message].join(' '));
  if (!place.includes(squeeze(inc.anchor))) return false;
  return numbersOf(f).some((n) => sameNumber(n, squeeze(inc.stated)));
}

export function compare(fixture: string, truth: Truth, report: Report): Comparison {
  const flagged = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const found: Comparison['found'] = [];
  const missed: Inconsistency[] = [];
  const needCompanion: Inconsistency[] = [];
  const explained = new Set<Finding>();
  for (const inc of truth.inconsistencies) {
    const hits = flagged.filter((f) => reports(f, inc));
    if (hits.length === 0) (inc.needs === 'companion' ? needCompanion : missed).push(inc);
    else found.push({ inconsistency: inc, finding: hits[0] });
    for (const h of hits) explained.add(h);
  }
  const falseErrors = report.findings.filter((f) => f.severity === 'error' && !explained.has(f));
  return {
    fixture,
    found,
    missed,
    needCompanion,
    falseErrors,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
  };
}
