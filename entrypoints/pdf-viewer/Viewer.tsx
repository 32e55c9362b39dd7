/**
 * The PDF viewer page: opens a PDF (from ?file=<http(s) address>, fetched by this page because the user asked for
 * it, or a local file the user picks), checks it with the engine and shows its pages with the findings marked, and
 * exports its tables the same ways as a web page's (components/export-file.ts).
 *
 * Read access: the page downloads a ?file= address only from a site the extension may read (*.gov.cn, or a site the
 * user allowed). Elsewhere it downloads nothing until the user clicks "允许" (permissions.request needs that click);
 * refused, it says so and offers to open a downloaded copy.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { saveExportFile } from '../../components/download.ts';
import { DocumentExportButtons, TableExportButtons } from '../../components/ExportButtons.tsx';
import { buildExportFile, type ExportInputs } from '../../components/export-file.ts';
import { FindingCard, findingMessage } from '../../components/FindingCard.tsx';
import { type Lang, t } from '../../components/i18n.ts';
import { hasReadAccess, requestReadAccess } from '../../components/open-viewer.ts';
import type { ExportFormat } from '../../components/protocol.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import { sha256Hex } from '../../lib/export/sha256.ts';
import type { Report, TableGrid } from '../../lib/model.ts';
import { marksByPage } from '../../lib/pdf/pdf-marks.ts';
import { pageText } from '../engine/page-text.ts';
import { type CheckedPdf, checkPdf } from './check-pdf.ts';
import { pdfDisplayName, pdfUrlFromQuery } from './file-param.ts';
import { PageView } from './PageView.tsx';
import { vt, vtBoth } from './viewer-text.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; name?: string; message: string }
  /** A ?file= on a site the extension may not read yet: nothing downloaded until the user allows it. */
  | { kind: 'needs-access'; name: string; url: URL; refused: boolean }
  | { kind: 'ready'; name: string; checked: CheckedPdf; fileHash: Promise<string> };

/** Pages are drawn at most this wide (CSS pixels), and never larger than 1.5× their size in points. */
const PAGE_WIDTH = 900;

