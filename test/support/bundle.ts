import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadFunctionsBundle, LoadedFunctions } from "../../src/hyperformula/loadFunctionsBundle";
import { CustomFunctionError } from "../../src/hyperformula/customFunctionsRuntime";

export const DIST = join(__dirname, "..", "..", "dist");

let loaded: LoadedFunctions | undefined;

/** The built functions bundle, loaded as Excel loads it. `npm test` builds it first. */
export function bundle(): LoadedFunctions {
  if (!existsSync(join(DIST, "functions.js"))) {
    throw new Error(
      "dist/functions.js is missing: run `npm run build` (npm test does) before these tests."
    );
  }
  loaded ??= loadFunctionsBundle(DIST);
  return loaded;
}

/** Calls a CARE function by its Excel name, exactly as Excel would, with Excel's argument values. */
export function call(name: string, ...args: unknown[]): unknown {
  const fn = bundle().runtime.registry.get(name);
  if (!fn) throw new Error(`CARE.${name} is not registered by the bundle.`);
  return fn(...args);
}

/** The Excel error a call raises, or a test failure if it returns a value instead. */
export function errorOf(name: string, ...args: unknown[]): CustomFunctionError {
  try {
    const value = call(name, ...args);
    throw new Error(
      `CARE.${name}(${JSON.stringify(args)}) returned ${JSON.stringify(value)} instead of an error.`
    );
  } catch (error) {
    if (error instanceof CustomFunctionError) return error;
    throw error;
  }
}
