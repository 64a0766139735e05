/**
 * Formulas are evidence in a workbook. Modelling standards keep one formula per column (or row);
 * where most of a line's cells hold the same formula (the same once written relative to their
 * cell, as R1C1), that formula is the line's relation, announced by the workbook itself. A typed
 * value in such a line is the first suspect when the relation breaks there (a total or product
 * overwritten by hand), and a cell that follows the line's formula is not: it was computed.
 * Formulas of plain arithmetic (cell references, numbers, + - * /, brackets, SUM) are read; any
 * other formula still counts as computed, but announces nothing.
 */
import { CellPosition, columnIndex } from "../core/a1";
import { Decimal } from "../core/decimal";
import { cellKey, Expression, Instance, Outcome, outcome, Relation } from "./relation";
import type { Orientation, Table } from "./table";
import { ORIENTATIONS } from "./table";

/** Formulas longer than Excel's 8,192 characters are not read. */
const LONGEST_FORMULA = 8192;
/** A line's formula is its rule when at least this many of its cells hold it... */
const LEAST_FORMULA_CELLS = 2;

interface Reference {
  readonly row: number;
  readonly column: number;
  readonly fixedRow: boolean;
  readonly fixedColumn: boolean;
}

type Node =
  | { readonly kind: "number"; readonly value: Decimal }
  | { readonly kind: "ref"; readonly ref: Reference }
  | { readonly kind: "range"; readonly from: Reference; readonly to: Reference }
  | { readonly kind: "sum"; readonly items: readonly Node[] }
  | { readonly kind: "negate"; readonly of: Node }
  | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: Node;
      readonly right: Node;
    };

type Token = { kind: "number" | "ref" | "name" | "op"; text: string };

function isLetter(ch: string): boolean {
  return (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z");
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** Splits a formula into tokens in one pass; undefined for anything outside plain arithmetic. */
function tokens(formula: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === " ") {
      i++;
    } else if (isDigit(ch) || ch === ".") {
      let j = i;
      while (j < formula.length && (isDigit(formula[j]) || formula[j] === ".")) j++;
      out.push({ kind: "number", text: formula.slice(i, j) });
      i = j;
    } else if (isLetter(ch) || ch === "$") {
      let j = i;
      while (
        j < formula.length &&
        (isLetter(formula[j]) ||
          isDigit(formula[j]) ||
          formula[j] === "$" ||
          formula[j] === "." ||
          formula[j] === "_")
      )
        j++;
      const word = formula.slice(i, j);
      out.push({ kind: formula[j] === "(" ? "name" : "ref", text: word });
      i = j;
    } else if ("+-*/(),:".includes(ch)) {
      out.push({ kind: "op", text: ch });
      i++;
    } else {
      return undefined;
    }
  }
  return out;
}

function reference(text: string, at: CellPosition): Reference | undefined {
  let i = 0;
  const fixedColumn = text[i] === "$";
  if (fixedColumn) i++;
  let letters = "";
  while (i < text.length && isLetter(text[i]) && letters.length < 3) letters += text[i++];
  const fixedRow = text[i] === "$";
  if (fixedRow) i++;
  const digits = text.slice(i);
  if (!letters || !digits || ![...digits].every(isDigit) || digits.length > 7) return undefined;
  const row = Number(digits) - 1;
  const column = columnIndex(letters);
  // Relative parts are kept as offsets from the formula's cell, so copies of one formula compare equal.
  return {
    row: fixedRow ? row : row - at.row,
    column: fixedColumn ? column : column - at.column,
    fixedRow,
    fixedColumn,
  };
}

