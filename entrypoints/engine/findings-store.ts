/**
 * The page's last check and everything looked up from it: the report, where each finding sits (mark-targets.ts), the
 * per-table summaries and the maps the pointer, the marks and the popup ask. Replaced whole by each finished check;
 * nothing here reads layout or draws.
 */
import type { PageSummary, TableSummary } from '../../components/protocol.ts';
import { findingsByTable, summariseTables } from '../../components/table-summary.ts';
import type { Finding, RawDocument, Report } from '../../lib/model.ts';
import { buildMarkTargets, type CellMark, type MarkTargets, type TableAnchor, type TextMark } from './mark-targets.ts';

const EMPTY_TARGETS: MarkTargets = { cells: [], texts: [], tables: [], places: new Map() };

/** What one check of the page gave: a report, or the reason there is none. */
export interface CheckResult {
  raw?: RawDocument;
  report?: Report;
  error?: string;
  /** Time spent checking (the slices, not the page's turns between them), in ms. */
  busyMs: number;
  /** The longest slice: the longest the check kept the page waiting. */
  longestSliceMs: number;
  slices: number;
  /** When the check started and ended (performance.now(), the page's clock). */
  startedAt: number;
  endedAt: number;
}

export class FindingsStore {
  raw: RawDocument | undefined;
  report: Report | undefined;
  error: string | undefined;
  targets: MarkTargets = EMPTY_TARGETS;
  tableSummaries: TableSummary[] = [];
  runs = 0;
  private timing = { busyMs: 0, longestSliceMs: 0, slices: 0, startedAt: 0, endedAt: 0 };
  private findingsById = new Map<string, Finding>();
  /** The findings listed in each table's badge menu. */
  private byTable = new Map<string, Finding[]>();
  private cellMarkByElement = new Map<Element, CellMark>();
  private markByKey = new Map<string, CellMark | TextMark>();

  /** Takes a finished check. Finding where each finding sits reads the page's text, never its layout. */
  set(result: CheckResult): void {
    this.raw = result.raw;
    this.report = result.report;
    this.error = result.error;
    this.runs += 1;
    const { busyMs, longestSliceMs, slices, startedAt, endedAt } = result;
    this.timing = { busyMs, longestSliceMs, slices, startedAt, endedAt };
    const report = this.report;
    const raw = this.raw;
    this.targets = report && raw ? buildMarkTargets(report, raw) : EMPTY_TARGETS;
    this.findingsById = new Map((report?.findings ?? []).map((f) => [f.id, f]));
    this.byTable = findingsByTable(report?.findings ?? []);
    this.tableSummaries = report ? summariseTables(report) : [];
    this.cellMarkByElement = new Map(this.targets.cells.map((mark) => [mark.element, mark]));
    this.markByKey = new Map<string, CellMark | TextMark>();
    for (const mark of [...this.targets.cells, ...this.targets.texts]) this.markByKey.set(mark.key, mark);
  }

  get findings(): Finding[] {
    return this.report?.findings ?? [];
  }

  finding(id: string): Finding | undefined {
    return this.findingsById.get(id);
  }

  findingsOfTable(tableId: string): Finding[] {
    return this.byTable.get(tableId) ?? [];
  }

  table(tableId: string): TableSummary | undefined {
    return this.tableSummaries.find((summary) => summary.id === tableId);
  }

  tableAnchor(tableId: string): TableAnchor | undefined {
    return this.targets.tables.find((anchor) => anchor.tableId === tableId);
  }

  /** The mark of a table cell element, if the cell is marked. */
  cellMark(element: Element): CellMark | undefined {
    return this.cellMarkByElement.get(element);
  }

  mark(key: string): CellMark | TextMark | undefined {
    return this.markByKey.get(key);
  }

  /** The mark that shows a finding, if it has a place of its own. */
  markOf(findingId: string): CellMark | TextMark | undefined {
    const key = this.targets.places.get(findingId)?.markKey;
    return key ? this.markByKey.get(key) : undefined;
  }

  /** Findings placed on the page: a marked cell or sentence, or (a note about a whole table) the table's badge. */
  locatedFindingIds(): string[] {
    const tablesOnPage = new Set(this.targets.tables.map((anchor) => anchor.tableId));
    return this.findings
      .filter((f) => {
        if (this.targets.places.get(f.id)?.markKey) return true;
        const wholeTable = !f.cells.length && !f.textRefs?.length;
        return wholeTable && f.tableId !== undefined && tablesOnPage.has(f.tableId);
      })
      .map((f) => f.id);
  }

  summary(doc: Document, view: Pick<PageSummary, 'marksVisible' | 'lang'>): PageSummary {
    const report = this.report;
    return {
      title: report?.title ?? doc.title,
      url: report?.url ?? doc.location?.href,
      status: report?.status ?? 'no-tables',
      tables: this.tableSummaries,
      findings: this.findings,
      locatedFindingIds: this.locatedFindingIds(),
      attachments: report?.attachments ?? [],
      marksVisible: view.marksVisible,
      lang: view.lang,
      elapsedMs: round1(this.timing.busyMs),
      longestSliceMs: round1(this.timing.longestSliceMs),
      slices: this.timing.slices,
      checkedFrom: this.timing.startedAt,
      checkedTo: this.timing.endedAt,
      runs: this.runs,
      error: this.error,
    };
  }
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function isTextMark(mark: CellMark | TextMark): mark is TextMark {
  return (mark as TextMark).range !== undefined;
}
