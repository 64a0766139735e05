/**
 * Real committee records other than the seeds (test/fixtures/reports/real, sources in the README
 * there), run end to end. Each relation below was worked out by hand from the text; none of these
 * records has a figure that contradicts another, so none may give a finding.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport, readText } from "../../src/report";

const check = (name: string) =>
  checkReport(
    readText(readFileSync(join(__dirname, `../fixtures/reports/real/${name}.txt`), "utf8"))
  );
const sourceOf = (name: string, stated: string) =>
  check(name)
    .figures.filter((f) => f.stated === stated)
    .map((f) => f.source);

test.each([
  "middlesbrough-2024-residential",
  "bracknell-forest-2024-residential-framework",
  "stockport-children-homes-business-case",
  "leicester-2022-childrens-homes",
  "devon-2024-fostering-allowances",
])("%s: no findings", (name) => {
  expect(check(name).findings).toEqual([]);
});

test("Middlesbrough: each total traced to the parts its sentence gives", () => {
  // £0.450m + £0.615m = £1.065m; £0.787m + £1.061m = £1.848m.
  expect(sourceOf("middlesbrough-2024-residential", "£1.065m")).toEqual([
    "derived: £0.450m + £0.615m",
  ]);
  expect(sourceOf("middlesbrough-2024-residential", "£1.848m")).toEqual([
    "derived: £0.787m + £1.061m",
  ]);
  // £1.915m is £1.065m + £0.850m from the sentences before it: not a total of the figures after it.
  expect(sourceOf("middlesbrough-2024-residential", "£1.915m")).toEqual([
    "unverified: nothing in the report gives it",
  ]);
});

test("Bracknell Forest: the initial term's £16,000,000 is the top of £3.5m-£4m a year for four years", () => {
  // The decision's lines are broken by blank lines mid-sentence; the range is read whole.
  const figures = check("bracknell-forest-2024-residential-framework").figures;
  expect(figures.find((f) => f.stated === "£3,500,000")?.meaning).toBe(
    "money a year (low end of a range)"
  );
  expect(sourceOf("bracknell-forest-2024-residential-framework", "£16,000,000")).toEqual([
    "derived: £4,000,000 a year (the high end of the range) x four year",
    "derived: £4,000,000 a year (the high end of the range) x 4 year",
  ]);
});
