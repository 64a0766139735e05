/**
 * A1 addresses: the one module that reads and writes cell positions for every part (builders, the
 * Office adapter, the preview, the checker, the command line). Rows and columns are 0-based here,
 * 1-based and lettered in Excel.
 */
/** Column letters of A1 notation: 0 is A, 25 is Z, 26 is AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The zero-based column of letters such as "AA". */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** "B5" (relative), or with `$` where the reference must not move when the formula is copied. */
export function cellRef(
  { row, column }: CellPosition,
  fixed: { row?: boolean; column?: boolean } = {}
): string {
  return `${fixed.column ? "$" : ""}${columnLetters(column)}${fixed.row ? "$" : ""}${row + 1}`;
}

export function absoluteRef(position: CellPosition): string {
  return cellRef(position, { row: true, column: true });
}

export function rangeRef(
  from: CellPosition,
  to: CellPosition,
  fixed: { row?: boolean; column?: boolean } = {}
): string {
  return `${cellRef(from, fixed)}:${cellRef(to, fixed)}`;
}

const ADDRESS =
  /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

export interface SheetCell extends CellPosition {
  /** The sheet named in the address, if any. */
  readonly sheet?: string;
}

/** Reads "D5", "Sheet1!D5", "'Savings (2)'!$D$5" or the first cell of "D5:F9"; undefined if not an address. */
export function parseAddress(address: string): SheetCell | undefined {
  const match = ADDRESS.exec(address.trim());
  if (!match) return undefined;
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
  const row = Number(match[4]) - 1;
  const column = columnIndex(match[3]);
  if (row < 0 || row >= 1048576 || column >= 16384) return undefined;
  return { sheet, row, column };
}

/** "A1:C5", "B2" or "Sheet1!A1:C5" as its top-left and bottom-right cells; undefined if not an address. */
export function parseRange(
  address: string
): { readonly sheet?: string; readonly from: CellPosition; readonly to: CellPosition } | undefined {
  // Sheet names cannot hold ":", so the first ":" ends the first cell.
  const [first, last, ...rest] = address.split(":");
  const from = parseAddress(first);
  const to = last === undefined ? from : parseAddress(last);
  if (!from || !to || rest.length > 0 || to.sheet !== undefined) return undefined;
  if (to.row < from.row || to.column < from.column) return undefined;
  return { sheet: from.sheet, from: { row: from.row, column: from.column }, to };
}

/** The block between two corners given in either order: C5 and A1 give "A1:C5". */
export function spanAddress(one: CellPosition, other: CellPosition): string {
  const from = { row: Math.min(one.row, other.row), column: Math.min(one.column, other.column) };
  return blockAddress(
    from,
    Math.abs(one.row - other.row) + 1,
    Math.abs(one.column - other.column) + 1
  );
}

/** "Sheet1!B2:D2" as ["Sheet1", "B2:D2"], as Excel's addresses come; quoted names lose their quotes. */
export function splitSheetAddress(full: string): [string, string] {
  const bang = full.lastIndexOf("!");
  const sheet = full
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return [sheet, full.slice(bang + 1)];
}

/** A sheet name as formulas and addresses write it: quoted when it holds spaces or punctuation. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** The address of a block of cells, e.g. "B3:H25" (a single cell is "B3"). */
export function blockAddress(origin: CellPosition, rows: number, columns: number): string {
  const end = { row: origin.row + rows - 1, column: origin.column + columns - 1 };
  return rows === 1 && columns === 1 ? cellRef(origin) : `${cellRef(origin)}:${cellRef(end)}`;
}

export function offset(position: CellPosition, by: CellPosition): CellPosition {
  return { row: position.row + by.row, column: position.column + by.column };
}

/**
 * The cells in a 2-D block of formulas that are not empty, as blocks such as "B2:F24": runs of
 * filled cells in a row, joined with the same run in the rows below. Row by row, left to right.
 */
export function occupiedBlocks(
  formulas: readonly (readonly unknown[])[],
  origin: CellPosition
): string[] {
  const filled = (value: unknown) => value !== "" && value !== null && value !== undefined;
  const blocks: { from: CellPosition; to: CellPosition }[] = [];
  let open = new Map<string, { from: CellPosition; to: CellPosition }>();
  formulas.forEach((row, r) => {
    const next = new Map<string, { from: CellPosition; to: CellPosition }>();
    for (let c = 0; c < row.length; c++) {
      if (!filled(row[c])) continue;
      const start = c;
      while (c + 1 < row.length && filled(row[c + 1])) c++;
      const run = `${start}:${c}`;
      const to = { row: origin.row + r, column: origin.column + c };
      const block = open.get(run) ?? {
        from: { row: origin.row + r, column: origin.column + start },
        to,
      };
      if (!open.has(run)) blocks.push(block);
      block.to = to;
      next.set(run, block);
    }
    open = next;
  });
  return blocks.map((block) => spanAddress(block.from, block.to));
}
