/**
 * A saved web page shown as it was saved, in a sandboxed iframe that runs none of its scripts (saved-page.ts), with
 * the findings' marks drawn in an overlay over the iframe. Once the iframe has loaded, the engine reads its live
 * document (check-saved-page.ts), so each mark is measured on the very element it marks; the overlay follows the
 * iframe's scrolling (its own and that of the page's scroll boxes).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { webUrl } from '../../components/pdf-link.ts';
import { type CheckedPage, checkSavedPage } from './check-saved-page.ts';
import { SAVED_PAGE_SANDBOX } from './saved-page.ts';
import { clipsOf, elementOfFinding, type PlacedMarks, placeMarks } from './saved-page-marks.ts';

export interface SavedPageViewProps {
  /** The prepared document (prepareSavedPage). */
  html: string;
  name: string;
  savedFrom?: string;
  selected?: string;
  titles: ReadonlyMap<string, string>;
  onChecked(checked: CheckedPage): void;
  onError(error: unknown): void;
  onSelect(findingId: string): void;
  /** A file dropped onto the shown page: opened like one dropped on the viewer. */
  onDropFile(file: File): void;
}

const NO_MARKS: PlacedMarks = { marks: [], related: [] };

export function SavedPageView({ html, name, savedFrom, selected, titles, onChecked, onError, onSelect, onDropFile }: SavedPageViewProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [checked, setChecked] = useState<CheckedPage | undefined>();
  const [placed, setPlaced] = useState<PlacedMarks>(NO_MARKS);
  const latest = useRef({ selected, onSelect, onDropFile, onChecked, onError });
  latest.current = { selected, onSelect, onDropFile, onChecked, onError };

  // Read and check the page once its document is in the iframe. The listener is the iframe's onLoad prop, set before
  // the iframe enters the document: an effect could run after a small page has loaded already (a background tab
  // draws no frames, and Preact runs effects after a frame).
  const onLoad = () => {
    const frame = frameRef.current;
    const doc = frame?.contentDocument;
    if (doc?.URL !== 'about:srcdoc') return;
    guardDocument(doc, savedFrom, (file) => latest.current.onDropFile(file));
    try {
      const result = checkSavedPage(doc, { name, savedFrom });
      setChecked(result);
      latest.current.onChecked(result);
    } catch (error) {
      latest.current.onError(error);
    }
  };

  // Measure the marks on every scroll and resize of the shown page, at most once per frame.
  useEffect(() => {
    const frame = frameRef.current;
    const doc = frame?.contentDocument;
    const win = frame?.contentWindow;
    if (!checked || !frame || !doc || !win) return;
    const clips = clipsOf(checked.targets);
    let pending = 0;
    const measure = () => {
      pending = 0;
      const scroller = doc.scrollingElement ?? doc.documentElement;
      const viewport = { width: scroller.clientWidth, height: scroller.clientHeight };
      setPlaced(placeMarks(checked.targets, clips, viewport, latest.current.selected));
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(measure);
    };
    measure();
    // Capture: a scroll box inside the page fires `scroll` on itself, which does not bubble.
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(frame);
    return () => {
      cancelAnimationFrame(pending);
      doc.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      resize.disconnect();
    };
  }, [checked, selected]);

  // A finding picked in the list: bring its cell or sentence to the middle of the shown page.
  useEffect(() => {
    if (!checked || !selected) return;
    elementOfFinding(checked.targets, selected)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [checked, selected]);

  // Marks sit over the page: a wheel turned over one scrolls the page under it.
  const onWheel = (event: WheelEvent) => frameRef.current?.contentWindow?.scrollBy(event.deltaX, event.deltaY);

  return (
    <div class="bc-frame-wrap">
      <iframe
        ref={frameRef}
        class="bc-saved-page"
        title={name}
        sandbox={SAVED_PAGE_SANDBOX}
        srcdoc={html}
        onLoad={onLoad}
        referrerpolicy="no-referrer"
      />
      <div class="bc-frame-marks" onWheel={onWheel}>
        {placed.related.map((box, i) => (
          <div key={`r${i}`} class="bc-page-related" style={boxStyle(box)} />
        ))}
        {placed.marks.flatMap((mark) =>
          mark.boxes.map((box, i) => (
            <button
              type="button"
              key={`${mark.key}-${i}`}
              class={`bc-page-mark bc-page-mark-${mark.kind} bc-page-mark-${mark.tone}${selected && mark.findingIds.includes(selected) ? ' bc-flash' : ''}`}
              data-key={mark.key}
              data-finding-ids={mark.findingIds.join(' ')}
              title={mark.findingIds.map((id) => titles.get(id)).join('\n')}
              aria-label={mark.findingIds.map((id) => titles.get(id)).join('; ')}
              style={boxStyle(box)}
              onClick={() => onSelect(mark.findingIds[0]!)}
            />
          )),
        )}
      </div>
    </div>
  );
}

function boxStyle(box: { left: number; top: number; width: number; height: number }) {
  return { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` };
}

/**
 * The viewer's own handlers on the shown page (they run in the viewer's world; the page runs nothing):
 * - a click on a link opens an http(s) address in a new tab, as the user's own navigation, and never navigates the
 *   iframe (the marks would then sit over another page; a javascript: or relative address goes nowhere);
 * - a file dropped onto the page is opened by the viewer, not shown by the browser in place of the viewer.
 */
function guardDocument(doc: Document, savedFrom: string | undefined, onDropFile: (file: File) => void) {
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = webUrl(link.getAttribute('href') ?? undefined, savedFrom);
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
  });
  doc.addEventListener('dragover', (event) => event.preventDefault());
  doc.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) onDropFile(file);
  });
}
