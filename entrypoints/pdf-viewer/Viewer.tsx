/**
 * The checker's own page (核对文件 / Check a file; pdf-viewer.html): opens a PDF (from ?file=<http(s) address>,
 * fetched by this page because the user asked for it, or a local file the user picks or drops) or a saved web page
 * (.html/.htm, picked or dropped), checks it with the engine and shows it with the findings marked, and exports its
 * tables the same ways as a web page's (components/export-file.ts).
 *
 * Saved pages: Chrome lets no extension read a file:// tab unless the user turns on "Allow access to file URLs", so a
 * disclosure saved to disk is checked here instead, with no other step (SavedPageView.tsx).
 *
 * Read access: the page downloads a ?file= address only from a site the extension may read (*.gov.cn, or a site the
 * user allowed). Elsewhere it downloads nothing until the user clicks "允许" (permissions.request needs that click);
 * refused, it says so and offers to open a downloaded copy.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveExportFile } from '../../components/download.ts';
import { DocumentExportButtons, TableExportButtons } from '../../components/ExportButtons.tsx';
import { buildExportFile, type ExportInputs } from '../../components/export-file.ts';
import { FindingCard, findingMessage } from '../../components/FindingCard.tsx';
import type { Lang } from '../../components/i18n.ts';
import { hasReadAccess, requestReadAccess } from '../../components/open-viewer.ts';
import type { ExportFormat } from '../../components/protocol.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import { summariseTables, tableName } from '../../components/table-summary.ts';
import { sha256Hex } from '../../lib/export/sha256.ts';
import { xlsxBytes } from '../../lib/export/xlsx-bytes.ts';
import type { RawDocument, Report } from '../../lib/model.ts';
import { damagedPagesMessage } from '../../lib/pdf/pdf-errors.ts';
import { marksByPage } from '../../lib/pdf/pdf-marks.ts';
import { pageText } from '../engine/page-text.ts';
import { type CheckedPdf, checkPdf } from './check-pdf.ts';
import { type CheckedSeveral, checkSeveral, type OpenedFile } from './check-several.ts';
import { comparisonEvidenceJson, comparisonEvidenceMarkdown } from '../../lib/export/comparison-evidence.ts';
import { SeveralPages, SeveralSide } from './SeveralView.tsx';
import type { CheckedPage } from './check-saved-page.ts';
import { decodeHtmlBytes } from '../../lib/html-bytes.ts';
import { ACCEPTED_FILES, fileKind } from './file-kind.ts';
import { compareFromQuery, pdfDisplayName, pdfUrlsFromQuery } from './file-param.ts';
import { PageView } from './PageView.tsx';
import { type PreparedPage, prepareSavedPage } from './saved-page.ts';
import { SavedPageView } from './SavedPageView.tsx';
import { vt, vtBoth } from './viewer-text.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; name?: string; message: string }
  /** A ?file= on a site the extension may not read yet: nothing downloaded until the user allows it. */
  | { kind: 'needs-access'; name: string; url: URL; refused: boolean }
  | { kind: 'ready'; name: string; checked: CheckedPdf; fileHash: Promise<string>; opened: OpenedFile }
  /** 与上年对比: the files opened so far, waiting for the other year's. */
  | { kind: 'waiting'; name: string; files: OpenedFile[] }
  /** Several files: the documents they make, checked, and their comparisons. */
  | { kind: 'several'; name: string; checked: CheckedSeveral }
  /** A saved web page: shown in its iframe first, checked once the iframe has loaded it (`checked`). */
  | {
      kind: 'page';
      /** Counts the pages opened: a new page gets a new iframe, even when it is the same file again. */
      serial: number;
      name: string;
      page: PreparedPage;
      encoding: string;
      fileHash: Promise<string>;
      opened: OpenedFile;
      checked?: CheckedPage;
    };

let pagesOpened = 0;

