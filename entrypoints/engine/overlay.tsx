/**
 * The marks drawn over the page, as one Preact tree inside the overlay's shadow root. Pure rendering of an
 * OverlayView: the controller (page-checker.ts) measures every box first and renders once per animation frame.
 * Positions are in px relative to the overlay host's origin (absolute, so marks move with the document when it
 * scrolls without any work); the edge bar is fixed to the viewport.
 */
import { FindingCard, findingLabel, findingMessage, findingTone } from '../../components/FindingCard.tsx';
import { FORMAT_LABELS } from '../../components/formats.ts';
import { type Lang, t } from '../../components/i18n.ts';
import type { ExportFormat, TableSummary } from '../../components/protocol.ts';
import { TableCounts } from '../../components/TableCounts.tsx';
import { tableNumber } from '../../components/table-summary.ts';
import type { Finding } from '../../lib/model.ts';
import type { FloatingPlacement } from './layout.ts';
import type { MarkTone } from './mark-targets.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CellMarkView {
  key: string;
  box: Box;
  tone: MarkTone;
  open: boolean;
}

export interface TextMarkView {
  key: string;
  tone: MarkTone;
  /** Underline boxes, drawn only where the CSS Custom Highlight API is missing. */
  underlines: Box[];
  /** The clickable dot after the marked number. */
  dot: Box;
}

export interface BadgeView {
  table: TableSummary;
  /** Left/top of the badge: beside the table's top-right corner, or (inset) under its bottom-right corner. */
  box: Box;
  /** No room beside the table: the badge hangs under the table, its right edge at box.left. */
  inset: boolean;
  menu?: FloatingPlacement;
  findings: Finding[];
}

export interface PopoverView {
  markKey: string;
  placement: FloatingPlacement;
  findings: Finding[];
  pinned: boolean;
}

export interface EdgeTick {
  findingId: string;
  tone: MarkTone;
  /** 0..1: position of the finding in the document's height. */
  at: number;
}

export interface OverlayView {
  visible: boolean;
  lang: Lang;
  cells: CellMarkView[];
  texts: TextMarkView[];
  related: Box[];
  badges: BadgeView[];
  popover?: PopoverView;
  above: number;
  below: number;
  ticks: EdgeTick[];
  exportFormats: ExportFormat[];
}

export interface OverlayActions {
  openMark(markKey: string, pinned: boolean): void;
  closePopover(): void;
  popoverHovered(inside: boolean): void;
  toggleMenu(tableId: string): void;
  reveal(findingId: string): void;
  jump(direction: 'up' | 'down'): void;
  exportTable(tableId: string, format: ExportFormat): void;
}

