/**
 * `npx tsx test/bench/checker.bench.ts`: the mutation measure per kind of error, the false-flag
 * rate, and the time to check a 50 x 20 table (budget 200 ms, median of several runs).
 */
import { checkTable } from "../../src/core/check";
import { loadCorpus } from "../check/corpus";
import { measure, seeded, writeLike } from "../check/mutation";

const BUDGET_MS = 200;
const RUNS = 7;

/** A 50-row, 20-column cost table: weekly rates, beds, annual = weekly x beds x 52, and sums. */
function wideTable(): string[][] {
  const random = seeded(50);
  const header = ["Home", ...Array.from({ length: 19 }, (_, i) => `Column ${i + 1}`)];
  const rows = Array.from({ length: 49 }, (_, r) => {
    const weekly = 1500 + Math.round(random() * 300000) / 100;
    const beds = 1 + Math.floor(random() * 9);
    const annual = Math.round(weekly * beds * 52 * 100) / 100;
    const others = Array.from({ length: 15 }, () => Math.round(random() * 1e7) / 100);
    const total = Math.round((annual + others.reduce((s, v) => s + v, 0)) * 100) / 100;
    return [
      `Home ${r + 1}`,
      writeLike("£1,000.00", weekly),
      String(beds),
      writeLike("£1,000.00", annual),
      ...others.map((v) => writeLike("£1,000.00", v)),
      writeLike("£1,000.00", total),
    ];
  });
  return [header, ...rows];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const report = measure(loadCorpus());
console.log("Mutation harness (seeded): detection = error found at its cell");
for (const k of report.kinds) {
  console.log(
    `  ${k.kind.padEnd(34)} ${String(k.detected).padStart(4)} / ${String(k.injected).padEnd(4)} ${((100 * k.detected) / k.injected).toFixed(1)}%`
  );
}
console.log(
  `  ${"all kinds".padEnd(34)} ${(100 * report.detectionRate).toFixed(1)}%  (target >= 95%)`
);
console.log(
  `False flags: ${report.falseFlags} on ${report.correctFigures} correct figures = ${report.falseFlagRate.toFixed(2)} per 100 (target <= 1)`
);

const table = wideTable();
checkTable(table);
const times = Array.from({ length: RUNS }, () => {
  const start = performance.now();
  checkTable(table);
  return performance.now() - start;
});
const ms = median(times);
console.log(
  `50 x 20 table: median ${ms.toFixed(1)} ms over ${RUNS} runs (budget ${BUDGET_MS} ms)${ms < BUDGET_MS ? "" : "  OVER BUDGET"}`
);
