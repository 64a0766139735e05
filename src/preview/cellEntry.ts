/**
 * What a user types or pastes into a cell of the preview grid, read as Excel (en-GB) reads an
 * entry: a formula, a number (with the format its writing implies, so "£4,388,575.80" is a number
 * shown as typed), TRUE or FALSE, or text. And the reverse: the text the editor starts from (F2).
 */
import type { RawCellContent } from "hyperformula";

/** What to write into the engine, and the number format the entry asks for (none: keep the cell's). */
export interface Entry {
  readonly content: RawCellContent;
  readonly format?: string;
}

/**
 * A number as en-GB Excel takes it: a minus before or after an optional £ (or the whole in
 * brackets), digits with or without thousands commas (in groups of three), decimals, an optional %.
 */
const NUMBER = /^(-?)(£?)(-?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(%?)$/;
const SCIENTIFIC = /^([-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d+)(%?)$/i;

function numberOf(text: string): Entry | undefined {
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return { content: Number(scientific[1]) / (scientific[2] ? 100 : 1) };
  const bracketed = /^\((.*)\)$/.exec(text);
  const parts = NUMBER.exec(bracketed ? bracketed[1] : text.replace(/^\+/, ""));
  if (!parts) return undefined;
  const [, minusBefore, pound, minusAfter, digits, decimals, percent] = parts;
  const minus = minusBefore + minusAfter;
  if (digits === "" && !decimals) return undefined;
  if (minus.length > 1 || (bracketed && minus) || (pound && percent)) return undefined;
  const negative = bracketed !== null || minus === "-";
  const magnitude = `${digits.replace(/,/g, "") || "0"}.${decimals ?? ""}`;
  // Scaling in the decimal text ("14.3e-2"), not by dividing, gives 0.143 and not 0.14300000000000002.
  const value = Number(`${magnitude}${percent ? "e-2" : ""}`) * (negative ? -1 : 1);
  const places = decimals ? `.${"0".repeat(decimals.length)}` : "";
  if (percent) return { content: value, format: `0${places}%` };
  if (pound) return { content: value, format: `£#,##0${places}` };
  if (digits.includes(",")) return { content: value, format: `#,##0${places}` };
  return { content: value };
}

/** Reads an entry; a formula that does not parse is refused with what to change. */
export function readEntry(
  typed: string,
  isFormula: (formula: string) => boolean
): Entry | { readonly error: string } {
  if (typed === "") return { content: null };
  if (typed.startsWith("=") && typed.length > 1) {
    return isFormula(typed)
      ? { content: typed }
      : {
          error: `${typed} is not a formula the workbook can read: check the brackets, commas and cell addresses, or start with an apostrophe (') to keep it as text.`,
        };
  }
  // An apostrophe keeps what follows as text, as in Excel; the engine drops it as Excel does.
  if (typed.startsWith("'")) return { content: typed };
  const upper = typed.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { content: upper === "TRUE" };
  return numberOf(typed.trim()) ?? { content: `'${typed}` };
}

/** A cell's content as the editor shows it on F2: its formula, its number unformatted, or its text. */
export function entryText(
  cell: { readonly value: unknown; readonly formula?: string; readonly format: string },
  isFormula: (formula: string) => boolean
): string {
  if (cell.formula) return cell.formula;
  const { value } = cell;
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    // Excel edits a percentage as one (12.5%) and any other number without its format, to 15 digits.
    const percent = cell.format.endsWith("%");
    return `${Number((percent ? value * 100 : value).toPrecision(15))}${percent ? "%" : ""}`;
  }
  const text = String(value);
  // Text that would be read back as something else keeps the apostrophe that makes it text.
  const read = readEntry(text, isFormula);
  return "content" in read && read.content === `'${text}` ? text : `'${text}`;
}
