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
 * `isolated` (the default) runs the bundle in its own V8 context, proving it needs no other global.
 * Timing needs `isolated: false`: a vm context routes every global lookup through an interceptor,
 * a cost Excel's runtime does not have.
 */
export function loadFunctionsBundle(distDir: string, { isolated = true } = {}): LoadedFunctions {
  const metadata = JSON.parse(
    readFileSync(join(distDir, "functions.json"), "utf8")
  ) as FunctionsMetadata;
  const runtime = createCustomFunctionsRuntime();
  const source = readFileSync(join(distDir, "functions.js"), "utf8");
  if (isolated) {
    runInContext(source, createContext({ CustomFunctions: runtime }), { filename: "functions.js" });
  } else {
    new Function("CustomFunctions", source)(runtime);
  }
  return { metadata, runtime };
}
