/**
 * Messages between the extension's parts. Reports hold Decimals and DOM anchors, which cannot cross a message
 * channel, so the page side (entrypoints/engine) sends a PageSummary: plain data only.
 *
 *   content script ──gate-passed──▶ background ──inject──▶ engine (in the page)
 *   popup / background ──EngineRequest──▶ engine ──PageSummary / ExportFile──▶ popup
 *   engine ──page-summary-changed──▶ background (toolbar badge)
 *   engine ──open-pdf-viewer──▶ background ──tabs.create──▶ pdf-viewer.html?file=… (the in-page 核对 button)
 *   engine ──load-xlsx-writer──▶ background ──inject──▶ xlsx-writer (beside the engine, for the first workbook)
 */
import type { Attachment, Finding, PageStatus, TableKind, TableTally } from '../lib/model.ts';
import type { Lang } from './i18n.ts';

export interface TableSummary {
  id: string;
  index: number;
  number?: string;
  title?: string;
  unit?: string;
  kind: TableKind;
  pieces: number;
  tally?: TableTally;
  errors: number;
  notes: number;
}

export interface PageSummary {
  title: string;
  url?: string;
  status: PageStatus;
  tables: TableSummary[];
  findings: Finding[];
  /** Findings whose place on the page was found (a cell element, or the quoted sentence). */
  locatedFindingIds: string[];
  attachments: Attachment[];
  marksVisible: boolean;
  lang: Lang;
  /** Time spent reading the page and running the checks, in ms (the check's slices, not the page's turns between). */
  elapsedMs: number;
  /** The longest slice of the last check, in ms: the longest it kept the page from running. */
  longestSliceMs?: number;
  /** How many slices the last check ran in. */
  slices?: number;
  /** When the last check started and ended, on the page's clock (performance.now()). */
  checkedFrom?: number;
  checkedTo?: number;
  /** When the gate passed the page (document_idle, or a later look), on the same clock; absent after a manual run. */
  gatePassedAt?: number;
  /**
   * When the engine script had been compiled and set up, on the same clock: the marks' wait splits into the
   * background's injection, the check, and the drawing.
   */
  engineLoadedAt?: number;
  /** How many times the page has been analysed (re-renders of its tables re-run the checks). */
  runs: number;
  /** The page could not be read or checked: the reason, for the popup. */
  error?: string;
}

/** Table formats (csv … xlsx, one table) and page formats (xlsx of every table, the evidence pack). */
export type ExportFormat =
  | 'csv'
  | 'tsv'
  | 'markdown'
  | 'json'
  | 'xlsx'
  | 'evidence-html'
  | 'evidence-markdown'
  | 'evidence-json';

export interface ExportFile {
  filename: string;
  mime: string;
  /** Text formats as text; binary formats as base64 (messages carry JSON-like data). */
  text?: string;
  base64?: string;
}

export type EngineRequest =
  | { type: 'get-summary' }
  | { type: 'rerun' }
  | { type: 'reveal'; findingId: string }
  | { type: 'set-marks-visible'; visible: boolean }
  | { type: 'export'; format: ExportFormat; tableId?: string }
  | { type: 'focus-table'; targetElementId?: number };

export type BackgroundMessage =
  /**
   * `engineLoaded`: the gate runs in the engine's isolated world and sees whether the engine is already there (the
   * popup put it in before document_idle), so the background need not ask the page again before injecting.
   */
  | { type: 'gate-passed'; engineLoaded: boolean }
  /** The engine asks for a SHA-256 (the page is not a secure context: no crypto.subtle there). Replies with hex. */
  | { type: 'sha256'; text: string }
  /** The engine has prose to underline: insert the ::highlight() sheet into its frame (components/page-highlight.ts). */
  | { type: 'highlight-sheet' }
  /** The engine was asked for a workbook: put the XLSX writer into its frame (entrypoints/xlsx-writer). */
  | { type: 'load-xlsx-writer' }
  | { type: 'page-summary-changed'; errors: number; notes: number; status: PageStatus }
  /** The user clicked the 核对 button beside a PDF link: open the viewer on that PDF in a new tab. */
  | { type: 'open-pdf-viewer'; url: string };

/**
 * The isolated-world global where the gate notes when it passed (performance.now(), the page's clock): the engine
 * reports it beside its own times (PageSummary.gatePassedAt), so a test can tell how soon after document_idle the
 * marks appeared.
 */
export const GATE_PASSED_AT = '__budgetCheckGatePassedAt';

/** The isolated-world global under which the engine keeps its single instance (entrypoints/engine/index.ts). */
export const ENGINE_GLOBAL = '__budgetCheckEngine';

/** The isolated-world global under which the XLSX writer leaves its function (entrypoints/xlsx-writer). */
export const XLSX_WRITER_GLOBAL = '__budgetCheckXlsxWriter';

/** The isolated-world global where the engine script notes when it had loaded (PageSummary.engineLoadedAt). */
export const ENGINE_LOADED_AT = '__budgetCheckEngineLoadedAt';

export function isEngineRequest(message: unknown): message is EngineRequest {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
