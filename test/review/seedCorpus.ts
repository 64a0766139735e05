/** The table fixtures transcribed from the five seed reports (test/fixtures/tables). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ExpectedFinding {
  readonly cell: string;
  readonly stated: string;
  readonly expected: number;
  readonly kind: string;
  readonly explanation: string;
}

export interface TableFixture {
  readonly name: string;
  readonly cells: string[][];
  readonly expectedFindings: readonly ExpectedFinding[];
}

export const TABLES_DIR = join(__dirname, "..", "fixtures", "tables");

export function loadCorpus(): TableFixture[] {
  return readdirSync(TABLES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const json = JSON.parse(readFileSync(join(TABLES_DIR, f), "utf8"));
      return {
        name: f.replace(/\.json$/, ""),
        cells: json.cells,
        expectedFindings: json.expectedFindings,
      };
    });
}
