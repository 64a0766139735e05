import { join } from "node:path";
import { HyperFormula } from "hyperformula";
import { registerCareFunctions } from "../../src/hyperformula/carePlugin";
import { EXCEL_LIKE } from "../../src/hyperformula/engineOptions";
import { loadFunctionsBundle } from "../../src/hyperformula/loadFunctionsBundle";
import type { TablePlan } from "../../src/tables/plan";

/** The built functions bundle (dist/functions.js), registered once into HyperFormula. */
let registered = false;
export function registerBuiltFunctions(): void {
  if (registered) return;
  const { metadata, runtime } = loadFunctionsBundle(join(__dirname, "../../dist"));
  registerCareFunctions(metadata, runtime.registry);
  registered = true;
}

/** A plan written into a real spreadsheet engine from A1, and its computed values. */
export function evaluatePlan(plan: TablePlan): unknown[][] {
  registerBuiltFunctions();
  const engine = HyperFormula.buildFromArray(
    plan.cells.map((row) => row.map((cell) => (cell === "" ? null : cell))),
    EXCEL_LIKE
  );
  return engine.getSheetValues(0);
}
