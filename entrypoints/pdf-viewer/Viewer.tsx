/**
 * The PDF viewer page: opens a PDF (from ?file=<http(s) address>, fetched by this page because the user asked for
 * it, or a local file the user picks), checks it with the engine and shows its pages with the findings marked.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FindingCard, findingMessage } from '../../components/FindingCard.tsx';
import type { Lang } from '../../components/i18n.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import { marksByPage } from '../../lib/pdf/pdf-marks.ts';
import { type CheckedPdf, checkPdf } from './check-pdf.ts';
import { pdfDisplayName, pdfUrlFromQuery } from './file-param.ts';
import { PageView } from './PageView.tsx';
import { vt, vtBoth } from './viewer-text.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; name?: string; message: string }
  | { kind: 'ready'; name: string; checked: CheckedPdf };

/** Pages are drawn at most this wide (CSS pixels), and never larger than 1.5× their size in points. */
const PAGE_WIDTH = 900;

export function Viewer({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [selected, setSelected] = useState<string | undefined>();
  /** Per page: its size in points and the scale it is drawn at. */
  const [layout, setLayout] = useState<{ width: number; height: number; scale: number }[]>([]);

  const open = async (name: string, load: () => Promise<Uint8Array>, url?: string) => {
    setState({ kind: 'loading', name });
    setSelected(undefined);
    try {
      const bytes = await load();
      const checked = await checkPdf(bytes, url);
      const sizes = await Promise.all(
        Array.from({ length: checked.pdf.numPages }, async (_, i) => (await checked.pdf.getPage(i + 1)).getViewport({ scale: 1 })),
      );
      setLayout(sizes.map(({ width, height }) => ({ width, height, scale: Math.min(1.5, PAGE_WIDTH / width) })));
      setState({ kind: 'ready', name, checked });
    } catch (error) {
      setState({ kind: 'error', name, message: (error as Error).message });
    }
  };

  useEffect(() => {
    const url = pdfUrlFromQuery(location.search);
    if (!url) return;
    open(
      pdfDisplayName(url),
      async () => {
        const response = await fetch(url.href, { credentials: 'include' }).catch(() => null);
        if (!response?.ok) throw new Error(vtBoth('fetchFailed'));
        return new Uint8Array(await response.arrayBuffer());
      },
      url.href,
    );
  }, []);

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
        {checked ? <Summary checked={checked} lang={lang} /> : null}
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
