/** The real Jiangsu disclosures (test/fixtures/jiangsu), each read once per test file through the CLI's loadPdf. */
import { readFileSync } from 'node:fs';
import { loadPdf } from '../../cli/load-pdf.ts';
import type { RawDocument } from '../../lib/model.ts';

const PDFS = new URL('../fixtures/jiangsu/', import.meta.url);
const cache = new Map<string, Promise<RawDocument>>();

export function loadJiangsu(name: string): Promise<RawDocument> {
  let doc = cache.get(name);
  if (!doc) {
    doc = loadPdf(new Uint8Array(readFileSync(new URL(name, PDFS))), name);
    cache.set(name, doc);
  }
  return doc;
}
