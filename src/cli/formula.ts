/**
 * Formulas as a workbook file stores them, read by one linear scanner: their references (to move
 * a shared formula to its copies, and to count the cells its ranges cover), the functions they
 * call (to rename add-in and newer functions for the engine) and the spill a literal size asks for.
 */
import { columnIndex, columnLetters } from "../core/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../core/limits";

type TokenKind = "text" | "name" | "number" | "other";
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const isNameChar = (ch: string) =>
  (ch >= "a" && ch <= "z") ||
  (ch >= "A" && ch <= "Z") ||
  (ch >= "0" && ch <= "9") ||
  "_.$\\?".includes(ch) ||
  (ch > "\u007f" && /[\p{L}\p{N}]/u.test(ch));
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** Splits a formula into tokens; string literals, quoted sheet names and [structured] parts stay whole. */
function tokens(formula: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    const start = i;
    if (ch === '"' || ch === "'") {
      // "" (or '') inside is the quote itself.
      for (i++; i < formula.length; i++) {
        if (formula[i] === ch) {
          if (formula[i + 1] === ch) i++;
          else break;
        }
      }
      i++;
      out.push({ kind: ch === '"' ? "text" : "name", text: formula.slice(start, i) });
    } else if (ch === "[") {
      let depth = 0;
      for (; i < formula.length; i++) {
        if (formula[i] === "[") depth++;
        else if (formula[i] === "]" && --depth === 0) break;
      }
      i++;
      out.push({ kind: "other", text: formula.slice(start, i) });
    } else if (isDigit(ch)) {
      while (i < formula.length && (isDigit(formula[i]) || formula[i] === ".")) i++;
      // 1E+3; and a name that starts with digits is not one (row ranges 1:3 are numbers here).
      if (/[eE]/.test(formula[i] ?? "") && /[-+\d]/.test(formula[i + 1] ?? "")) {
        i += 2;
        while (isDigit(formula[i])) i++;
      }
      out.push({ kind: "number", text: formula.slice(start, i) });
    } else if (isNameChar(ch)) {
      while (i < formula.length && isNameChar(formula[i])) i++;
      out.push({ kind: "name", text: formula.slice(start, i) });
    } else {
      i++;
      out.push({ kind: "other", text: ch });
    }
  }
  return out;
}

interface CellReference {
  readonly column: number;
  readonly row: number;
  readonly fixedColumn: boolean;
  readonly fixedRow: boolean;
}

function cellReference(text: string): CellReference | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(text);
  if (!m) return undefined;
  const column = columnIndex(m[2]);
  const row = Number(m[4]) - 1;
  if (column >= EXCEL_COLUMNS || row < 0 || row >= EXCEL_ROWS) return undefined;
  return { column, row, fixedColumn: m[1] === "$", fixedRow: m[3] === "$" };
}

const columnPart = (text: string) =>
  /^\$?[A-Za-z]{1,3}$/.test(text) && columnIndex(text.replace("$", "")) < EXCEL_COLUMNS;
const rowPart = (text: string) =>
  /^\$?\d{1,7}$/.test(text) && Number(text.replace("$", "")) <= EXCEL_ROWS;

/** Whether the token is a reference (not a function name: LOG10( is a call). */
function isCall(list: readonly Token[], at: number): boolean {
  let next = at + 1;
  while (list[next]?.text === " ") next++;
  return list[next]?.text === "(";
}

/**
 * The formula of a shared formula's copy: the anchor's formula with its relative references moved
 * by the copy's offset, as Excel fills a formula down or across.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  const list = tokens(formula);
  const shiftColumn = (text: string) => {
    const fixed = text.startsWith("$");
    return fixed ? text : columnLetters(columnIndex(text) + columns);
  };
  const shiftRow = (text: string) => (text.startsWith("$") ? text : String(Number(text) + rows));
  return list
    .map((token, i) => {
      const ref = token.kind === "name" && !isCall(list, i) ? cellReference(token.text) : undefined;
      if (ref) {
        return (
          `${ref.fixedColumn ? "$" : ""}${ref.fixedColumn ? columnLetters(ref.column) : columnLetters(ref.column + columns)}` +
          `${ref.fixedRow ? "$" : ""}${ref.fixedRow ? ref.row + 1 : ref.row + 1 + rows}`
        );
      }
      // Whole columns (A:C) and whole rows (2:4): each side of the colon moves on its own.
      const colon = list[i + 1]?.text === ":" || list[i - 1]?.text === ":";
      if (colon && token.kind === "name" && columnPart(token.text)) return shiftColumn(token.text);
      if (colon && (token.kind === "number" || token.kind === "name") && rowPart(token.text))
        return shiftRow(token.text);
      return token.text;
    })
    .join("");
}

/** Excel's file prefixes for newer functions ("_xlfn.SEQUENCE"), legacy add-ins and worksheet functions. */
const FILE_PREFIXES = /^(?:_xl(?:fn|udf|ws)\.)+/i;
/** How Excel writes an add-in function in a file: "_xldudf_CARE_BLOCKCOST" for CARE.BLOCKCOST. */
const ADD_IN_PREFIX = "_xldudf_care_";

