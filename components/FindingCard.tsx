/**
 * One finding, explained: the relation that failed (the engine's message), the figure as printed against what it
 * should be, and where it sits. Used in the page's popover and in the popup. Every piece of page text (labels,
 * quotes, titles) is rendered as a Preact text node, never as HTML: page text is hostile.
 */
import type { Finding } from '../lib/model.ts';
import { type Lang, t } from './i18n.ts';

export function findingTone(finding: Finding): 'error' | 'note' {
  return finding.severity === 'error' ? 'error' : 'note';
}

/**
 * What the finding is, in a word: an error (gross, or minor: ≤ 0.1 point or ≤ 0.1 % of the amount), a warning, a
 * reading doubt (the table's structure could not be confirmed, so a failed check is not called an error), a rounding
 * note, a note. Gross errors come first in every list (the engine orders them so).
 */
export function findingLabel(finding: Finding): 'error' | 'minorError' | 'warning' | 'doubt' | 'rounding' | 'note' {
  if (finding.severity === 'error') return finding.magnitude === 'minor' ? 'minorError' : 'error';
  if (finding.severity === 'warning') return 'warning';
  if (finding.kind === 'doubt') return 'doubt';
  return finding.kind === 'rounding' ? 'rounding' : 'note';
}

export function findingMessage(finding: Finding, lang: Lang): string {
  return lang === 'en' ? finding.messageEn || finding.message : finding.message || finding.messageEn;
}

/** "行 合计 · 列 一般公共预算": where in the table, from the labels the engine read. */
export function findingPlace(finding: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (finding.rowLabel) parts.push(`${t(lang, 'row')} ${finding.rowLabel}`);
  if (finding.colLabel) parts.push(`${t(lang, 'column')} ${finding.colLabel}`);
  return parts.join(' · ');
}

export interface FindingCardProps {
  finding: Finding;
  lang: Lang;
  /** Show the table's title (the popup lists findings under their table already, the page popover does not). */
  showTable?: boolean;
  /** The finding could not be placed on the page. */
  notLocated?: boolean;
}

export function FindingCard({ finding, lang, showTable, notLocated }: FindingCardProps) {
  const tone = findingTone(finding);
  const place = findingPlace(finding, lang);
  return (
    <div class={`bc-card bc-card-${tone}`} data-finding-id={finding.id}>
      <div class="bc-card-head">
        <span class={`bc-tag bc-tag-${tone}`}>{t(lang, findingLabel(finding))}</span>
        {showTable && finding.tableTitle ? <span class="bc-card-table">{finding.tableTitle}</span> : null}
        {place ? <span class="bc-card-place">{place}</span> : null}
      </div>
      <div class="bc-card-message">{findingMessage(finding, lang)}</div>
      {finding.stated !== undefined || finding.expected !== undefined ? (
        <dl class="bc-card-numbers">
          {finding.stated !== undefined ? (
            <div>
              <dt>{t(lang, 'stated')}</dt>
              <dd class="bc-stated">{finding.stated}</dd>
            </div>
          ) : null}
          {finding.expected !== undefined ? (
            <div>
              <dt>{t(lang, 'expected')}</dt>
              <dd class="bc-expected">{finding.expected}</dd>
            </div>
          ) : null}
          {finding.diff !== undefined ? (
            <div>
              <dt>{t(lang, 'difference')}</dt>
              <dd class="bc-diff">{finding.diff}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {finding.quote ? <blockquote class="bc-card-quote">{finding.quote}</blockquote> : null}
      {notLocated ? <div class="bc-card-missing">{t(lang, 'notLocated')}</div> : null}
    </div>
  );
}
