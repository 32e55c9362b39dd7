/**
 * The cheap test that runs on every *.gov.cn page: does this page look like a budget disclosure? Only when it does is
 * the engine (hundreds of kB) loaded. It must cost well under a millisecond on the ordinary page of a government
 * site (news, notices, service guides), so it reads the title and then the page's text only until it has seen
 * enough, never more than GATE_TEXT_LIMIT characters, and never asks for layout (no innerText).
 *
 * A disclosure page says 预算 or 决算 (部门预算公开, 2023年单位决算) and either
 * - shows evidence of a budget table: the unit line printed above every table (单位：万元, "单位: 元") or a standard
 *   table title (收支总体情况表, 三公经费支出情况表 …; its 目录 lists them near the top), and has a <table> — a notice
 *   that only talks about 部门预算公开 and 情况表 has nothing to check; or
 * - links to budget files (PDF, XLS, DOC …): most disclosures are attachments behind such a page, and the engine
 *   puts a 核对 / Check button beside each PDF link.
 * The element checks run only on pages that already said 预算/决算, so the ordinary page never pays for them.
 */

/**
 * Seed pages show both signals within their first ~2,100 characters of text (the 目录 lists the table titles early);
 * real pages put longer menus before the article. Reading is the gate's whole cost on an ordinary page (measured by
 * test/bench/content-script.ts, in npm run bench: ~0.4 ms for 12,000 characters of a link-heavy portal page in Chromium, first run).
 */
export const GATE_TEXT_LIMIT = 12_000;

/**
 * Text nodes this long are checked for sitting in <script>/<style>: those are the long ones (inline code, JSON),
 * and asking every short label for its parent would double the gate's cost.
 */
const LONG_TEXT = 256;

/**
 * 预算 or 决算, by includes(): on the ordinary page the gate decides "no" on this test alone, and a regular expression
 * would cost its compilation (~0.1 ms in Chromium) on every such page.
 */
function hasBudgetWord(text: string): boolean {
  return text.includes('预算') || text.includes('决算');
}

/**
 * The unit line (Word exports write "单位：万元", platforms "单位:元", some "单位： 万元" with a full-width space) or a
 * table title ending in 情况表 / 总表 / 预算表 / 决算表. Bounded quantifiers only: page text is hostile.
 */
const TABLE_EVIDENCE = /单位\s{0,2}[:：]\s{0,3}(?:亿元|万元|千元|元)|情况表|[预决]算[总明细]{0,2}表/;

/** Characters kept from one chunk to the next so that a signal split across two text nodes is still seen. */
const CARRY = 16;
const CHUNK = 2048;

/** A link to a budget file: by its address (…/a.pdf, a.xls?v=2) or, for download.jsp?id= links, by its text. */
const BUDGET_FILE = /\.(?:pdf|xlsx?|docx?|wps|et)(?:[?#]|\s*$)/i;
/** Links looked at, at most: a portal page has thousands, and the attachments of a disclosure come early enough. */
const LINK_LIMIT = 3000;

function linksToBudgetFile(doc: Document): boolean {
  const links = doc.links;
  const count = Math.min(links.length, LINK_LIMIT);
  for (let i = 0; i < count; i++) {
    const link = links[i];
    const href = link.getAttribute('href') ?? '';
    if (BUDGET_FILE.test(href)) return true;
    const text = link.textContent ?? '';
    if (text.length < 200 && BUDGET_FILE.test(text)) return true;
  }
  return false;
}

export interface GateSignals {
  budgetWord: boolean;
  tableEvidence: boolean;
  /** Characters of body text read before deciding. */
  charsRead: number;
}

export function readGateSignals(doc: Document, limit = GATE_TEXT_LIMIT): GateSignals {
  const signals: GateSignals = { budgetWord: false, tableEvidence: false, charsRead: 0 };
  /**
   * Everything read until the budget word: table evidence may come before it (a 目录 above the article title). The
   * evidence pattern runs only on pages that say 预算/决算: once over this text when the word appears, then over each
   * new chunk alone (the carry keeps a signal split across two chunks).
   */
  let seen = doc.title;
  const test = (latest: string): boolean => {
    if (!signals.budgetWord) {
      signals.budgetWord = hasBudgetWord(latest);
      if (signals.budgetWord) signals.tableEvidence = TABLE_EVIDENCE.test(seen);
    } else if (!signals.tableEvidence) {
      signals.tableEvidence = TABLE_EVIDENCE.test(latest);
    }
    return signals.budgetWord && signals.tableEvidence;
  };
  if (test(seen)) return signals;
  const body = doc.body;
  if (!body) return signals;
  // SHOW_TEXT = 4 (NodeFilter may be missing from minimal DOMs used in tests).
  const walker = doc.createTreeWalker(body, 4);
  let pending = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length > LONG_TEXT) {
      const parent = node.parentNode?.nodeName;
      if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    }
    pending += text;
    if (!signals.budgetWord) seen += text;
    signals.charsRead += text.length;
    if (pending.length >= CHUNK || signals.charsRead >= limit) {
      if (test(pending) || signals.charsRead >= limit) return signals;
      pending = pending.slice(-CARRY);
    }
  }
  test(pending);
  return signals;
}

/** The title alone says 预算/决算: worth a second look once a script-rendered page has filled in its text. */
export function titleMentionsBudget(doc: Document): boolean {
  return hasBudgetWord(doc.title);
}

export function pageLooksLikeDisclosure(doc: Document, limit = GATE_TEXT_LIMIT): boolean {
  const s = readGateSignals(doc, limit);
  if (!s.budgetWord) return false;
  if (s.tableEvidence && doc.querySelector('table')) return true;
  return linksToBudgetFile(doc);
}
