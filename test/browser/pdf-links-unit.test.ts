/**
 * The in-page 核对 buttons without a browser: which links are PDFs (entrypoints/engine/pdf-link-targets.ts, on a
 * happy-dom document) and where a button goes beside a link (layout.ts placeBeside).
 */
import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../entrypoints/engine/layout.ts';
import { MAX_LINK_BUTTONS, PdfLinkTargets } from '../../entrypoints/engine/pdf-link-targets.ts';
import { documentFrom } from './unit/dom.ts';

const size = { width: 78, height: 18 };

describe('placeBeside', () => {
  it('goes just after the end of the line, centred on it', () => {
    expect(placeBeside({ left: 100, top: 200, right: 300, bottom: 224 }, 1280, size)).toEqual({
      left: 304,
      top: 203,
      right: 382,
      bottom: 221,
    });
  });

  it('goes under the end of the line when there is no room on its right, inside the viewport', () => {
    expect(placeBeside({ left: 900, top: 200, right: 1250, bottom: 224 }, 1280, size)).toEqual({
      left: 1172,
      top: 226,
      right: 1250,
      bottom: 244,
    });
    // A link running past the viewport's right edge (a wide table in a page that scrolls sideways).
    expect(placeBeside({ left: 1200, top: 0, right: 1500, bottom: 20 }, 1280, size).right).toBe(1280);
    // A short link at the very left of a narrow viewport: never at a negative position.
    expect(placeBeside({ left: 0, top: 0, right: 20, bottom: 20 }, 60, size).left).toBe(0);
  });
});

describe('PdfLinkTargets', () => {
  const page = `<!doctype html><html><body>
    <a id="a" href="bm/预算.pdf">部门预算</a>
    <a id="b" href="/download.jsp?id=7&file=%E5%86%B3%E7%AE%97.pdf">下载</a>
    <a id="c" href="/attach?id=9">2024年单位预算公开.pdf</a>
    <a id="d" href="tables.xls">报表.xls</a>
    <a id="e" href="javascript:void(0)">[PDF] 预算.pdf</a>
    <a id="f" href="/news/1.html">新闻</a>
    <a id="g">无链接.pdf</a>
    <map name="m"><area href="/x.pdf" alt="x"></map>
  </body></html>`;

  it('finds the PDF links, by address, by a file name in the query, or by their text, with absolute addresses', () => {
    const doc = documentFrom(page);
    const targets = new PdfLinkTargets(doc);
    expect(targets.links().map((l) => [l.element.id, l.href])).toEqual([
      ['a', 'http://czj.example.gov.cn/bm/%E9%A2%84%E7%AE%97.pdf'],
      ['b', 'http://czj.example.gov.cn/download.jsp?id=7&file=%E5%86%B3%E7%AE%97.pdf'],
      ['c', 'http://czj.example.gov.cn/attach?id=9'],
    ]);
    targets.stop();
  });

  it('sees links the page adds or changes later', async () => {
    const doc = documentFrom(page);
    const targets = new PdfLinkTargets(doc);
    expect(targets.links()).toHaveLength(3);
    const added = doc.createElement('a');
    added.setAttribute('href', '/late.PDF');
    doc.body.appendChild(added);
    doc.getElementById('a')!.setAttribute('href', '/news/2.html');
    await new Promise((resolve) => setTimeout(resolve, 0)); // mutation records are delivered in a microtask
    expect(targets.links().map((l) => l.href)).toEqual([
      'http://czj.example.gov.cn/download.jsp?id=7&file=%E5%86%B3%E7%AE%97.pdf',
      'http://czj.example.gov.cn/attach?id=9',
      'http://czj.example.gov.cn/late.PDF',
    ]);
    targets.stop();
  });

  it('stops at MAX_LINK_BUTTONS links on an archive page with thousands', () => {
    const many = Array.from({ length: MAX_LINK_BUTTONS + 50 }, (_, i) => `<a href="/f/${i}.pdf">${i}</a>`).join('');
    const targets = new PdfLinkTargets(documentFrom(`<!doctype html><body>${many}</body>`));
    const links = targets.links();
    expect(links).toHaveLength(MAX_LINK_BUTTONS);
    expect(links.at(-1)!.href).toBe(`http://czj.example.gov.cn/f/${MAX_LINK_BUTTONS - 1}.pdf`);
    targets.stop();
  });
});
