/**
 * Every figure in a report's prose, with what it means: money, counts, percentages, durations;
 * periods ("per week", "pa", "over 8 years"), what is counted ("15 beds"), the report's hedges
 * ("c.", "around", "up to") and ranges ("£52k-£294k", "between £5.M and £5.49M"). A figure's value
 * and precision come from core's parseFigure, so prose and tables are read alike.
 */
import { NUMBER_WORDS } from "../review/labels";
import { Decimal } from "../core/decimal";
import { parseFigure } from "../core/figures";
import { exactly, Interval, written } from "./interval";
import type { Paragraph } from "./model";
import { subjectWords } from "./words";

export type FigureKind = "money" | "percent" | "count" | "duration" | "number";
export type Period = "week" | "year" | "month" | "day" | "term";

export interface ProseFigure {
  /** "F12": the figure's place in the report's figure map. */
  readonly id: string;
  /** The block (paragraph) it is in, by position in the report. */
  readonly block: number;
  readonly sentence: number;
  /** Offset of the figure in its sentence. */
  readonly start: number;
  /** Exactly as written: "£3.564m", "eight (8)", "£5.M". */
  readonly stated: string;
  readonly kind: FigureKind;
  /** Undefined when the writing cannot be read as an amount ("£5.M"). */
  readonly value?: Decimal;
  /** What its writing allows; exact for counts. */
  readonly interval?: Interval;
  /** The unit it is written to: 1 for "£4,557", 1,000 for "£294k". */
  readonly unit?: Decimal;
  /** What is counted: "beds", "placements", "years". */
  readonly noun?: string;
  readonly period?: Period;
  /** For a figure over a term: the years of the term, where the sentence says ("over 8 years"). */
  readonly termYears?: number;
  /** "per bed", "per placement": a rate for one. */
  readonly perUnit?: string;
  /** "around", "c.", "approximately", "in the region of". */
  readonly approximate: boolean;
  /** "up to £5,483,378" is a ceiling; "over 50 responses" a floor. */
  readonly bound?: "upper" | "lower";
  readonly exVat?: boolean;
  /** The other end of a range ("£52k-£294k"), by id. */
  readonly rangeWith?: string;
  readonly rangeEnd?: "low" | "high";
  /** Why the writing cannot be read, or reads as something it cannot mean ("£30,564m"). */
  readonly miswritten?: string;
  /** The other way the writing may have been meant: "£30,564m" as £30.564m. */
  readonly otherReading?: Decimal;
  readonly inWords?: boolean;
  /** Words of the figure's sentence, for telling what it is about. */
  readonly words: ReadonlySet<string>;
}

const COUNT_NOUNS =
  /^(beds?|placements?|places?|spaces?|children|child|young|people|persons?|homes?|providers?|bidders?|suppliers?|authorities|authority|boroughs?|councils?|organisations?|responses?|submissions?|members?|representatives?|staff|workers?|carers?|families|clients?|cases?|units?|flats?|houses?|properties|referrals?|lots?|hours?|miles?|sessions?|workshops?|partners?|lac|cla|cohorts?|expressions?|rooms?|beds)$/i;
const TIME_NOUNS = /^(years?|months?|weeks?|days?|year-olds?)$/i;
/** Words that end the phrase a figure counts: "15 beds within 24 months". */
const PHRASE_END =
  /^(of|for|in|is|are|was|were|will|would|at|to|and|or|with|within|from|by|on|as|which|that|who|per|each|across|through|under|over|than|should|could|can|may|has|have|had|the|a|an|this|these|those|our|their|its)$/i;

