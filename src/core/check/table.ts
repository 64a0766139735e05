/**
 * A pasted table as the checker sees it: every cell read once, and the table's lines (columns or
 * rows) along which relations repeat.
 */
import { address, columnName, Position } from "./address";
import { Cell, CheckedFigure, readCell, Reading } from "./cells";

/** "columns": relations between columns that hold on every row (C = B x 52); "rows": between rows. */
export type Orientation = "columns" | "rows";
export const ORIENTATIONS: readonly Orientation[] = ["columns", "rows"];

export class Table {
  readonly readings: readonly (readonly Reading[])[];
  readonly rows: number;
  readonly cols: number;

  constructor(
    cells: readonly (readonly Cell[])[],
    readonly origin: Position
  ) {
    this.readings = cells.map((row) => row.map(readCell));
    this.rows = cells.length;
    this.cols = cells.reduce((most, row) => Math.max(most, row.length), 0);
  }

  reading(cell: Position): Reading {
    return this.readings[cell.row]?.[cell.col] ?? { kind: "blank", text: "" };
  }

  figure(cell: Position): CheckedFigure | undefined {
    const r = this.reading(cell);
    return r.kind === "figure" ? r.figure : undefined;
  }

  address(cell: Position): string {
    return address(cell, this.origin);
  }

  lineCount(o: Orientation): number {
    return o === "columns" ? this.cols : this.rows;
  }

  /** How many cells a line has: a column has one per row. */
  lineLength(o: Orientation): number {
    return o === "columns" ? this.rows : this.cols;
  }

  cellAt(o: Orientation, line: number, pos: number): Position {
    return o === "columns" ? { row: pos, col: line } : { row: line, col: pos };
  }

  /** What a reviewer calls the line: "C" for a column, "row 4" for a row. */
  lineName(o: Orientation, line: number): string {
    return o === "columns"
      ? columnName(line + this.origin.col)
      : `row ${line + this.origin.row + 1}`;
  }

  /** The words written across a position: the row's labels for a column total, the column's heading for a row total. */
  label(o: Orientation, pos: number): string {
    const texts: string[] = [];
    for (let i = 0; i < this.lineCount(o); i++) {
      const r = this.reading(this.cellAt(o, i, pos));
      if (r.kind === "text") texts.push(r.text);
    }
    return texts.join(" ");
  }

  /** The positions along a line that hold figures. */
  figurePositions(o: Orientation, line: number): number[] {
    const positions: number[] = [];
    for (let pos = 0; pos < this.lineLength(o); pos++) {
      if (this.figure(this.cellAt(o, line, pos))) positions.push(pos);
    }
    return positions;
  }

  figureCount(): number {
    return this.readings.reduce((n, row) => n + row.filter((r) => r.kind === "figure").length, 0);
  }
}
