/**
 * Several files in the checker: the side panel lists the documents they make (a 说明 joined with its 表格 is one),
 * each comparison of last year's document with this year's (与上年对比) with both sides of every finding side by side,
 * and each document's own findings; the pages of every PDF follow one another in the main pane, with the marks of
 * the documents' own findings. All page text is rendered as Preact text nodes, never as HTML.
 */
import { useMemo } from 'preact/hooks';
import { FindingCard, findingMessage } from '../../components/FindingCard.tsx';
import type { Lang } from '../../components/i18n.ts';
import type { ComparisonFinding } from '../../lib/compare/compare.ts';
import type { Where } from '../../lib/compare/side.ts';
import { marksByPage } from '../../lib/pdf/pdf-marks.ts';
import type { CheckedSeveral } from './check-several.ts';
import { PageView } from './PageView.tsx';
import { vt } from './viewer-text.ts';

const PAGE_WIDTH = 900;

export function SeveralSide({
  checked,
  lang,
  selected,
  onSelect,
  onExport,
}: {
  checked: CheckedSeveral;
  lang: Lang;
  selected?: string;
  onSelect(findingId: string): void;
  onExport(format: 'json' | 'markdown'): void;
}) {
  const { documents, comparisons } = checked;
  return (
    <div class="bc-several">
      <ul class="bc-documents">
        {documents.map((d, i) => (
          <li key={i} class="bc-document" data-sources={d.set.sources.length}>
            <div class="bc-document-name">{d.set.sources.join(' + ')}</div>
            <small>
              {[d.set.identity.unit, d.set.identity.year, d.set.identity.basis === 'actual' ? '决算' : '预算'].filter(Boolean).join(' · ')}
              {d.set.sources.length > 1 ? ` · ${vt(lang, 'joined')}` : ''}
            </small>
          </li>
        ))}
      </ul>
      {documents.length > 1 && comparisons.length === 0 ? <div class="bc-message bc-no-pair">{vt(lang, 'noPair')}</div> : null}
      {comparisons.map((c, i) => (
        <section key={i} class="bc-comparison" data-relation={c.relation}>
          <h2>{vt(lang, c.relation === 'budget' ? 'compareBudget' : 'compareYear')}</h2>
          <div class="bc-compared">
            {c.compared} {vt(lang, 'compared')} ·{' '}
            {c.findings.filter((f) => f.severity !== 'info').length === 0 ? vt(lang, 'noDifference') : null}
          </div>
          {c.findings.map((f, j) => (
            <ComparisonCard key={j} finding={f} lang={lang} />
          ))}
        </section>
      ))}
      {comparisons.length ? (
        <div class="bc-doc-exports">
          <span class="bc-label">{vt(lang, 'compareEvidence')}</span>
          <button type="button" class="bc-btn bc-export-comparison" data-format="json" onClick={() => onExport('json')}>
            JSON
          </button>
          <button type="button" class="bc-btn bc-export-comparison" data-format="markdown" onClick={() => onExport('markdown')}>
            Markdown
          </button>
        </div>
      ) : null}
      {documents.map((d, i) => (
        <details key={i} class="bc-document-findings" open={documents.length === 1}>
          <summary>
            {d.set.sources.join(' + ')} · {d.report.findings.filter((f) => f.severity === 'error').length} {vt(lang, 'errors')}
          </summary>
          {d.report.findings.map((finding) => {
            const id = `${i}:${finding.id}`;
            return (
              <button
                type="button"
                key={id}
                class={`bc-finding${selected === id ? ' bc-selected' : ''}`}
                data-id={id}
                onClick={() => onSelect(id)}
              >
                <FindingCard finding={finding} lang={lang} showTable />
              </button>
            );
          })}
        </details>
      ))}
    </div>
  );
}

function WhereBox({ where, side, lang }: { where: Where; side: 'new' | 'old'; lang: Lang }) {
  return (
    <div class={`bc-where bc-where-${side}`}>
      <div class="bc-where-head">
        {vt(lang, side === 'new' ? 'newDoc' : 'oldDoc')} <small>{where.source}</small>
      </div>
      {where.quote ? (
        <blockquote class="bc-card-quote">{where.quote}</blockquote>
      ) : (
        <div>
          {where.tableTitle}「{[where.rowLabel, where.colLabel].filter(Boolean).join(' / ')}」
        </div>
      )}
      <div class="bc-where-value">{where.value}</div>
    </div>
  );
}

function ComparisonCard({ finding, lang }: { finding: ComparisonFinding; lang: Lang }) {
  const tone = finding.severity === 'error' ? 'error' : 'note';
  const label = finding.severity === 'error' ? (finding.magnitude === 'minor' ? 'minorError' : 'error') : finding.severity === 'warning' ? 'warning' : 'note';
  return (
    <div class={`bc-card bc-card-${tone} bc-compare-finding`} data-rule={finding.rule} data-severity={finding.severity}>
      <div class="bc-card-head">
        <span class={`bc-tag bc-tag-${tone}`}>{vt(lang, label)}</span>
      </div>
      <div class="bc-card-message">{lang === 'en' ? finding.messageEn : finding.message}</div>
      <div class="bc-sides">
        <WhereBox where={finding.new} side="new" lang={lang} />
        <WhereBox where={finding.old} side="old" lang={lang} />
      </div>
    </div>
  );
}

/** Every PDF's pages, one file after the other, with the marks of each document's findings. */
export function SeveralPages({ checked, lang, selected, onSelect }: { checked: CheckedSeveral; lang: Lang; selected?: string; onSelect(id: string): void }) {
  const { byPage, titles } = useMemo(() => {
    const marks = checked.documents.flatMap((d, i) => d.marks.map((m) => ({ ...m, findingId: `${i}:${m.findingId}` })));
    const titles = new Map(checked.documents.flatMap((d, i) => d.report.findings.map((f) => [`${i}:${f.id}`, findingMessage(f, lang)] as const)));
    return { byPage: marksByPage(marks), titles };
  }, [checked, lang]);
  return (
    <>
      {checked.files.map((file) =>
        file.pdf
          ? file.pageSizes.map(({ width, height }, i) => {
              const scale = Math.min(1.5, PAGE_WIDTH / width);
              return (
                <PageView
                  key={`${file.name}-${i}`}
                  pdf={file.pdf!}
                  pageNumber={i + 1}
                  width={width * scale}
                  height={height * scale}
                  scale={scale}
                  marks={byPage.get(file.pageOffset + i + 1) ?? []}
                  selected={selected}
                  titles={titles}
                  lang={lang}
                  onSelect={onSelect}
                />
              );
            })
          : null,
      )}
    </>
  );
}
