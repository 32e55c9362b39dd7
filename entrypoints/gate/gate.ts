/**
 * The cheap test that runs on every *.gov.cn page: does this page look like a budget disclosure? Only when it does is
 * the engine (hundreds of kB) loaded. It must cost well under a millisecond on the ordinary page of a government
 * site (news, notices, service guides), so it reads the title and then the page's text only until it has seen
 * enough, never more than GATE_TEXT_LIMIT characters, and never asks for layout (no innerText).
 *
 * A disclosure page says 预算 or 决算 (部门预算公开, 2023年单位决算) and shows evidence of a budget table: the unit line
 * printed above every table (单位：万元, "单位: 元") or a standard table title (收支总体情况表, 三公经费支出情况表 …;
 * its 目录 lists them near the top). Pages that publish the budget only as attachments usually fail the second
 * test: the user reaches them through the toolbar button, and the popup lists the attachments.
 */

/** Seed pages reach both signals within the first 1,500 characters of text; real pages carry longer menus. */
export const GATE_TEXT_LIMIT = 20_000;

const BUDGET_WORD = /预算|决算/;

/**
 * The unit line (Word exports write "单位：万元", platforms "单位:元", some "单位： 万元" with a full-width space) or a
 * table title ending in 情况表 / 总表 / 预算表 / 决算表. Bounded quantifiers only: page text is hostile.
 */
const TABLE_EVIDENCE = /单位\s{0,2}[:：]\s{0,3}(?:亿元|万元|千元|元)|情况表|[预决]算[总明细]{0,2}表/;

/** Characters kept from one chunk to the next so that a signal split across two text nodes is still seen. */
const CARRY = 16;
const CHUNK = 2048;

export interface GateSignals {
  budgetWord: boolean;
  tableEvidence: boolean;
  /** Characters of body text read before deciding. */
  charsRead: number;
}

export function readGateSignals(doc: Document, limit = GATE_TEXT_LIMIT): GateSignals {
  const signals: GateSignals = { budgetWord: false, tableEvidence: false, charsRead: 0 };
  const test = (text: string): boolean => {
    if (!signals.budgetWord && BUDGET_WORD.test(text)) signals.budgetWord = true;
    if (!signals.tableEvidence && TABLE_EVIDENCE.test(text)) signals.tableEvidence = true;
    return signals.budgetWord && signals.tableEvidence;
  };
  if (test(doc.title)) return signals;
  const body = doc.body;
  if (!body) return signals;
  // SHOW_TEXT = 4 (NodeFilter may be missing from minimal DOMs used in tests).
  const walker = doc.createTreeWalker(body, 4);
  let pending = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    const text = node.nodeValue ?? '';
    pending += text;
    signals.charsRead += text.length;
    if (pending.length >= CHUNK || signals.charsRead >= limit) {
      if (test(pending) || signals.charsRead >= limit) return signals;
      pending = pending.slice(-CARRY);
    }
  }
  test(pending);
  return signals;
}

export function pageLooksLikeDisclosure(doc: Document, limit = GATE_TEXT_LIMIT): boolean {
  const s = readGateSignals(doc, limit);
  return s.budgetWord && s.tableEvidence;
}
