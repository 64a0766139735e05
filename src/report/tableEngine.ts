/**
 * The one place the report checker calls the table checker: every table of a report goes through
 * here, so the table checker can be replaced by changing this file alone.
 */
import { checkRange } from "../review";

export interface TableFinding {
  /** A1 address within the table as read (its top-left cell is A1). */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly relation: string;
  readonly stated: number | string;
  readonly expected: number | "";
  readonly diagnosis: string;
}

export type TableCheckResult =
  | { readonly checked: true; readonly findings: readonly TableFinding[] }
  | { readonly checked: false; readonly reason: string };

export function checkReportTable(rows: readonly (readonly string[])[]): TableCheckResult {
  try {
    const result = checkRange(rows);
    return {
      checked: true,
      findings: result.findings.map((f) => ({
        cell: f.cell,
        row: f.position.row,
        col: f.position.column,
        relation: f.relation,
        stated: f.stated,
        expected: f.expected,
        diagnosis: f.diagnosis,
      })),
    };
  } catch (error) {
    return { checked: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
