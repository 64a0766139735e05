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
  /** The multiplier its letters or words wrote: 1,000 for "k" or "thousand", 1,000,000 for "m", 1 for none. */
  readonly scale: number;
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

/** Sign, approximation, currency and brackets in the orders reports use: "-£1,234", "£-1,234", "(£1,234)", "c£10k". */
const APPROXIMATIONS = ["c.", "c", "ca.", "ca", "circa", "approx.", "approx", "approximately", "~"];
const SIGNS = "-\u2212\u2013";
/** Accounting tables print nil as a lone dash. */
const NIL_DASHES = "-\u2212\u2013\u2014";

/*
 * Reports' text reaches the reader from files anyone may send, so every reading below is a scanner
 * that visits each character a bounded number of times: time grows with the text, never faster
 * (a regular expression with adjacent optional parts backtracks, cubically on "£" and spaces).
 */

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isLetter = (ch: string | undefined) =>
  ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

function skipSpaces(text: string, at: number): number {
  while (isSpace(text[at])) at++;
  return at;
}

function startsWithAnyCase(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length).toLowerCase() === word;
}

interface FigureParts {
  readonly negative: boolean;
  readonly approximate: boolean;
  readonly currency: boolean;
  readonly digits: string;
  readonly decimals: string;
  readonly scale: string;
  readonly percent: boolean;
}

/** The figure after any approximation word, from `at` to the end of the text, or undefined. */
function figureFrom(text: string, at: number, approximate: boolean): FigureParts | undefined {
  let i = skipSpaces(text, at);
  const sign1 = SIGNS.includes(text[i] ?? "x");
  if (sign1) i = skipSpaces(text, i + 1);
  let currency = false;
  if (text[i] === "£") {
    currency = true;
    i = skipSpaces(text, i + 1);
  } else if (startsWithAnyCase(text, i, "gbp")) {
    currency = true;
    i = skipSpaces(text, i + 3);
  }
  const sign2 = SIGNS.includes(text[i] ?? "x");
  if (sign2) i = skipSpaces(text, i + 1);
  if (sign1 && sign2) return undefined;
  // Digits, grouped by thousands ("4,388,575") or not.
  const start = i;
  while (isDigit(text[i])) i++;
  if (i === start) return undefined;
  if (i - start <= 3) {
    while (text[i] === "," && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]))
      i += 4;
  }
  const digits = text.slice(start, i).replace(/,/g, "");
  let decimals = "";
  if (text[i] === ".") {
    const first = ++i;
    while (isDigit(text[i])) i++;
    if (i === first) return undefined;
    decimals = text.slice(first, i);
  }
  i = skipSpaces(text, i);
  const wordStart = i;
  while (isLetter(text[i])) i++;
  const scale = text.slice(wordStart, i).toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(SCALES, scale)) return undefined;
  i = skipSpaces(text, i);
  const percent = text[i] === "%";
  if (percent) i = skipSpaces(text, i + 1);
  return i === text.length
    ? { negative: sign1 || sign2, approximate, currency, digits, decimals, scale, percent }
    : undefined;
}

/** Text with runs of white space as one space, trimmed, and a full stop after a last digit dropped. */
function cleaned(text: string): string {
  const words: string[] = [];
  for (let i = 0; i < text.length;) {
    i = skipSpaces(text, i);
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    if (i > start) words.push(text.slice(start, i));
  }
  const out = words.join(" ");
  return out.endsWith(".") && isDigit(out[out.length - 2]) ? out.slice(0, -1) : out;
}

/**
 * Reads a figure as reports write it: "£4,388,575.80", "£5.49M", "c£10k", "(1,234)", "-£74,074",
 * "35.500", "7%", "-" for nil. A full stop ending a sentence ("£685,620.") is not a decimal point.
 */
export function parseFigure(text: string): Figure | undefined {
  let body = cleaned(text);
  if (body.length === 1 && NIL_DASHES.includes(body))
    return {
      value: new Decimal(0),
      precision: new Decimal(1),
      approximate: false,
      percent: false,
      scale: 1,
    };
  const bracketed = body.startsWith("(") && body.endsWith(")");
  if (bracketed) body = body.slice(1, -1);
  else if (body.startsWith("(") || body.endsWith(")")) return undefined;
  let parts = figureFrom(body, 0, false);
  for (const word of APPROXIMATIONS) {
    if (parts) break;
    if (startsWithAnyCase(body, skipSpaces(body, 0), word))
      parts = figureFrom(body, skipSpaces(body, 0) + word.length, true);
  }
  if (!parts || (parts.percent && (parts.scale || parts.currency))) return undefined;
  const exponent = SCALES[parts.scale] - (parts.percent ? 2 : 0);
  const negative = bracketed || parts.negative;
  // Scaled by the exponent as it is read, so "£5.49m" is 5.49e6 exactly, with no multiplication.
  const digits = `${negative ? "-" : ""}${parts.digits}.${parts.decimals || "0"}`;
  return {
    value: new Decimal(`${digits}e${exponent}`),
    precision: new Decimal(`1e${exponent - parts.decimals.length}`),
    approximate: parts.approximate,
    percent: parts.percent,
    scale: 10 ** SCALES[parts.scale],
  };
}

/**
 * Text that starts like an amount of money, such as "£5.M", yet is not one: a bracket or sign, an
 * optional "c", "£", digits, points and commas, a word of at most 8 letters, an optional full stop
 * and closing bracket, with a digit somewhere.
 */
export function looksLikeMoney(text: string): boolean {
  let i = 0;
  if (`(${SIGNS}`.includes(text[0] ?? "x")) i++;
  i = skipSpaces(text, i);
  if (text[i] === "c" || text[i] === "C") {
    i++;
    if (text[i] === ".") i++;
    i = skipSpaces(text, i);
  }
  if (text[i] !== "£") return false;
  i = skipSpaces(text, i + 1);
  let digit = false;
  for (; isDigit(text[i]) || text[i] === "." || text[i] === ","; i++)
    if (isDigit(text[i])) digit = true;
  i = skipSpaces(text, i);
  const wordStart = i;
  while (isLetter(text[i])) i++;
  if (i - wordStart > 8) return false;
  if (text[i] === ".") i++;
  i = skipSpaces(text, i);
  if (text[i] === ")") i++;
  return i === text.length && digit;
}

/** Text without the footnote stars a report puts after a figure ("£1,234**"). */
export function withoutFootnoteStars(text: string): string {
  let end = text.length;
  while (text[end - 1] === "*") end--;
  return text.slice(0, end);
}

/** How many zero digits end the digits of a text ("177,100" has 2), other characters skipped. */
export function trailingZeroDigits(text: string): number {
  let zeros = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === "0") zeros++;
    else if (isDigit(text[i])) break;
  }
  return zeros;
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
