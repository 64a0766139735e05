import { absoluteRef, CellPosition } from "../core/a1";
import { FORMAT, UNITS_NOTE } from "./formats";
import type { ChartPlan, PlanValue, TablePlan } from "./plan";

/** A cell as a builder writes it: a bare value, or a value with its format and input flag. */
export type LayoutCell = PlanValue | { value: PlanValue; format?: string; input?: boolean };

const LABEL_COLUMN_MAX = 48;
const COLUMN_MAX = 24;
const COLUMN_MIN = 10;
/** A formula's result is a figure; this fits "£38,383,649.28" and "-£1,234,567". */
const FIGURE_WIDTH = 14;

/**
 * Assembles a plan row by row, keeping values, formats and input flags together, so each builder
 * only says what goes where. Inputs sit in column B with their label in column A.
 */
export class TableLayout {
  private readonly cells: PlanValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly inputs: CellPosition[] = [];
  private readonly headings: number[] = [];
  private readonly totals: number[] = [];

  constructor(
    readonly title: string,
    readonly unitsNote: string = UNITS_NOTE
  ) {
    this.addRow([title]);
    this.addRow([unitsNote]);
    this.addRow([]);
  }

  /** The index of the row the next addRow writes. */
  get nextRow(): number {
    return this.cells.length;
  }

  addRow(cells: readonly LayoutCell[], style?: "heading" | "total"): number {
    const row = this.cells.length;
    this.cells.push(cells.map((cell) => (typeof cell === "object" ? cell.value : cell)));
    this.formats.push(
      cells.map((cell) => (typeof cell === "object" && cell.format) || FORMAT.general)
    );
    cells.forEach((cell, column) => {
      if (typeof cell === "object" && cell.input) this.inputs.push({ row, column });
    });
    if (style === "heading") this.headings.push(row);
    if (style === "total") this.totals.push(row);
    return row;
  }

  /** Fills in a cell of a row already added, once what it refers to has been laid out. */
  setCell(row: number, column: number, value: PlanValue, format: string = FORMAT.general): void {
    while (this.cells[row].length <= column) {
      this.cells[row].push("");
      this.formats[row].push(FORMAT.general);
    }
    this.cells[row][column] = value;
    this.formats[row][column] = format;
  }

  /** A labelled input cell; returns its absolute reference for formulas. */
  addInput(label: string, value: PlanValue, format: string): string {
    const row = this.addRow([label, { value, format, input: true }]);
    return absoluteRef({ row, column: 1 });
  }

  /** A labelled calculated cell; returns its absolute reference for formulas. */
  addCalculation(label: string, formula: string, format: string): string {
    const row = this.addRow([label, { value: formula, format }]);
    return absoluteRef({ row, column: 1 });
  }

  finish(sheetName: string, chart?: ChartPlan): TablePlan {
    const columns = this.cells.reduce((most, row) => Math.max(most, row.length), -Infinity);
    const pad = <T>(row: readonly T[], filler: T) => [
      ...row,
      ...Array<T>(columns - row.length).fill(filler),
    ];
    const cells = this.cells.map((row) => pad(row, ""));
    return {
      sheetName,
      title: this.title,
      unitsNote: this.unitsNote,
      cells,
      numberFormats: this.formats.map((row) => pad(row, FORMAT.general)),
      inputCells: this.inputs,
      headingRows: this.headings,
      totalRows: this.totals,
      columnWidths: columnWidths(cells),
      ...(chart && { chart }),
    };
  }
}

/** Widths that fit the labels and figures; the title and units note may overflow to the right. */
function columnWidths(cells: readonly (readonly PlanValue[])[]): number[] {
  return cells[0].map((_, column) => {
    const widest = cells
      .slice(2)
      .map((row) =>
        typeof row[column] === "string" && !String(row[column]).startsWith("=")
          ? String(row[column]).length + 2
          : row[column] === ""
            ? 0
            : FIGURE_WIDTH
      )
      .reduce((most, width) => Math.max(most, width), -Infinity);
    return Math.max(COLUMN_MIN, Math.min(widest, column === 0 ? LABEL_COLUMN_MAX : COLUMN_MAX));
  });
}
