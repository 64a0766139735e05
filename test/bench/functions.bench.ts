/**
 * Speed of every CARE function as Excel calls it (the built bundle), against a plain floating-point
 * version of the same arithmetic, and the size of the bundle. Run with `npm run bench`.
 * Budgets: median under 20 microseconds a call; functions.js at most 60 KB minified.
 * ONLY=SHARE times one function alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { loadFunctionsBundle } from "../../src/hyperformula/loadFunctionsBundle";

const DIST = join(__dirname, "..", "..", "dist");
const CALLS = 10_000;
const BATCHES = 20;
const BUDGET_MICROSECONDS = 20;
const BUDGET_BUNDLE_BYTES = 60 * 1024;

type Args = unknown[];
interface Workload {
  /** The i-th call's arguments: they vary so no result is computed twice. */
  args: (i: number) => Args;
  /** The same arithmetic in binary floating point, the baseline. */
  float: (i: number) => unknown;
}

const bids = (i: number) => [[100 + (i % 50), 125, 200, 180]];
const weekly = (i: number) => 2000 + (i % 1000) / 100;
/** A planned occupancy in whole tenths of a percent, 50% to 99.9%. */
const occupancy = (i: number) => 0.5 + (i % 500) / 1000;
const binomial = (beds: number, rate: number) => {
  let ways = 1;
  return Array.from({ length: beds + 1 }, (_, k) => {
    const row = [k, ways * rate ** k * (1 - rate) ** (beds - k)];
    ways = (ways * (beds - k)) / (k + 1);
    return row;
  });
};

const WORKLOADS: Record<string, Workload> = {
  ANNUAL: { args: (i) => [weekly(i)], float: (i) => weekly(i) * 52 },
  WEEKLY: { args: (i) => [weekly(i) * 52], float: (i) => (weekly(i) * 52) / 52 },
  BLOCKCOST: {
    args: (i) => [weekly(i), 5, 8, null, 0.03],
    float: (i) => [0, 1, 2, 3, 4, 5, 6, 7].reduce((t, y) => t + weekly(i) * 5 * 52 * 1.03 ** y, 0),
  },
  SPOTCOST: {
    args: (i) => [weekly(i), 3.5, 1, "365/7"],
    float: (i) => (weekly(i) * 3.5 * 365) / 7,
  },
  SPOTSAVING: {
    args: (i) => [weekly(i) + 200, weekly(i), 4, 3, 8],
    float: (i) => ((weekly(i) + 200) * 3 - weekly(i) * 4) * 52 * 8,
  },
  BREAKEVEN: {
    args: (i) => [184308.8, 120000 + i, 5],
    float: (i) => ((120000 + i) * 5) / 184308.8,
  },
  SAVINGSGRID: {
    args: (i) => [184308.8, 120000 + i, 5, 8, 1],
    float: (i) =>
      [5, 4, 3, 2, 1, 0].map((o) => [
        o,
        o / 5,
        184308.8 * o - (120000 + i) * 5,
        (184308.8 * o - (120000 + i) * 5) * 8,
      ]),
  },
  TERMYEARS: {
    args: (i) => [`${1 + (i % 5)}+2+2`],
    float: (i) => `${1 + (i % 5)}+2+2`.split("+").reduce((t, p) => t + Number(p), 0),
  },
  WHOLELIFE: {
    args: (i) => [685419.8 + i, "4+2+2", 0.02, 10000, 4],
    float: (i) =>
      [0, 1, 2, 3, 4, 5, 6, 7].reduce((t, y) => t + (685419.8 + i) * 1.02 ** y, 0) + 5 * 10000,
  },
  TIERRATE: {
    args: (i) => [weekly(i), [[151.91, 73.02]], 3],
    float: (i) => weekly(i) + 151.91 + 73.02,
  },
  ATRISK: { args: (i) => [weekly(i), 0.07], float: (i) => weekly(i) * 0.07 },
  UPLIFT: { args: (i) => [weekly(i), 0.03, 5], float: (i) => weekly(i) * 1.03 ** 5 },
  PRICESCORE: {
    args: (i) => [125, bids(i), 50],
    float: (i) => (50 * Math.min(...bids(i)[0])) / 125,
  },
  QUALITYSCORE: {
    args: (i) => [[[i % 6, 3, 4, 2]], [[25, 10, 10, 5]], 5],
    float: (i) => ((i % 6) / 5) * 25 + (3 / 5) * 10 + (4 / 5) * 10 + (2 / 5) * 5,
  },
  TENDERSCORE: {
    args: (i) => [35.5, 125, bids(i), 50],
    float: (i) => 35.5 + (50 * Math.min(...bids(i)[0])) / 125,
  },
  LOWBIDFLAG: {
    args: (i) => [bids(i)[0][0], bids(i)],
    float: (i) => {
      const sorted = [...bids(i)[0]].sort((a, b) => a - b);
      const mean = sorted.slice(0, -1).reduce((a, b) => a + b, 0) / (sorted.length - 1);
      return sorted[0] < 0.85 * mean && sorted[0] < 0.99 * sorted[1];
    },
  },
  SHARE: {
    args: (i) => [38383649.28 + i / 100, [[5, 5, 5, 5, 5, 5, 5]]],
    float: (i) => Array.from({ length: 7 }, () => (38383649.28 + i / 100) / 7),
  },
  ROUNDTOTAL: {
    // The partnership table: seven shares of a year's cost, shown in whole pounds.
    args: (i) => [Array.from({ length: 7 }, () => [(1000000 + i) / 7]), 0],
    float: (i) => Array.from({ length: 7 }, () => Math.round((1000000 + i) / 7)),
  },
  DISCOUNTFACTOR: { args: (i) => [i % 60], float: (i) => 1 / 1.035 ** (i % 60) },
  NPV: {
    args: (i) => [[[100 + i, 100, 100, 100, 100]]],
    float: (i) => [100 + i, 100, 100, 100, 100].reduce((t, c, y) => t + c / 1.035 ** y, 0),
  },
  CHECK: {
    args: (i) => ["£4,797,965.16", 4797956.16 + (i % 100) / 100],
    float: (i) => Math.abs(4797965.16 - (4797956.16 + (i % 100) / 100)) <= 0.005,
  },
  MONEY: {
    args: (i) => [`£${100 + (i % 900)},388.80`],
    float: (i) => Number(`£${100 + (i % 900)},388.80`.replace(/[£,]/g, "")),
  },
  OCCUPANCYDIST: {
    args: (i) => [5, occupancy(i)],
    float: (i) => binomial(5, occupancy(i)),
  },
  SAVINGRISK: {
    args: (i) => [685500 + i, 184308.8, 5, [[occupancy(i)]], 1],
    float: (i) => {
      const chances = binomial(5, occupancy(i)).map((row) => row[1]);
      const savings = chances.map((_, k) => 184308.8 * k - (685500 + i));
      const mean = chances.reduce((t, p, k) => t + p * k, 0);
      const variance = chances.reduce((t, p, k) => t + p * (k - mean) ** 2, 0);
      const at = (q: number) => {
        let cumulative = 0;
        return savings.find((_, k) => (cumulative += chances[k]) >= q) ?? savings[5];
      };
      return [
        184308.8 * mean - (685500 + i),
        184308.8 * Math.sqrt(variance),
        chances.filter((_, k) => savings[k] < 0).reduce((t, p) => t + p, 0),
        at(0.05),
        at(0.5),
        at(0.95),
      ];
    },
  },
  REALISEDSAVING: {
    args: (i) => [56000 + i, 3544.4, 100 + (i % 55)],
    float: (i) => (3544.4 * (100 + (i % 55))) / 7 - (56000 + i),
  },
  COSTPEROCCUPIED: {
    args: (i) => [56000 + i, 100 + (i % 55)],
    float: (i) => ((56000 + i) * 7) / (100 + (i % 55)),
  },
  OCCUPANCY: {
    args: (i) => [100 + (i % 55), 5, 31],
    float: (i) => (100 + (i % 55)) / (5 * 31),
  },
};