/** What the side panel lists and exports, from a PDF or a saved page alike. */
interface Checked {
  report: Report;
  raw: RawDocument;
  failedPages?: number[];
}

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
      // Kept for 与上年对比, before pdf.js may detach the buffer it is given.
      const opened = { name, bytes: bytes.slice(), type: 'application/pdf' };
      // Started now: sha256Hex copies the bytes before pdf.js hands them to its worker (which detaches them).
      const fileHash = sha256Hex(bytes);
      fileHash.catch(() => {});
      const checked = await checkPdf(bytes, url);
      setLayout(checked.pageSizes.map(({ width, height }) => ({ width, height, scale: Math.min(1.5, PAGE_WIDTH / width) })));
      setState({ kind: 'ready', name, checked, fileHash, opened });
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

  const fetchPdf = async (url: URL): Promise<OpenedFile> => {
    const response = await fetch(url.href, { credentials: 'include' }).catch(() => null);
    if (!response?.ok) throw new Error(vtBoth('fetchFailed'));
    return { name: pdfDisplayName(url), bytes: new Uint8Array(await response.arrayBuffer()), type: 'application/pdf' };
  };

  /**
   * What the address asks for: one PDF (?file=), several (a 说明 and its 表格, or two years: checked together), or
   * 与上年对比 (?compare=1) with the PDF to start from. Each site must be readable first.
   */
  const openFromQuery = async () => {
    const urls = pdfUrlsFromQuery(location.search);
    const compare = compareFromQuery(location.search);
    if (urls.length === 0) {
      if (compare) setState({ kind: 'waiting', name: '', files: [] });
      return;
    }
    for (const url of urls)
      if (!(await hasReadAccess(url.href))) return setState({ kind: 'needs-access', name: pdfDisplayName(url), url, refused: false });
    if (urls.length === 1 && !compare) return openUrl(urls[0]);
    const name = urls.map(pdfDisplayName).join(' + ');
    setState({ kind: 'loading', name });
    try {
      const files = await Promise.all(urls.map(fetchPdf));
      if (files.length === 1) setState({ kind: 'waiting', name, files });
      else void openSeveral(files);
    } catch (error) {
      setState({ kind: 'error', name, message: (error as Error).message });
    }
  };

  useEffect(() => {
    void openFromQuery();
  }, []);

  /** In the click handler itself: permissions.request needs the click's user gesture. */
  const allow = (url: URL) => {
    void requestReadAccess(url.href).then((granted) => {
      if (granted) void openFromQuery();
      else setState({ kind: 'needs-access', name: pdfDisplayName(url), url, refused: true });
    });
  };

  /** A saved page: decoded in its own encoding, made inert, then shown; SavedPageView checks it once it is shown. */
  const openPage = async (name: string, load: () => Promise<Uint8Array>) => {
    setState({ kind: 'loading', name });
    setSelected(undefined);
    setExportError(null);
    try {
      const bytes = await load();
      if (bytes.length === 0) throw new Error(vtBoth('emptyFile'));
      const fileHash = sha256Hex(bytes);
      fileHash.catch(() => {});
      const { text, encoding } = decodeHtmlBytes(bytes);
      const opened = { name, bytes, type: 'text/html' };
      setState({ kind: 'page', serial: ++pagesOpened, name, page: prepareSavedPage(text), encoding, fileHash, opened });
    } catch (error) {
      setState({ kind: 'error', name, message: (error as Error).message });
    }
  };

  /**
   * Several files (picked or dropped together, or one after the other for 与上年对比): read, joined into documents
   * (a 说明 with its 表格), checked, and compared (check-several.ts).
   */
  const openSeveral = async (files: OpenedFile[]) => {
    const name = files.map((f) => f.name).join(' + ');
    setState({ kind: 'loading', name });
    setSelected(undefined);
    setExportError(null);
    try {
      setState({ kind: 'several', name, checked: await checkSeveral(files) });
    } catch (error) {
      setState({ kind: 'error', name, message: (error as Error).message });
    }
  };

  /** Files picked or dropped: one is opened alone (unless another waits for it), several together. */
  const openFiles = async (list: readonly File[]) => {
    const waiting = stateRef.current.kind === 'waiting' ? stateRef.current.files : [];
    if (list.length === 1 && waiting.length === 0) return openFile(list[0]);
    const read = await Promise.all(list.map(async (f) => ({ name: f.name, type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const files = [...waiting, ...read];
    if (files.length === 1) setState({ kind: 'waiting', name: files[0].name, files });
    else void openSeveral(files);
  };

  /** 与上年对比 from a document shown alone: keep it, and wait for the other year's. */
  const startCompare = () => {
    const current = stateRef.current;
    const files = current.kind === 'ready' || current.kind === 'page' ? [current.opened] : [];
    setSelected(undefined);
    setState({ kind: 'waiting', name: files.map((f) => f.name).join(''), files });
  };

  /** A file picked or dropped: a PDF or a saved page, told apart by its name, type or first bytes. */
  const openFile = async (file: File) => {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const read = async () => new Uint8Array(await file.arrayBuffer());
    const kind = fileKind(file.name, file.type, head);
    if (kind === 'pdf') void open(file.name, read);
    else if (kind === 'page') void openPage(file.name, read);
    else setState({ kind: 'error', name: file.name, message: vtBoth('unknownFile') });
  };

  const onPageChecked = (page: PreparedPage, checked: CheckedPage) =>
    setState((current) => (current.kind === 'page' && current.page === page ? { ...current, checked } : current));
  const onPageError = (page: PreparedPage, error: unknown) =>
    setState((current) =>
      current.kind === 'page' && current.page === page
        ? { kind: 'error', name: current.name, message: error instanceof Error ? error.message : String(error) }
        : current,
    );

  const exportComparison = async (format: 'json' | 'markdown') => {
    if (state.kind !== 'several') return;
    const { checked } = state;
    const context = { files: checked.files.map((f) => ({ name: f.name, sha256: f.sha256 })), checkedAt: new Date().toISOString() };
    const stamp = context.checkedAt.slice(0, 10);
    const file =
      format === 'json'
        ? { filename: `与上年对比-${stamp}.json`, mime: 'application/json', text: comparisonEvidenceJson(checked.comparisons, context) }
        : { filename: `与上年对比-${stamp}.md`, mime: 'text/markdown', text: comparisonEvidenceMarkdown(checked.comparisons, context) };
    saveExportFile(file, document.body);
  };

  const exportFile = async (format: ExportFormat, tableId?: string, copy = false) => {
    const current = state.kind === 'ready' || state.kind === 'page' ? state : undefined;
    const checked = current?.checked;
    if (!current || !checked) return;
    const { report, raw } = checked;
    const inputs: ExportInputs = {
      report,
      pageText: pageText(raw),
      sha256: (text) => sha256Hex(text),
      sourceFile: { sha256: () => current.fileHash },
      xlsxBytes,
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
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length) void openFiles(files);
    // The same file picked again (after editing it) is opened again.
    input.value = '';
  };

  // A file dropped anywhere on the viewer is opened (the browser would otherwise show it in place of the viewer).
  // A layout effect: listening from the moment the page is drawn, not a frame later.
  const openFilesRef = useRef(openFiles);
  openFilesRef.current = openFiles;
  const stateRef = useRef(state);
  stateRef.current = state;
  useLayoutEffect(() => {
    const onDragOver = (event: DragEvent) => event.preventDefault();
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length) void openFilesRef.current(files);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, []);

  const select = (findingId: string) => {
    setSelected(findingId);
    document.querySelector(`.bc-pdf-mark[data-finding-id="${CSS.escape(findingId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    document.querySelector(`.bc-finding[data-id="${CSS.escape(findingId)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const pdf = state.kind === 'ready' ? state.checked : undefined;
  const page = state.kind === 'page' ? state : undefined;
  const checked: Checked | undefined = pdf ?? page?.checked;
  const byPage = useMemo(() => marksByPage(pdf?.marks ?? []), [pdf]);
  const titles = useMemo(
    () => new Map((checked?.report.findings ?? []).map((f) => [f.id, findingMessage(f, lang)])),
    [checked, lang],
  );
  const located = useMemo(() => {
    if (pdf) return new Set(pdf.marks.map((m) => m.findingId));
    const places = page?.checked?.targets.places;
    return new Set([...(places?.entries() ?? [])].filter(([, place]) => place.markKey).map(([id]) => id));
  }, [pdf, page?.checked]);

  return (
    <div class="bc-viewer">
      <aside class="bc-side">
        <h1>{vt(lang, 'title')}</h1>
        <p class="bc-intro">{vt(lang, 'intro')}</p>
        <label class="bc-open">
          {vt(lang, 'choose')}
          <input type="file" accept={ACCEPTED_FILES} multiple onChange={onFile} />
        </label>
        {state.kind === 'ready' || (state.kind === 'page' && page?.checked) ? (
          <button type="button" class="bc-btn bc-compare" onClick={startCompare}>
            {vt(lang, 'compareButton')}
          </button>
        ) : null}
        {state.kind === 'waiting' ? <div class="bc-message bc-waiting">{vt(lang, 'compareWaiting')}</div> : null}
        {state.kind !== 'idle' && state.name ? (
          <div class="bc-doc-name" data-encoding={page?.encoding}>
            {state.name}
          </div>
        ) : null}
        {state.kind === 'loading' || (page && !page.checked) ? <div class="bc-message">{vt(lang, 'reading')} …</div> : null}
        {page ? <div class="bc-message bc-saved-note">{vt(lang, 'savedPageNote')}</div> : null}
        {state.kind === 'error' ? <div class="bc-message bc-message-error">{state.message}</div> : null}
        {state.kind === 'needs-access' ? (
          <AccessRequest url={state.url} refused={state.refused} lang={lang} onAllow={() => allow(state.url)} />
        ) : null}
        {checked ? <Summary checked={checked} lang={lang} /> : null}
        {checked?.report.tables.length ? (
          <TableList report={checked.report} lang={lang} error={exportError} onExport={exportFile} />
        ) : null}
        {state.kind === 'several' ? (
          <SeveralSide checked={state.checked} lang={lang} selected={selected} onSelect={select} onExport={exportComparison} />
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
      <main class={`bc-pages${page ? ' bc-pages-saved' : ''}`}>
        {page ? (
          <SavedPageView
            key={page.serial}
            html={page.page.html}
            name={page.name}
            savedFrom={page.page.savedFrom}
            selected={selected}
            titles={titles}
            onChecked={(result) => onPageChecked(page.page, result)}
            onError={(error) => onPageError(page.page, error)}
            onSelect={select}
            onDropFile={(file) => void openFile(file)}
          />
        ) : null}
        {state.kind === 'several' ? <SeveralPages checked={state.checked} lang={lang} selected={selected} onSelect={select} /> : null}
        {pdf
          ? layout.map(({ width, height, scale }, i) => (
              <PageView
                key={`${state.kind === 'ready' ? state.name : ''}-${i}`}
                pdf={pdf.pdf}
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

function Summary({ checked, lang }: { checked: Checked; lang: Lang }) {
  const { report, raw, failedPages = [] } = checked;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const notes = report.findings.length - errors;
  const passed = report.tallies.reduce((s, t) => s + t.passed, 0);
  return (
    <div class="bc-summary">
      {raw.scanned ? <div class="bc-message">{vtBoth('scannedWhy')}</div> : null}
      {failedPages.length ? <div class="bc-message bc-message-error">{damagedPagesMessage(failedPages)}</div> : null}
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
          {summariseTables(report).map((table) => (
            <li key={table.id} class="bc-table" data-table-id={table.id}>
              <div class="bc-table-head">
                <span class="bc-table-title">
                  {tableName(table, lang)}
                  {table.unit ? <small> （{table.unit}）</small> : null}
                </span>
                <TableCounts errors={table.errors} notes={table.notes} passed={table.tally?.passed} lang={lang} />
              </div>
              <div class="bc-exports">
                <TableExportButtons
                  lang={lang}
                  buttonClass="bc-btn"
                  onExport={(format) => onExport(format, table.id)}
                  onCopy={() => onExport('tsv', table.id, true)}
                />
              </div>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
