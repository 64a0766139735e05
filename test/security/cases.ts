/**
 * The crafted files of issue 11, each built in the test (a few KB to a few MB, never committed),
 * with what `carecalc check` must do with it and the time and memory it may take.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { columnLetters as columnName } from "../../src/core/a1";
import { cellXml, rowXml, workbook, zip } from "./craft";

export interface CraftedCase {
  readonly id: string;
  /** What the file is, in the words of the README's table. */
  readonly summary: string;
  /** Writes the file into `dir` and gives its path. */
  readonly make: (dir: string) => string;
  /** The exit status carecalc must give. */
  readonly status: 0 | 1 | 2;
  /** What its output (stdout and stderr together) must say. */
  readonly says: RegExp;
  /** Wall-clock seconds and peak memory (MB) it may take on the 2-core build machine. */
  readonly seconds: number;
  readonly megabytes: number;
}

/** Hackney's contract value table (5.2.4), whose annual total has two digits transposed. */
export const CONTRACT_ROWS = [
  ["Contract Element", "Annual Cost (£ ex VAT)", "Total Contract Cost (£ ex VAT)"],
  ["Low Support Cost", "£4,388,575.80", "£35,108,606.40"],
  ["Medium Support Cost", "£276,480.24", "£2,211,841.92"],
  ["High Support Cost", "£132,900.12", "£1,063,200.96"],
  ["Total (£ ex VAT)", "£4,797,965.16", "£38,383,649.28"],
];
const FINDING = /B5 .*= Low Support Cost \+ Medium Support Cost \+ High Support Cost/;

