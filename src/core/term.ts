import { Decimal, sum } from "./decimal";
import { invalid } from "./errors";
import { positive } from "./require";

export interface Term {
  /** Initial term, then each optional extension, in years. */
  readonly periods: readonly Decimal[];
  readonly initialYears: Decimal;
  readonly maximumYears: Decimal;
}

const PART = /^\d+(?:\.\d+)?$/;
const UNITS = ["years", "year", "yrs", "yr"];

/** A part of a term without its unit ("2 years" is "2"), by looking at its end: linear in its length. */
function withoutUnit(part: string): string {
  const lower = part.toLowerCase();
  const unit = UNITS.find((u) => lower.endsWith(u));
  return unit ? part.slice(0, part.length - unit.length).trimEnd() : part;
}

/** Reads a contract term as reports write it: "4+2+2" is 4 years plus two optional 2-year extensions. */
export function parseTerm(text: string): Term {
  const parts = text.split("+").map((part) => withoutUnit(part.trim()));
  if (text.trim() === "" || parts.some((part) => !PART.test(part) || Number(part) === 0)) {
    throw invalid(
      `term "${text}" is not a contract term. Write years joined by "+", e.g. "4+2+2" (4 years plus two 2-year extensions).`
    );
  }
  const periods = parts.map((part) => new Decimal(part));
  return { periods, initialYears: periods[0], maximumYears: sum(periods) };
}

/** Total years including every extension: "4+2+2" is 8; a number of years is taken as it is. */
export function termYears(term: string | Decimal): Decimal {
  return typeof term === "string"
    ? parseTerm(term).maximumYears
    : positive("term", term, "a number of years");
}
