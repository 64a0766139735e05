/**
 * Cases that wait for the new checking engine (src/review/), NOT run by the suite yet: each is a
 * valid file that today's table checker does not check (its 5,000-cell limit and its rows x columns
 * table finder), so `carecalc check` honestly exits 2 for it. Once the engine, linear and without a
 * cell limit, replaces the adapter in src/cli/tableChecker.ts, move these into CASES (cases.ts):
 * each must then check the whole file within the same bounds.
 */
import { cellXml, rowXml, workbook } from "./craft";
import type { CraftedCase } from "./cases";
import { manyRows, writer, xlsx } from "./cases";

/** Rows of a placement, its weekly rate and annual cost (weekly x 52), as the crafted cases write them. */
const weekly = (r: number) => 2000 + (r % 997);
const csvRows = (count: number, wrongAt?: number) =>
  [
    "Placement,Weekly,Annual",
    ...Array.from({ length: count - 1 }, (_, i) => {
      const r = i + 2;
      const annual = weekly(r) * 52 + (r === wrongAt ? 9 : 0);
      return `P${r},${weekly(r)},${annual}`;
    }),
  ].join("\n");

export const PENDING_CHECKER_CASES: readonly CraftedCase[] = [
  {
    id: "rows-130k-csv-checked",
    summary: "a CSV of 130,000 rows whose annual column is weekly x 52 throughout",
    make: writer("rows.csv", () => csvRows(130000)),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 60,
    megabytes: 1200,
  },
  {
    id: "rows-130k-csv-finding",
    summary: "the same CSV with one annual cost £9 too high on row 120,000",
    make: writer("wrong.csv", () => csvRows(130000, 120000)),
    status: 1,
    says: /C120000/,
    seconds: 60,
    megabytes: 1200,
  },
  {
    id: "rows-200k-xlsx-checked",
    summary: "a workbook of 200,000 such rows",
    make: xlsx("rows.xlsx", () => workbook([{ name: "Placements", rows: manyRows(200000, 7) }])),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 90,
    megabytes: 1500,
  },
  {
    id: "million-rows-checked",
    summary: "a workbook of 1,048,576 such rows",
    make: xlsx("million.xlsx", () =>
      workbook([{ name: "Placements", rows: manyRows(1048576, 5) }])
    ),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 180,
    megabytes: 3000,
  },
  {
    id: "table-beside-far-table",
    summary: "two small tables 16,000 columns apart on the same rows (the finder lays out the gap)",
    make: xlsx("apart.xlsx", () =>
      workbook([
        {
          name: "Sheet1",
          rows: Array.from({ length: 400 }, (_, r) =>
            rowXml(r + 1, [
              cellXml(`A${r + 1}`, weekly(r)),
              cellXml(`B${r + 1}`, weekly(r) * 52),
              cellXml(`XFC${r + 1}`, weekly(r)),
              cellXml(`XFD${r + 1}`, weekly(r) * 52),
            ])
          ),
        },
      ])
    ),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 30,
    megabytes: 800,
  },
];