function place(box: Box) {
  return { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` };
}

function at(box: { left: number; top: number }) {
  return { left: `${box.left}px`, top: `${box.top}px` };
}

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  if (!view.visible) return <div class="bc-root" />;
  const { lang } = view;
  return (
    <div class="bc-root" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {view.related.map((box, i) => (
        <div key={`r${i}`} class="bc-related" style={place(box)} />
      ))}
      {view.cells.map((mark) => (
        <div
          key={mark.key}
          class={`bc-mark bc-mark-${mark.tone}${mark.open ? ' bc-mark-open' : ''}`}
          data-mark={mark.key}
          style={place(mark.box)}
        />
      ))}
      {view.texts.map((mark) => [
        ...mark.underlines.map((box, i) => (
          <div key={`${mark.key}u${i}`} class={`bc-underline bc-underline-${mark.tone}`} style={place(box)} />
        )),
        <button
          key={`${mark.key}d`}
          type="button"
          class={`bc-dot bc-dot-${mark.tone}`}
          data-mark={mark.key}
          style={at(mark.dot)}
          title={t(lang, mark.tone)}
          onClick={() => actions.openMark(mark.key, true)}
          onMouseEnter={() => actions.openMark(mark.key, false)}
        >
          {mark.tone === 'error' ? '✕' : '!'}
        </button>,
      ])}
      {view.badges.map((badge) => (
        <TableBadge key={badge.table.id} badge={badge} lang={lang} view={view} actions={actions} />
      ))}
      {view.popover ? (
        <div
          class={`bc-popover${view.popover.placement.above ? ' bc-above' : ''}${view.popover.pinned ? ' bc-pinned' : ''}`}
          data-popover-for={view.popover.markKey}
          role="dialog"
          aria-label={t(lang, view.popover.findings.some((f) => f.severity === 'error') ? 'error' : 'note')}
          style={at(view.popover.placement)}
          onMouseEnter={() => actions.popoverHovered(true)}
          onMouseLeave={() => actions.popoverHovered(false)}
        >
          <button type="button" class="bc-popover-close" title={t(lang, 'close')} onClick={() => actions.closePopover()}>
            ×
          </button>
          {view.popover.findings.map((finding) => (
            <FindingCard key={finding.id} finding={finding} lang={lang} showTable />
          ))}
        </div>
      ) : null}
      {view.ticks.length ? (
        <div class="bc-edge">
          {view.above ? (
            <button
              type="button"
              class="bc-jump bc-jump-up"
              title={t(lang, 'jumpAbove')}
              onClick={() => actions.jump('up')}
            >
              ▲ {view.above}
            </button>
          ) : null}
          <div class="bc-edge-track">
            {view.ticks.map((tick) => (
              <button
                key={tick.findingId}
                type="button"
                class={`bc-tick bc-tick-${tick.tone}`}
                style={{ top: `${(tick.at * 100).toFixed(3)}%` }}
                aria-label={t(lang, tick.tone)}
                onClick={() => actions.reveal(tick.findingId)}
              />
            ))}
          </div>
          {view.below ? (
            <button
              type="button"
              class="bc-jump bc-jump-down"
              title={t(lang, 'jumpBelow')}
              onClick={() => actions.jump('down')}
            >
              ▼ {view.below}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function TableBadge({
  badge,
  lang,
  view,
  actions,
}: {
  badge: BadgeView;
  lang: Lang;
  view: OverlayView;
  actions: OverlayActions;
}) {
  const { table } = badge;
  const name = table.number ? tableNumber(table.number, lang) : '';
  return (
    <>
      <button
        type="button"
        class={`bc-badge${badge.inset ? ' bc-badge-inset' : ''}${badge.menu ? ' bc-badge-open' : ''}`}
        data-table-id={table.id}
        style={at(badge.box)}
        title={table.title ?? t(lang, 'untitledTable')}
        onClick={() => actions.toggleMenu(table.id)}
      >
        {name ? <span class="bc-badge-name">{name}</span> : null}
        <TableCounts errors={table.errors} notes={table.notes} passed={table.tally?.passed} lang={lang} />
      </button>
      {badge.menu ? (
        <div class={`bc-menu${badge.menu.above ? ' bc-above' : ''}`} data-menu-for={table.id} style={at(badge.menu)}>
          <div class="bc-menu-title">{table.title ?? t(lang, 'untitledTable')}</div>
          {badge.findings.length ? (
            badge.findings.map((finding) => (
              <button
                key={finding.id}
                type="button"
                class="bc-menu-item"
                data-finding-id={finding.id}
                onClick={() => actions.reveal(finding.id)}
              >
                <span class={`bc-tag bc-tag-${findingTone(finding)}`}>{t(lang, findingLabel(finding))}</span>{' '}
                {findingMessage(finding, lang)}
              </button>
            ))
          ) : (
            <div class="bc-menu-empty">{t(lang, 'noFindingsInTable')}</div>
          )}
          {view.exportFormats.length ? (
            <div class="bc-menu-exports">
              <span>{t(lang, 'exportTable')}</span>
              {view.exportFormats.map((format) => (
                <button
                  key={format}
                  type="button"
                  class="bc-btn"
                  data-export={format}
                  onClick={() => actions.exportTable(table.id, format)}
                >
                  {FORMAT_LABELS[format]}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
