/**
 * The popup: what the engine found on the tab, table by table. Opening it (a toolbar click) grants activeTab, so it
 * injects the engine into any page; on *.gov.cn the gate usually did already. Each finding is a button that scrolls
 * the page to it and opens its popover. Exports are built in the page (where the report is) and saved here.
 *
 * PDFs: the page's PDF links are listed, each with a 核对 button that opens the PDF viewer on it. A tab that shows a
 * PDF itself gets "核对此 PDF": known from its address (…/x.pdf) or its document's MIME type, and offered too when
 * the engine could not be injected into an http(s) tab (a PDF viewer the extension may not script).
 *
 * Saved pages: a file:// tab cannot be read unless the user turned on "Allow access to file URLs"; the popup then
 * offers the checker's own page, which reads the file the user picks, and says how to turn the switch on
 * (components/local-file.ts).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveExportFile } from '../../components/download.ts';
import { DocumentExportButtons, TableExportButtons } from '../../components/ExportButtons.tsx';
import { FindingCard } from '../../components/FindingCard.tsx';
import { bilingual, type Lang, type LangSetting, resolveLang, t } from '../../components/i18n.ts';
import { documentContentType, ensureEngine } from '../../components/inject-engine.ts';
import { extensionSettingsUrl, hasFileAccessSwitch, type LocalFileOffer, localFileOffer } from '../../components/local-file.ts';
import { openChecker, openPdfViewer, openViewerOn } from '../../components/open-viewer.ts';
import { isCheckableAttachment, isPdfAddress, webUrl } from '../../components/pdf-link.ts';
import type {
  BackgroundMessage,
  EngineRequest,
  ExportFile,
  ExportFormat,
  PageSummary,
  TableSummary,
} from '../../components/protocol.ts';
import { autoRunEnabled, hostOf, loadSettings, type Settings, saveSettings } from '../../components/settings.ts';
import { findingsByTable, tableName } from '../../components/table-summary.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import type { Attachment, Finding } from '../../lib/model.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number; summary: PageSummary }
  /** The tab shows a PDF (its address ends in .pdf): offered to the viewer, nothing injected. */
  | { state: 'pdf-tab'; tab: TabInfo; pdfUrl: string }
  /** `pdfUrl`: the tab is an http(s) page the engine could not enter, which may be a PDF in the browser's viewer. */
  | { state: 'failed'; reason: string; tab?: TabInfo; pdfUrl?: string; localFile?: LocalFileOffer };

interface TabInfo {
  id: number;
  index?: number;
  /** Known when the extension may read the tab: *.gov.cn, or any site after a toolbar click (activeTab). */
  url?: string;
}

async function tabInfo(givenTabId: number | undefined): Promise<TabInfo | undefined> {
  const tab =
    givenTabId === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(givenTabId).catch(() => undefined);
  if (!tab && givenTabId !== undefined) return { id: givenTabId };
  return tab?.id === undefined ? undefined : { id: tab.id, index: tab.index, url: tab.url };
}

/**
 * Opens the viewer on a PDF. For a site outside *.gov.cn the viewer asks for read access itself, in a click on its
 * own page: a permission prompt takes the focus from the popup, and Chrome and Firefox close a popup that loses it,
 * dropping whatever was to follow the answer.
 */
function checkPdfFromClick(pdfUrl: string, opener?: TabInfo) {
  openPdfViewer(pdfUrl, opener).catch((error) => console.warn('Budget Check: viewer not opened', error));
}

/** The checker on several PDFs, or (compare) waiting for the other year's document beside them. */
function openSeveralFromClick(pdfUrls: readonly string[], compare: boolean, opener?: TabInfo) {
  openViewerOn(pdfUrls, compare, opener).catch((error) => console.warn('Budget Check: viewer not opened', error));
}

async function ask<T>(tabId: number, request: EngineRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as T;
}

