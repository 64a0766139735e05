/**
 * `carecalc check` as users run it: the BUILT command line (dist/cli.js, `npm test` builds it) on
 * csv and xlsx files written to a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli.js is missing: run `npm run build` (npm test does) first.");
  dir = mkdtempSync(join(tmpdir(), "carecalc-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function carecalc(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function xlsx(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

const CONTRACT_CSV = [
  "Contract Element,Annual Cost (£ ex VAT),Total Contract Cost (£ ex VAT)",
  'Low Support Cost,"£4,388,575.80","£35,108,606.40"',
  'Medium Support Cost,"£276,480.24","£2,211,841.92"',
  'High Support Cost,"£132,900.12","£1,063,200.96"',
  'Total (£ ex VAT),"£4,797,965.16","£38,383,649.28"',
].join("\r\n");

describe("csv", () => {
  test("a table that does not add up: exit 1 and the finding in words", () => {
    const result = carecalc("check", file("contract.csv", CONTRACT_CSV));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("1 finding");
    expect(result.stdout).toMatch(/^B5 {2}/m);
    expect(result.stdout).toContain(
      "Total (£ ex VAT) = Low Support Cost + Medium Support Cost + High Support Cost"
    );
    expect(result.stdout).toContain("stated 4,797,965.16  expected 4,797,956.16  difference 9");
    expect(result.stdout).toContain('digits transposed: "65" written for "56"');
  });

  test("--json gives each finding with its cell's A1 address", () => {
    const result = carecalc("check", file("contract.csv", CONTRACT_CSV), "--json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([
      expect.objectContaining({
        cell: "B5",
        source: "table",
        stated: 4797965.16,
        expected: 4797956.16,
        difference: 9,
      }),
    ]);
  });

  test("a sheet of any size up to the table limit is checked whole: 6,060 cells, no warning", () => {
    const header = Array.from({ length: 60 }, (_, i) => `Year ${i + 1}`).join(",");
    const rows = Array.from({ length: 100 }, (_, r) =>
      Array.from({ length: 60 }, (_, c) => String(1000 + r * 60 + c)).join(",")
    );
    const result = carecalc("check", file("large.csv", [header, ...rows].join("\n")), "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([]);
  });

  test("a table that adds up: exit 0", () => {
    const right = CONTRACT_CSV.replace("£4,797,965.16", "£4,797,956.16");
    const result = carecalc("check", file("right.csv", right));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("no inconsistencies found");
  });
});

describe("xlsx", () => {
  /** As Excel saves a workbook: formulas with their cached results, add-in functions as "_xldudf_". */
  async function workbook(name: string, annualSaved: number): Promise<string> {
    const book = new ExcelJS.Workbook();
    const rates = book.addWorksheet("Rates");
    rates.addRows([
      ["Level", "Weekly", "Annual", "Annual (CARE)"],
      ["Low", 2411.3],
      ["Medium", 2563.21],
      ["Total"],
    ]);
    // Filled down, as Excel stores it: one shared formula, C3 its copy.
    rates.fillFormula("C2:C3", "B2*52", [125387.6, annualSaved]);
    rates.getCell("D2").value = { formula: "_xldudf_CARE_ANNUAL(B2)", result: 125387.6 };
    rates.getCell("D3").value = { formula: "_xldudf_CARE_ANNUAL(B3)", result: 133286.92 };
    rates.getCell("C4").value = { formula: "SUM(C2:C3)", result: 258674.52 };
    book.addWorksheet("Notes").addRow(["Prepared by", "Finance"]);
    return file(name, await xlsx(book));
  }

  test("saved values that the formulas (CARE functions included) give: exit 0", async () => {
    const result = carecalc("check", await workbook("right.xlsx", 133286.92));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("a saved value its formula does not give is reported with its sheet and cell", async () => {
    const result = carecalc("check", await workbook("wrong.xlsx", 133276), "--json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        sheet: "Rates",
        cell: "C3",
        source: "formula",
        relation: "formula =B3*52",
        stated: 133276,
        expected: 133286.92,
      })
    );
    expect(report.findings.find((f: { cell: string }) => f.cell === "C3").diagnosis).toMatch(
      /rate rounded before multiplying: 2,563 x 52/
    );
  });
});

describe("files that cannot be read: exit 2 with the reason", () => {
  test.each([
    ["a missing file", () => join(dir, "missing.csv"), /no such file/],
    [
      "an xlsx that is not a workbook",
      () => file("garbage.xlsx", "not a workbook"),
      /not an Excel workbook/,
    ],
    [
      "a corrupt xlsx (a workbook cut short)",
      async () => {
        const book = new ExcelJS.Workbook();
        book.addWorksheet("Rates").addRow(["Low", 2411.3]);
        const whole = await xlsx(book);
        return file("cut.xlsx", whole.subarray(0, whole.length / 2));
      },
      /cannot read .*cut\.xlsx as a workbook: ./,
    ],
    [
      "a zip that holds no worksheets",
      async () => file("empty.xlsx", await xlsx(new ExcelJS.Workbook())),
      /not an Excel workbook/,
    ],
    [
      "an unsupported type",
      () => file("table.pdf", "%PDF"),
      /checks \.csv, \.tsv, \.xlsx, \.xlsm files/,
    ],
    [
      "a csv with an unclosed quote",
      () => file("broken.csv", 'a,"b\n1,2'),
      /quoted field is not closed/,
    ],
  ])("%s", async (_, path, reason) => {
    const result = carecalc("check", await path());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
  });

  test("usage errors", () => {
    expect(carecalc().status).toBe(2);
    expect(carecalc("check").stderr).toMatch(/usage: carecalc check/);
  });
});