/** Parses plain arithmetic; `at` is the formula's own cell in the sheet. */
function parse(formula: string, at: CellPosition): Node | undefined {
  if (formula.length > LONGEST_FORMULA) return undefined;
  const list = tokens(formula);
  if (!list) return undefined;
  let i = 0;
  const peek = () => list[i];
  const fail = (): never => {
    throw new Error("not plain arithmetic");
  };
  const primary = (): Node => {
    const t = list[i++] ?? fail();
    if (t.kind === "op" && (t.text === "-" || t.text === "+")) {
      const of = primary();
      return t.text === "-" ? { kind: "negate", of } : of;
    }
    if (t.kind === "number") {
      if (!/^\d*\.?\d+$|^\d+\.$/.test(t.text)) fail();
      return { kind: "number", value: new Decimal(t.text) };
    }
    if (t.kind === "ref") {
      const from = reference(t.text, at) ?? fail();
      if (peek()?.text === ":") {
        i++;
        const next = list[i++] ?? fail();
        const to = (next.kind === "ref" && reference(next.text, at)) || fail();
        return { kind: "range", from, to };
      }
      return { kind: "ref", ref: from };
    }
    if (t.kind === "name" && t.text.toUpperCase() === "SUM") {
      i++; // "("
      const items: Node[] = [];
      while (peek() && peek().text !== ")") {
        items.push(expression());
        if (peek()?.text === ",") i++;
      }
      if (list[i++]?.text !== ")") fail();
      return { kind: "sum", items };
    }
    if (t.kind === "op" && t.text === "(") {
      const inner = expression();
      if (list[i++]?.text !== ")") fail();
      return inner;
    }
    return fail();
  };
  const term = (): Node => {
    let left = primary();
    while (peek()?.text === "*" || peek()?.text === "/") {
      const op = list[i++].text as "*" | "/";
      left = { kind: "binary", op, left, right: primary() };
    }
    return left;
  };
  const expression = (): Node => {
    let left = term();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const op = list[i++].text as "+" | "-";
      left = { kind: "binary", op, left, right: term() };
    }
    return left;
  };
  try {
    const node = expression();
    return i === list.length && node.kind !== "range" ? node : undefined;
  } catch {
    return undefined;
  }
}

/** The formula written relative to its cell: copies of one formula down a column give one shape. */
function shapeOf(node: Node): string {
  const ref = (r: Reference) =>
    `R${r.fixedRow ? r.row : `[${r.row}]`}C${r.fixedColumn ? r.column : `[${r.column}]`}`;
  switch (node.kind) {
    case "number":
      return node.value.toString();
    case "ref":
      return ref(node.ref);
    case "range":
      return `${ref(node.from)}:${ref(node.to)}`;
    case "sum":
      return `SUM(${node.items.map(shapeOf).join(",")})`;
    case "negate":
      return `-(${shapeOf(node.of)})`;
    case "binary":
      return `(${shapeOf(node.left)}${node.op}${shapeOf(node.right)})`;
  }
}

/** The node as arithmetic over the cells it refers to from `at` (sheet positions), in order. */
function resolve(node: Node, at: CellPosition, cells: CellPosition[]): Expression {
  const place = (r: Reference): CellPosition => ({
    row: r.fixedRow ? r.row : at.row + r.row,
    column: r.fixedColumn ? r.column : at.column + r.column,
  });
  const input = (p: CellPosition): Expression => {
    cells.push(p);
    return { kind: "input", index: cells.length - 1 };
  };
  const plus = (items: Expression[]): Expression =>
    items.reduce((left, right) => ({ kind: "binary", op: "+", left, right }));
  switch (node.kind) {
    case "number":
      return node;
    case "ref":
      return input(place(node.ref));
    case "range": {
      const from = place(node.from);
      const to = place(node.to);
      const items: Expression[] = [];
      for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++)
        for (
          let column = Math.min(from.column, to.column);
          column <= Math.max(from.column, to.column);
          column++
        )
          items.push(input({ row, column }));
      return plus(items);
    }
    case "sum":
      return node.items.length
        ? plus(node.items.map((n) => resolve(n, at, cells)))
        : { kind: "number", value: new Decimal(0) };
    case "negate":
      return { kind: "negate", of: resolve(node.of, at, cells) };
    case "binary":
      return {
        kind: "binary",
        op: node.op,
        left: resolve(node.left, at, cells),
        right: resolve(node.right, at, cells),
      };
  }
}

/** A range in a line's formula covering more cells than this is not expanded into a relation. */
const MOST_RANGE_CELLS = 10_000;

