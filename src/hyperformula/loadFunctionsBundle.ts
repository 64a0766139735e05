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

export function loadFunctionsBundle(distDir: string): LoadedFunctions {
  const metadata = JSON.parse(
    readFileSync(join(distDir, "functions.json"), "utf8")
  ) as FunctionsMetadata;
  const runtime = createCustomFunctionsRuntime();
  const context = createContext({ CustomFunctions: runtime });
  runInContext(readFileSync(join(distDir, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return { metadata, runtime };
}
