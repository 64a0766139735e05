/*
 * The preview host: an in-memory workbook that evaluates formulas, CARE functions included, with
 * HyperFormula. It implements the same WorkbookHost as Excel, so the task pane runs unchanged in an
 * ordinary browser. HyperFormula is GPL-3.0: this module is only in preview.js.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import {
  HIGHLIGHT_FILL,
  HighlightedCell,
  NOTHING_TO_CLEAR,
  rememberOriginals,
} from "../office/highlights";
import type {
  FillResult,
  InsertTarget,
  SelectedTable,
  Selection,
  WorkbookHost,
  WriteResult,
} from "../office/workbookHost";
import { badAddressMessage, notEmpty, occupiedMessage } from "../office/workbookHost";
import {
  blockAddress,
  CellPosition,
  cellRef,
  occupiedBlocks,
  offset,
  parseAddress,
  parseRange,
} from "../core/a1";
import { FORMAT } from "../tables/formats";
import { placeAt } from "../tables/place";
import { ChartPlan, planSize, TablePlan } from "../tables/plan";
import { uniqueSheetName } from "../tables/sheetNames";
import { EXCEL_LIKE } from "../hyperformula/engineOptions";
import { showCell } from "../tables/cellFormat";
import { EXCEL_COLUMNS, EXCEL_ROWS, MOST_CELL_CHARACTERS, MOST_PASTED_CELLS } from "../core/limits";
import { SAMPLE_SHEET, SAMPLE_TABLE } from "./sampleTable";
import { Entry, entryText, readEntry } from "./cellEntry";
import { pastedRows } from "./pastedTable";

/** One cell as the grid shows it. */
export interface CellView {
  readonly value: unknown;
  readonly formula?: string;
  readonly format: string;
  readonly input: boolean;
  readonly heading: boolean;
  /** An error's message, e.g. why CARE.SPOTSAVING gave #VALUE!. */
  readonly error?: string;
  /** The cell's fill colour, as Excel's fill (e.g. a Check highlight); none when unfilled. */
  readonly fill?: string;
}

export interface SheetView {
  readonly name: string;
  readonly rows: readonly (readonly CellView[])[];
  readonly charts: readonly ChartPlan[];
}

interface SheetStyle {
  readonly formats: Map<string, string>;
  readonly inputs: Set<string>;
  readonly headings: Set<string>;
  readonly fills: Map<string, string>;
  readonly charts: ChartPlan[];
}

const key = (p: CellPosition) => `${p.row},${p.column}`;
const keyOf = (address: string) => key(parseAddress(address)!);

export class PreviewWorkbook implements WorkbookHost {
  readonly writesClearUndo = false;
  private readonly engine = HyperFormula.buildEmpty(EXCEL_LIKE);
  private readonly styles = new Map<number, SheetStyle>();
  private readonly listeners = new Set<() => void>();
  private selection: Selection;
  /** Each sheet's last selection, restored when the sheet is shown again, as Excel does. */
  private readonly selections = new Map<string, string>();
  private changes = 0;
  private cellChanges = 0;
  private activeSheet: string;
  /** Each highlighted cell's own fill, for Clear highlights (memory is enough: the page is the session). */
  private highlighted: HighlightedCell[] = [];

  constructor() {
    this.activeSheet = this.addSheet("Sheet1");
    this.selection = { sheet: this.activeSheet, address: "A1" };
    this.addSample();
  }

