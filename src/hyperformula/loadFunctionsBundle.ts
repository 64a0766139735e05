/**
 * Loads the built functions bundle (dist/functions.js) the way Excel's runtime does: in a plain
 * JavaScript context whose only Office global is `CustomFunctions`. Node only (command line, tests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import type { FunctionsMetadata } from "./carePlugin";
import { createCustomFunctionsRuntime, CustomFunctionsRuntime } from "./customFunctionsRuntime";

export interface LoadedFunctions {
  readonly metadata: FunctionsMetadata;
  readonly runtime: CustomFunctionsRuntime;
}

/**
 * Parts functions.js loads on first use, where Excel waits for them. HyperFormula cannot wait, so
 * they are run first, as if already fetched: the bundle then finds them present and answers at once
 * (CARE.CHECK and CARE.CHECKTABLE included).
 */
const LOADED_AHEAD = ["occupancy.js", "checker.js"];

/**
 * `isolated` (the default) runs the bundle in its own V8 context, proving it needs no other global.
 * Timing needs `isolated: false`: a vm context routes every global lookup through an interceptor,
 * a cost Excel's runtime does not have.
 */
export function loadFunctionsBundle(distDir: string, { isolated = true } = {}): LoadedFunctions {
  const metadata = JSON.parse(
    readFileSync(join(distDir, "functions.json"), "utf8")
  ) as FunctionsMetadata;
  const runtime = createCustomFunctionsRuntime();
  const context = isolated ? createContext({ CustomFunctions: runtime }) : undefined;
  for (const file of [...LOADED_AHEAD, "functions.js"]) {
    const source = readFileSync(join(distDir, file), "utf8");
    if (context) runInContext(source, context, { filename: file });
    else new Function("CustomFunctions", source)(runtime);
  }
  return { metadata, runtime };
}
