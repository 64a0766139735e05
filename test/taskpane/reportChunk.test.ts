/**
 * Report mode's chunk: the report reader, the checker and mammoth are in report.js, loaded the
 * first time a report is checked, never in the pane's initial taskpane.js; and report.js, like
 * every file Excel loads, sends nothing anywhere.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "../../dist");
const read = (file: string) => {
  const path = join(DIST, file);
  if (!existsSync(path))
    throw new Error(`dist/${file} is missing: build first (npx webpack --mode production).`);
  return readFileSync(path, "utf8");
};

test("mammoth is in report.js and not in taskpane.js", () => {
  // mammoth's own default style map, a string no other part of CareCalc has.
  const mammoth = /p\[style-name='heading 1'\] => h1:fresh/;
  expect(read("report.js")).toMatch(mammoth);
  expect(read("taskpane.js")).not.toMatch(mammoth);
});

test("taskpane.js has one chunk to load on demand, report.js", () => {
  // webpack's runtime maps a chunk to its file name: here every chunk is report.js.
  expect(read("taskpane.js")).toMatch(/\.u=\w+=>"report\.js"/);
});

test("report.js makes no network calls and carries no HyperFormula", () => {
  const report = read("report.js");
  expect(report).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  expect(report).not.toMatch(/hyperformula|HyperFormula/);
});
