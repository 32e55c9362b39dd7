/**
 * The popup: what the engine found on the tab, table by table. Opening it (a toolbar click) grants activeTab, so it
 * injects the engine into any page; on *.gov.cn the gate usually did already. Each finding is a button that scrolls
 * the page to it and opens its popover. Exports are built in the page (where the report is) and saved here.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveExportFile } from '../../components/download.ts';
import { FindingCard } from '../../components/FindingCard.tsx';
import { FORMAT_LABELS } from '../../components/formats.ts';
import { type Lang, type LangSetting, resolveLang, t } from '../../components/i18n.ts';
import { ensureEngine } from '../../components/inject-engine.ts';
import type {
  BackgroundMessage,
  EngineRequest,
  ExportFile,
  ExportFormat,
  PageSummary,
  TableSummary,
} from '../../components/protocol.ts';
import { autoRunEnabled, loadSettings, type Settings, saveSettings } from '../../components/settings.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import type { Attachment, Finding } from '../../lib/model.ts';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number; summary: PageSummary }
  | { state: 'failed'; reason: string };

const TABLE_FORMATS: ExportFormat[] = ['xlsx', 'csv', 'markdown', 'json'];
/** The evidence pack (lib/export/evidence.ts): every finding with its numbers, the time, the page text's SHA-256. */
const EVIDENCE_FORMATS: ExportFormat[] = ['evidence-html', 'evidence-markdown', 'evidence-json'];

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask<T>(tabId: number, request: EngineRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as T;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Only web links are offered: an attachment's href is page text, and page text is hostile. */
function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function App({ tabId: givenTabId }: { tabId?: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const lang: Lang = resolveLang(settings?.language, browser.i18n.getUILanguage());

  const refresh = useCallback(
    async (request: EngineRequest = { type: 'get-summary' }) => {
      try {
        const tabId = givenTabId ?? (await activeTabId());
        if (tabId === undefined) throw new Error('no tab');
        await ensureEngine(tabId);
        const summary = await ask<PageSummary>(tabId, request);
        setLoad({ state: 'ready', tabId, summary });
      } catch (error) {
        setLoad({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
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
      {load.state === 'failed' ? (
        <div class="pp-message pp-cannot">
          {t(lang, 'cannotCheck')}
          <p>{t(lang, 'cannotCheckWhy')}</p>
        </div>
      ) : null}
      {load.state === 'ready' ? (
        <PageView
          summary={load.summary}
          lang={lang}
          tabId={load.tabId}
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

function PageCounts({ summary, lang }: { summary: PageSummary; lang: Lang }) {
  const errors = summary.findings.filter((f) => f.severity === 'error').length;
  const passed = summary.tables.reduce((sum, table) => sum + (table.tally?.passed ?? 0), 0);
  return <TableCounts errors={errors} notes={summary.findings.length - errors} passed={passed} lang={lang} />;
}

function PageView({
  summary,
  lang,
  tabId,
  onSummary,
  onRerun,
}: {
  summary: PageSummary;
  lang: Lang;
  tabId: number;
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

  const byTable = new Map<string, Finding[]>();
  const pageLevel: Finding[] = [];
  for (const finding of summary.findings) {
    const tableId = finding.tableId ?? finding.cells[0]?.tableId;
    if (tableId && summary.tables.some((table) => table.id === tableId)) {
      const list = byTable.get(tableId) ?? [];
      list.push(finding);
      byTable.set(tableId, list);
    } else {
      pageLevel.push(finding);
    }
  }

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
      {summary.status === 'attachments-only' ? <AttachmentList attachments={summary.attachments} lang={lang} /> : null}
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
          {exportError ? <span class="pp-error">{exportError}</span> : null}
        </div>
      ) : null}
      {summary.status === 'tables' ? (
        <div class="pp-controls pp-page-exports">
          <span class="pp-label">{t(lang, 'export')}</span>
          <button type="button" class="pp-btn pp-btn-small pp-export-all" onClick={() => exportFile('xlsx')}>
            {t(lang, 'exportAll')} XLSX
          </button>
          <span class="pp-label">{t(lang, 'evidence')}</span>
          {EVIDENCE_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              class="pp-btn pp-btn-small"
              data-export={format}
              onClick={() => exportFile(format)}
            >
              {FORMAT_LABELS[format]}
            </button>
          ))}
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

function tableName(table: TableSummary, lang: Lang): string {
  const title = table.title || t(lang, 'untitledTable');
  return table.number ? `${t(lang, 'table')}${table.number} ${title}` : title;
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
        {TABLE_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="pp-btn pp-btn-small"
            data-export={format}
            onClick={() => onExport(format)}
          >
            {FORMAT_LABELS[format]}
          </button>
        ))}
        <button type="button" class="pp-btn pp-btn-small" data-export="copy" onClick={onCopy}>
          {lang === 'zh' ? '复制' : 'Copy'}
        </button>
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

function AttachmentList({ attachments, lang }: { attachments: Attachment[]; lang: Lang }) {
  return (
    <div class="pp-message pp-attachments-only">
      {t(lang, 'inAttachments')}
      <ul class="pp-attachments">
        {attachments.map((attachment, i) => {
          const href = safeHref(attachment.href);
          return (
            <li key={`${i}:${attachment.href}`}>
              <span class="pp-type">{attachment.type}</span>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {attachment.text || href}
                </a>
              ) : (
                <span>{attachment.text}</span>
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
