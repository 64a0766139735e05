/**
 * The Check tab outside React: which selections can be checked, the check itself (the reviewer
 * engine in src/review does the arithmetic), and its figures as a reviewer reads them (en-GB).
 * The engine is the pane's largest part and most openings never check anything, so it loads as
 * checker.js (the chunk CARE.CHECKTABLE loads too) the first time a table is checked.
 */
import type { Finding, RelationFound, RoundingNote } from "../review";
import type { SelectedTable } from "../office/workbookHost";
import { parseRange } from "../core/a1";

/** A relation needs two figures and a label or a second line: nothing smaller can be checked. */
const SMALLEST = 2;

export type CheckedTable =
  | {
      readonly ok: true;
      readonly sheet: string;
      /** The cells checked, e.g. "A1:C5". */
      readonly address: string;
      readonly relations: readonly RelationFound[];
      readonly findings: readonly Finding[];
      readonly notes: readonly RoundingNote[];
      /** Blocks of cells not checked, and why. */
      readonly skipped: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

const reviewer = () => import(/* webpackChunkName: "checker" */ "../review");

export async function checkSelectedTable(table: SelectedTable): Promise<CheckedTable> {
  const rows = table.text.length;
  const columns = table.text[0]?.length ?? 0;
  const where = `${table.sheet}!${table.address}`;
  if (rows === 0) {
    return {
      ok: false,
      message: `The cells (${where}) are empty. Select the table, its labels and figures, then press Check.`,
    };
  }
  if (rows < SMALLEST && columns < SMALLEST) {
    return {
      ok: false,
      message: `${where} is a single cell. Select the whole table, labels and figures, then press Check again.`,
    };
  }
  const start = parseRange(table.address);
  if (!start)
    return {
      ok: false,
      message: `${where} is not a range CareCalc can read. Select the table again, then press Check.`,
    };
  // Findings then name the sheet's cells (B5), not positions in the selection.
  const { checkRange } = await reviewer();
  const result = checkRange(table.text, { origin: start.from, formulas: table.formulas });
  return {
    ok: true,
    sheet: table.sheet,
    address: table.address,
    relations: result.relations,
    findings: result.findings,
    notes: result.notes,
    skipped: result.skipped.map(
      (s) =>
        `${s.address}: ${s.cells.toLocaleString("en-GB")} cells spread over ${s.rows.toLocaleString("en-GB")} rows and ${s.columns.toLocaleString("en-GB")} columns, too thin to read as one table`
    ),
  };
}

const figure = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });
const difference = new Intl.NumberFormat("en-GB", {
  maximumFractionDigits: 6,
  signDisplay: "exceptZero",
});

/** A stated or expected figure: 4,797,956.16; text the checker could not read stays as written. */
export function shownFigure(value: number | string): string {
  return typeof value === "number" ? figure.format(value) : value;
}

/** "±0.02": how far rounding lets the figures differ. */
export function shownAllowance(value: number | ""): string {
  return value === "" ? "" : `±${figure.format(value)}`;
}

/** A difference with its sign, +9 or -1,000, so the direction of the slip is plain. */
export function shownDifference(value: number | ""): string {
  return value === "" ? "" : difference.format(value);
}

const places = (count: number) => `${count} ${count === 1 ? "place" : "places"}`;

/** "holds in 3 places, breaks in 1 (announced by the labels)". */
export function whereItHolds(relation: RelationFound): string {
  const holds = `holds in ${places(relation.holds)}`;
  return `${relation.breaks === 0 ? holds : `${holds}, breaks in ${relation.breaks}`} (${relation.evidence})`;
}