export function App({ tabId: givenTabId }: { tabId?: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const lang: Lang = resolveLang(settings?.language, browser.i18n.getUILanguage());

  const refresh = useCallback(
    async (request: EngineRequest = { type: 'get-summary' }) => {
      let tab: TabInfo | undefined;
      try {
        tab = await tabInfo(givenTabId);
        if (!tab) throw new Error('no tab');
        // Chrome's PDF viewer cannot be scripted: a .pdf address goes straight to "核对此 PDF".
        if (tab.url && isPdfAddress(tab.url)) {
          setLoad({ state: 'pdf-tab', tab, pdfUrl: tab.url });
          return;
        }
        // A PDF at an address without .pdf (download.jsp?id=3): its document says so.
        const pdfUrl = webUrl(tab.url);
        if (pdfUrl && (await documentContentType(tab.id)) === 'application/pdf') {
          setLoad({ state: 'pdf-tab', tab, pdfUrl });
          return;
        }
        await ensureEngine(tab.id);
        const summary = await ask<PageSummary>(tab.id, request);
        setLoad({ state: 'ready', tabId: tab.id, summary });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const fileAccess = await browser.extension.isAllowedFileSchemeAccess().catch(() => undefined);
        setLoad({
          state: 'failed',
          reason,
          tab,
          pdfUrl: webUrl(tab?.url),
          localFile: tab ? localFileOffer(tab.url, reason, fileAccess, hasFileAccessSwitch(browser.runtime)) : undefined,
        });
      }
    },
    [givenTabId],
  );

  useEffect(() => {
    void loadSettings().then(setSettings);
    void refresh();
  }, [refresh]);

  // The page re-rendered its tables and the engine re-ran: show the new findings.
  useEffect(() => {
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      const msg = message as BackgroundMessage;
      if (msg?.type === 'page-summary-changed' && load.state === 'ready' && sender.tab?.id === load.tabId) {
        void refresh();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [load, refresh]);

  const changeSettings = async (change: Partial<Settings>) => {
    setSettings(await saveSettings(change));
  };

  return (
    <div class="pp" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="pp-head">
        <span class="pp-name">
          {t(lang, 'appName')}
          <small>{lang === 'zh' ? 'Budget Check' : '预算核对'}</small>
        </span>
        {load.state === 'ready' ? <PageCounts summary={load.summary} lang={lang} /> : null}
      </header>
      {load.state === 'loading' ? <div class="pp-message">{t(lang, 'checking')}</div> : null}
      {load.state === 'pdf-tab' ? (
        <div class="pp-message pp-pdf-tab">
          {t(lang, 'pdfTab')}
          <p>
            <button
              type="button"
              class="pp-btn pp-check-this-pdf"
              onClick={() => checkPdfFromClick(load.pdfUrl, load.tab)}
            >
              {bilingual('checkThisPdf')}
            </button>{' '}
            <button
              type="button"
              class="pp-btn pp-compare"
              title={t(lang, 'compareTitle')}
              onClick={() => openSeveralFromClick([load.pdfUrl], true, load.tab)}
            >
              {bilingual('compareWithLastYear')}
            </button>
          </p>
        </div>
      ) : null}
      {load.state === 'failed' ? (
        <div class="pp-message pp-cannot">
          {t(lang, 'cannotCheck')}
          {load.localFile?.certain ? null : <p>{t(lang, 'cannotCheckWhy')}</p>}
          {load.localFile ? <LocalFileHelp offer={load.localFile} tab={load.tab} /> : null}
          {load.pdfUrl ? (
            <p class="pp-maybe-pdf">
              {t(lang, 'maybePdf')}{' '}
              <button
                type="button"
                class="pp-btn pp-check-this-pdf"
                onClick={() => checkPdfFromClick(load.pdfUrl!, load.tab)}
              >
                {bilingual('checkThisPdf')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {load.state === 'ready' ? (
        <PageView
          summary={load.summary}
          lang={lang}
          tabId={load.tabId}
          onCheckPdf={(pdfUrl) => checkPdfFromClick(pdfUrl, { id: load.tabId })}
          onOpenSeveral={(pdfUrls, compare) => openSeveralFromClick(pdfUrls, compare, { id: load.tabId })}
          onSummary={(summary) => setLoad({ state: 'ready', tabId: load.tabId, summary })}
          onRerun={() => refresh({ type: 'rerun' })}
        />
      ) : null}
      {settings ? (
        <SettingsView
          settings={settings}
          lang={lang}
          host={load.state === 'ready' ? hostOf(load.summary.url) : undefined}
          onChange={changeSettings}
        />
      ) : null}
    </div>
  );
}

/**
 * A saved page in a file:// tab: check it in the checker's page (no setting needed), or turn on file access for
 * marks on the page itself. Both languages, Chinese first: the switch is named in the browser's own language, which
 * may not be the one chosen for the popup.
 */
function LocalFileHelp({ offer, tab }: { offer: LocalFileOffer; tab?: TabInfo }) {
  const openSettings = () => {
    // Chrome opens its own pages from tabs.create; a browser that refuses still shows the words above the button.
    browser.tabs.create({ url: extensionSettingsUrl(browser.runtime.id) }).catch((error) => console.warn('Budget Check:', error));
  };
  return (
    <div class="pp-local-file" data-certain={String(offer.certain)}>
      <p>{bilingual(offer.certain ? 'localFileTab' : 'maybeLocalFile')}</p>
      <p>
        <button
          type="button"
          class="pp-btn pp-open-checker"
          onClick={() => openChecker(tab).catch((error) => console.warn('Budget Check: checker not opened', error))}
        >
          {bilingual('openInChecker')}
        </button>
      </p>
      <p class="pp-hint">{bilingual('openInCheckerHow')}</p>
      {offer.explainFileAccess ? (
        <div class="pp-file-access">
          <p>{bilingual('fileAccessHow')}</p>
          <button type="button" class="pp-btn pp-btn-small pp-extension-settings" onClick={openSettings}>
            {bilingual('openExtensionSettings')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function PageCounts({ summary, lang }: { summary: PageSummary; lang: Lang }) {
  const errors = summary.findings.filter((f) => f.severity === 'error').length;
  const passed = summary.tables.reduce((sum, table) => sum + (table.tally?.passed ?? 0), 0);
  return <TableCounts errors={errors} notes={summary.findings.length - errors} passed={passed} lang={lang} />;
}

function PageView({
  summary,
  lang,
  tabId,
  onCheckPdf,
  onOpenSeveral,
  onSummary,
  onRerun,
}: {
  summary: PageSummary;
  lang: Lang;
  tabId: number;
  onCheckPdf(pdfUrl: string): void;
  /** The checker on several PDFs (checked together), or to compare with last year (no PDF: the user picks). */
  onOpenSeveral(pdfUrls: readonly string[], compare: boolean): void;
  onSummary(summary: PageSummary): void;
  onRerun(): void;
}) {
  const [exportError, setExportError] = useState<string | null>(null);
  const located = new Set(summary.locatedFindingIds);
  const reveal = (finding: Finding) => {
    void ask<boolean>(tabId, { type: 'reveal', findingId: finding.id });
  };
  const exportFile = async (format: ExportFormat, tableId?: string) => {
    try {
      const file = await ask<ExportFile>(tabId, { type: 'export', format, tableId });
      saveExportFile(file, document.body);
      setExportError(null);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };
  const copyTable = async (tableId: string) => {
    try {
      const file = await ask<ExportFile>(tabId, { type: 'export', format: 'tsv', tableId });
      await navigator.clipboard.writeText(file.text ?? '');
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  const byTable = findingsByTable(summary.findings);
  // Findings about no table found on the page (a sentence, a missing table) are listed apart.
  const listed = new Set(summary.tables.flatMap((table) => byTable.get(table.id) ?? []));
  const pageLevel = summary.findings.filter((finding) => !listed.has(finding));

  return (
    <>
      <div class="pp-status" data-status={summary.status} data-runs={summary.runs}>
        {summary.status === 'tables' ? (
          <>
            <strong>{summary.tables.length}</strong> {t(lang, 'tablesFound')} · {t(lang, 'elapsed')} {summary.elapsedMs} ms
          </>
        ) : null}
        {summary.error ? <span class="pp-error">{summary.error}</span> : null}
      </div>
      {summary.status === 'no-tables' ? <div class="pp-message pp-none">{t(lang, 'noBudgetTable')}</div> : null}
      {summary.status === 'scanned' ? <div class="pp-message">{t(lang, 'scanned')}</div> : null}
      {summary.attachments.length ? (
        <AttachmentList
          attachments={summary.attachments}
          only={summary.status === 'attachments-only'}
          lang={lang}
          onCheck={onCheckPdf}
          onCheckTogether={(urls) => onOpenSeveral(urls, false)}
        />
      ) : null}
      {summary.status === 'tables' ? (
        <div class="pp-controls">
          <label class="pp-switch">
            <input
              type="checkbox"
              class="pp-marks-toggle"
              checked={summary.marksVisible}
              onChange={async (event) => {
                const visible = (event.currentTarget as HTMLInputElement).checked;
                onSummary(await ask<PageSummary>(tabId, { type: 'set-marks-visible', visible }));
              }}
            />
            {t(lang, 'showMarks')}
          </label>
          <button type="button" class="pp-btn pp-rerun" onClick={onRerun}>
            {t(lang, 'rerun')}
          </button>
          <button type="button" class="pp-btn pp-compare" title={t(lang, 'compareTitle')} onClick={() => onOpenSeveral([], true)}>
            {t(lang, 'compareWithLastYear')}
          </button>
          {exportError ? <span class="pp-error">{exportError}</span> : null}
        </div>
      ) : null}
      {summary.status === 'tables' ? (
        <div class="pp-controls pp-page-exports">
          <DocumentExportButtons
            lang={lang}
            buttonClass="pp-btn pp-btn-small"
            labelClass="pp-label"
            onExport={(format) => exportFile(format)}
          />
        </div>
      ) : null}
      {summary.status === 'tables' && !summary.findings.length ? (
        <div class="pp-message pp-all-passed">{t(lang, 'allPassed')}</div>
      ) : null}
      <ul class="pp-tables">
        {summary.tables.map((table) => (
          <TableSection
            key={table.id}
            table={table}
            findings={byTable.get(table.id) ?? []}
            located={located}
            lang={lang}
            onReveal={reveal}
            onExport={(format) => exportFile(format, table.id)}
            onCopy={() => copyTable(table.id)}
          />
        ))}
        {pageLevel.length ? (
          <li class="pp-table" data-table-id="">
            <div class="pp-table-head">
              <span class="pp-table-title">{t(lang, 'pageLevel')}</span>
            </div>
            <FindingList findings={pageLevel} located={located} lang={lang} onReveal={reveal} />
          </li>
        ) : null}
      </ul>
    </>
  );
}

function TableSection({
  table,
  findings,
  located,
  lang,
  onReveal,
  onExport,
  onCopy,
}: {
  table: TableSummary;
  findings: Finding[];
  located: Set<string>;
  lang: Lang;
  onReveal(finding: Finding): void;
  onExport(format: ExportFormat): void;
  onCopy(): void;
}) {
  return (
    <li class="pp-table" data-table-id={table.id}>
      <div class="pp-table-head">
        <span class="pp-table-title">
          {tableName(table, lang)}
          {table.unit ? <small> （{table.unit}）</small> : null}
        </span>
        <TableCounts errors={table.errors} notes={table.notes} passed={table.tally?.passed} lang={lang} />
      </div>
      {findings.length ? (
        <FindingList findings={findings} located={located} lang={lang} onReveal={onReveal} />
      ) : (
        <div class="pp-ok">{t(lang, 'noFindingsInTable')}</div>
      )}
      <div class="pp-exports">
        <TableExportButtons lang={lang} buttonClass="pp-btn pp-btn-small" onExport={onExport} onCopy={onCopy} />
      </div>
    </li>
  );
}

function FindingList({
  findings,
  located,
  lang,
  onReveal,
}: {
  findings: Finding[];
  located: Set<string>;
  lang: Lang;
  onReveal(finding: Finding): void;
}) {
  return (
    <ul class="pp-findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <button type="button" class="pp-finding" data-finding-id={finding.id} onClick={() => onReveal(finding)}>
            <FindingCard finding={finding} lang={lang} notLocated={!located.has(finding.id)} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The page's attachments. PDFs get a 核对 button (the viewer checks them); other formats are listed with a note that
 * they are not checked yet. On an attachments-only page this is the whole story of the page, said first.
 */
function AttachmentList({
  attachments,
  only,
  lang,
  onCheck,
  onCheckTogether,
}: {
  attachments: Attachment[];
  only: boolean;
  lang: Lang;
  onCheck(pdfUrl: string): void;
  /** Several PDFs (a 说明 and its 表格, or two years): opened together in the checker. */
  onCheckTogether(pdfUrls: string[]): void;
}) {
  const checkable = [
    ...new Set(attachments.filter((a) => isCheckableAttachment(a.type)).flatMap((a) => webUrl(a.href) ?? [])),
  ];
  return (
    <div class={only ? 'pp-message pp-attachments-only' : 'pp-attachment-block'}>
      {t(lang, only ? 'inAttachments' : 'attachmentsOnPage')}
      {checkable.length > 1 ? (
        <button
          type="button"
          class="pp-btn pp-btn-small pp-check-together"
          title={t(lang, 'checkTogetherTitle')}
          onClick={() => onCheckTogether(checkable)}
        >
          {bilingual('checkTogether')}
        </button>
      ) : null}
      <ul class="pp-attachments">
        {attachments.map((attachment, i) => {
          const href = webUrl(attachment.href);
          return (
            <li key={`${i}:${attachment.href}`} data-type={attachment.type}>
              <span class="pp-type">{attachment.type}</span>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {attachment.text || href}
                </a>
              ) : (
                <span>{attachment.text}</span>
              )}
              {href && isCheckableAttachment(attachment.type) ? (
                <button
                  type="button"
                  class="pp-btn pp-btn-small pp-check-pdf"
                  data-href={href}
                  title={t(lang, 'checkPdfTitle')}
                  onClick={() => onCheck(href)}
                >
                  {bilingual('checkPdf')}
                </button>
              ) : (
                <span class="pp-not-checked">{bilingual('notCheckedYet')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SettingsView({
  settings,
  lang,
  host,
  onChange,
}: {
  settings: Settings;
  lang: Lang;
  host: string | undefined;
  onChange(change: Partial<Settings>): void;
}) {
  return (
    <details class="pp-settings">
      <summary>{t(lang, 'settings')}</summary>
      <label>
        {t(lang, 'language')}
        <select
          class="pp-language"
          value={settings.language}
          onChange={(event) => onChange({ language: (event.currentTarget as HTMLSelectElement).value as LangSetting })}
        >
          <option value="auto">{t(lang, 'langAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      {host ? (
        <label>
          <input
            type="checkbox"
            class="pp-autorun"
            checked={autoRunEnabled(settings, host)}
            onChange={(event) =>
              onChange({ autoRun: { ...settings.autoRun, [host]: (event.currentTarget as HTMLInputElement).checked } })
            }
          />
          {t(lang, 'autoRunSite')} ({host})
        </label>
      ) : null}
    </details>
  );
}
