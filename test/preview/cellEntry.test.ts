/**
 * What a user types into the preview grid, read as en-GB Excel reads an entry; and the text the
 * editor starts from. Formulas are told from text by HyperFormula itself, as in the preview.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { entryText, readEntry } from "../../src/preview/cellEntry";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";

const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
const isFormula = (formula: string) => engine.validateFormula(formula);
const read = (typed: string) => readEntry(typed, isFormula);

describe("numbers, with the format their writing asks for", () => {
  test.each([
    ["125", 125, undefined],
    // Excel shows a plain 35.500 as 35.5: no format is implied by trailing zeros alone.
    ["35.500", 35.5, undefined],
    [" 42 ", 42, undefined],
    ["1E3", 1000, undefined],
    [".5", 0.5, undefined],
    ["£4,388,575.80", 4388575.8, "£#,##0.00"],
    ["£5", 5, "£#,##0"],
    ["1,234", 1234, "#,##0"],
    ["1,234,567.5", 1234567.5, "#,##0.0"],
    ["12.5%", 0.125, "0.0%"],
    ["14%", 0.14, "0%"],
    ["-£1,234.50", -1234.5, "£#,##0.00"],
    ["£-5", -5, "£#,##0"],
    ["(1,234)", -1234, "#,##0"],
    ["-12.5%", -0.125, "0.0%"],
  ])("%s is %d", (typed, value, format) => {
    expect(read(typed)).toEqual(format ? { content: value, format } : { content: value });
  });

  test("14.3% is 0.143 exactly as Excel holds it, not 0.14300000000000002", () => {
    expect(read("14.3%")).toEqual({ content: 0.143, format: "0.0%" });
  });
});

describe("text stays text", () => {
  test.each([
    "Low support",
    "1,23",
    "£5.49m",
    "c£10k",
    "(-5)",
    "--5",
    "£5%",
    ".",
    "-",
    "=",
    "01/04/2024",
    "1 234",
  ])("%s", (typed) => {
    expect(read(typed)).toEqual({ content: `'${typed}` });
  });

  test("an apostrophe keeps what follows as text, and the engine drops it", () => {
    expect(read("'123")).toEqual({ content: "'123" });
  });
});

test("TRUE and FALSE are Excel's logical values", () => {
  expect(read("TRUE")).toEqual({ content: true });
  expect(read("false")).toEqual({ content: false });
});

test("an empty entry clears the cell", () => {
  expect(read("")).toEqual({ content: null });
});

test("a formula is written as typed; one that does not parse is refused with what to change", () => {
  expect(read("=SUM(A1:A3)*52")).toEqual({ content: "=SUM(A1:A3)*52" });
  const refused = read("=SUM(A1:A3");
  expect(refused).toEqual({ error: expect.stringContaining("=SUM(A1:A3 is not a formula") });
  expect(refused).toEqual({ error: expect.stringContaining("apostrophe (')") });
});

describe("the editor's text (F2)", () => {
  const cell = (value: unknown, format = "General", formula?: string) => ({
    value,
    format,
    formula,
  });

  test.each([
    [cell(5, "General", "=2+3"), "=2+3"],
    [cell(4388575.8, "£#,##0.00"), "4388575.8"],
    [cell(0.125, "0.0%"), "12.5%"],
    [cell(0.143, "0.0%"), "14.3%"],
    [cell(true), "TRUE"],
    [cell(null), ""],
    [cell("Low support"), "Low support"],
    [cell("123"), "'123"],
    [cell("TRUE"), "'TRUE"],
    [cell("=not a formula"), "'=not a formula"],
    [cell("'quoted"), "''quoted"],
  ])("%o is edited as %s", (shown, text) => {
    expect(entryText(shown, isFormula)).toBe(text);
  });

  test("typing back what F2 shows gives the cell the same value, whatever it held", () => {
    const workbook = new PreviewWorkbook();
    const at = { row: 0, column: 0 };
    const valueAt = () => workbook.view("Sheet1").rows[0]?.[0]?.value ?? null;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double({ min: -1e15, max: 1e15, noNaN: true }).map(String),
          fc.constantFrom("£1,234.50", "12.5%", "'12", "TRUE", "=1+2", "(7)")
        ),
        (typed) => {
          if (!workbook.enter("Sheet1", at, typed).ok) return;
          const first = valueAt();
          expect(workbook.enter("Sheet1", at, workbook.entryText("Sheet1", at)).ok).toBe(true);
          const again = valueAt();
          // Numbers to Excel's 15 digits: F2 shows them so (a percentage as 100 times its value).
          if (typeof first === "number" && typeof again === "number")
            expect(Math.abs(again - first)).toBeLessThanOrEqual(Math.abs(first) * 1e-14);
          else expect(again).toEqual(first);
        }
      ),
      { numRuns: 500 }
    );
  });
});
