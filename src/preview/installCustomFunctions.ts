/*
 * Gives the page the `CustomFunctions` global Excel's runtime gives functions.js. Imported before
 * the functions module, whose appended CustomFunctions.associate(...) calls then fill the registry.
 */
import { createCustomFunctionsRuntime } from "../hyperformula/customFunctionsRuntime";

export const customFunctions = createCustomFunctionsRuntime();
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctions;
