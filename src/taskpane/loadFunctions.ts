import type { FunctionsJson } from "./functionCatalogue";

/** functions.json sits beside the page in dist/, as Excel reads it. */
export async function loadFunctions(): Promise<FunctionsJson> {
  const response = await fetch("functions.json");
  if (!response.ok) {
    throw new Error(`functions.json could not be loaded (HTTP ${response.status}).`);
  }
  return (await response.json()) as FunctionsJson;
}
