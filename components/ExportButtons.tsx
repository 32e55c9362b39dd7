/**
 * The export buttons, the same in the popup (a web page's tables) and the PDF viewer: per table XLSX / CSV /
 * Markdown / JSON and "copy as TSV"; for the whole document a workbook of every table and the evidence pack. The
 * caller builds and saves the files (components/export-file.ts); these only say which one was asked for.
 */
import { EVIDENCE_FORMATS, FORMAT_LABELS, TABLE_EXPORT_FORMATS } from './formats.ts';
import { type Lang, t } from './i18n.ts';
import type { ExportFormat } from './protocol.ts';

export function TableExportButtons({
  lang,
  buttonClass,
  onExport,
  onCopy,
}: {
  lang: Lang;
  buttonClass: string;
  onExport(format: ExportFormat): void;
  onCopy(): void;
}) {
  return (
    <>
      {TABLE_EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" class={buttonClass} data-export={format} onClick={() => onExport(format)}>
          {FORMAT_LABELS[format]}
        </button>
      ))}
      <button type="button" class={buttonClass} data-export="copy" title={t(lang, 'copyTitle')} onClick={onCopy}>
        {t(lang, 'copy')}
      </button>
    </>
  );
}

export function DocumentExportButtons({
  lang,
  buttonClass,
  labelClass,
  onExport,
}: {
  lang: Lang;
  buttonClass: string;
  labelClass: string;
  onExport(format: ExportFormat): void;
}) {
  return (
    <>
      <span class={labelClass}>{t(lang, 'export')}</span>
      <button type="button" class={buttonClass} data-export="xlsx" onClick={() => onExport('xlsx')}>
        {t(lang, 'exportAll')} XLSX
      </button>
      <span class={labelClass}>{t(lang, 'evidence')}</span>
      {EVIDENCE_FORMATS.map((format) => (
        <button key={format} type="button" class={buttonClass} data-export={format} onClick={() => onExport(format)}>
          {FORMAT_LABELS[format]}
        </button>
      ))}
    </>
  );
}
