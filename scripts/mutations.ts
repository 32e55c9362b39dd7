/**
 * `npm run mutations`: every checked cell of every real document changed once (test/corpus/mutations.ts), and the
 * share of mutants the engine catches and locates. `--every N` mutates one checked cell in N.
 */
import { fixturesOf, loadFixture, loadTruths } from '../test/corpus/corpus.ts';
import { runMutations, runProseMutations } from '../test/corpus/mutations.ts';

const every = process.argv.includes('--every') ? Number(process.argv[process.argv.indexOf('--every') + 1]) : 1;
const verbose = process.argv.includes('--verbose');
let numeric = 0;
let checked = 0;
let mutants = 0;
let withinRounding = 0;
let caught = 0;
let located = 0;
for (const truth of loadTruths())
  for (const fixture of fixturesOf(truth)) {
    const r = runMutations(fixture, await loadFixture(fixture), every);
    numeric += r.numericCells;
    checked += r.checkedCells;
    mutants += r.mutants;
    withinRounding += r.withinRounding;
    caught += r.caught;
    located += r.located;
    console.log(`${fixture}: ${r.mutants} mutants, caught ${r.caught}, located ${r.located} (cells read by a relation: ${r.checkedCells} of ${r.numericCells})`);
    if (verbose) {
      for (const m of r.missed) console.log(`    missed ${m.cell.tableId} r${m.cell.row} c${m.cell.col}: ${m.from} → ${m.to}`);
      for (const m of r.unlocated) console.log(`    not located ${m.cell.tableId} r${m.cell.row} c${m.cell.col}: ${m.from} → ${m.to}`);
    }
  }
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;
console.log(`\n${mutants} mutants: caught ${caught} (${pct(caught, mutants)}), located ${located} (${pct(located, mutants)}); cells read by some relation: ${checked} of ${numeric} numeric table cells (${pct(checked, numeric)}); ${withinRounding} changes inside the rounding of every relation through the cell, not counted`);

let figures = 0;
let proseMutants = 0;
let proseCaught = 0;
let proseLocated = 0;
for (const truth of loadTruths())
  for (const fixture of fixturesOf(truth)) {
    const r = runProseMutations(fixture, await loadFixture(fixture), every);
    figures += r.checkedFigures;
    proseMutants += r.mutants;
    proseCaught += r.caught;
    proseLocated += r.located;
    if (verbose) for (const m of r.missed) console.log(`    prose missed ${fixture} block ${m.ref.block}@${m.ref.start}: ${m.from} → ${m.to}`);
  }
console.log(`${proseMutants} prose mutants (of ${figures} figures some check reads): caught ${proseCaught} (${pct(proseCaught, proseMutants)}), located ${proseLocated} (${pct(proseLocated, proseMutants)})`);
