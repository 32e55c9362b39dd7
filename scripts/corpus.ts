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
import { compare, type Comparison, fixturesOf, loadFixture, loadTruths } from '../test/corpus/corpus.ts';

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
for (const truth of loadTruths()) {
  const set = (truth as { set?: string }).set ?? 'development';
  if (only && set !== only) continue;
  for (const fixture of fixturesOf(truth)) {
    const report = analyzeDocument(await loadFixture(fixture));
    const c = compare(fixture, truth, report);
    const required = truth.inconsistencies.length - c.needCompanion.length;
    add(set, c, required);
    const flag = c.falseErrors.length || c.missed.length ? '✗' : '✓';
    console.log(
      `${flag} ${fixture} [${set}]  errors ${c.errors}, warnings ${c.warnings}; recorded ${required}: found ${c.found.length}, missed ${c.missed.length}; false errors ${c.falseErrors.length}${c.needCompanion.length ? `; ${c.needCompanion.length} more need the companion file` : ''}`,
    );
    if (verbose || c.missed.length || c.falseErrors.length) {
      for (const m of c.missed) console.log(`    missed ${m.id}: ${m.anchor} stated ${m.stated}, expected ${m.expected ?? '?'}`);
      for (const f of c.falseErrors) console.log(`    false  ${f.rule}: ${f.message.slice(0, 160)}`);
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
console.log('');
const all: Totals = { docs: 0, errors: 0, trueErrors: 0, recorded: 0, found: 0 };
for (const [set, t] of totals) {
  console.log(`${set}: ${t.docs} documents; precision ${pct(t.trueErrors, t.errors)} (${t.trueErrors}/${t.errors} errors); recall ${pct(t.found, t.recorded)} (${t.found}/${t.recorded} recorded)`);
  for (const k of Object.keys(all) as (keyof Totals)[]) all[k] += t[k];
}
console.log(`all: ${all.docs} documents; precision ${pct(all.trueErrors, all.errors)} (${all.trueErrors}/${all.errors} errors); recall ${pct(all.found, all.recorded)} (${all.found}/${all.recorded} recorded)`);
