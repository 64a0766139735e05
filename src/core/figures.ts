import { Decimal } from "./decimal";
import { invalid } from "./errors";

/** A number as written in a report, with what the writing says about its precision. */
export interface Figure {
  readonly value: Decimal;
  /** The unit the figure is rounded to, e.g. 1 for "£4,557", 0.01 for "£2,411.30", 10000 for "£5.49m". */
  readonly precision: Decimal;
  /** Written as an estimate: "c£10k", "approx. £5m". */
  readonly approximate: boolean;
  readonly percent: boolean;
}

const SCALES: Record<string, number> = {
  "": 0,
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
};

// sign, approximation, currency and brackets may come in the orders reports use: "-£1,234", "£-1,234", "(£1,234)", "c£10k".
const FIGURE =
  /^(?<open>\()?\s*(?<approx>c\.?|ca\.?|circa|approx\.?|approximately|~)?\s*(?<sign1>[-\u2212\u2013])?\s*(?<currency>£|gbp)?\s*(?<sign2>[-\u2212\u2013])?\s*(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<decimals>\d+))?\s*(?<scale>k|thousand|mn|m|million|bn|billion)?\s*(?<percent>%)?\s*(?<close>\))?$/i;

/** Accounting tables print nil as a lone dash. */
const NIL = /^[-\u2212\u2013\u2014]$/;

/**
 * Reads a figure as reports write it: "£4,388,575.80", "£5.49M", "c£10k", "(1,234)", "-£74,074",
 * "35.500", "7%", "-" for nil. A full stop ending a sentence ("£685,620.") is not a decimal point.
 */
export function parseFigure(text: string): Figure | undefined {
  const cleaned = text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/(\d)\.$/, "$1");
  if (NIL.test(cleaned))
    return { value: new Decimal(0), precision: new Decimal(1), approximate: false, percent: false };
  const match = FIGURE.exec(cleaned);
  const g = match?.groups;
  if (
    !g ||
    Boolean(g.open) !== Boolean(g.close) ||
    (g.sign1 && g.sign2) ||
    (g.percent && (g.scale || g.currency))
  ) {
    return undefined;
  }
  const places = g.decimals?.length ?? 0;
  const exponent = SCALES[(g.scale ?? "").toLowerCase()] - (g.percent ? 2 : 0);
  const negative = Boolean(g.open || g.sign1 || g.sign2);
  // Scaled by the exponent as it is read, so "£5.49m" is 5.49e6 exactly, with no multiplication.
  const digits = `${negative ? "-" : ""}${g.digits.replace(/,/g, "")}.${g.decimals ?? "0"}`;
  return {
    value: new Decimal(`${digits}e${exponent}`),
    precision: new Decimal(`1e${exponent - places}`),
    approximate: Boolean(g.approx),
    percent: Boolean(g.percent),
  };
}

/** The value of a money figure written as text; text that is not a figure is an error. */
export function parseMoney(text: string): Decimal {
  const figure = parseFigure(text);
  if (!figure) {
    throw invalid(
      `"${text}" is not an amount of money. Write it as reports do, e.g. "£4,388,575.80", "£5.49m", "c£10k" or "(1,234)".`
    );
  }
  return figure.value;
}
