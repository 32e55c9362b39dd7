/**
 * The gate (entrypoints/gate/gate.ts) on real-shaped pages: every seed page in every markup style passes, ordinary
 * government pages do not, and the gate reads no more than its limit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_TEXT_LIMIT, pageLooksLikeDisclosure, readGateSignals } from '../../../entrypoints/gate/gate.ts';
import { PAGES_DIR, SEEDS, STYLES } from '../../helpers/seed-fixtures.ts';
import { FIXTURES } from '../harness.ts';
import { documentFrom } from './dom.ts';

const SEED_PAGES = SEEDS.flatMap((seed) => STYLES.map((style) => `${seed}.${style}.html`));

describe('the disclosure gate', () => {
  it.each(SEED_PAGES)('passes the seed page %s', (file) => {
    const doc = documentFrom(readFileSync(path.join(PAGES_DIR, file), 'utf8'));
    const signals = readGateSignals(doc);
    expect(signals).toMatchObject({ budgetWord: true, tableEvidence: true });
    // Decided within the first few chunks of text, long before the limit.
    expect(signals.charsRead).toBeLessThan(5000);
  });

  it('passes the browser-test disclosure pages and stops a notice about something else', () => {
    const read = (file: string) => documentFrom(readFileSync(path.join(FIXTURES, file), 'utf8'));
    expect(pageLooksLikeDisclosure(read('sum-error.html'))).toBe(true);
    expect(pageLooksLikeDisclosure(read('no-tables.html'))).toBe(false);
  });

  it('passes a page that links its budget as attachments (the engine puts 核对 beside each PDF link)', () => {
    const doc = documentFrom(readFileSync(path.join(FIXTURES, 'attachments-only.html'), 'utf8'));
    expect(readGateSignals(doc)).toMatchObject({ budgetWord: true, tableEvidence: false });
    expect(pageLooksLikeDisclosure(doc)).toBe(true);
  });

  it('knows a budget file by its address or, behind a download script, by its link text', () => {
    const page = (link: string) => documentFrom(`<title>2024年部门预算公开</title><body><p>附件：</p>${link}</body>`);
    expect(pageLooksLikeDisclosure(page('<a href="/u/cms/2024/tables.XLSX?v=3">报表</a>'))).toBe(true);
    expect(pageLooksLikeDisclosure(page('<a href="/download.jsp?id=3">2024年部门预算公开.pdf</a>'))).toBe(true);
    expect(pageLooksLikeDisclosure(page('<a href="/xw/2024/notice.html">关于预算公开的通知</a>'))).toBe(false);
    // A budget file link on a page that never says 预算/决算 (a report on roads) is not a disclosure.
    const roads = documentFrom('<title>道路养护年报</title><body><a href="/road.pdf">年报.pdf</a></body>');
    expect(pageLooksLikeDisclosure(roads)).toBe(false);
  });

  it('does not pass a notice that names the tables but has none (nothing to check)', () => {
    const notice = documentFrom(
      '<title>关于做好部门预算公开工作的通知</title><body><p>公开部门收支总体情况表等，单位：万元。</p></body>',
    );
    expect(readGateSignals(notice)).toMatchObject({ budgetWord: true, tableEvidence: true });
    expect(pageLooksLikeDisclosure(notice)).toBe(false);
    notice.body.insertAdjacentHTML('beforeend', '<table><tr><td>合计</td><td>1.00</td></tr></table>');
    expect(pageLooksLikeDisclosure(notice)).toBe(true);
  });

  it('sees a unit line split across elements, as Word exports write it', () => {
    const doc = documentFrom(
      '<title>2024年部门预算</title><p><span>单位</span><span>：</span><span lang=EN-US>&nbsp;</span><span>万元</span></p>',
    );
    expect(readGateSignals(doc)).toMatchObject({ budgetWord: true, tableEvidence: true });
  });

  it('sees table evidence that comes chunks before the budget word (a 目录 above the article title)', () => {
    // 20 × 200 = 4,000 characters of menu between the unit line and the first 预算: two chunks of 2,048 apart.
    const menu = Array.from({ length: 20 }, () => `<p>${'栏目导航'.repeat(50)}</p>`).join('');
    const doc = documentFrom(`<title>公开目录</title><body><p>单位：万元</p>${menu}<p>2024年部门预算</p></body>`);
    expect(readGateSignals(doc)).toMatchObject({ budgetWord: true, tableEvidence: true });
  });

  it('sees a unit line that straddles two chunks of text', () => {
    // 2,046 characters, then "单位" makes 2,048: the first chunk is read without "：万元", which comes in the next.
    const filler = `<p>${'通知'.repeat(1023)}</p>`;
    const doc = documentFrom(`<head><title>2024年部门预算</title></head><body>${filler}<span>单位</span><span>：万元</span></body>`);
    expect(readGateSignals(doc)).toMatchObject({ budgetWord: true, tableEvidence: true, charsRead: 2046 + 2 + 3 });
  });

  it('ignores the long text of inline scripts and styles', () => {
    const code = `var menu = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `部门预算${i}`))}; // 单位：万元 收支总体情况表`;
    const css = `/* 决算 单位：元 */ ${'.nav a { color: #333; } '.repeat(20)}`;
    const doc = documentFrom(`<title>首页</title><body><script>${code}</script><style>${css}</style><p>欢迎</p></body>`);
    expect(readGateSignals(doc)).toMatchObject({ budgetWord: false, tableEvidence: false });
  });

  it('reads no more than its limit on a long page that never says 预算', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>第${i}条 关于做好安全生产工作的通知，现将有关事项通知如下。</p>`);
    const doc = documentFrom(`<title>通知</title><body>${paragraphs.join('')}<p>2024年部门预算 单位：万元</p></body>`);
    const signals = readGateSignals(doc);
    expect(signals.budgetWord).toBe(false);
    expect(signals.charsRead).toBeGreaterThanOrEqual(GATE_TEXT_LIMIT);
    expect(signals.charsRead).toBeLessThan(GATE_TEXT_LIMIT + 100);
  });

  it('accepts the standard table titles as evidence', () => {
    for (const title of ['部门收支总体情况表', '财政拨款“三公”经费支出情况表', '2023年度部门决算总表', '部门预算明细表']) {
      const doc = documentFrom(`<title>部门预算公开</title><p>${title}</p><table><tr><td>合计</td></tr></table>`);
      expect(pageLooksLikeDisclosure(doc), title).toBe(true);
    }
  });
});