const csv = (rows: readonly (readonly string[])[], separator = ",") =>
  rows
    .map((row) =>
      row
        .map((cell) => (/[",;\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(separator)
    )
    .join("\r\n") + "\r\n";

export const writer =
  (name: string, content: () => string | Buffer) =>
  (dir: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content());
    return path;
  };

export const xlsx = (name: string, content: () => Buffer) => writer(name, content);

/** A one-sheet workbook with a small table and one formula cell. */
function withFormula(formula: string, saved = 0, extra: string[] = []): Buffer {
  return workbook([
    {
      name: "Sheet1",
      rows: [
        rowXml(1, [
          cellXml("A1", "Beds"),
          cellXml("B1", 5),
          cellXml("C1", { formula, saved }),
          ...extra,
        ]),
      ],
    },
  ]);
}

export function* manyRows(count: number, formulaAt?: number): Generator<string> {
  yield rowXml(1, [cellXml("A1", "Placement"), cellXml("B1", "Weekly"), cellXml("C1", "Annual")]);
  for (let r = 2; r <= count; r++) {
    const weekly = 2000 + (r % 997);
    const annual =
      r === formulaAt
        ? cellXml(`C${r}`, { formula: `B${r}*52`, saved: weekly * 52 })
        : cellXml(`C${r}`, weekly * 52);
    yield rowXml(r, [cellXml(`A${r}`, `P${r}`), cellXml(`B${r}`, weekly), annual]);
  }
}

/** Placements: reference, weekly rate, annual cost (weekly x 52); one annual £1,000 out if `wrongAt` is given. */
function placementsCsv(count: number, wrongAt?: number): string {
  return [
    "Placement,Weekly,Annual",
    ...Array.from({ length: count - 1 }, (_, i) => {
      const r = i + 2;
      const weekly = 2000 + (r % 997);
      return `P${r},${weekly},${weekly * 52 + (r === wrongAt ? 1000 : 0)}`;
    }),
  ].join("\n");
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  return order === "le" ? le : le.swap16();
}

export const CASES: readonly CraftedCase[] = [
  {
    id: "sparse-corners",
    summary: "a 2-cell workbook with cells at A1 and XFD1048576",
    make: xlsx("corners.xlsx", () =>
      workbook([
        {
          name: "Sheet1",
          rows: [rowXml(1, [cellXml("A1", 1)]), rowXml(1048576, [cellXml("XFD1048576", 2)])],
        },
      ])
    ),
    status: 0,
    says: /no inconsistencies found \(checked 2 tables/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "huge-range-sum",
    summary: "a formula over a huge range, =SUM(E1:ZZ40000)",
    make: xlsx("sum.xlsx", () => withFormula("SUM(E1:ZZ40000)")),
    status: 2,
    says: /C1.*cells/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "huge-range-share",
    summary: "=CARE.SHARE(100, E1:XFD40000), a range of 655 million cells",
    make: xlsx("share.xlsx", () => withFormula("_xldudf_CARE_SHARE(100,E1:XFD40000)")),
    status: 2,
    says: /C1.*cells/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "sequence-spill",
    summary: "=SEQUENCE(40000,18278), a spill of 731 million cells",
    make: xlsx("sequence.xlsx", () => withFormula("_xlfn.SEQUENCE(40000,18278)", 1)),
    status: 2,
    says: /C1.*spill/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "mmult",
    summary: "=MMULT of two 3000 x 3000 ranges",
    make: xlsx("mmult.xlsx", () =>
      withFormula(`MMULT(A1:${columnName(2999)}3000,A1:${columnName(2999)}3000)`)
    ),
    status: 2,
    says: /C1.*cells/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "million-rows",
    summary: "a workbook of 1,048,576 rows (about 12 MB)",
    make: xlsx("million.xlsx", () =>
      workbook([{ name: "Placements", rows: manyRows(1048576, 5) }])
    ),
    status: 2,
    says: /not checked/,
    seconds: 150,
    megabytes: 2500,
  },
  {
    id: "money-spaces",
    summary: 'a cell "£" followed by 3,000 spaces',
    make: writer("money.csv", () => csv([...CONTRACT_ROWS, ["Note", `£${" ".repeat(3000)}!`, ""]])),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "footnote-stars",
    summary: "a cell of a figure and 30,000 asterisks followed by a letter",
    make: writer("stars.csv", () =>
      csv([...CONTRACT_ROWS, ["Note", `1${"*".repeat(30000)}x`, ""]])
    ),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "ragged-csv",
    summary: "a ragged 1.2 MB CSV: one row of 300,000 fields, then 300,000 rows of one",
    make: writer("ragged.csv", () => "1,".repeat(300000) + "\n" + "1\n".repeat(300000)),
    status: 2,
    says: /cells/,
    seconds: 30,
    megabytes: 800,
  },
  {
    id: "xldudf",
    summary: 'a formula of "_xldudf_CARE_" written 2,500 times (32,500 characters)',
    make: xlsx("xldudf.xlsx", () => withFormula("_xldudf_CARE_".repeat(2500))),
    status: 2,
    says: /C1/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "term-spaces",
    summary: "=CARE.TERMYEARS of a 30,000-character term",
    make: xlsx("term.xlsx", () =>
      withFormula("_xldudf_CARE_TERMYEARS(D1)", 4, [cellXml("D1", `4${" ".repeat(30000)}x`)])
    ),
    status: 2,
    says: /C1: cannot recompute =_xldudf_CARE_TERMYEARS\(D1\) \(#VALUE! term "4 +\.\.\. \(30,\d+ characters\)\)/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "rows-130k-csv",
    summary: "a CSV of 130,000 rows whose annual column is weekly x 52 throughout, checked whole",
    make: writer("rows.csv", () => placementsCsv(130000)),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 90,
    megabytes: 1600,
  },
  {
    id: "rows-130k-csv-finding",
    // £9 would be inside what a weekly rate printed to the pound allows (52 x ±£0.50 = ±£26).
    summary: "the same CSV with one annual cost £1,000 too high on row 120,000",
    make: writer("wrong.csv", () => placementsCsv(130000, 120000)),
    status: 1,
    says: /C120000/,
    seconds: 90,
    megabytes: 1600,
  },
  {
    id: "rows-200k-xlsx",
    summary: "a workbook of 200,000 rows",
    make: xlsx("rows.xlsx", () => workbook([{ name: "Placements", rows: manyRows(200000, 7) }])),
    status: 2,
    says: /not checked/,
    seconds: 60,
    megabytes: 1200,
  },
  {
    id: "formula-8000",
    summary: "a formula of 8,000 characters (Excel allows 8,192)",
    make: xlsx("long.xlsx", () => withFormula(Array(4000).fill("1").join("+"), 4000)),
    status: 0,
    says: /no inconsistencies/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "rows-50k-formula",
    summary: "a formula on row 50,000 (past the engine's default 40,000 rows)",
    make: xlsx("deep.xlsx", () => workbook([{ name: "Placements", rows: manyRows(50000, 50000) }])),
    status: 0,
    says: /no inconsistencies found/,
    seconds: 90,
    megabytes: 1200,
  },
  {
    id: "latin1",
    summary: "the contract table saved as Windows-1252 (Excel's CSV; £ is byte 0xA3)",
    make: writer("latin1.csv", () => Buffer.from(csv(CONTRACT_ROWS), "latin1")),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "utf16le",
    summary: "the contract table as Excel's Unicode text (UTF-16 LE with BOM, tab-separated)",
    make: writer("unicode.csv", () => utf16(csv(CONTRACT_ROWS, "\t"), "le")),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "utf16be",
    summary: "the contract table as UTF-16 BE with BOM",
    make: writer("unicode-be.csv", () => utf16(csv(CONTRACT_ROWS), "be")),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "semicolons",
    summary: "the contract table separated by semicolons, with decimal commas",
    make: writer("semicolons.csv", () =>
      csv(
        CONTRACT_ROWS.map((row) =>
          row.map((cell) =>
            cell.startsWith("£") ? cell.replace(/[£,]/g, "").replace(".", ",") : cell
          )
        ),
        ";"
      )
    ),
    status: 1,
    says: FINDING,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "empty",
    summary: "an empty file",
    make: writer("empty.csv", () => ""),
    status: 2,
    says: /empty|nothing/i,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "skipped-table",
    summary:
      "one table of 10,001 rows by 60 columns (600,060 cells), more than the checker reads as one table, and nothing else",
    make: writer("large.csv", () =>
      Array.from({ length: 10001 }, (_, r) =>
        Array.from({ length: 60 }, (_, c) =>
          r === 0 ? `Year ${c + 1}` : String(1000 + r * 60 + c)
        ).join(",")
      ).join("\n")
    ),
    status: 2,
    says: /not checked/,
    seconds: 30,
    megabytes: 800,
  },
  {
    id: "table-beside-far-table",
    summary:
      "two small tables 16,000 columns apart on the same rows, each checked without laying out the gap",
    make: xlsx("apart.xlsx", () =>
      workbook([
        {
          name: "Sheet1",
          rows: Array.from({ length: 400 }, (_, r) =>
            rowXml(r + 1, [
              cellXml(`A${r + 1}`, 2000 + (r % 997)),
              cellXml(`B${r + 1}`, (2000 + (r % 997)) * 52),
              cellXml(`XFC${r + 1}`, 2000 + (r % 997)),
              cellXml(`XFD${r + 1}`, (2000 + (r % 997)) * 52),
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
  {
    id: "fifo",
    summary: "a FIFO named table.csv",
    make: (dir) => {
      const path = join(dir, "fifo.csv");
      execFileSync("mkfifo", [path]);
      return path;
    },
    status: 2,
    says: /not a regular file/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "dev-zero",
    summary: "a symbolic link to /dev/zero named table.csv",
    make: (dir) => {
      const path = join(dir, "zero.csv");
      symlinkSync("/dev/zero", path);
      return path;
    },
    status: 2,
    says: /not a regular file/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "terminal-controls",
    summary: "a sheet name with U+202E and a formula with U+009B (CSI) whose saved value is wrong",
    make: xlsx("controls.xlsx", () =>
      workbook([
        {
          name: "Rates\u202Egnp.exe",
          rows: [rowXml(1, [cellXml("A1", { formula: 'LEN("\u009b31m")', saved: 9 })])],
        },
      ])
    ),
    status: 1,
    says: /\\u202e|\\u009b/i,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "megabyte-formula",
    summary: "a 1 MB formula that cannot be recalculated",
    make: xlsx("megaformula.xlsx", () =>
      withFormula(`NOSUCHFUNCTION("${"x".repeat(1 << 20)}")`, 1)
    ),
    status: 2,
    says: /C1/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "zip-entries",
    summary: "a workbook zip of 20,000 entries",
    make: xlsx("entries.xlsx", () =>
      zip(
        Array.from({ length: 20000 }, (_, i) => ({
          name: `xl/media/f${i}.bin`,
          data: Buffer.alloc(0),
          stored: true,
        }))
      )
    ),
    status: 2,
    says: /it holds 20,000 files in its zip package, more than the 10,000 CareCalc opens/,
    seconds: 10,
    megabytes: 400,
  },
  {
    id: "zip-bomb",
    summary: "a 64 KB workbook whose sheet declares it inflates to 2 GB",
    make: xlsx("bomb.xlsx", () =>
      workbook(
        [],
        [
          {
            name: "xl/worksheets/sheet1.xml",
            data: Buffer.alloc(64 << 20, 0x20),
            declaredSize: 2 ** 31,
          },
        ]
      )
    ),
    status: 2,
    says: /would inflate to more than 1,024 MB/,
    seconds: 20,
    megabytes: 400,
  },
  {
    id: "zip-bomb-lying",
    summary: "a 64 KB workbook whose sheet declares 1 KB and inflates to 64 MB",
    make: xlsx("liar.xlsx", () =>
      // The bomb replaces the sheet's part (a reader keeps the last entry of a name).
      workbook(
        [{ name: "Sheet1", rows: [] }],
        [
          {
            name: "xl/worksheets/sheet1.xml",
            data: Buffer.alloc(64 << 20, 0x20),
            declaredSize: 1024,
          },
        ]
      )
    ),
    status: 2,
    says: /inflates beyond the 1,024 bytes it declares/,
    seconds: 20,
    megabytes: 400,
  },
];
