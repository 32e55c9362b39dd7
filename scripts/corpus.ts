/**
 * `npm run corpus`: the engine over every real document that has a truth file (test/fixtures/truth), with precision
 * and recall against what the hand check recorded. The documents set aside while the engine was changed (hold-out,
 * marked "set": "holdout" in their truth files) are counted apart, so a fix that only fits the documents it was made
 * on shows up as a gap between the two.
 *
 *   precision  errors that are recorded inconsistencies ÷ all errors reported
 *   recall     recorded inconsistencies reported as an error or a warning ÷ all recorded
 */
import { analyzeDocument } from '../lib/engine.ts';
import { joinDocuments } from '../lib/documents/sets.ts';
import { compare, type Comparison, fixturesOf, loadFixture, loadTruths, setCases } from '../test/corpus/corpus.ts';

interface Totals {
  docs: number;
  errors: number;
  trueErrors: number;
  recorded: number;
  found: number;
}

const totals = new Map<string, Totals>();
const add = (set: string, c: Comparison, recorded: number) => {
  const t = totals.get(set) ?? { docs: 0, errors: 0, trueErrors: 0, recorded: 0, found: 0 };
  t.docs++;
  t.errors += c.errors;
  t.trueErrors += c.errors - c.falseErrors.length;
  t.recorded += recorded;
  t.found += c.found.length;
  totals.set(set, t);
};

const verbose = process.argv.includes('--verbose');
// --set development: only that set (so the hold-out documents stay unseen while the engine is changed).
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
function show(label: string, set: string, c: Comparison, required: number) {
  add(set, c, required);
  const flag = c.falseErrors.length || c.missed.length ? '✗' : '✓';
  console.log(
    `${flag} ${label} [${set}]  errors ${c.errors}, warnings ${c.warnings}; recorded ${required}: found ${c.found.length}, missed ${c.missed.length}; false errors ${c.falseErrors.length}${c.needCompanion.length ? `; ${c.needCompanion.length} more need the companion file` : ''}`,
  );
  if (verbose || c.missed.length || c.falseErrors.length) {
    for (const m of c.missed) console.log(`    missed ${m.id}: ${m.anchor} stated ${m.stated}, expected ${m.expected ?? '?'}`);
    for (const f of c.falseErrors) console.log(`    false  ${f.rule}: ${f.message.slice(0, 160)}`);
  }
}

const truths = loadTruths();
for (const truth of truths) {
  const set = truth.set ?? 'development';
  if (only && set !== only) continue;
  for (const fixture of fixturesOf(truth)) {
    const c = compare(fixture, truth, analyzeDocument(await loadFixture(fixture)));
    show(fixture, set, c, truth.inconsistencies.length - c.needCompanion.length);
  }
}
// Each 说明 with its 表格 as one document: counted apart, as "sets" (the same files, read together).
for (const { name, fixtures, truth } of setCases(truths)) {
  if (only && (truth.set ?? 'development') !== only) continue;
  const files = await Promise.all(fixtures.map(async (source) => ({ source, raw: await loadFixture(source) })));
  const c = compare(name, truth, analyzeDocument(joinDocuments(...files)));
  show(name, `sets (${truth.set ?? 'development'})`, c, truth.inconsistencies.length);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
console.log('');
const all: Totals = { docs: 0, errors: 0, trueErrors: 0, recorded: 0, found: 0 };
for (const [set, t] of totals) {
  console.log(`${set}: ${t.docs} documents; precision ${pct(t.trueErrors, t.errors)} (${t.trueErrors}/${t.errors} errors); recall ${pct(t.found, t.recorded)} (${t.found}/${t.recorded} recorded)`);
  for (const k of Object.keys(all) as (keyof Totals)[]) all[k] += t[k];
}
console.log(`all: ${all.docs} documents; precision ${pct(all.trueErrors, all.errors)} (${all.trueErrors}/${all.errors} errors); recall ${pct(all.found, all.recorded)} (${all.found}/${all.recorded} recorded)`);