/** A function's name as the engine knows it: prefixes dropped, add-in functions as CARE.NAME. */
function engineName(name: string): string {
  const bare = name.replace(FILE_PREFIXES, "");
  return bare.toLowerCase().startsWith(ADD_IN_PREFIX)
    ? `CARE.${bare.slice(ADD_IN_PREFIX.length).toUpperCase()}`
    : bare;
}

/** The formula as HyperFormula takes it: "=" first, CARE functions and newer functions by their names. */
export function engineFormula(stored: string): string {
  const list = tokens(stored);
  return (
    "=" +
    list
      .map((t, i) => (t.kind === "name" && isCall(list, i) ? engineName(t.text) : t.text))
      .join("")
  );
}

/** What a formula asks of the engine before it is evaluated. */
export interface FormulaCost {
  /** Cells its ranges cover together; whole columns and rows count the sheet's used rows or columns. */
  readonly rangeCells: number;
  /** The largest spill a literal size asks for (=SEQUENCE(40000, 18278)), or 0. */
  readonly spillCells: number;
}

/** Functions whose spill size is written as literal numbers: name, and which arguments multiply. */
const SIZED_SPILLS: Record<string, (sizes: number[]) => number> = {
  SEQUENCE: ([rows, columns = 1]) => rows * columns,
  RANDARRAY: ([rows = 1, columns = 1]) => rows * columns,
  MAKEARRAY: ([rows, columns]) => rows * columns,
  MUNIT: ([size]) => size * size,
};

/** The literal numbers that open a call's arguments: SEQUENCE(40000, 18278, ...) gives [40000, 18278]. */
function literalArguments(list: readonly Token[], open: number): number[] {
  const sizes: number[] = [];
  for (let i = open + 1; i < list.length; i++) {
    if (list[i].text === " ") continue;
    if (list[i].kind !== "number") break;
    sizes.push(Number(list[i].text));
    while (list[i + 1]?.text === " ") i++;
    if (list[i + 1]?.text !== ",") break;
    i++;
  }
  return sizes;
}

export function formulaCost(formula: string, used: { rows: number; columns: number }): FormulaCost {
  const list = tokens(formula);
  let rangeCells = 0;
  let spillCells = 0;
  for (let i = 0; i < list.length; i++) {
    const token = list[i];
    if (token.kind === "name" && isCall(list, i)) {
      const spill = SIZED_SPILLS[engineName(token.text).toUpperCase()];
      let open = i + 1;
      while (list[open].text !== "(") open++;
      const sizes = literalArguments(list, open);
      if (spill && sizes.length) spillCells = Math.max(spillCells, spill(sizes) || 0);
      continue;
    }
    // A range is two ends around a colon; the sheet name before "!" does not change its size.
    if (list[i + 1]?.text !== ":" || !list[i + 2]) continue;
    const [from, to] = [token.text, list[i + 2].text];
    const a = cellReference(from);
    const b = cellReference(to);
    if (a && b) {
      rangeCells += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
      i += 2;
    } else if (columnPart(from) && columnPart(to)) {
      const width =
        Math.abs(columnIndex(to.replace("$", "")) - columnIndex(from.replace("$", ""))) + 1;
      rangeCells += width * used.rows;
      i += 2;
    } else if (rowPart(from) && rowPart(to)) {
      rangeCells +=
        (Math.abs(Number(to.replace("$", "")) - Number(from.replace("$", ""))) + 1) * used.columns;
      i += 2;
    }
  }
  return { rangeCells, spillCells };
}
