/**
 * Every worked example in the functions' descriptions ("Example: =CARE.ANNUAL(2411.30) gives
 * 125,387.60") is evaluated in a real spreadsheet engine and must give the figure it states.
 */
import { HyperFormula } from "hyperformula";
import { Decimal, parseFigure } from "../../src/core";
import { registerCareFunctions } from "../../src/hyperformula/carePlugin";
import { bundle } from "../support/bundle";

const EXAMPLE = /Example: (=CARE\.[A-Z]+\(.*\)) gives ([-\d,.]+)\.?$/;

const examples = () =>
  bundle()
    .metadata.functions.map((fn) => EXAMPLE.exec(fn.description ?? ""))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2].replace(/\.$/, "")] as const);

it("most functions have an example with its result", () => {
  expect(examples().length).toBeGreaterThanOrEqual(15);
});

it.each(examples())("%s gives %s", (formula, stated) => {
  const { metadata, runtime } = bundle();
  registerCareFunctions(metadata, runtime.registry);
  const engine = HyperFormula.buildFromArray([[formula]], {
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
  engine.destroy();
  expect(typeof value).toBe("number");
  const figure = parseFigure(stated)!;
  // The example shows the figure to its last digit; the function's result rounds to it.
  const shown = new Decimal(value as number).toNearest(figure.precision, Decimal.ROUND_HALF_UP);
  expect(shown.toString()).toBe(figure.value.toString());
});
