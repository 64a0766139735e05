/**
 * The review schedule: the figure map laid out one row a figure with a comment column and a place
 * to sign off, written through the preview's workbook (HyperFormula), where figures must stay
 * text exactly as the report writes them.
 */
import type { ReportCheck } from "../../src/report";
import { reviewSchedule } from "../../src/report";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { FORMAT } from "../../src/tables/formats";

/** A check written by hand: three figures that would read as numbers, a date or a formula. */
const CHECK: ReportCheck = {
  findings: [
    {
      source: "prose",
      stated: "12%",
      line: 40,
      quote: "KCC occupies 12%.",
      expected: "13%",
      relation: "42 children / 336 beds",
      ref: "F2",
    },
  ],
  figures: [
    {
      id: "F1",
      stated: "£3.564m",
      paragraph: "5.10",
      line: 12,
      meaning: "money a year",
      status: "agrees",
      source: "derived: £4,557 a week x 15 beds x 365/7",
      from: ["F3", "F4"],
    },
    {
      id: "F2",
      stated: "12%",
      section: "Background",
      line: 40,
      meaning: "percentage",
      status: "finding",
      source: "finding: 42 children / 336 beds",
      from: [],
    },
    {
      id: "F3",
      stated: "-£74,074",
      line: 3,
      meaning: "money",
      status: "unverified",
      source: "unverified: nothing in the report gives it",
      from: [],
    },
  ],
  tables: [],
  notes: [],
};

test("one row a figure under the column headings, then the sign-off", () => {
  const plan = reviewSchedule("kent.txt", CHECK);
  expect(plan.cells.map((row) => row.length)).toEqual(Array(plan.cells.length).fill(6));
  expect(plan.cells[0][0]).toBe("Review schedule: kent.txt");
  expect(plan.cells[3]).toEqual([
    "Figure",
    "Paragraph",
    "Line",
    "Source",
    "Status",
    "Reviewer's comment",
  ]);
  expect(plan.cells.slice(4, 7)).toEqual([
    ["'£3.564m", "'5.10", 12, "'derived: £4,557 a week x 15 beds x 365/7", "Agrees", ""],
    ["'12%", "'Background", 40, "'finding: 42 children / 336 beds", "Finding", ""],
    ["'-£74,074", "", 3, "'unverified: nothing in the report gives it", "Unverified", ""],
  ]);
  expect(plan.cells.slice(7).map((row) => row[0])).toEqual(["", "Reviewed by", "Date"]);
  expect(plan.headingRows).toEqual([3]);
  // The comment of every figure and the two sign-off answers are the reviewer's to fill in.
  expect(plan.inputCells).toEqual([
    { row: 4, column: 5 },
    { row: 5, column: 5 },
    { row: 6, column: 5 },
    { row: 8, column: 1 },
    { row: 9, column: 1 },
  ]);
  expect(plan.numberFormats[5]).toEqual([
    FORMAT.general,
    FORMAT.general,
    FORMAT.whole,
    FORMAT.general,
    FORMAT.general,
    FORMAT.general,
  ]);
});

test("written to a new sheet, figures stay text as written: not 0.12, 5.1 or a formula", async () => {
  const workbook = new PreviewWorkbook();
  const written = await workbook.insertTable(reviewSchedule("kent.txt", CHECK), {
    kind: "newSheet",
  });
  expect(written).toEqual({ ok: true, sheet: "Review schedule", address: "A1:F10" });
  const rows = workbook.view("Review schedule").rows;
  // Five columns: HyperFormula leaves out the empty comment cells at the end of each row.
  const values = (r: number) => rows[r].map((cell) => cell.value);
  expect(values(4)).toEqual([
    "£3.564m",
    "5.10",
    12,
    "derived: £4,557 a week x 15 beds x 365/7",
    "Agrees",
  ]);
  expect(values(5).slice(0, 2)).toEqual(["12%", "Background"]);
  expect(values(6)[0]).toBe("-£74,074");
});
