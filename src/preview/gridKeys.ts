/**
 * Moving around the preview grid from the keyboard, as in Excel: arrows, Tab and Shift+Tab, Enter
 * and Shift+Enter, Home, End, Ctrl+Home, Ctrl+End, PageUp and PageDown; with Shift, arrows, Home,
 * End and the page keys stretch the selection from the active cell.
 */
import type { CellPosition } from "../core/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../core/limits";

/** The active cell and the selection's far corner (the same cell when one cell is selected). */
export interface Cursor {
  readonly active: CellPosition;
  readonly end: CellPosition;
  /** Where a run of Tabs started: Enter goes back to this column on the next row, as in Excel. */
  readonly tabStart?: number;
}

export interface GridKey {
  readonly key: string;
  readonly shift: boolean;
  /** Ctrl, or Cmd on a Mac. */
  readonly ctrl: boolean;
}

/** What the cell editor tells the grid: Enter, Tab or an arrow keeps the entry and moves on. */
export interface EditorActions {
  /** Keeps the edited text; `key`, if any, then moves on from the cell as it would outside the editor. */
  onCommit(text: string, key?: GridKey): void;
  onCancel(): void;
}

export interface GridShape {
  /** Columns the grid shows: Tab from the last of them (or Shift+Tab from A) leaves the grid. */
  readonly columns: number;
  /** The last column in `row` that holds something, or -1 when the row is empty. */
  lastFilled(row: number): number;
  /** The bottom-right cell of what the sheet holds (A1 when empty). */
  readonly lastCell: CellPosition;
  /** Rows the grid shows at once: PageUp and PageDown move by a screenful, as in Excel. */
  pageRows(): number;
}

const STEPS: Record<string, CellPosition> = {
  ArrowUp: { row: -1, column: 0 },
  ArrowDown: { row: 1, column: 0 },
  ArrowLeft: { row: 0, column: -1 },
  ArrowRight: { row: 0, column: 1 },
};

const within = ({ row, column }: CellPosition): CellPosition => ({
  row: Math.min(Math.max(row, 0), EXCEL_ROWS - 1),
  column: Math.min(Math.max(column, 0), EXCEL_COLUMNS - 1),
});

/** Where `key` takes the cursor; "leave" to let the focus leave the grid; undefined if it is not a move. */
export function moveFor(
  key: GridKey,
  cursor: Cursor,
  shape: GridShape
): Cursor | "leave" | undefined {
  const { active, end } = cursor;
  // Shift stretches the selection's far corner; otherwise the active cell moves and selects alone.
  const to = (target: CellPosition, stretch = key.shift): Cursor =>
    stretch ? { active, end: within(target) } : { active: within(target), end: within(target) };
  const from = key.shift ? end : active;
  const step = STEPS[key.key];
  if (step && !key.ctrl) return to({ row: from.row + step.row, column: from.column + step.column });
  switch (key.key) {
    case "Tab": {
      const column = active.column + (key.shift ? -1 : 1);
      if (column < 0 || column >= shape.columns) return "leave";
      return {
        ...to({ row: active.row, column }, false),
        tabStart: cursor.tabStart ?? active.column,
      };
    }
    case "Enter":
      return to(
        { row: active.row + (key.shift ? -1 : 1), column: cursor.tabStart ?? active.column },
        false
      );
    case "Home":
      return to(key.ctrl ? { row: 0, column: 0 } : { row: from.row, column: 0 });
    case "PageUp":
    case "PageDown": {
      // Ctrl+PageUp and Ctrl+PageDown change sheets in Excel: not a move within this one.
      if (key.ctrl) return undefined;
      const rows = shape.pageRows() * (key.key === "PageUp" ? -1 : 1);
      return to({ row: from.row + rows, column: from.column });
    }
    case "End": {
      if (key.ctrl) return to(shape.lastCell);
      const last = shape.lastFilled(from.row);
      return to({ row: from.row, column: last >= 0 ? last : shape.lastCell.column });
    }
    default:
      return undefined;
  }
}