function rangeSize(node: Node): number {
  switch (node.kind) {
    case "range":
      return (
        (Math.abs(node.to.row - node.from.row) + 1) *
        (Math.abs(node.to.column - node.from.column) + 1)
      );
    case "sum":
      return node.items.reduce((n, item) => n + rangeSize(item), 0);
    case "negate":
      return rangeSize(node.of);
    case "binary":
      return rangeSize(node.left) + rangeSize(node.right);
    default:
      return 1;
  }
}

export interface FormulaEvidence {
  readonly relations: readonly { relation: Relation; outcomes: ReadonlyMap<Instance, Outcome> }[];
  /** +1 for a typed value in a line of formulas, -1 for a cell that follows its line's formula, 0 otherwise. */
  blame(cell: CellPosition): number;
}

export function formulaRelations(table: Table): FormulaEvidence {
  const score = new Map<string, number>();
  const relations: { relation: Relation; outcomes: Map<Instance, Outcome> }[] = [];
  if (!table.hasFormulas) return { relations, blame: () => 0 };
  const sheet = (p: CellPosition): CellPosition => ({
    row: p.row + table.origin.row,
    column: p.column + table.origin.column,
  });
  const local = (p: CellPosition): CellPosition => ({
    row: p.row - table.origin.row,
    column: p.column - table.origin.column,
  });
  const parsed = new Map<string, { node: Node; shape: string }>();
  for (const cell of table.cells()) {
    const formula = table.formula(cell);
    if (!formula) continue;
    const node = parse(formula, sheet(cell));
    if (node) parsed.set(cellKey(cell), { node, shape: shapeOf(node) });
  }
  for (const o of ORIENTATIONS) {
    for (let line = table.firstLine(o); line < table.lineCount(o); line++) {
      const cells = table.figureCells(o, line);
      const shapes = new Map<string, CellPosition[]>();
      for (const cell of cells) {
        const p = parsed.get(cellKey(cell));
        if (p) shapes.set(p.shape, [...(shapes.get(p.shape) ?? []), cell]);
      }
      const [rule] = [...shapes.entries()].sort((a, b) => b[1].length - a[1].length);
      if (!rule || rule[1].length < LEAST_FORMULA_CELLS || rule[1].length * 2 < cells.length)
        continue;
      const node = parsed.get(cellKey(rule[1][0]))!.node;
      if (rangeSize(node) > MOST_RANGE_CELLS) continue;
      const instances: Instance[] = [];
      let words = "";
      for (const cell of cells) {
        const own = table.formula(cell);
        const typed = own === undefined;
        if (!typed && parsed.get(cellKey(cell))?.shape !== rule[0]) continue;
        const inputs: CellPosition[] = [];
        const expression = resolve(node, sheet(cell), inputs);
        const places = inputs.map(local);
        if (
          places.some(
            (p) => p.row < 0 || p.column < 0 || p.row >= table.rows || p.column >= table.cols
          )
        )
          continue;
        instances.push({ target: cell, inputs: places });
        if (!words)
          words = `${table.lineName(o, line)} = ${table.formula(rule[1][0])} (the ${o === "columns" ? "column" : "row"}'s formula)`;
        score.set(cellKey(cell), typed ? 1 : Math.min(score.get(cellKey(cell)) ?? 0, -1));
        if (instances.length === 1)
          relations.push({
            relation: ruleRelation(o, line, expression, words, instances),
            outcomes: new Map(),
          });
      }
    }
  }
  for (const r of relations)
    for (const i of r.relation.instances) {
      const result = outcome(table, r.relation, i);
      if (result) r.outcomes.set(i, result);
    }
  return { relations, blame: (cell) => score.get(cellKey(cell)) ?? 0 };
}

function ruleRelation(
  o: Orientation,
  line: number,
  expression: Expression,
  words: string,
  instances: Instance[]
): Relation {
  return {
    orientation: o,
    op: { kind: "expression", expression },
    source: "formulas",
    words,
    instances,
    linear: true,
    key: `${o}:formula:${line}`,
  };
}
