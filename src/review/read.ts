/**
 * Reading one cell as a reviewer would: a figure (with the interval its printing allows), a nil
 * ("-"), a figure not available (".."), a label (words, years, financial years, dates, age bands,
 * codes), two amounts in one cell, or money that cannot be read ("£5.M"). Everything here runs in
 * time linear in the text: a cell is untrusted input.
 */
import { Decimal } from "../core/decimal";
import { parseFigure } from "../core/figures";

/** A value as a sheet or a pasted table gives it. */
export type Cell = string | number | boolean | null | undefined;

/** A figure as printed: its value and how far the truth may lie from it. */
export interface Figure {
  /** As written, exactly. */
  readonly exact: Decimal;
  /** The same as a double, for the search (intervals are widened for binary error). */
  readonly value: number;
  /** The value of the last digit printed: 0.01 for "2,411.30", 10,000 for "£5.49m", 0.001 for "14.3%". */
  readonly unit: number;
  /** Half the interval the printing allows: unit / 2, or 0 for an exact count or a nil. */
  readonly half: number;
  /**
   * Half the interval when the figure is a result that may have been rounded to its trailing
   * zeros ("177,100" for 177,129): wider than `half`, and used only where the figure is a
   * relation's result (settings.ts, ROUND_FIGURE_FROM).
   */
  readonly resultHalf?: number;
  readonly percent: boolean;
  /** Written with £. */
  readonly money: boolean;
  /** Written with k, m or bn: 1,000, 1,000,000 or 1,000,000,000; otherwise 1. */
  readonly scale: number;
  /** Written as "-": nothing. */
  readonly nil: boolean;
  /** Written in brackets, "(1,234)", or with the opening bracket lost, "1,234)". */
  readonly bracketed: boolean;
  /** Written with no decimal places and no scale: a whole number as printed. */
  readonly whole: boolean;
}

export type Reading =
  | { readonly kind: "blank"; readonly text: "" }
  | { readonly kind: "figure"; readonly text: string; readonly figure: Figure }
  /** Words, or something that is not a quantity: a year, "2019/20", a date, "16+", a code. */
  | { readonly kind: "label"; readonly text: string; readonly yearLike?: boolean }
  /** ".." or "n/a": no figure given, so no relation can use it. */
  | { readonly kind: "missing"; readonly text: string }
  /** "£250.10 or £262 for 16+", "£160.50 (£151.20)": two amounts, which no single relation uses. */
  | { readonly kind: "amounts"; readonly text: string; readonly first: Figure }
  /** Written like money but not readable as an amount, "£5.M": a finding in itself. */
  | { readonly kind: "unreadable"; readonly text: string };

const NIL = new Set(["-", "\u2212", "\u2013", "\u2014", "nil"]);
/** Words in a figure's place saying there was nothing to count: "DECC did not exist". */
const NOTHING_THERE = /\b(?:did not exist|does not exist|not yet exist|no longer exists?)\b/;
/** Statistical tables' marks for a figure not given. */
const MISSING = new Set([
  "..",
  "...",
  "\u2026",
  "n/a",
  "na",
  "n.a.",
  "n/k",
  "tbc",
  "tba",
  "x",
  ":",
  "*",
  "**",
  "c",
  "~",
  "unknown",
  "not available",
  "not applicable",
]);

/** Trailing footnote marks on a figure: "1,234*", "£250.10†", "1,234¹", "1,234 (a)". */
function withoutFootnote(text: string): string {
  let end = text.length;
  const mark = (ch: string) =>
    ch === "*" ||
    ch === "\u2020" ||
    ch === "\u2021" ||
    "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079".includes(ch);
  while (end > 0 && mark(text[end - 1])) end--;
  let out = text.slice(0, end).trimEnd();
  // " (a)" or " (2)" after a complete figure: a note, not a negative.
  const note = / \([a-z0-9]\)$/i.exec(out.slice(-5));
  if (note && /\d$/.test(out.slice(0, -4).trimEnd())) out = out.slice(0, -4).trimEnd();
  return out;
}

/** Whether a figure carries a footnote mark: its note may say why it keeps no relation ("0.2%*"). */
export function isFootnoted(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return withoutFootnote(t) !== t;
}

