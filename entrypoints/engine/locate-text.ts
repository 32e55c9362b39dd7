/**
 * Finds a quoted sentence inside a text block's element, ignoring whitespace. The engine's character offsets
 * (TextRef.start/end) count the adapter's normalised text, and pages break lines and put &nbsp; and full-width spaces
 * where the quote has none (Word exports: "2023 年", "<span>占</span> <span>81.18%</span>"), so offsets cannot be
 * mapped back to DOM positions reliably; the text itself can. Returns a live Range over the page's own text nodes.
 */

/** Whitespace of every kind, plus the zero-width characters Word and CMS editors scatter through Chinese text. */
const IGNORED = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]/;

interface CompactText {
  /** The root's text with every ignored character removed. */
  chars: string;
  /** For each character of `chars`: its text node and offset. */
  nodes: Text[];
  offsets: number[];
}

function compactText(root: Node): CompactText {
  const doc = root.ownerDocument ?? (root as Document);
  // SHOW_TEXT = 4
  const walker = doc.createTreeWalker(root, 4);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (IGNORED.test(ch)) continue;
      parts.push(ch);
      nodes.push(node);
      offsets.push(i);
    }
  }
  return { chars: parts.join(''), nodes, offsets };
}

export function compactString(text: string): string {
  let out = '';
  for (const ch of text) if (!IGNORED.test(ch)) out += ch;
  return out;
}

const NUMBER_CHAR = /[0-9.,%]/;

/**
 * Index of `part` in `text`, preferring an occurrence that is not the tail or head of a longer number ("8.18" inside
 * "18.18"): the stated figure is a whole number as printed.
 */
export function standaloneIndex(text: string, part: string): number {
  let first = -1;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (first < 0) first = at;
    const before = text[at - 1];
    const after = text[at + part.length];
    const digitsAround = (before !== undefined && NUMBER_CHAR.test(before)) || (after !== undefined && /[0-9]/.test(after));
    if (!digitsAround) return at;
  }
  return first;
}

/** Character span [start, end) of the match in compact coordinates, and the Range it covers. */
export interface TextMatch {
  range: Range;
  start: number;
  end: number;
}

function rangeFor(text: CompactText, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(text.nodes[start]!, text.offsets[start]!);
  const lastNode = text.nodes[end - 1]!;
  range.setEnd(lastNode, text.offsets[end - 1]! + 1);
  return range;
}

/**
 * The first occurrence of `needle` (whitespace-insensitive) in `root`'s text, or null. When `within` is given, the
 * occurrence of `inner` inside that first match is returned instead, falling back to the whole match: this is how a
 * wrong number is underlined inside its sentence.
 */
export function locateText(root: Node, needle: string, inner?: string): TextMatch | null {
  const wanted = compactString(needle);
  if (!wanted) return null;
  const text = compactText(root);
  const start = text.chars.indexOf(wanted);
  if (start < 0) return null;
  const doc = root.ownerDocument ?? (root as Document);
  let from = start;
  let to = start + wanted.length;
  if (inner) {
    const innerWanted = compactString(inner);
    const at = innerWanted ? standaloneIndex(text.chars.slice(from, to), innerWanted) : -1;
    if (at >= 0) {
      from += at;
      to = from + innerWanted.length;
    }
  }
  return { range: rangeFor(text, from, to, doc), start: from, end: to };
}