/** Functions whose cost is the checker's, timed where that has its own budget. */
const UNTIMED: Record<string, string> = {
  CHECKTABLE: "see checker.bench.ts (50 x 20 under 200 ms)",
};

/** Median time a call, in microseconds, over batches of the workload. */
function medianMicroseconds(run: (i: number) => unknown): number {
  const perBatch = CALLS / BATCHES;
  const times: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const start = performance.now();
    for (let i = batch * perBatch; i < (batch + 1) * perBatch; i++) run(i);
    times.push(((performance.now() - start) * 1000) / perBatch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const { runtime, metadata } = loadFunctionsBundle(DIST, { isolated: false });
const rows: string[][] = [];
let overBudget = 0;
for (const { id } of metadata.functions.filter(
  (f) => !process.env.ONLY || f.id === process.env.ONLY
)) {
  const workload = WORKLOADS[id];
  if (!workload) {
    rows.push([id, UNTIMED[id] ?? "no workload: add one", "", "", ""]);
    continue;
  }
  const fn = runtime.registry.get(id)!;
  medianMicroseconds((i) => fn(...workload.args(i))); // warm-up
  const exact = medianMicroseconds((i) => fn(...workload.args(i)));
  const float = medianMicroseconds(workload.float);
  if (exact > BUDGET_MICROSECONDS) overBudget++;
  rows.push([
    id,
    exact.toFixed(2),
    Math.round(1e6 / exact).toLocaleString("en-GB"),
    (exact / float).toFixed(0),
    exact <= BUDGET_MICROSECONDS ? "ok" : "OVER",
  ]);
}

const bundleBytes = readFileSync(join(DIST, "functions.js"));
console.log(
  `\nCARE functions: ${CALLS.toLocaleString("en-GB")} calls each, median of ${BATCHES} batches (budget ${BUDGET_MICROSECONDS} µs a call)\n`
);
console.log(
  ["function", "µs/call", "calls/s", "x float", "budget"].map((h) => h.padEnd(14)).join("")
);
rows.forEach((row) => console.log(row.map((c) => c.padEnd(14)).join("")));
console.log(
  `\nfunctions.js: ${(bundleBytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bundleBytes).length / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BUNDLE_BYTES / 1024} KB minified): ${
    bundleBytes.length <= BUDGET_BUNDLE_BYTES ? "ok" : "OVER"
  }`
);
console.log(
  overBudget === 0
    ? "Every function is within its budget."
    : `${overBudget} function(s) over budget.`
);
