/**
 * How the checker reads one cell as pasted from a report: a figure (with the rounding its writing
 * shows), a nil ("-"), a note or label, or something written like money that cannot be read.
 */
import { Decimal } from "../decimal";
import { looksLikeMoney, parseFigure, trailingZeroDigits, withoutFootnoteStars } from "../figures";

export type Cell = string | number | boolean | null | undefined;

export type Reading =
  | { readonly kind: "figure"; readonly text: string; readonly figure: CheckedFigure }
  | { readonly kind: "blank" | "text" | "unreadable"; readonly text: string };

export interface CheckedFigure {
  readonly exact: Decimal;
  /** The same value as a double: relations are searched in doubles, whose error is far below any rounding shown. */
  readonly value: number;
  /** The unit the figure is written to (0.01 for "2,411.30", 10,000 for "£5.49m"). */
  readonly unit: number;
  /** How far the true value may lie from the written one: half the rounding unit, 0 for exact counts. */
  readonly tolerance: number;
  readonly percent: boolean;
  /** Written with k, m or bn. */
  readonly scaled: boolean;
  /** Written as "-": nothing, i.e. zero. */
  readonly nil: boolean;
}

const NIL = /^[-\u2212\u2013\u2014]$/;
const NOTE = /^(n\/?a|nil|none|tbc|n\/k)$/i;

/** Undoes the stray marks of text extracted from a PDF: "£685,620." (a full stop), "£.2412." and footnote stars. */
function tidy(text: string): string {
  return withoutFootnoteStars(text.trim())
    .replace(/(\d|[kmn])\.$/i, "$1")
    .replace(/£\s*\.(?=\d)/, "£");
}

function significantUnit(digits: string, unit: Decimal): number {
  // "177,100" is usually a figure rounded to £100; "20" children, "£3,170" a week and "627,000" a
  // year (an input rounded to £500 before anything was computed from it) are taken as written.
  const trailingZeros = trailingZeroDigits(digits);
  return unit.toNumber() * 10 ** Math.min(trailingZeros, 2);
}

function fromText(text: string): Reading {
  const tidied = tidy(text);
  if (tidied === "") return { kind: "blank", text };
  if (NIL.test(tidied)) return { kind: "figure", text, figure: nilFigure() };
  if (NOTE.test(tidied)) return { kind: "text", text };
  const parsed = parseFigure(tidied);
  if (!parsed) return { kind: looksLikeMoney(tidied) ? "unreadable" : "text", text };
  const value = parsed.value.toNumber();
  const scaled = /\d\s*(k|m|bn|thousand|million|billion)\b/i.test(tidied);
  const integerWritten = parsed.precision.gte(1) && !scaled && !parsed.percent;
  const count = integerWritten && !tidied.includes("£") && Math.abs(value) < 100;
  const unit =
    integerWritten && Math.abs(value) >= 100_000
      ? significantUnit(tidied.split(".")[0], parsed.precision)
      : parsed.precision.toNumber();
  return {
    kind: "figure",
    text,
    figure: {
      exact: parsed.value,
      value,
      unit,
      tolerance: count ? 0 : unit / 2,
      percent: parsed.percent,
      scaled,
      nil: false,
    },
  };
}

function fromNumber(value: number): Reading {
  const text = String(value);
  if (!Number.isFinite(value)) return { kind: "text", text };
  const places = /e/.test(text) ? 0 : (text.split(".")[1]?.length ?? 0);
  const unit = 10 ** -places;
  const count = places === 0 && Math.abs(value) < 100;
  return {
    kind: "figure",
    text,
    figure: {
      exact: new Decimal(value),
      value,
      unit,
      tolerance: count ? 0 : unit / 2,
      percent: false,
      scaled: false,
      nil: false,
    },
  };
}

function nilFigure(): CheckedFigure {
  return {
    exact: new Decimal(0),
    value: 0,
    unit: 1,
    tolerance: 0,
    percent: false,
    scaled: false,
    nil: true,
  };
}

export function readCell(cell: Cell): Reading {
  if (cell === null || cell === undefined) return { kind: "blank", text: "" };
  if (typeof cell === "number") return fromNumber(cell);
  if (typeof cell === "boolean") return { kind: "text", text: String(cell) };
  return fromText(cell);
}
