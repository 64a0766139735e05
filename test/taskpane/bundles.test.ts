import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/* HyperFormula is GPL-3.0: it may be in preview.js, never in the bundles Excel loads. */
const DIST = join(__dirname, "../../dist");
const read = (file: string) => {
  const path = join(DIST, file);
  if (!existsSync(path))
    throw new Error(`dist/${file} is missing: build first (npx webpack --mode production).`);
  return readFileSync(path, "utf8");
};

test.each(["taskpane.js", "functions.js"])("%s does not contain HyperFormula", (file) => {
  expect(read(file)).not.toMatch(/hyperformula|HyperFormula/);
});

test("preview.js does contain it (so the check above would notice)", () => {
  expect(read("preview.js")).toMatch(/HyperFormula/);
});

test("taskpane.js is within its budget of 200 KB gzip", () => {
  expect(gzipSync(read("taskpane.js")).length).toBeLessThanOrEqual(200 * 1024);
});

/* Report mode's chunk: the reader, the checker and mammoth load the first time a report is checked. */
test("mammoth is in report.js and not in taskpane.js", () => {
  // mammoth's own default style map, a string no other part of CareCalc has.
  const mammoth = /p\[style-name='heading 1'\] => h1:fresh/;
  expect(read("report.js")).toMatch(mammoth);
  expect(read("taskpane.js")).not.toMatch(mammoth);
});

test("taskpane.js loads three chunks on demand, by name: chart.js, checker.js and report.js", () => {
  // webpack's runtime maps each chunk to its file name; no anonymous vendor chunk is left over.
  const map = /\.u=\w+=>\(\{([^}]*)\}\[\w+\]\+"\.js"\)/.exec(read("taskpane.js"))?.[1] ?? "";
  const names = [...map.matchAll(/"(\w+)"/g)].map((m) => m[1]).sort();
  expect(names).toEqual(["chart", "checker", "report"]);
});

/* The Check tab's engine: loaded the first time a table is checked, not when the pane opens. */
test("the checker is in checker.js and not in taskpane.js", () => {
  // The engine's own words for a relation found by search, which no other part of the pane has.
  const engine = /chance of coincidence below 1 in 10/;
  expect(read("checker.js")).toMatch(engine);
  expect(read("taskpane.js")).not.toMatch(engine);
});

test("report.js makes no network calls and carries no HyperFormula", () => {
  const report = read("report.js");
  expect(report).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  expect(report).not.toMatch(/hyperformula|HyperFormula/);
});
