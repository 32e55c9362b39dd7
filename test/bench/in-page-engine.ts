/** The engine as the page runs it, bundled by test/bench/content-script.ts for the in-page benchmark. */
import { readDocument } from '../../lib/dom/read-document.ts';
import { analyzeModel, buildModel } from '../../lib/engine.ts';

/** The full check of a page: read, detect, build grids, run every rule. Returns the number of findings. */
export function run(doc: Document): number {
  return analyzeModel(buildModel(readDocument(doc))).findings.length;
}

/** The bare read: every table cell's text, what any reader of the tables must do. Returns the characters read. */
export function bareRead(doc: Document): number {
  let chars = 0;
  for (const cell of doc.querySelectorAll('td, th')) chars += (cell.textContent ?? '').length;
  return chars;
}

function medianTime(fn: () => unknown, runs: number): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Median times of the bare read and of the full check on this page (timed inside the page, no messaging). */
export function measure(runs: number): {
  cells: number;
  read: number;
  engine: number;
  model: number;
} {
  // Cell text, values and structure are computed lazily and kept on the model, so every figure is timed on a fresh
  // read: the rules' share is engine − model.
  return {
    cells: document.querySelectorAll('td, th').length,
    read: medianTime(() => bareRead(document), runs),
    engine: medianTime(() => run(document), runs),
    model: medianTime(() => buildModel(readDocument(document)), runs),
  };
}
