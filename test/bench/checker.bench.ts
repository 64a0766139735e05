/**
 * `npx tsx test/bench/checker.bench.ts` (part of `npm run bench`): how well the reviewer engine
 * does on real published tables: the sets each first scored unseen and studied since (the
 * twenty-seventh, twenty-sixth, twenty-fifth, twenty-fourth, twenty-third, twenty-second, twenty-first, twentieth, nineteenth, eighteenth, seventeenth, sixteenth, fifteenth, fourteenth, thirteenth, twelfth, eleventh, tenth, ninth, eighth, seventh, sixth, fifth and fourth rounds and the unseen set of 30 November, the held-out set, the
 * corpus's test half; each first score is in its README or the closing notes), the development half
 * and the seed reports' tables, and how long it takes on placement lists of 1,000, 20,000 and 100,000 cells.
 *
 * Budgets (issue 7): at least 90% of planted errors found at the right cell on unseen tables, no
 * false flag on a correct table, a 20,000-cell list in at most 30 times the time of a 1,000-cell
 * one, a 100,000-cell sheet in under 10 s.
 */
import { loadPublished, PublishedTable } from "../../scripts/verify-published";
import { checkSheet, gridCells } from "../../src/review";
import {
  eighteenthRoundTables,
  eighthRoundTables,
  eleventhRoundTables,
  twelfthRoundTables,
  twentiethRoundTables,
  twentyFirstRoundTables,
  twentySecondRoundTables,
  twentyThirdRoundTables,
  twentyFourthRoundTables,
  twentyFifthRoundTables,
  twentySixthRoundTables,
  twentySeventhRoundTables,
  twentyEighthRoundTables,
  twentyNinthRoundTables,
  thirtiethRoundTables,
  thirtyFirstRoundTables,
  thirtySecondRoundTables,
  thirtyThirdRoundTables,
  thirtyFourthRoundTables,
  thirtyFifthRoundTables,
  thirtySixthRoundTables,
  thirtySeventhRoundTables,
  thirtyEighthRoundTables,
  thirtyNinthRoundTables,
  fortiethRoundTables,
  fortyFirstRoundTables,
  fifteenthRoundTables,
  fifthRoundTables,
  fourteenthRoundTables,
  fourthRoundTables,
  heldOutTables,
  nineteenthRoundTables,
  ninthRoundTables,
  publishedTables,
  seventeenthRoundTables,
  seventhRoundTables,
  sixteenthRoundTables,
  sixthRoundTables,
  tenthRoundTables,
  thirteenthRoundTables,
  unseenTables,
} from "../review/published";
import { placementList } from "../review/placementList";
import { score, scoreLines } from "../review/scoring";
import { join } from "node:path";

const SEED_TABLES = join(__dirname, "..", "fixtures", "seed-tables");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(rows: number, runs: number): { cells: number; ms: number; findings: number } {
  const grid = placementList(rows);
  const cells = grid.length * grid[0].length;
  let findings = 0;
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    const result = checkSheet(gridCells(grid));
    findings = result.tables.reduce((n, t) => n + t.check.findings.length, 0);
    return performance.now() - start;
  });
  return { cells, ms: median(times), findings };
}

function report(name: string, tables: readonly PublishedTable[]): void {
  const s = score(tables);
  console.log(scoreLines(name, s).join("\n"));
  for (const detail of s.falseFlagDetails) console.log(`    false flag: ${detail}`);
}