export function Viewer({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [selected, setSelected] = useState<string | undefined>();
  /** Per page: its size in points and the scale it is drawn at. */
  const [layout, setLayout] = useState<{ width: number; height: number; scale: number }[]>([]);

  const [exportError, setExportError] = useState<string | null>(null);

  const open = async (name: string, load: () => Promise<Uint8Array>, url?: string) => {
    setState({ kind: 'loading', name });
    setSelected(undefined);
    setExportError(null);
    try {
      const bytes = await load();
      // Started now: sha256Hex copies the bytes before pdf.js hands them to its worker (which detaches them).
      const fileHash = sha256Hex(bytes);
      fileHash.catch(() => {});
      const checked = await checkPdf(bytes, url);
      const sizes = await Promise.all(
        Array.from({ length: checked.pdf.numPages }, async (_, i) => (await checked.pdf.getPage(i + 1)).getViewport({ scale: 1 })),
      );
      setLayout(sizes.map(({ width, height }) => ({ width, height, scale: Math.min(1.5, PAGE_WIDTH / width) })));
      setState({ kind: 'ready', name, checked, fileHash });
    } catch (error) {
      setState({ kind: 'error', name, message: (error as Error).message });
    }
  };

  const openUrl = (url: URL) =>
    open(
      pdfDisplayName(url),
      async () => {
        const response = await fetch(url.href, { credentials: 'include' }).catch(() => null);
        if (!response?.ok) throw new Error(vtBoth('fetchFailed'));
        return new Uint8Array(await response.arrayBuffer());
      },
      url.href,
    );

  useEffect(() => {
    const url = pdfUrlFromQuery(location.search);
    if (!url) return;
    void hasReadAccess(url.href).then((allowed) => {
      if (allowed) openUrl(url);
      else setState({ kind: 'needs-access', name: pdfDisplayName(url), url, refused: false });
    });
  }, []);

  /** In the click handler itself: permissions.request needs the click's user gesture. */
  const allow = (url: URL) => {
    void requestReadAccess(url.href).then((granted) => {
      if (granted) openUrl(url);
      else setState({ kind: 'needs-access', name: pdfDisplayName(url), url, refused: true });
    });
  };

  const exportFile = async (format: ExportFormat, tableId?: string, copy = false) => {
    if (state.kind !== 'ready') return;
    const { report, raw } = state.checked;
    const inputs: ExportInputs = {
      report,
      pageText: pageText(raw),
      sha256: (text) => sha256Hex(text),
      sourceFile: { sha256: () => state.fileHash },
    };
    try {
      const file = await buildExportFile(inputs, format, tableId);
      if (copy) await navigator.clipboard.writeText(file.text ?? '');
      else saveExportFile(file, document.body);
      setExportError(null);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  const onFile = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
  };

  const select = (findingId: string) => {
    setSelected(findingId);
    document.querySelector(`.bc-pdf-mark[data-finding-id="${CSS.escape(findingId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    document.querySelector(`.bc-finding[data-id="${CSS.escape(findingId)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const checked = state.kind === 'ready' ? state.checked : undefined;
  const byPage = useMemo(() => marksByPage(checked?.marks ?? []), [checked]);
  const titles = useMemo(
    () => new Map((checked?.report.findings ?? []).map((f) => [f.id, findingMessage(f, lang)])),
    [checked, lang],
  );
  const located = useMemo(() => new Set((checked?.marks ?? []).map((m) => m.findingId)), [checked]);

  return (
    <div class="bc-viewer">
      <aside class="bc-side">
        <h1>{vt(lang, 'title')}</h1>
        <p class="bc-intro">{vt(lang, 'intro')}</p>
        <label class="bc-open">
          {vt(lang, 'choose')}
          <input type="file" accept="application/pdf,.pdf" onChange={onFile} />
        </label>
        {state.kind !== 'idle' && state.name ? <div class="bc-doc-name">{state.name}</div> : null}
        {state.kind === 'loading' ? <div class="bc-message">{vt(lang, 'reading')} …</div> : null}
        {state.kind === 'error' ? <div class="bc-message bc-message-error">{state.message}</div> : null}
        {state.kind === 'needs-access' ? (
          <AccessRequest url={state.url} refused={state.refused} lang={lang} onAllow={() => allow(state.url)} />
        ) : null}
        {checked ? <Summary checked={checked} lang={lang} /> : null}
        {checked?.report.tables.length ? (
          <TableList report={checked.report} lang={lang} error={exportError} onExport={exportFile} />
        ) : null}
        {checked?.report.findings.map((finding) => (
          <button
            type="button"
            key={finding.id}
            class={`bc-finding${selected === finding.id ? ' bc-selected' : ''}`}
            data-id={finding.id}
            onClick={() => select(finding.id)}
          >
            <FindingCard finding={finding} lang={lang} showTable notLocated={!located.has(finding.id)} />
          </button>
        ))}
      </aside>
      <main class="bc-pages">
        {checked
          ? layout.map(({ width, height, scale }, i) => (
              <PageView
                key={`${state.kind === 'ready' ? state.name : ''}-${i}`}
                pdf={checked.pdf}
                pageNumber={i + 1}
                width={width * scale}
                height={height * scale}
                scale={scale}
                marks={byPage.get(i + 1) ?? []}
                selected={selected}
                titles={titles}
                lang={lang}
                onSelect={select}
              />
            ))
          : null}
      </main>
    </div>
  );
}

function Summary({ checked, lang }: { checked: CheckedPdf; lang: Lang }) {
  const { report, raw, failedPages } = checked;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const notes = report.findings.length - errors;
  const passed = report.tallies.reduce((s, t) => s + t.passed, 0);
  return (
    <div class="bc-summary">
      {raw.scanned ? <div class="bc-message">{vtBoth('scannedWhy')}</div> : null}
      {failedPages.length ? <div class="bc-message bc-message-error">{`PDF 第 ${failedPages.join(', ')} 页已损坏，未能读取 / page(s) ${failedPages.join(', ')} are damaged and could not be read`}</div> : null}
      {!raw.scanned && report.tables.length === 0 ? <div class="bc-message">{vt(lang, 'noTables')}</div> : null}
      {report.tables.length ? (
        <div>
          {report.tables.length} {vt(lang, 'tables')} · <TableCounts errors={errors} notes={notes} passed={passed} lang={lang} />
          {report.findings.length === 0 ? <span> {vt(lang, 'noFindings')}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The site is not one the extension may read: ask, in the user's click, or (refused) point to a downloaded copy. */
function AccessRequest({ url, refused, lang, onAllow }: { url: URL; refused: boolean; lang: Lang; onAllow(): void }) {
  return (
    <div class={`bc-message bc-access${refused ? ' bc-message-error bc-access-refused' : ''}`}>
      <p>{vtBoth(refused ? 'accessRefused' : 'accessNeeded').replaceAll('{host}', url.hostname)}</p>
      {refused ? (
        // A plain link: the browser downloads the file as the user's own navigation, with no extension permission.
        <a class="bc-download" href={url.href} target="_blank" rel="noreferrer noopener">
          {vt(lang, 'downloadIt')}
        </a>
      ) : (
        <button type="button" class="bc-btn bc-allow" onClick={onAllow}>
          {vt(lang, 'allow').replace('{host}', url.hostname)}
        </button>
      )}
    </div>
  );
}

function tableName(grid: TableGrid, lang: Lang): string {
  const title = grid.title || t(lang, 'untitledTable');
  return grid.number ? `${t(lang, 'table')}${grid.number} ${title}` : title;
}

/** Every table found, with its counts and export buttons; the whole document's workbook and evidence pack on top. */
function TableList({
  report,
  lang,
  error,
  onExport,
}: {
  report: Report;
  lang: Lang;
  error: string | null;
  onExport(format: ExportFormat, tableId?: string, copy?: boolean): void;
}) {
  return (
    <>
      <div class="bc-doc-exports">
        <DocumentExportButtons lang={lang} buttonClass="bc-btn" labelClass="bc-label" onExport={(format) => onExport(format)} />
      </div>
      {error ? <div class="bc-message bc-message-error">{error}</div> : null}
      {/* Closed at first: a disclosure has a dozen tables or more, and the findings come first. */}
      <details class="bc-tables">
        <summary>
          {vt(lang, 'tablesAndExport')} ({report.tables.length})
        </summary>
        <ul>
          {report.tables.map((grid) => {
            const findings = report.findings.filter((f) => (f.tableId ?? f.cells[0]?.tableId) === grid.id);
            const errors = findings.filter((f) => f.severity === 'error').length;
            const tally = report.tallies.find((x) => x.tableId === grid.id);
            return (
              <li key={grid.id} class="bc-table" data-table-id={grid.id}>
                <div class="bc-table-head">
                  <span class="bc-table-title">
                    {tableName(grid, lang)}
                    {grid.unit ? <small> （{grid.unit.name}）</small> : null}
                  </span>
                  <TableCounts errors={errors} notes={findings.length - errors} passed={tally?.passed} lang={lang} />
                </div>
                <div class="bc-exports">
                  <TableExportButtons
                    lang={lang}
                    buttonClass="bc-btn"
                    onExport={(format) => onExport(format, grid.id)}
                    onCopy={() => onExport('tsv', grid.id, true)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}
