/** HyperFormula set up to stand in for Excel: TEXT as Excel writes the formats report sentences use. */
import { HyperFormula } from "hyperformula";
import { EXCEL_LIKE, excelNumberText } from "../../src/hyperformula/engineOptions";

it.each([
  [1234.5, "£#,##0", "£1,235"],
  [-1234.5, "£#,##0", "-£1,235"],
  [143889.6, "£#,##0.00", "£143,889.60"],
  [1234567, "#,##0", "1,234,567"],
  [1234567, "0", "1234567"],
  [0.08146, "0%", "8%"],
  [0.08146, "0.0%", "8.1%"],
  [0.285, "0%", "29%"],
  [0.125, "0%", "13%"],
  [-0.4, "£#,##0", "-£0"],
  [2.5, '"Year "0', "Year 3"],
])("TEXT(%d, %j) is %j, as in Excel", (value, format, shown) => {
  expect(excelNumberText(value, format)).toBe(shown);
});

it("leaves other formats (dates, sections) to HyperFormula", () => {
  expect(excelNumberText(45000, "dd/mm/yyyy")).toBeUndefined();
  expect(excelNumberText(-1, "0;(0)")).toBeUndefined();
});

it("is what TEXT gives in the engine", () => {
  const engine = HyperFormula.buildFromArray(
    [['=TEXT(-1234.5,"£#,##0")', '=TEXT(0.08146,"0%")', '=TEXT(45658,"dd/mm/yyyy")']],
    EXCEL_LIKE
  );
  expect(engine.getSheetValues(0)).toEqual([["-£1,235", "8%", "01/01/2025"]]);
  engine.destroy();
});