report(
  "forty-first round (its one unseen score, 95.6% at the right cell and no false flag, is in its README)",
  fortyFirstRoundTables()
);
report(
  "fortieth round (its one unseen score, 95.6% at the right cell and 1 false flag, is in its README; studied since)",
  fortiethRoundTables()
);
report(
  "thirty-ninth round (its one unseen score, 96.3% at the right cell and no false flag, is in its README)",
  thirtyNinthRoundTables()
);
report(
  "thirty-eighth round (its one unseen score, 96.7% at the right cell and 3 false flags, is in its README; studied since)",
  thirtyEighthRoundTables()
);
report(
  "thirty-seventh round (its one unseen score, 94.9% at the right cell and 1 false flag, is in its README; studied since)",
  thirtySeventhRoundTables()
);
report(
  "thirty-sixth round (its one unseen score, 93.3% at the right cell and 3 false flags, is in its README; studied since)",
  thirtySixthRoundTables()
);
report(
  "thirty-fifth round (its one unseen score, 93.7% at the right cell and 5 false flags, is in its README; studied since)",
  thirtyFifthRoundTables()
);
report(
  "thirty-fourth round (its one unseen score, 95.2% at the right cell and 2 false flags, is in its README; studied since)",
  thirtyFourthRoundTables()
);
report(
  "thirty-third round (its one unseen score, 93.3% at the right cell and 1 false flag, is in its README; studied since)",
  thirtyThirdRoundTables()
);
report(
  "thirty-second round (its one unseen score, 95.7% at the right cell and 1 false flag, is in its README; studied since)",
  thirtySecondRoundTables()
);
report(
  "thirty-first round (its one unseen score, 95.2% at the right cell and 3 false flags, is in its README; studied since)",
  thirtyFirstRoundTables()
);
report(
  "thirtieth round (its one unseen score, 86.1% at the right cell and 3 false flags, is in its README; studied since)",
  thirtiethRoundTables()
);
report(
  "twenty-ninth round (its one unseen score, 93.1% at the right cell and 1 false flag, is in its README; studied since)",
  twentyNinthRoundTables()
);
report(
  "twenty-eighth round (its one unseen score, 93.7% at the right cell and 5 false flags, is in its README; studied since)",
  twentyEighthRoundTables()
);
report(
  "twenty-seventh round (its one unseen score, 90.8% at the right cell and 3 false flags, is in its README; studied since)",
  twentySeventhRoundTables()
);
report(
  "twenty-sixth round (its one unseen score, 85.2% at the right cell and 9 false flags, is in its README; studied since)",
  twentySixthRoundTables()
);
report(
  "twenty-fifth round (its one unseen score, 90.0% at the right cell and 5 false flags, is in its README; studied since)",
  twentyFifthRoundTables()
);
report(
  "twenty-fourth round (its one unseen score, 81.9% at the right cell and 4 false flags, is in its README; studied since)",
  twentyFourthRoundTables()
);
report(
  "twenty-third round (its one unseen score, 90.1% at the right cell and 6 false flags, is in its README; studied since)",
  twentyThirdRoundTables()
);
report(
  "twenty-second round (its one unseen score, 92.1% at the right cell and 10 false flags, is in its README; studied since)",
  twentySecondRoundTables()
);
report(
  "twenty-first round (its one unseen score, 84.2% at the right cell and 16 false flags, is in its README; studied since)",
  twentyFirstRoundTables()
);
report(
  "twentieth round (its one unseen score, 77.0% at the right cell and 7 false flags, is in its README; studied since)",
  twentiethRoundTables()
);
report(
  "nineteenth round (its one unseen score, 85.6% at the right cell and 13 false flags, is in its README; studied since)",
  nineteenthRoundTables()
);
report(
  "eighteenth round (its one unseen score, 86.4% at the right cell and 12 false flags, is in its README; studied since)",
  eighteenthRoundTables()
);
report(
  "seventeenth round (its one unseen score, 83.6% at the right cell and 8 false flags, is in its README; studied since)",
  seventeenthRoundTables()
);
report(
  "sixteenth round (its one unseen score, 82.3% at the right cell and 4 false flags, is in its README; studied since)",
  sixteenthRoundTables()
);
report(
  "fifteenth round (its one unseen score, 75.3% at the right cell and 2 false flags, is in its README; studied since)",
  fifteenthRoundTables()
);
report(
  "fourteenth round (its one unseen score, 79.5% at the right cell and 1 false flag, is in its README; studied since)",
  fourteenthRoundTables()
);
report(
  "thirteenth round (its one unseen score, 84.7% at the right cell and 3 false flags, is in its README; studied since)",
  thirteenthRoundTables()
);
report(
  "twelfth round (its one unseen score, 76.9% at the right cell and 7 false flags, is in its README; studied since)",
  twelfthRoundTables()
);
report(
  "eleventh round (its one unseen score, 80.2% at the right cell and 2 false flags, is in its README; studied since)",
  eleventhRoundTables()
);
report(
  "tenth round (its one unseen score, 79.9% at the right cell and 6 false flags, is in its README; studied since)",
  tenthRoundTables()
);
report(
  "ninth round (its one unseen score, 82.7% at the right cell and 2 false flags, is in its README; studied since)",
  ninthRoundTables()
);
report(
  "eighth round (its one unseen score, 80.9% at the right cell and 21 false flags, is in its README; studied since)",
  eighthRoundTables()
);
report(
  "seventh round (its one unseen score, 71.3% at the right cell and 10 false flags, is in its README; studied since)",
  seventhRoundTables()
);
report(
  "sixth round (its one unseen score, 87.3% at the right cell and 6 false flags, is in its README; studied since)",
  sixthRoundTables()
);
report(
  "fifth round (its one unseen score, 78.5% at the right cell and 24 false flags, is in its README; studied since)",
  fifthRoundTables()
);
report(
  "fourth round (its one unseen score, 84.8% at the right cell and 32 false flags, is in its README; studied since)",
  fourthRoundTables()
);
report(
  "unseen set (its one unseen score, 83.3% at the right cell and 7 false flags, is in its README; its false flags studied since)",
  unseenTables()
);
report("held-out set (first scored unseen; studied since)", heldOutTables());
report(
  "test half of the published corpus (first scored unseen; studied since)",
  publishedTables("test")
);
report("development half of the published corpus", publishedTables("dev"));
report(
  "seed reports' tables",
  loadPublished(SEED_TABLES).map((t) => t.table)
);

// Warm the engine, then time lists of placements with subtotals and a grand total.
timed(40, 1);
const small = timed(100, 5);
const medium = timed(2000, 3);
const large = timed(10000, 1);
const ratio = medium.ms / small.ms;
console.log("Placement lists (10 columns, a subtotal per provider, a grand total):");
for (const t of [small, medium, large]) {
  console.log(
    `  ${t.cells.toLocaleString("en-GB").padStart(7)} cells: ${t.ms.toFixed(0).padStart(6)} ms (${t.findings} findings)`
  );
}
console.log(
  `  20,000 cells take ${ratio.toFixed(1)} times 1,000 cells' time (budget at most 30)${ratio <= 30 ? "" : "  OVER BUDGET"}`
);
console.log(
  `  100,000 cells: ${(large.ms / 1000).toFixed(1)} s (budget under 10 s)${large.ms < 10_000 ? "" : "  OVER BUDGET"}`
);
