/** STUB — the engine entry point; being written by the lead. */
import { detectTables } from './detect/detect-tables.ts';
import type { RawDocument, Report } from './model.ts';

export function analyzeDocument(doc: RawDocument): Report {
  const tables = detectTables(doc);
  return {
    title: doc.title,
    url: doc.url,
    status: tables.length ? 'tables' : doc.attachments.length ? 'attachments-only' : 'no-tables',
    tables,
    findings: [],
    tallies: [],
    attachments: doc.attachments,
  };
}
