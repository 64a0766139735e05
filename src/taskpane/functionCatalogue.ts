/**
 * The CARE function reference, read from functions.json (the metadata Excel reads), and the formula
 * "Insert into selected cell" writes. Pure: no React, no Office.
 */
import { cellRef, columnIndex } from "../core/a1";

export interface FunctionsJson {
  readonly functions: readonly {
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly {
      readonly name: string;
      readonly description?: string;
      readonly optional?: boolean;
      readonly dimensionality?: string;
    }[];
  }[];
}

export interface CareFunctionEntry {
  /** As written in formulas, e.g. CARE.SPOTSAVING. */
  readonly name: string;
  readonly description: string;
  readonly example?: string;
  readonly parameters: FunctionsJson["functions"][number]["parameters"];
}

export const NAMESPACE = "CARE";

/** The example formula in a description: "Example: =CARE.ANNUAL(2411.30) gives 125,387.60." */
function exampleIn(description: string): { example?: string; rest: string } {
  const start = description.indexOf("Example: =");
  if (start < 0) return { rest: description };
  let depth = 0;
  let end = description.indexOf("(", start);
  for (; end < description.length; end++) {
    if (description[end] === "(") depth++;
    if (description[end] === ")" && --depth === 0) break;
  }
  return {
    example: description.slice(start + "Example: ".length, end + 1),
    rest: description.slice(0, start).trim(),
  };
}

export function catalogue(json: FunctionsJson): CareFunctionEntry[] {
  return json.functions.map((fn) => {
    const { example, rest } = exampleIn(fn.description ?? "");
    return {
      name: `${NAMESPACE}.${fn.name}`,
      description: rest,
      example,
      parameters: fn.parameters,
    };
  });
}

/** Hyphens dropped, so "break-even" finds BREAKEVEN and "whole-life" WHOLELIFE. */
const searchable = (text: string) => text.toLowerCase().replace(/-/g, "");

export function search(entries: readonly CareFunctionEntry[], query: string): CareFunctionEntry[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const text = [
      entry.name,
      entry.description,
      ...entry.parameters.map((p) => `${p.name} ${p.description ?? ""}`),
    ].join(" ");
    return words.every((word) => searchable(text).includes(word));
  });
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/**
 * Where the formula goes and what it says. With one cell selected: that cell gets the example.
 * With a row or column of cells selected, one per argument (required ones at least, and none of them
 * a range): the cell just after the selection gets a formula taking those cells as its arguments.
 */
export function formulaForSelection(
  entry: CareFunctionEntry,
  selectedAddress: string
): { address: string; formula: string } | { message: string } {
  const match = RANGE.exec(selectedAddress);
  if (!match) return { message: `Select one cell, or a row or column of cells, first.` };
  const from = { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
  const to = match[3] ? { row: Number(match[4]) - 1, column: columnIndex(match[3]) } : from;
  const rows = to.row - from.row + 1;
  const columns = to.column - from.column + 1;
  if (rows === 1 && columns === 1) {
    return { address: cellRef(from), formula: entry.example ?? `=${entry.name}()` };
  }
  if (rows > 1 && columns > 1) {
    return { message: "Select one cell, or a single row or column of argument cells." };
  }
  const count = rows * columns;
  // One cell per argument cannot stand for a range such as SHARE's weights or PRICESCORE's bids.
  const ranges = entry.parameters.slice(0, count).filter((p) => p.dimensionality === "matrix");
  if (ranges.length > 0) {
    return {
      message: `${entry.name} takes a range for ${ranges.map((p) => p.name).join(" and ")}, so one cell per argument will not do. Select a single cell for the example, then change its references.`,
    };
  }
  const required = entry.parameters.filter((p) => !p.optional).length;
  if (count < required || count > entry.parameters.length) {
    return {
      message: `${entry.name} takes ${required === entry.parameters.length ? required : `${required} to ${entry.parameters.length}`} arguments; ${count} cells are selected. Select one cell per argument, or a single cell for the example.`,
    };
  }
  const cells = Array.from({ length: count }, (_, i) =>
    cellRef(
      rows > 1
        ? { row: from.row + i, column: from.column }
        : { row: from.row, column: from.column + i }
    )
  );
  const after =
    rows > 1 ? { row: to.row + 1, column: from.column } : { row: from.row, column: to.column + 1 };
  return { address: cellRef(after), formula: `=${entry.name}(${cells.join(",")})` };
}