const WORD_NUMBER = new RegExp(
  String.raw`\b(${Object.keys(NUMBER_WORDS).join("|")})(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b(?:\s*\((\d+)\))?`,
  "gi"
);

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** Numbers that are not figures: dates, years, references, telephone numbers, codes, ages, ratios. */
const NOT_FIGURES: readonly RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/gi,
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b(?:\s+\d{4})?`, "gi"),
  new RegExp(String.raw`\b(?:${MONTHS})\s+\d{4}\b`, "gi"),
  /\b\d{1,2}(?:st|nd|rd|th)\b/gi,
  /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/g,
  /\b(?:19|20)\d{2}\s*(?:\/|-|–|to)\s*(?:19|20)?\d{2}\b\*?/g,
  /\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b/g,
  /\b\d+\s*:\s*\d+\b/g,
  /\b\d+\s*\/\s*\d+\b/g,
  /\b[A-Z]{1,4}\.?\d+[A-Z\d./]*/g,
  /(?<![£.\d])\b\d+(?![KkMm]\b)[A-Z]\b/g,
  /\b\d+\.\d+\.\d+(?:\.\d+)*\b/g,
  /\b(?:aged?|ages)\s+(?:between\s+)?\d+\s*(?:-|–|to|and)\s*\d+/gi,
  /\b\d+\s*(?:-|–)\s*\d+\s*year[- ]olds?/gi,
  /^\s*\(?\d+[.)]\s/g,
  /\(\d+\)(?=\s+\p{Lu})/gu,
  /\b(?:paragraphs?|paras?|sections?|appendix|appendices|annex|table|figure|schedule|lot|phase|level|levels|item|option|stage|part|chapter|clause|regulations?|article|s\.|no\.|number|tier|band|page|pages|priority|step|version|grade|key stage|year|act|cohort)\s+\d+(?:\.\d+)*(?:\s*(?:and|,|to|-)\s*\d+(?:\.\d+)*)*/gi,
];

/** Hides what is not a figure, keeping every other character where it was. */
function mask(sentence: string): string {
  let masked = sentence;
  for (const pattern of NOT_FIGURES) masked = masked.replace(pattern, (m) => " ".repeat(m.length));
  return masked;
}

/** A number as reports write it, with its hedge, currency, scale and percent sign. */
const CORE =
  /(?<![\w£.,/:])(?<circa>c\.?\s?(?=£|\d))?(?<currency>£\s*\.?)?(?<digits>\d[\d,]*(?:\.\d*)?)(?:\s?(?<scale>k|mn|m|bn|million|billion|thousand)(?![a-z]))?(?<percent>\s?%|\s?per\s?cent\b)?/gi;

const RIGHT_PERIOD =
  /^\.?\s*(?:\(?(?:ex\.?|excl\.?|excluding|exclusive of)\s+VAT\)?\s*)?(?:per\s+(week|wk|annum|year|month|day)|a\s+(week|year|month|day)|each\s+(week|year|month)|(p\.?\s?w)\.?|(p\.?\s?a)\.?(?!\w)|(weekly|annually|yearly|monthly))\b/i;
const PERIOD_WORD: Record<string, Period> = {
  week: "week",
  wk: "week",
  pw: "week",
  "p.w": "week",
  "p w": "week",
  weekly: "week",
  annum: "year",
  year: "year",
  pa: "year",
  "p.a": "year",
  "p a": "year",
  annually: "year",
  yearly: "year",
  month: "month",
  monthly: "month",
  day: "day",
};
const LEFT_PERIOD =
  /\b(annual|annually|yearly|per annum|a year|weekly|per week|a week|monthly)\b/gi;
const LEFT_TERM =
  /\b(whole[- ]life|total contract (?:value|cost)|contract value|over the (?:maximum |whole |full )?(?:life|lifetime)|lifetime)\b/i;
const RIGHT_TERM =
  /^[^.;]{0,40}?\b(?:over|for)\s+(?:a\s+period\s+of\s+|the\s+(?:full|maximum|whole|possible|initial|first)\s+)?(\w+)(?:\s*\(\d+\))?[\s-]+years?\b|^[^.;]{0,30}?\bover the (?:maximum |whole |full )?(?:life|lifetime)\b/i;
/** "If the contract was for 10 years, ... this would be £30,564m": the term is said before the figure. */
const LEFT_YEARS =
  /\b(?:for|over)\s+(?:a\s+period\s+of\s+|the\s+(?:full|maximum|whole|initial|first)\s+)?(\w+)(?:\s*\(\d+\))?[\s-]+years?\b(?![^,;]*\b(?:per|a)\s+(?:year|annum)\b)[^.;£]*$/i;
const PER_UNIT =
  /^\s*(?:\(?ex\.?\s+VAT\)?\s*)?per\s+(bed|placement|place|child|person|head|young person|home)\b/i;
const EX_VAT = /^\s*\(?\s*(?:ex\.?|excl\.?|excluding|exclusive of)\s+VAT\b/i;
const APPROXIMATE =
  /(?:\b(?:approximately|approx\.?|around|about|roughly|circa|nearly|almost|some|in the region of|an estimated|estimated at)\s*)$/i;
const UPPER =
  /(?:\b(?:up to|a maximum of|maximum of|no more than|not more than|at most|less than|under|below)\s*)$/i;
const LOWER =
  /(?:\b(?:at least|a minimum of|minimum of|more than|over|in excess of|exceeding|above)\s*)$/i;

interface Found {
  start: number;
  end: number;
  stated: string;
  kind: FigureKind;
  value?: Decimal;
  unit?: Decimal;
  scale?: string;
  currency: boolean;
  approximate: boolean;
  miswritten?: string;
  otherReading?: Decimal;
  inWords?: boolean;
}

function wordValue(tens: string, ones: string | undefined): number {
  return NUMBER_WORDS[tens.toLowerCase()] + (ones ? NUMBER_WORDS[ones.toLowerCase()] : 0);
}

/** What the words after a figure say it counts: the last noun of the phrase ("35 residential children home placements"). */
function nounAfter(rest: string): string | undefined {
  const words = rest.trimStart().split(/\s+/).slice(0, 6);
  let noun: string | undefined;
  for (const raw of words) {
    if (/^[,.;:)(]/.test(raw) && raw.length === 1) break;
    const word = raw.replace(/[^A-Za-z'-]/g, "").replace(/'s$/, "");
    if (!word || PHRASE_END.test(word)) break;
    if (COUNT_NOUNS.test(word) || TIME_NOUNS.test(word)) noun = word.toLowerCase();
    if (/[,.;:)]$/.test(raw)) break;
  }
  return noun;
}

function coreFigure(m: RegExpExecArray): Found | undefined {
  const g = m.groups!;
  let digits = g.digits.replace(/,+$/, "");
  const currency = Boolean(g.currency);
  const scale = g.scale;
  const percent = Boolean(g.percent);
  let end = m.index + m[0].length;
  if (!scale && !percent) end = m.index + m[0].replace(/,+$/, "").length;
  // "5." at the end of a sentence is 5; "£5.M" is not an amount.
  const dangling = /\.$/.test(digits);
  if (dangling && !(currency && scale)) {
    digits = digits.slice(0, -1);
    if (!percent && !scale) end -= 1;
  }
  const stated = m[0].slice(0, end - m.index).trim();
  // "10K per annum": thousands and millions written with a letter are money even without the £.
  const money = currency || (scale !== undefined && /^[km]$/i.test(scale) && !/\s/.test(m[0]));
  const text = `${money ? "£" : ""}${digits}${scale && (money || scale.length > 1) ? scale : ""}${percent ? "%" : ""}`;
  const parsed = parseFigure(text);
  const kind: FigureKind = percent ? "percent" : money ? "money" : "number";
  if (!parsed) {
    if (!money) return undefined;
    return {
      start: m.index,
      end,
      stated,
      kind,
      currency,
      approximate: Boolean(g.circa),
      scale,
      miswritten: /\d\.\s*[a-z]/i.test(stated)
        ? `"${stated}" has no digit after the decimal point`
        : `"${stated}" cannot be read as an amount`,
    };
  }
  const found: Found = {
    start: m.index,
    end,
    stated,
    kind,
    value: parsed.value,
    unit: parsed.precision,
    currency,
    approximate: Boolean(g.circa) || parsed.approximate,
    scale,
  };
  // "£30,564m": a thousands comma in a figure in millions reads as £30.564bn.
  const grouped = /^(\d{1,3}),(\d{3})$/.exec(digits);
  if (grouped && scale && /^(m|mn|million|bn|billion)$/i.test(scale)) {
    const asPoint = parseFigure(`£${grouped[1]}.${grouped[2]}${scale}`);
    found.miswritten = `"${stated}" has a thousands comma in an amount in ${/^b/i.test(scale) ? "billions" : "millions"}: read as written it is £${parsed.value.div(1e9).toString()}bn`;
    found.otherReading = asPoint?.value;
  }
  return found;
}

/** Every figure in a sentence, in order. */
function scanSentence(sentence: string): Found[] {
  const masked = mask(sentence);
  const found: Found[] = [];
  for (const m of masked.matchAll(WORD_NUMBER)) {
    const value = wordValue(m[1], m[2]);
    const echo = m[3];
    const noun = nounAfter(masked.slice(m.index! + m[0].length));
    if (!echo && (!noun || value === 1)) continue;
    found.push({
      start: m.index!,
      end: m.index! + m[0].length,
      stated: m[0],
      kind: "number",
      value: new Decimal(echo ?? value),
      unit: new Decimal(1),
      currency: false,
      approximate: false,
      inWords: true,
    });
  }
  for (const m of masked.matchAll(CORE)) {
    if (found.some((f) => m.index! < f.end && m.index! + m[0].length > f.start)) continue;
    const after = masked.slice(m.index! + m[0].length);
    if (/^[\p{L}\d]/u.test(after) && !m.groups!.scale && !m.groups!.percent) continue;
    const figure = coreFigure(m as RegExpExecArray);
    if (!figure) continue;
    // A bare year ("in 2018", "Children Act 1989") is a date, not a figure.
    if (
      figure.kind === "number" &&
      /^(?:19|20)\d{2}$/.test(figure.stated) &&
      !nounAfter(sentence.slice(figure.end))
    )
      continue;
    found.push(figure);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Figures of every paragraph, numbered F1, F2... in reading order. */
export function extractFigures(
  paragraphs: readonly { block: number; paragraph: Paragraph }[]
): ProseFigure[] {
  const figures: ProseFigure[] = [];
  for (const { block, paragraph } of paragraphs) {
    paragraph.sentences.forEach((sentence, index) => {
      const words = subjectWords(sentence.text);
      const inSentence = describe(sentence.text, scanSentence(sentence.text));
      const first = figures.length;
      inSentence.forEach((f) =>
        figures.push({ ...f, id: `F${figures.length + 1}`, block, sentence: index, words })
      );
      linkRanges(sentence.text, figures, first);
    });
  }
  return figures;
}

type Described = Omit<ProseFigure, "id" | "block" | "sentence" | "words">;

function describe(sentence: string, found: readonly Found[]): Described[] {
  return found.map((f) => {
    const before = sentence.slice(0, f.start);
    const after = sentence.slice(f.end);
    const clauseBefore = before.slice(
      Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1
    );
    const noun = f.kind === "number" ? nounAfter(after) : undefined;
    const kind: FigureKind =
      f.kind !== "number"
        ? f.kind
        : noun && TIME_NOUNS.test(noun)
          ? "duration"
          : f.value && f.value.isInteger()
            ? "count"
            : "number";
    let period: Period | undefined;
    let termYears: number | undefined;
    if (kind === "money") {
      const right = RIGHT_PERIOD.exec(after);
      const word = right?.slice(1).find(Boolean);
      period = word ? PERIOD_WORD[word.toLowerCase().replace(/\s+/, " ")] : undefined;
      const term = RIGHT_TERM.exec(after);
      if (!period && term) {
        period = "term";
        const years = term[1] && (NUMBER_WORDS[term[1].toLowerCase()] ?? Number(term[1]));
        if (years && Number.isFinite(years)) termYears = years;
      }
      const termBefore = !period ? LEFT_YEARS.exec(before) : null;
      if (termBefore) {
        period = "term";
        const years = NUMBER_WORDS[termBefore[1].toLowerCase()] ?? Number(termBefore[1]);
        if (Number.isFinite(years)) termYears = years;
      }
      if (!period) {
        const left = [...clauseBefore.matchAll(LEFT_PERIOD)].pop()?.[1].toLowerCase();
        if (left) period = /week/.test(left) ? "week" : /month/.test(left) ? "month" : "year";
        else if (LEFT_TERM.test(clauseBefore)) period = "term";
      }
    }
    const approximate = f.approximate || APPROXIMATE.test(before);
    const bound =
      kind === "duration"
        ? undefined
        : UPPER.test(before.replace(/\bc\.?\s*$/i, ""))
          ? ("upper" as const)
          : LOWER.test(before)
            ? ("lower" as const)
            : undefined;
    const perUnit = PER_UNIT.exec(after)?.[1].toLowerCase();
    const interval = f.value
      ? f.kind === "number" && f.value.isInteger() && !approximate
        ? exactly(f.value)
        : written(f.value, approximate ? looseUnit(f) : f.unit!)
      : undefined;
    return {
      start: f.start,
      stated: f.stated,
      kind,
      ...(f.value && { value: f.value, unit: f.unit }),
      ...(interval && { interval }),
      ...(noun && { noun }),
      ...(period && { period }),
      ...(termYears !== undefined && { termYears }),
      ...(perUnit && { perUnit }),
      approximate,
      ...(bound && { bound }),
      ...(EX_VAT.test(after) && { exVat: true }),
      ...(f.miswritten && { miswritten: f.miswritten }),
      ...(f.otherReading && { otherReading: f.otherReading }),
      ...(f.inWords && { inWords: true }),
    };
  });
}

/** "around £190k", "approximately 60": the trailing zeros are not significant, so the figure is to its last non-zero digit. */
function looseUnit(f: Found): Decimal {
  const unit = f.unit ?? new Decimal(1);
  if (!f.value || f.value.isZero()) return unit;
  let loose = unit;
  while (f.value.div(loose.mul(10)).isInteger()) loose = loose.mul(10);
  return loose;
}

const RANGE_JOIN = /^\s*(?:-|–|—|to)\s*$/;

/** "£52k-£294k", "between £5.M and £5.49M", "£1.8 £2.3 million": the ends of a range share scale, period and noun. */
function linkRanges(sentence: string, figures: ProseFigure[], first: number): void {
  for (let i = first; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (b.sentence !== a.sentence || b.block !== a.block) continue;
    const between = sentence.slice(a.start + a.stated.length, b.start);
    const before = sentence.slice(0, a.start);
    const joined =
      (RANGE_JOIN.test(between) && !(/\bto\b/.test(between) && /\bfrom\s*$/i.test(before))) ||
      (/^\s*and\s*$/.test(between) && /\bbetween\s*$/i.test(before)) ||
      (/^\s*$/.test(between) && a.kind === "money" && b.kind === "money");
    if (!joined || (a.kind !== b.kind && !(a.kind === "number" || b.kind === "number"))) continue;
    let low: ProseFigure = a;
    const scale = /(k|m|bn|million|billion|thousand)$/i.exec(b.stated)?.[1];
    if (scale && a.value && !/[a-z]$/i.test(a.stated)) {
      const reread = parseFigure(`£${a.stated.replace(/^£\s*/, "")}${scale}`);
      if (reread)
        low = {
          ...a,
          value: reread.value,
          unit: reread.precision,
          interval: written(reread.value, reread.precision),
        };
    }
    const kind = a.kind === "number" ? b.kind : a.kind;
    const shared = {
      kind,
      ...((a.period ?? b.period) && { period: a.period ?? b.period }),
      ...((a.noun ?? b.noun) && { noun: a.noun ?? b.noun }),
      ...((a.termYears ?? b.termYears) !== undefined && { termYears: a.termYears ?? b.termYears }),
      approximate: a.approximate || b.approximate,
    };
    figures[i] = { ...low, ...shared, rangeWith: b.id, rangeEnd: "low" };
    figures[i + 1] = { ...b, ...shared, rangeWith: a.id, rangeEnd: "high" };
    i++;
  }
}