/** Undoes PDF extraction's stray marks: "£685,620." (a full stop), "£.2412." */
function tidy(text: string): string {
  let t = text;
  if (t.endsWith(".") && /[\dkmn]\.$/i.test(t.slice(-2))) t = t.slice(0, -1);
  // "£ (335,777)": the pound sign printed apart from a bracketed amount; "£340 .00": a space
  // slipped in before the pence.
  return t
    .replace("£.", "£")
    .replace(/^£ ?\(/, "(£")
    .replace(/(\d) \.(\d\d)$/, "$1.$2");
}

const YEAR = /^(?:19|20)\d\d$/;
/** A units heading, not a figure: "£000", "£'000", "(£000s)", "£k", "£m". */
const UNITS = /^\(?£ ?'?(?:000s?|0{3}'?s?|k|m|mn|bn|millions?|thousands?)\)?$/i;
/** "2019/20", "2019-20", "2019/2020", "FY2019/20", "19/20". */
const FINANCIAL_YEAR = /^(?:fy ?)?(?:(?:19|20)\d\d|\d\d) ?[/\-\u2013] ?(?:\d\d|(?:19|20)\d\d)$/i;
/** A year heading with its units: "2021 £", "2023-24 £m", "2024-25 (£ m)", "2024-2025 (£000)". */
function yearWithUnits(text: string): boolean {
  // "2023-24 £m", or bracketed and printed close: "2006-07(£m)".
  const units = /(?: (\(?£.*)|(\(£.*))$/.exec(text);
  if (!units) return false;
  const year = text.slice(0, units.index);
  const written = units[1] ?? units[2];
  return (YEAR.test(year) || FINANCIAL_YEAR.test(year)) && (written === "£" || UNITS.test(written));
}
/** "27.07.2020", "14/10/20", "2020-07-27". */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/;
const MONTH =
  /^(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ \-']?(?:\d{2}|\d{4})?$/i;
/** "0-4", "11-15 years", "16+", "under 5", "aged 16-17". */
const AGE_BAND =
  /^(?:aged |age |under |over )?\d{1,2}(?: ?[-\u2013] ?\d{1,2}|\+)(?: ?(?:years?|yrs?|year olds?))?$/i;
/** A band of amounts, a label like an age band: "£40,001 - £52,000", "£100k to £250k". */
const AMOUNT_BAND =
  /^(?:(?:up to|over|under|above|from) )?£ ?\d[\d,]*(?:\.\d+)?[km]? ?(?:[-\u2013]|to) ?£? ?\d[\d,]*(?:\.\d+)?[km]?$/i;
/** A quarter or a month of a year: "Q1", "Q3 2023/24", "Month 6". */
const PERIOD = /^(?:q[1-4]|quarter [1-4]|month \d{1,2}|p\d{1,2}|period \d{1,2})\b/i;

/**
 * Digits grouped by commas with a group of four or more after a comma ("11,8141"): an amount
 * misprinted, not a label. Note references ("3,4") group one or two digits.
 */
const MISGROUPED = /^\(?\d{1,3}(?:,\d{3,})*,\d{4,}(?:,\d{3,})*\)?$/;
/**
 * Groups of three digits that do not read as an amount, a point among them: OCR's "3.056,686"
 * for "3,056,686". An amount misread, not a label.
 */
const MISREAD_GROUPS = /^\(?£?\d{1,3}(?:[.,]\d{3})+\)?$/;

/** Text written like money that does not read as an amount: "£5.M", "£ 5.4.3m". */
function moneyLike(text: string): boolean {
  if (text.length > 24 || !text.includes("£")) return false;
  let digits = 0;
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (!"£.,()-\u2212\u2013 ckmnbKMNB".includes(ch)) return false;
    // A scale follows the digits ("£5.2bn"); a letter before them names something ("B (£27,001 -
    // £35,000)", a council tax band), save "c" for circa.
    else if (digits === 0 && /[kmnbKMNB]/.test(ch)) return false;
  }
  return digits > 0;
}

function figureOf(text: string): Figure | undefined {
  const parsed = parseFigure(text);
  if (!parsed) return undefined;
  const unit = parsed.precision.toNumber();
  const value = parsed.value.toNumber();
  const bracketed = text.trimStart().startsWith("(") || text.trimEnd().endsWith(")");
  return {
    exact: parsed.value,
    value,
    unit,
    half: unit / 2,
    percent: parsed.percent,
    money: text.includes("£"),
    scale: parsed.scale,
    nil: false,
    bracketed,
    whole: parsed.precision.gte(1) && parsed.scale === 1 && !parsed.percent,
  };
}

/** "-": nothing, exactly. Also what a blank part of a sum counts as. */
export function nilFigure(): Figure {
  return {
    exact: new Decimal(0),
    value: 0,
    unit: 1,
    half: 0,
    percent: false,
    money: false,
    scale: 1,
    nil: true,
    bracketed: false,
    whole: true,
  };
}

/** Two amounts in one cell: "£250.10 or £262 for 16+", "£160.50 (£151.20)". */
function firstOfTwo(text: string): Figure | undefined {
  const or = text.indexOf(" or ");
  const bracket = text.indexOf(" (");
  const cut = or > 0 ? or : bracket > 0 && text.includes("£", bracket) ? bracket : -1;
  if (cut < 0) return undefined;
  const first = figureOf(text.slice(0, cut).trim());
  if (!first) return undefined;
  const rest = text.slice(cut);
  return /\d/.test(rest) ? first : undefined;
}

function fromText(raw: string): Reading {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "") return { kind: "blank", text: "" };
  const lower = text.toLowerCase();
  if (NIL.has(lower) || NOTHING_THERE.test(lower))
    return { kind: "figure", text: raw, figure: nilFigure() };
  // Excel's accounting format shows a nought as "£ -".
  if (NIL.has(lower.replace(/^£ ?/, "")))
    return { kind: "figure", text: raw, figure: { ...nilFigure(), money: true } };
  // ".." and "n/a", "[x]" and "[c]" in statistics, "[...]" for an illegible figure.
  // Old tables space their dots: ". . .".
  const dots = lower.replace(/(?<=\.) (?=\.)/g, "");
  if (MISSING.has(dots) || /^\[(?:[a-z]{1,5}|\.{2,3}|\u2026)\]$/.test(lower))
    return { kind: "missing", text: raw };
  const bare = tidy(withoutFootnote(text));
  // "£ 2018" over a column: the year, with the pound sign of the figures below it.
  if (YEAR.test(bare.replace(/^£ /, ""))) return { kind: "label", text: raw, yearLike: true };
  if (UNITS.test(bare) || yearWithUnits(bare)) return { kind: "label", text: raw };
  if (
    FINANCIAL_YEAR.test(bare) ||
    DATE.test(bare) ||
    MONTH.test(bare) ||
    AGE_BAND.test(bare) ||
    AMOUNT_BAND.test(bare) ||
    PERIOD.test(bare)
  ) {
    return { kind: "label", text: raw };
  }
  // ".22" in a column of pence: the nought before the point left out, as old tables print it.
  const figure = figureOf(bare.replace(/^([(£-]?)\.(?=\d)/, (_, sign: string) => `${sign}0.`));
  if (figure) return { kind: "figure", text: raw, figure };
  const first = firstOfTwo(bare);
  if (first) return { kind: "amounts", text: raw, first };
  if (moneyLike(bare) || MISGROUPED.test(bare) || MISREAD_GROUPS.test(bare))
    return { kind: "unreadable", text: raw };
  return { kind: "label", text: raw };
}

/** A number a sheet holds: printed as Excel would show it at 15 significant digits. */
function fromNumber(value: number): Reading {
  if (!Number.isFinite(value)) return { kind: "label", text: String(value) };
  const text = String(Number(value.toPrecision(15)));
  if (YEAR.test(text)) return { kind: "label", text, yearLike: true };
  const places = text.includes("e") ? 0 : (text.split(".")[1]?.length ?? 0);
  const unit = 10 ** -places;
  return {
    kind: "figure",
    text,
    figure: {
      exact: new Decimal(text),
      value: Number(text),
      unit,
      half: unit / 2,
      percent: false,
      money: false,
      scale: 1,
      nil: false,
      bracketed: false,
      whole: places === 0,
    },
  };
}

export function readCell(cell: Cell): Reading {
  if (cell === null || cell === undefined) return { kind: "blank", text: "" };
  if (typeof cell === "number") return fromNumber(cell);
  if (typeof cell === "boolean") return { kind: "label", text: cell ? "TRUE" : "FALSE" };
  return fromText(cell);
}

/** A year-like reading in a place that holds figures ("2,022" start years aside) is a figure after all. */
export function yearAsFigure(reading: Reading): Reading {
  if (reading.kind !== "label" || !reading.yearLike) return reading;
  const figure = figureOf(reading.text.replace(/[*\s]+$/, ""));
  return figure ? { kind: "figure", text: reading.text, figure } : reading;
}

/** The same figure known to be an exact count (beds, years, placements): no rounding in it. */
export function asCount(figure: Figure): Figure {
  return figure.half === 0 ? figure : { ...figure, half: 0 };
}

/** A figure written with its scale ("296.6 million") read in the units its line states (£million). */
export function inLineUnits(f: Figure): Figure {
  const by = f.scale;
  return {
    ...f,
    exact: f.exact.div(by),
    value: f.value / by,
    unit: f.unit / by,
    half: f.half / by,
    resultHalf: f.resultHalf === undefined ? undefined : f.resultHalf / by,
    scale: 1,
  };
}
