/** The three counts of a table, as small pills: errors (red), notes (amber), checks passed (green). */
import { type Lang, t } from './i18n.ts';

export interface TableCountsProps {
  errors: number;
  notes: number;
  passed?: number;
  lang: Lang;
}

export function TableCounts({ errors, notes, passed, lang }: TableCountsProps) {
  return (
    <span class="bc-counts">
      <span class={`bc-pill bc-pill-error${errors ? '' : ' bc-pill-zero'}`} title={t(lang, 'errors')}>
        <span class="bc-pill-icon">✕</span>
        <span class="bc-count-errors">{errors}</span>
      </span>
      <span class={`bc-pill bc-pill-note${notes ? '' : ' bc-pill-zero'}`} title={t(lang, 'notes')}>
        <span class="bc-pill-icon">!</span>
        <span class="bc-count-notes">{notes}</span>
      </span>
      {passed !== undefined ? (
        <span class="bc-pill bc-pill-pass" title={t(lang, 'passed')}>
          <span class="bc-pill-icon">✓</span>
          <span class="bc-count-passed">{passed}</span>
        </span>
      ) : null}
    </span>
  );
}
