/**
 * One page: the rendered canvas, pdf.js's text layer (so text can be selected and copied), and the findings' marks
 * on top, placed from the boxes lib/pdf read the cells and sentences from.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { TextLayer } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../components/i18n.ts';
import type { PdfMark } from '../../lib/pdf/pdf-marks.ts';
import { vt } from './viewer-text.ts';

export interface PageViewProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  /** CSS pixels per PDF point, and the page's size drawn at that scale. */
  scale: number;
  width: number;
  height: number;
  marks: readonly PdfMark[];
  selected?: string;
  titles: ReadonlyMap<string, string>;
  lang: Lang;
  onSelect(findingId: string): void;
}

export function PageView({ pdf, pageNumber, scale, width, height, marks, selected, titles, lang, onSelect }: PageViewProps) {
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  // Draw a page only when it comes near the screen: a 200-page PDF is not rendered all at once.
  useEffect(() => {
    const el = pageRef.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: '1200px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    (async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const canvas = canvasRef.current;
      const textDiv = textRef.current;
      if (!canvas || !textDiv) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      const render = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      cleanup = () => render.cancel();
      textDiv.replaceChildren();
      const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textDiv, viewport });
      await Promise.all([render.promise, textLayer.render()]).catch(() => {});
    })();
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [visible, pdf, pageNumber, scale]);

  return (
    <div
      ref={pageRef}
      class="bc-page"
      data-page={pageNumber}
      style={{ width: `${width}px`, height: `${height}px`, '--total-scale-factor': scale }}
    >
      <span class="bc-page-label">{vt(lang, 'page', pageNumber)}</span>
      <canvas ref={canvasRef} />
      <div class="textLayer" ref={textRef} />
      <div class="bc-marks">
        {marks.map((mark) => (
          <button
            type="button"
            key={`${mark.findingId}-${mark.box.x0}-${mark.box.top}`}
            class={`bc-pdf-mark bc-pdf-mark-${mark.tone} bc-role-${mark.role}${selected === mark.findingId ? ' bc-flash' : ''}`}
            data-finding-id={mark.findingId}
            title={titles.get(mark.findingId)}
            style={{
              left: `${mark.box.x0 * scale}px`,
              top: `${mark.box.top * scale}px`,
              width: `${(mark.box.x1 - mark.box.x0) * scale}px`,
              height: `${(mark.box.bottom - mark.box.top) * scale}px`,
            }}
            aria-label={titles.get(mark.findingId)}
            onClick={() => onSelect(mark.findingId)}
          />
        ))}
      </div>
    </div>
  );
}
