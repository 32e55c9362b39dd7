/**
 * The viewer's pipeline for a saved web page, once it is shown in its iframe: the iframe's live Document → the DOM
 * adapter (lib/dom) → the engine → where each finding sits (entrypoints/engine/mark-targets.ts, as on a live page).
 * Reading the shown document itself, not a second parse, makes every finding's anchor the element the user sees.
 */
import { readDocument } from '../../lib/dom/read-document.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import type { RawDocument, Report } from '../../lib/model.ts';
import { buildMarkTargets, type MarkTargets } from '../engine/mark-targets.ts';

export interface CheckedPage {
  raw: RawDocument;
  report: Report;
  targets: MarkTargets;
}

/**
 * `name` is the file's name, the document's address when the browser did not note where the page was saved from
 * (the CLI does the same with a file's path).
 */
export function checkSavedPage(doc: Document, source: { name: string; savedFrom?: string }): CheckedPage {
  const raw = readDocument(doc, { url: source.savedFrom ?? source.name, base: source.savedFrom });
  const report = analyzeDocument(raw);
  return { raw, report, targets: buildMarkTargets(report, raw) };
}
