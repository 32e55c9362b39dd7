/** Tag soup through loadHtml (linkedom + readDocument) and detectTables: whatever the markup, nothing throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../cli/load-html.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';

const pieces = [
  '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan=0>', '<td colspan=99999>', '<td rowspan="-3">',
  '<th>', '<thead>', '</thead>', '<tbody>', '<tfoot>', '<caption>', '</caption>', '<p>', '</p>', '<br>', '<div hidden>',
  '</div>', '<pre>', '</pre>', '<a href="附件.pdf">', '<a href="x?file=a.xlsx">', '</a>', '<script>', '</script>',
  '<!--', '-->', '<![if !supportLists]>', '<![endif]>', '<o:p>', '</o:p>', '&nbsp;', '表1', '部门收支总体情况表', '单位：万元',
  '合计', '10.00', '201', '-', '※', '\n', '<template>', '</template>', '<html>', '<body>', '<style>', '</style>',
];
const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));

describe('tag soup', () => {
  it('never throws from loadHtml or detectTables', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const doc = loadHtml(html, 'soup.html');
        const tables = detectTables(doc);
        for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.width);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a page whose whole markup is inside an unclosed comment (no root element), found by the fuzzer', () => {
    for (const html of ['<!--<html><body>', '<!-- <table><tr><td>1.00</td></tr></table>']) {
      const doc = loadHtml(html, 'comment.html');
      expect(doc.blocks).toEqual([]);
      expect(detectTables(doc)).toEqual([]);
    }
  });
});
