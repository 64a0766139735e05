/**
 * `carecalc check` on whole reports, as users run it: the BUILT command line (dist/cli.js) on
 * .txt, .md and .docx files written to a temporary folder, and on files it must refuse.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wordDocument } from "../report/wordReport";

jest.setTimeout(60_000);

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const KENT = readFileSync(join(__dirname, "../fixtures/reports/003_e8ff203e1703f230.txt"), "utf8");
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli.js is missing: run `npm run build` (npm test does) first.");
  dir = mkdtempSync(join(tmpdir(), "carecalc-report-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function carecalc(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/*
 * A short report in Markdown, worked out by hand: 4 beds at £1,988 a week are 7,952 a week and
 * 7,952 x 52 = 413,504 a year; at £2,149, 8,596 and 446,992; the saving is 644 a week, 33,488 a
 * year. Paragraph 2.2 quotes the block contract's annual cost with two digits swapped: £413,540
 * for £413,504 (the table's C2).
 */
const MARKDOWN = `# Residential block contract

## 1. Summary

1.1 The council will buy 4 beds in a block contract at £1,988 per week, replacing spot placements at £2,149 per week.

## 2. Costs

2.1 The annual costs are as follows:

| Cost | Weekly (£) | Annual (£) |
| --- | --- | --- |
| Block contract | 7,952 | 413,504 |
| Spot purchase | 8,596 | 446,992 |
| Saving | 644 | 33,488 |

2.2 The block contract costs £413,540 a year.
`;

describe("reports as text, Markdown and Word", () => {
  test("Kent's record of decision as PDF text: exit 1 and its two findings, in the report's order", () => {
    const result = carecalc("check", file("kent.txt", KENT));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("kent.txt: 2 findings");
    // 42 children in 336 beds is exactly 12.5%, which rounds half away from zero to 13%.
    const occupancy = lines.findIndex((l) => /^"The scope of the project.*12%/.test(l));
    // £3.564m a year for 10 years is £35.64m; "£30,564m" as written is £30.564bn.
    const tenYears = lines.findIndex((l) => /^"Financial implications" {2}£30,564m/.test(l));
    expect(occupancy).toBeGreaterThan(0);
    expect(tenYears).toBeGreaterThan(occupancy);
    expect(lines[occupancy + 2]).toBe("  expected 13%: 42 children / 336 beds");
    expect(lines[tenYears + 2]).toBe("  expected £35.64m: £3.564m a year x 10 years");
  });

  test("a Markdown report with a transposed figure: exit 1, found at its paragraph", () => {
    const result = carecalc("check", file("block.md", MARKDOWN));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("block.md: 1 finding");
    expect(result.stdout).toContain("2.2  £413,540  (line 17)");
    expect(result.stdout).toMatch(/expected £413,504: the same figure as the table at 2\.1, C2/);
    expect(result.stdout).toContain('digits transposed: "40" written for "04"');
  });

  test("the same report put right: exit 0", () => {
    const result = carecalc("check", file("right.md", MARKDOWN.replace("£413,540", "£413,504")));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("right.md: no findings");
  });

  test("--json: the findings and the figure map", () => {
    const result = carecalc("check", file("block.md", MARKDOWN), "--json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(["figures", "file", "findings", "notes", "tables"]);
    expect(report.findings).toEqual([
      {
        source: "prose",
        stated: "£413,540",
        paragraph: "2.2",
        line: 17,
        quote: "The block contract costs £413,540 a year.",
        expected: "£413,504",
        relation: expect.stringMatching(/^the same figure as the table at 2\.1, C2/),
        diagnosis: 'digits transposed: "40" written for "04"',
        ref: expect.stringMatching(/^F\d+$/),
      },
    ]);
    // Every figure of the prose, each with its place and status.
    const stated = report.figures.map((f: { stated: string }) => f.stated);
    expect(stated).toEqual(["4", "£1,988", "£2,149", "£413,540"]);
    const rate = report.figures.find((f: { stated: string }) => f.stated === "£1,988");
    expect(rate).toMatchObject({ paragraph: "1.1", line: 5, status: expect.any(String) });
    expect(report.figures[3]).toMatchObject({ status: "finding", from: [] });
    expect(report.tables).toEqual([
      expect.objectContaining({ paragraph: "2.1", rows: 4, columns: 3, checked: true }),
    ]);
  });

  test("a Word document with real tables: the same findings as its text", async () => {
    const result = carecalc("check", file("kent.docx", await wordDocument(KENT)), "--json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(
      findings.map((f: { stated: string; expected: string }) => [f.stated, f.expected])
    ).toEqual([
      ["12%", "13%"],
      ["£30,564m", "£35.64m"],
    ]);
  });
});

describe("reports that cannot be read: exit 2 with the reason", () => {
  const larger = (name: string, bytes: number) => {
    const path = file(name, "");
    truncateSync(path, bytes);
    return path;
  };

  test.each([
    [
      "a missing report",
      () => join(dir, "missing.docx"),
      /cannot read .*missing\.docx: no such file/,
    ],
    [
      "text over 5 MB",
      () => larger("long.txt", 5 * 1024 * 1024 + 1),
      /the text is 5 MB; CareCalc reads reports of at most 5 MB/,
    ],
    [
      "a Word document over 20 MB",
      () => larger("long.docx", 21 * 1024 * 1024),
      /the Word document is 21 MB; CareCalc reads reports of at most 20 MB/,
    ],
    [
      "a PDF saved with a .docx name",
      () => file("report.docx", "%PDF-1.7\n1 0 obj\n"),
      /it is a PDF, not a Word document\. Save the PDF's text as a \.txt file/,
    ],
    [
      "an older Word document (.doc) renamed .docx",
      () => file("old.docx", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      /older Word document \(\.doc\) or a password-protected one/,
    ],
    [
      "text saved with a .docx name",
      () => file("text.docx", KENT),
      /not a Word document: a \.docx is a zip package and this file is not/,
    ],
    [
      "a zip that is not a Word document",
      async () => {
        const word = await wordDocument("1.1 A paragraph.");
        // The package's main part renamed: a zip, but nothing in it is a document.
        const text = Buffer.from(word)
          .toString("latin1")
          .replace(/word\/document\.xml/g, "word/documenX.xml");
        return file("package.docx", Buffer.from(text, "latin1"));
      },
      /it is not a Word document CareCalc can read \(.*main document part/,
    ],
    [
      "a Word 97 document by its name",
      () => file("old.doc", "x"),
      /reports as \.docx, \.txt or \.md/,
    ],
  ])("%s", async (_, path, reason) => {
    const result = carecalc("check", await path());
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
  });
});
