import type { Decimal } from "../core";
import { showCell } from "./cellFormat";

/** A figure the core computed, shown as the inserted table's cell shows it in Excel (en-GB). */
export function shown(value: Decimal, format: string): string {
  return showCell(value.toNumber(), format);
}

/** A fraction as a sentence puts it, "90%" or "87.5%", as the tables' formulas write it (sentences.ts). */
export function shownPercent(fraction: Decimal): string {
  return showCell(fraction.toNumber(), "0.0%").replace(".0%", "%");
}

/**
 * What the live preview shows: the table as a report prints it, with the figures the core computed
 * from the form, shown exactly as the inserted table shows them. Copy for report copies this.
 */
export interface PreviewTable {
  /** "Table N: ...", as the inserted table's first cell. */
  readonly title: string;
  /** e.g. "£, excluding VAT". */
  readonly unitsNote: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly key: string;
    readonly cells: readonly string[];
    /** A totals row, printed in bold. */
    readonly total?: boolean;
  }[];
  /** Sentences under the table, e.g. the break-even occupancy, or that figures are rounded. */
  readonly note?: string;
}
