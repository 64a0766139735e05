import type { TablePlan } from "../tables";

/**
 * The one door to a workbook. The task pane's components receive a WorkbookHost and never call
 * Excel themselves; Excel (excelWorkbook.ts) and the browser preview each implement it.
 */

/** Where a table goes: a new worksheet, or a place the user picks (used only if every cell is empty). */
export type InsertTarget =
  { readonly kind: "newSheet" } | { readonly kind: "at"; readonly address: string };

export type WriteResult =
  | {
      readonly ok: true;
      readonly sheet: string;
      /** The cells written, e.g. "A1:H25". */
      readonly address: string;
      /** Anything the user should know, e.g. that the chart needs a newer Excel. */
      readonly note?: string;
    }
  | {
      readonly ok: false;
      /** What went wrong and the next step; nothing was written. */
      readonly message: string;
      /** Cells in the way, as blocks ("B2:F24"), when that is why. */
      readonly occupied?: readonly string[];
    };

export interface Selection {
  readonly sheet: string;
  /** Without the sheet, e.g. "B2:D2". */
  readonly address: string;
}

/** The selected table as the reviewer sees it: each cell's displayed text, e.g. "£4,797,965.16". */
export interface SelectedTable extends Selection {
  /** Row by row, as shown; empty when nothing in the selection holds anything. */
  readonly text: readonly (readonly string[])[];
  /** Each cell's formula ("=B2*52"), "" where it holds a typed value: formulas are evidence to the checker. */
  readonly formulas?: readonly (readonly string[])[];
}

/** Highlighting and clearing change fills only; the result names the cells whose fill changed. */
export type FillResult =
  | { readonly ok: true; readonly cells: readonly string[]; readonly note?: string }
  | { readonly ok: false; readonly message: string };

export interface WorkbookHost {
  /** True where a write clears the undo list (Excel does, for add-in writes), so the pane warns first. */
  readonly writesClearUndo: boolean;
  insertTable(plan: TablePlan, target: InsertTarget): Promise<WriteResult>;
  getSelection(): Promise<Selection>;
  /** Writes one formula into one cell, refusing if the cell is not empty. */
  insertFormula(address: string, formula: string): Promise<WriteResult>;
  /** The selected cells' displayed text, trimmed to the part that holds something. */
  readSelectedTable(): Promise<SelectedTable>;
  /** The whole used range of the active sheet, as readSelectedTable reads a selection. */
  readUsedRange(): Promise<SelectedTable>;
  /** Shows the reviewer a cell: activates its sheet and selects it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Fills the cells with the highlight, first remembering each cell's own fill (kept once). */
  highlight(sheet: string, addresses: readonly string[]): Promise<FillResult>;
  /** Puts back every highlighted cell's own fill, exactly, and forgets them. */
  clearHighlights(): Promise<FillResult>;
}

const SHOWN = 12;

/** "these cells are not empty: A5:B8, A10:E18": the cells in the way as blocks, the first few named. */
export function notEmpty(occupied: readonly string[]): string {
  const listed = occupied.slice(0, SHOWN).join(", ");
  const more = occupied.length > SHOWN ? ` and ${occupied.length - SHOWN} more` : "";
  const single = occupied.length === 1 && !occupied[0].includes(":");
  return `${single ? "this cell is" : "these cells are"} not empty: ${listed}${more}`;
}

/** The refusal when cells are in the way; it names them as blocks (the first few) and says what to do. */
export function occupiedMessage(occupied: readonly string[]): string {
  return `Nothing was written: ${notEmpty(occupied)}. CareCalc never overwrites. Pick an empty place, or insert on a new sheet.`;
}

export function badAddressMessage(address: string): string {
  return address.trim() === ""
    ? "Type the top-left cell, such as D5 or Sheet1!D5, or press Use selected cell."
    : `CareCalc cannot read "${address}" as a cell. Type one such as D5 or Sheet1!D5, or press Use selected cell.`;
}
