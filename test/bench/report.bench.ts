/**
 * `npx tsx test/bench/report.bench.ts`: checking a 40-page report (budget 2 s), built by repeating
 * the seed reports' text: every paragraph read, every figure traced, every table checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport, readText } from "../../src/report";

const BUDGET_MS = 2000;
const RUNS = 5;
/** A printed A4 page of a committee report holds about 3,000 characters of text. */
const PAGE = 3000;
const PAGES = 40;

const folder = join(__dirname, "../fixtures/reports");
const seeds = readdirSync(folder)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(folder, f), "utf8"));
let text = "";
for (let i = 0; text.length < PAGES * PAGE; i++) text += `${seeds[i % seeds.length]}\n\n`;

const times: number[] = [];
let figures = 0;
let tables = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const check = checkReport(readText(text));
  times.push(performance.now() - start);
  figures = check.figures.length;
  tables = check.tables.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];
console.log(
  `report of ${Math.round(text.length / PAGE)} pages (${text.length.toLocaleString("en-GB")} characters, ${figures} figures, ${tables} tables): median ${median.toFixed(0)} ms over ${RUNS} runs (budget ${BUDGET_MS} ms)${median < BUDGET_MS ? "" : "  OVER BUDGET"}`
);
if (median >= BUDGET_MS) process.exitCode = 1;