  /** The report table pasted as text (the leading ' keeps "£4,388,575.80" text, as pasted). */
  private addSample(): void {
    const sheet = this.sheetId(this.addSheet(SAMPLE_SHEET));
    this.engine.setCellContents(
      { sheet, row: 0, col: 0 },
      SAMPLE_TABLE.map((row) => row.map((text) => `'${text}`))
    );
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes so far; React re-renders the grid when it moves. */
  get version(): number {
    return this.changes;
  }

  /** Changes to what cells hold or wear, not to the selection: a sheet's view is the same until it moves. */
  get cellsVersion(): number {
    return this.cellChanges;
  }

  get active(): string {
    return this.activeSheet;
  }

  get selected(): Selection {
    return this.selection;
  }

  activate(sheet: string): void {
    this.select(sheet, this.selections.get(sheet) ?? "A1");
  }

  select(sheet: string, address: string): void {
    this.selectQuietly(sheet, address);
    this.changed(false);
  }

  private selectQuietly(sheet: string, address: string): void {
    this.selection = { sheet, address };
    this.selections.set(sheet, address);
    this.activeSheet = sheet;
  }

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  view(name: string): SheetView {
    const sheet = this.sheetId(name);
    const style = this.styles.get(sheet)!;
    const values = this.engine.getSheetValues(sheet);
    const formulas = this.engine.getSheetFormulas(sheet);
    const rows = values.map((row, r) =>
      row.map((value, c): CellView => {
        const at = key({ row: r, column: c });
        const error = value instanceof DetailedCellError ? value : undefined;
        return {
          value: error ? error.value : value,
          formula: formulas[r]?.[c],
          format: style.formats.get(at) ?? FORMAT.general,
          input: style.inputs.has(at),
          heading: style.headings.has(at),
          ...(error && { error: error.message }),
          ...(style.fills.has(at) && { fill: style.fills.get(at) }),
        };
      })
    );
    return { name, rows, charts: style.charts };
  }

  async getSelection(): Promise<Selection> {
    return this.selection;
  }

  async readSelectedTable(): Promise<SelectedTable> {
    const { sheet, address } = this.selection;
    return this.tableAt(sheet, parseRange(address)!);
  }

  async readUsedRange(): Promise<SelectedTable> {
    const { sheet } = this.selection;
    const rows = this.view(sheet).rows;
    let bottom = -1;
    let right = -1;
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === null || cell.value === "") return;
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      })
    );
    if (bottom < 0) return { sheet, address: "A1", text: [] };
    return this.tableAt(sheet, { from: { row: 0, column: 0 }, to: { row: bottom, column: right } });
  }

  /** The cells as shown, and their formulas, as the Office adapter reads them from Excel. */
  private tableAt(sheet: string, range: { from: CellPosition; to: CellPosition }): SelectedTable {
    const rows = this.view(sheet).rows;
    const cellAt = (r: number, c: number) => rows[range.from.row + r]?.[range.from.column + c];
    const height = range.to.row - range.from.row + 1;
    const width = range.to.column - range.from.column + 1;
    const text = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = cellAt(r, c);
        return cell ? showCell(cell.value, cell.format) : "";
      })
    );
    const formulas = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => cellAt(r, c)?.formula ?? "")
    );
    const address = blockAddress(range.from, height, width);
    const empty = text.every((row) => row.every((shown) => shown === ""));
    return { sheet, address, text: empty ? [] : text, ...(!empty && { formulas }) };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.sheetNames().includes(sheet)) throw new Error(`There is no sheet named "${sheet}".`);
    this.select(sheet, address);
  }

  async highlight(sheet: string, addresses: readonly string[]): Promise<FillResult> {
    const fills = this.styles.get(this.sheetId(sheet))!.fills;
    this.highlighted = rememberOriginals(
      this.highlighted,
      sheet,
      addresses.map((address) => {
        const color = fills.get(keyOf(address));
        return { address, fill: color === undefined ? null : { color } };
      })
    );
    addresses.forEach((address) => fills.set(keyOf(address), HIGHLIGHT_FILL));
    this.changed();
    return { ok: true, cells: addresses };
  }

  async clearHighlights(): Promise<FillResult> {
    if (this.highlighted.length === 0) return { ok: true, cells: [], note: NOTHING_TO_CLEAR };
    const restored = this.highlighted.map(({ sheet, address, original }) => {
      const fills = this.styles.get(this.sheetId(sheet))!.fills;
      if (original) fills.set(keyOf(address), original.color);
      else fills.delete(keyOf(address));
      return `${sheet}!${address}`;
    });
    this.highlighted = [];
    this.changed();
    return { ok: true, cells: restored };
  }

  async insertTable(plan: TablePlan, target: InsertTarget): Promise<WriteResult> {
    const { rows, columns } = planSize(plan);
    let sheetName: string;
    let origin: CellPosition;
    if (target.kind === "at") {
      const cell = parseAddress(target.address);
      const name = cell?.sheet ?? this.activeSheet;
      if (!cell) return { ok: false, message: badAddressMessage(target.address) };
      if (!this.sheetNames().includes(name)) {
        return { ok: false, message: `There is no sheet named "${name}". Check the address.` };
      }
      const occupied = occupiedBlocks(this.contents(name, cell, rows, columns), cell);
      if (occupied.length > 0) return { ok: false, message: occupiedMessage(occupied), occupied };
      sheetName = name;
      origin = cell;
    } else {
      sheetName = this.addSheet(uniqueSheetName(plan.sheetName, this.sheetNames()));
      origin = { row: 0, column: 0 };
    }
    const placed = placeAt(plan, origin);
    const sheet = this.sheetId(sheetName);
    this.engine.batch(() =>
      this.engine.setCellContents(
        { sheet, row: origin.row, col: origin.column },
        placed.cells.map((row) => row.map((cell) => (cell === "" ? null : cell)))
      )
    );
    const style = this.styles.get(sheet)!;
    placed.numberFormats.forEach((row, r) =>
      row.forEach((format, c) =>
        style.formats.set(key(offset({ row: r, column: c }, origin)), format)
      )
    );
    placed.inputCells.forEach((cell) => style.inputs.add(key(offset(cell, origin))));
    placed.headingRows.forEach((row) =>
      placed.cells[row].forEach((_, c) =>
        style.headings.add(key(offset({ row, column: c }, origin)))
      )
    );
    if (placed.chart) style.charts.push(placed.chart);
    this.selectQuietly(sheetName, cellRef(origin));
    this.changed();
    return { ok: true, sheet: sheetName, address: blockAddress(origin, rows, columns) };
  }

  async insertFormula(address: string, formula: string): Promise<WriteResult> {
    const cell = parseAddress(address);
    if (!cell) return { ok: false, message: badAddressMessage(address) };
    const name = cell.sheet ?? this.activeSheet;
    const occupied = occupiedBlocks(this.contents(name, cell, 1, 1), cell);
    if (occupied.length > 0) return { ok: false, message: occupiedMessage(occupied), occupied };
    this.engine.setCellContents(
      { sheet: this.sheetId(name), row: cell.row, col: cell.column },
      formula
    );
    this.selectQuietly(name, cellRef(cell));
    this.changed();
    return { ok: true, sheet: name, address: cellRef(cell) };
  }

  /**
   * Enters what was typed into one cell, replacing what it held, as typing in Excel does: a value,
   * or a formula starting with "=" (one that does not parse is refused, with what to change).
   */
  enter(sheet: string, at: CellPosition, typed: string): WriteResult {
    const entry = readEntry(typed, this.isFormula);
    if ("error" in entry) return { ok: false, message: entry.error };
    this.write(sheet, at, [[entry]]);
    return { ok: true, sheet, address: cellRef(at) };
  }

  /** The text the cell editor starts from (F2): the formula, or the value unformatted. */
  entryText(sheet: string, at: CellPosition): string {
    const cell = this.view(sheet).rows[at.row]?.[at.column];
    return cell ? entryText(cell, this.isFormula) : "";
  }

  /** Clears what a block of cells holds (Delete), keeping their formats and fills, as Excel does. */
  clear(sheet: string, from: CellPosition, to: CellPosition): void {
    const height = to.row - from.row + 1;
    const width = to.column - from.column + 1;
    this.write(
      sheet,
      from,
      Array.from({ length: height }, () => Array.from({ length: width }, () => ({ content: null })))
    );
  }

  /**
   * Pastes a table copied as text (tab-separated, as Word, PDFs and Excel give it) with its top-left
   * cell at `at`, each cell read as if typed. Only into empty cells: if any cell it would cover
   * holds something, nothing is pasted and the cells in the way are named.
   */
  paste(sheet: string, at: CellPosition, text: string): WriteResult {
    const rows = pastedRows(text);
    const height = rows.length;
    const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
    const count = (n: number) => n.toLocaleString("en-GB");
    const size = `${count(height)} ${height === 1 ? "row" : "rows"} by ${count(width)} ${width === 1 ? "column" : "columns"}`;
    if (rows.every((row) => row.every((cell) => cell === ""))) {
      return {
        ok: false,
        message: "Nothing was pasted: the clipboard holds no text. Copy a table first.",
      };
    }
    if (height * width > MOST_PASTED_CELLS) {
      return {
        ok: false,
        message: `Nothing was pasted: the table is ${size}, more than the ${count(MOST_PASTED_CELLS)} cells the preview takes at once. Paste it in parts.`,
      };
    }
    const long = rows.findIndex((row) => row.some((cell) => cell.length > MOST_CELL_CHARACTERS));
    if (long >= 0) {
      return {
        ok: false,
        message: `Nothing was pasted: row ${long + 1} of the table has a cell of more than ${count(MOST_CELL_CHARACTERS)} characters, Excel's limit for a cell.`,
      };
    }
    if (at.row + height > EXCEL_ROWS || at.column + width > EXCEL_COLUMNS) {
      return {
        ok: false,
        message: `Nothing was pasted: the table is ${size} and from ${cellRef(at)} it would run off the sheet. Select a cell further up or to the left.`,
      };
    }
    const occupied = occupiedBlocks(this.contents(sheet, at, height, width), at);
    if (occupied.length > 0) {
      const them = occupied.length === 1 && !occupied[0].includes(":") ? "it" : "them";
      return {
        ok: false,
        occupied,
        message: `Nothing was pasted: ${notEmpty(occupied)}. CareCalc never overwrites: select an empty cell to paste at, or clear ${them} first (select ${them}, then press Delete).`,
      };
    }
    // A pasted "=..." that is not a formula the workbook can read is kept as the text it is.
    const entries = rows.map((row) =>
      Array.from({ length: width }, (_, c): Entry => {
        const entry = readEntry(row[c] ?? "", this.isFormula);
        return "error" in entry ? { content: `'${row[c]}` } : entry;
      })
    );
    const address = blockAddress(at, height, width);
    this.selectQuietly(sheet, address);
    this.write(sheet, at, entries);
    return { ok: true, sheet, address, note: `A table of ${size}, now selected.` };
  }

  private readonly isFormula = (formula: string) => this.engine.validateFormula(formula);

  /** Writes a block of entries in one batch, each with the number format its writing asks for. */
  private write(name: string, at: CellPosition, entries: readonly (readonly Entry[])[]): void {
    const sheet = this.sheetId(name);
    this.engine.batch(() =>
      this.engine.setCellContents(
        { sheet, row: at.row, col: at.column },
        entries.map((row) => row.map((entry) => entry.content))
      )
    );
    const formats = this.styles.get(sheet)!.formats;
    entries.forEach((row, r) =>
      row.forEach((entry, c) => {
        if (entry.format) formats.set(key(offset({ row: r, column: c }, at)), entry.format);
      })
    );
    this.changed();
  }

  /** What a block of cells holds (formulas as written), "" where empty. */
  private contents(name: string, origin: CellPosition, rows: number, columns: number): unknown[][] {
    const sheet = this.sheetId(name);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const at = { sheet, row: origin.row + r, col: origin.column + c };
        return this.engine.isCellEmpty(at) ? "" : (this.engine.getCellSerialized(at) ?? "");
      })
    );
  }

  private addSheet(name: string): string {
    const added = this.engine.addSheet(name);
    this.styles.set(this.sheetId(added), {
      formats: new Map(),
      inputs: new Set(),
      headings: new Set(),
      fills: new Map(),
      charts: [],
    });
    return added;
  }

  private sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named ${name}`);
    return id;
  }

  private changed(cells = true): void {
    this.changes++;
    if (cells) this.cellChanges++;
    this.listeners.forEach((listener) => listener());
  }
}
