/**
 * What a row's or a column's label says about its figures: a period (per week, per annum), a
 * scale (£000, £m), a percentage, a count, an aggregate (total, subtotal, average, net, less), a
 * difference (saving, variance), a multiplier ("over 8 years", "x 2") or a rate per unit. Labels
 * are the reviewer's evidence: a relation they announce is checked even where it occurs once.
 * Every pattern here is linear: no nested or overlapping quantifiers.
 */

export type Period =
  "day" | "week" | "fortnight" | "four weeks" | "month" | "quarter" | "half year" | "year";
export type Aggregate = "total" | "subtotal" | "average";

export interface LabelHints {
  /** The label as words: lower case, footnote marks gone ("placements3" is "placements"). */
  readonly words: string;
  readonly period?: Period;
  /** Figures in thousands (£000, £k) or millions (£m). */
  readonly scale?: number;
  readonly percent: boolean;
  readonly count: boolean;
  /** A count of things a contract buys or a term runs for (beds, placements, years, weeks): exact, never rounded. */
  readonly exactCount: boolean;
  readonly money: boolean;
  readonly aggregate?: Aggregate;
  /** A running total, the one before it and the amount beside it: "Running Total", "balance", "Cumulative". */
  readonly running: boolean;
  /** A line taken away in a net total: "Less income". */
  readonly less: boolean;
  /** A line added to what stands above it: "Add Total Income", "Adding as assets: VAT due". */
  readonly added: boolean;
  /** "Council tax requirement", "to be met from": what is left of the total above after the lines since it. */
  readonly requirement: boolean;
  /** "Gross expenditure": a total of the lines above it, where there are any. */
  readonly gross: boolean;
  /** "Net": a total with lines taken away. */
  readonly net: boolean;
  /** Saving, difference, variance, change, increase: one line less another. */
  readonly difference: boolean;
  /** "Net gains/(losses) on investments": what holdings earned or lost, a line of a statement. */
  readonly holdingsGain: boolean;
  /** "% change", "percentage increase": a change as a share of the earlier figure. */
  readonly percentChange: boolean;
  /** A multiplier the label states: "over 8 years" is 8, "x 2" is 2. */
  readonly times?: number;
  /** A number of beds or placements the label states: "(5 placements)" is 5. */
  readonly quantity?: number;
  /** The label without bracketed notes or sources: "Annual, 5 placements (text)" is "annual, 5 placements". */
  readonly stem: string;
  /** A whole-term figure: "contract value", "whole-life cost", "total over the term". */
  readonly wholeTerm: boolean;
  /** The label of a term or duration in years: "Term (years)". */
  readonly term: boolean;
  /** A rate per unit: "cost per bed", "average weekly cost per placement", "unit cost". */
  readonly perUnit: boolean;
  /**
   * Averages of counts, however long the label ("Average number of local authorities" by size
   * band): over groups of different sizes they never add across lines. Averages of money over one
   * base do ("Average Band D charge" of each precepting body, and their total).
   */
  readonly averaged: boolean;
  /** Shillings or pence of pre-decimal money ("£ s. d."): carried into the pounds, they never add up alone. */
  readonly subunit: boolean;
  /** "Of which ...", "including ...": part of the line above, not a further part of a total. */
  readonly partOfAbove: boolean;
  /** A year or date column: its whole numbers from 1900 to 2099 are years, not quantities. */
  readonly calendar: boolean;
  /**
   * The fractions of a base line the label states: council tax "Band A (6/9th)", a proportion
   * "6/9"; Scottish bands state two, council tax's (240/360) and water and sewerage's (6/9).
   */
  readonly ratios: readonly { readonly num: number; readonly den: number }[];
}

/** Number words as reports write them, for "over eight years", "five placements". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join("|")})\\b`, "g");

/** Number words as digits: "over eight (8) years" is "over 8 (8) years". */
function withDigits(words: string): string {
  return words.replace(NUMBER_WORD, (w) => String(NUMBER_WORDS[w]));
}

/** Footnote marks glued to words ("placements3", "Total*", "Total (2)", "Cost¹") and spacing. */
export function labelWords(text: string): string {
  let words = text.toLowerCase().replace(/\s+/g, " ").trim();
  words = words.replace(/[*\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, "");
  words = words.replace(/\(\s?[a-z0-9]\s?\)/g, " ");
  words = words.replace(/([a-z])\d{1,2}\b/g, "$1");
  return words.replace(/\s+/g, " ").trim();
}

const has = (pattern: RegExp, words: string) => pattern.test(words);

/**
 * The words that give a line its period, longer periods named by their length first: "4 weekly"
 * is not weekly, nor "half-yearly" yearly, nor a "6 month cost" monthly.
 */
const PERIODS: readonly (readonly [Period, RegExp])[] = [
  ["fortnight", /\b(?:fortnightly|per fortnight|a fortnight|each fortnight|(?:2|two)[- ]weekly)\b/],
  [
    "four weeks",
    /\b(?:(?:4|four)[- ]weekly|(?:per|every|each) (?:4|four) weeks|(?<![-\u2013] ?)(?:4|four)[- ]weeks?)\b/,
  ],
  [
    "half year",
    /\b(?:half[- ]year(?:ly)?|(?:6|six)[- ]monthly|(?<![-\u2013] ?)(?:6|six)[- ]months?)\b/,
  ],
  [
    "quarter",
    /\b(?:quarterly|per quarter|a quarter|each quarter|(?:3|three)[- ]monthly|(?<![-\u2013] ?)(?:3|three)[- ]months?)\b/,
  ],
  ["week", /\b(?:weekly|per week|a week|each week|pw|p\.w\.?|per wk|wk|\/wk|\/ ?week)\b/],
  [
    "year",
    /\b(?:annual|annually|annualised|per annum|pa|p\.a\.?|a year|per year|each year|yearly|full year|fye|per yr|(?:12|twelve)[- ]months?)\b|\/ ?(?:yr|year|annum)\b/,
  ],
  ["month", /\b(?:monthly|per month|a month|each month|pcm|per calendar month)\b/],
  ["day", /\b(?:daily|per day|a day|per night|a night|nightly|each night)\b/],
];
/**
 * What a label names, less its period: "the average weekly cost of care" and "... annual cost ...".
 * Beside PERIODS, whose words it strips.
 */
export function subjectOf(words: string): string {
  return words
    .replace(
      /\b(?:per (?:week|annum|year|month|day|quarter|fortnight)|(?:\d+|two|four|three|six|twelve)[- ](?:weekly|weeks?|monthly|months?)|half[- ]year(?:ly)?|weekly|annual(?:ly)?|yearly|monthly|daily|quarterly|fortnightly|week|year|month|day|pw|pa|pcm)\b/g,
      " "
    )
    .replace(/\s+/g, " ")
    .trim();
}

// Published PDFs print "£’000" with a typographer's apostrophe as often as "£'000".
const THOUSANDS =
  /£ ?['\u2019]?000s?\b|£ ?k\b|£ ?thousands?\b|\(000s?\)|['\u2019]000s?\b|\bthousands\b/;
const MILLIONS = /£ ?m\b|£ ?mn\b|£ ?millions?\b|\bmillions\b/;
/** Words that say percentage outright; "share", "proportion" and "rate of" only suggest it. */
const OUTRIGHT_PERCENT = /%|\bper ?cent\b|\bpercentage\b/;
const PERCENT = new RegExp(`${OUTRIGHT_PERCENT.source}|\\bproportion\\b|\\bshare\\b|\\brate of\\b`);

/** Whether a label says its figures are percentages outright, not by "share" or "proportion". */
export const saysPercentOutright = (words: string) => has(OUTRIGHT_PERCENT, words);
const COUNT =
  /\b(?:beds?|placements?|children|child|young people|no\.?|number|nos\.?|homes?|carers?|places?|providers?|nights|weeks|months|days|years|fte|cases|referrals|households|pupils|residents|clients|users|boroughs|partners|units|hours|visits|people|persons|staff|posts|headcount|count)\b/;
const EXACT_COUNT =
  /\b(?:beds?|placements?|places?|occupied|vacant|voids?|years|weeks|months|nights|days|boroughs|authorities|partners|homes?|units|providers?)\b/;
const MONEY =
  /£|\bcosts?\b|\bprices?\b|\brates?\b|\bfees?\b|\bspend\b|\bbudgets?\b|\bsavings?\b|\bincome\b|\ballowances?\b|\bvalue\b|\bpayments?\b|\bcharges?\b|\bexpenditure\b|\bfunding\b|\bgrants?\b|\btariffs?\b|\bcommitment\b|\bbid\b|\bgbp\b|\bsalary\b|\bpay\b/;
/** A running total; "Cumulative Totals" after the years may also be their sum, a running one never. */
const RUNNING_TOTAL = /\brunning (?:total|balance)\b/;
const RUNNING_OR_SUM = /\bcumulative\b|^balance(?: \(?£\)?)?$/;
const SUBTOTAL = /\bsub-? ?totals?\b/;
const TOTAL =
  /\btotals?\b|\btotalled\b|\bgrand total\b|\boverall\b|\bsum\b(?![ -]?up\b)|\ball (?:services|placements|children|types|providers|areas)\b/;
/** A line that totals the nations named beside it (the table says whether any are). */
export const NATION_TOTAL = /^(?:great britain|united kingdom)$/;
/** What a line names, less its total words: "TOTAL EXPENDITURE" and "Expenditure" name one thing. */
export function namesTheSame(a: LabelHints, b: LabelHints): boolean {
  const subject = (h: LabelHints) =>
    h.stem
      .replace(/\b(?:grand |sub-? ?)?totals?\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  return subject(a) !== "" && subject(a) === subject(b);
}

/** What a total says it leaves out: "Total government support excluding PTE grants". */
const EXCLUDING =
  /\b(?:excluding|excl\.?|except|other than|not including)\s+([a-z][a-z &'-]*[a-z])/;

/**
 * What a total says it leaves out, as a test of the lines it would take ("excluding PTE grants"
 * leaves out "PTE grants"); undefined where it leaves nothing out.
 */
export function leftOutBy(total: LabelHints): ((part: LabelHints) => boolean) | undefined {
  const left = EXCLUDING.exec(total.words)?.[1];
  if (left === undefined) return undefined;
  return (part) => {
    const named = part.words.trim();
    return named.length >= 3 && (named === left || named.endsWith(` ${left}`));
  };
}

/** A bracketed aside on what a line includes or leaves out. */
const ASIDE = /\((?:including|incl\.?|excluding|excl\.?)\b[^()]*\)/g;
/**
 * The annual return's boxes "3. Total other receipts" and "6. Total other payments": the receipts
 * and payments other than the precept and staff costs above them, each one figure of the form.
 */
const RETURN_BOX = /^\d+\.? *(?:\([+-]\) *)?total other (?:receipts|payments)\b/;
/** "Gross expenditure", "Gross income": the total of the lines above it, or, with none, a line of its own. */
const GROSS = /^gross (?:revenue )?(?:expenditure|income|spend|spending)\b/;
/** A percentage of something: "% of total", "as a percentage of budget", "share of spend". */
const SHARE_OF = /%|\b(?:of|as a)\b/;

/** What is left for council tax to raise, worked out from the lines above: a total of them. */
const REQUIREMENT =
  /\b(?:budget|council tax|precept|spending|funding) requirement\b|\bto be (?:met|raised|funded) (?:from|by)\b/;
const AVERAGE = /\baverages?\b|\bmean\b|\bavg\.?\b/;
/** "Average" alone (or nearly) is a line's mean; "Average weekly price per placement" is a rate. */
const MOST_WORDS_OF_AN_AVERAGE_LINE = 3;
const LESS = /^(?:less|minus|deduct(?:ing|ion)?)\b|^\(?less\b/;
/** A column of shillings or pence under its heading: "s.", "d." (not "Band D"). */
const SUBUNIT = /(?:^|\s)[sd]\.$/;
/**
 * "Add Total Income", "Adding as assets: VAT due": added to what stands above. With "Deduct Total
 * Expenditure", a total carried into a running balance from where it was worked out is no total
 * of the lines above it.
 */
const ADDED = /^(?:add(?:ing)?|plus)\b/;
const NET = /\bnet\b/;
const DIFFERENCE =
  /\bsavings?\b|\bdifference\b|\bdiff\b|\bvariances?\b|\bchange\b|\bincrease\b|\bincr\b|\bdecrease\b|\bdecr\b|\breduction\b|\bmovement\b|\bunder ?spend\b|\bover ?spend\b|\(over\)|\(under\)|\bgap\b|\bshortfall\b|\bremaining\b|\bunspent\b|\bsurplus\b|\bdeficit\b|\bprofits?\b|\bloss\b|\bcash[- ]?flow\b/;
/**
 * "Net gains/(losses) on investments", "Profit on disposal of fixed assets": what the holdings
 * earned or lost, a line of a statement like any other, not a net total or a difference of lines.
 */
const GAINS_ON_HOLDINGS =
  /\b(?:(?:gains?|loss(?:es)?|profits?)\)?(?:\/\(?(?:gains?|loss(?:es)?)\)?)? (?:on|from) (?:the )?(?:sales?|disposals?|revaluation|investments?|listed|foreign|exchange|realisation)|investment (?:gains?|loss(?:es)?))\b/;
/** A balance at the start of a period: "Balance b/f", "Balance at 1 April 2021". */
export const OPENING_BALANCE =
  /\bb\/fw?d?\b|\bbrought (?:forward|fwd)\b|\bopening\b|\bat (?:the )?(?:start|beginning)\b|\bat 1(?:st)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\blast year end\b/;
/** "Expenditure over income": the excess of one total above it over the other. */
export const EXCESS = /\b(?:expenditure|spending|income) over (?:income|expenditure|spending)\b/;
/** "Funded from usable revenue reserves": what the funding leaves of the spending, met from reserves. */
const MET_FROM_RESERVES = /\b(?:funded|met|financed|transferred) from (?:[a-z]+ ){0,3}reserves?\b/;
/** "Balance" alone or for a year (not one at a date, nor one carried forward): what income leaves of spending. */
const NET_BALANCE = /^balance(?: (?:for )?(?:19|20)\d\d(?:[/\-\u2013]\d\d(?:\d\d)?)?)?$/;
const PERCENT_CHANGE =
  /% ?(?:change|increase|incr|decrease|decr|rise|uplift|reduction|diff|difference|var|variance)\b|\b(?:percentage|per ?cent,?) (?:change|increase|decrease|rise|difference)\b|\b(?:change|increase|decrease|rise|uplift|reduction|diff|difference|var|variance) ?(?:%|\(%\))/;
const OVER_YEARS =
  /\bover (\d{1,2}) years?\b|\b(\d{1,2})[- ]years?\b|\((\d{1,2}) years?\)|\b(\d{1,2}) yrs?\b/;
const TIMES = /(?:^|\s)[x\u00d7] ?(\d{1,3})\b/;
const QUANTITY =
  /\b(\d{1,3}) (?:beds?|placements?|children|young people|places?|homes?|boroughs|authorities|councils|partners)\b/;
const WHOLE_TERM =
  /\bcontract value\b|\bwhole[- ]life\b|\blifetime\b|\btotal contract\b|\bover the (?:term|contract|life)\b|\bterm total\b|\bcontract total\b/;
const TERM = /\bterm\b|\bduration\b|\bcontract length\b|\blength of contract\b/;
/**
 * "Per" anything but a stretch of time or a hundred: "places per establishment", "FTE per place",
 * "cost per pupil", "vacancies per 1,000 employees". Not "per this report" or "as per" anything
 * ("as per Mid Year Report"), which say where a figure comes from.
 */
const PER_UNIT =
  /(?<!\bas )\bper (?!(?:week|wk|annum|year|yr|month|calendar|quarter|fortnight|day|night|hour|hr|session|cent|period|this|that|the|these|those|its|our|their)\b)[a-z]{2,}|\bper \d[\d,]* [a-z]{2,}|\bunit costs?\b|\bcost each\b/;
/** An amount written in a label with its own "per": "£60-£70 per match". */
const STATED_RATE = /£ ?\d[\d,.]*(?: ?[-\u2013] ?£? ?\d[\d,.]*)? per [a-z]+/g;
/** "Totals per saving type", "spend per service area": figures by kind, not per unit of something. */
const PER_KIND =
  /\bper (?:[a-z]+ )?(?:type|category|service|directorate|department|sector|source|scheme|provider|ward|area)s?\b(?! (?:users?|clients?|recipients?|places?|units?)\b)/;
/**
 * A stated fraction: "6/9", "(11/9th)", "240/360". Ninths and 360ths are the council tax band
 * proportions; any other denominator must say it is a fraction ("7/8ths"), or "19/20" would be a year.
 */
const STATED_RATIO = /(?:^|[\s(])(\d{1,3}) ?\/ ?(\d{1,3})(th|ths)?(?=$|[\s),])/g;
const CALENDAR =
  /\b(?:start|end|base|financial|academic|calendar|award|first|last|opening) year\b|^year\b|\byear of\b|\bdate\b|\bdeadline\b/;

/** A year or financial year in a line's name: "2023", "2023/24", "19/20", "2023-24". */
export const YEAR_IN_NAME =
  /\b(?:(?:19|20)\d\d(?: ?[/\-\u2013] ?\d\d(?:\d\d)?)?|\d\d ?\/ ?\d\d)\b/g;

/** A name with each year it states written "#": what it measures, whichever year. */
export function yearless(name: string): string {
  return name.replace(YEAR_IN_NAME, "#");
}

/** The years a name states, each once and written one way: "2021/22", "2021-22" and "21/22" are one year. */
export function yearsNamed(name: string): string[] {
  const keys = (name.match(YEAR_IN_NAME) ?? []).map((y) => {
    const parts = y.split(/ ?[/\-\u2013] ?/);
    return parts.length === 2 ? `${parts[0].slice(-2)}/${parts[1].slice(-2)}` : y;
  });
  return [...new Set(keys)];
}

export function hintsOf(text: string): LabelHints {
  const words = withDigits(labelWords(text));
  const period = PERIODS.find(([, pattern]) => pattern.test(words))?.[0];
  const over = OVER_YEARS.exec(words);
  const times = TIMES.exec(words);
  const quantity = QUANTITY.exec(words);
  const stated = over
    ? Number(over[1] ?? over[2] ?? over[3] ?? over[4])
    : times
      ? Number(times[1])
      : undefined;
  // "(others average at £60-£70 per match)": a rate stated in the label is a note on the line.
  const unitWords = words.replace(STATED_RATE, "");
  const perUnit = has(PER_UNIT, unitWords) && !has(PER_KIND, unitWords);
  const wholeTerm = has(WHOLE_TERM, words);
  // "Deliver 20% efficiency" states a percentage; it does not say the line's figures are ones.
  const percent = has(PERCENT, words.replace(/\d+(?:\.\d+)?%/g, " "));
  const ratios = [...words.matchAll(STATED_RATIO)]
    .filter((f) => (f[3] !== undefined || f[2] === "9" || f[2] === "360") && Number(f[1]) > 0)
    .map((f) => ({ num: Number(f[1]), den: Number(f[2]) }));
  // "Total over 8 years", "Total contract value", "% of total", "partnership total / 7": not a sum
  // of lines; "Total percentage score" is one, of the scores above it.
  const shareOfTotal = percent && (!has(TOTAL, words) || SHARE_OF.test(words));
  const notASum =
    stated !== undefined ||
    wholeTerm ||
    shareOfTotal ||
    perUnit ||
    words.includes("/") ||
    ADDED.test(words) ||
    LESS.test(words) ||
    RUNNING_TOTAL.test(words);
  const requirement = has(REQUIREMENT, words) && !notASum;
  // "Net income before investment gains" is a result that names them, not a line of them.
  const holdingsGain = GAINS_ON_HOLDINGS.test(words) && !/\b(?:before|after)\b/.test(words);
  const gross = has(GROSS, words) && !notASum && period === undefined;
  // "V&A (including a Supplementary sum of £30,000)": what a line includes is no total of lines.
  const named = words.replace(ASIDE, " ").replace(RETURN_BOX, " ");
  const aggregate: Aggregate | undefined = has(SUBTOTAL, named)
    ? "subtotal"
    : ((has(TOTAL, named) || has(NATION_TOTAL, named)) && !notASum) || requirement || gross
      ? "total"
      : has(AVERAGE, words) && !perUnit && words.split(" ").length <= MOST_WORDS_OF_AN_AVERAGE_LINE
        ? "average"
        : undefined;
  return {
    words,
    period,
    scale: has(MILLIONS, words) ? 1e6 : has(THOUSANDS, words) ? 1e3 : undefined,
    percent,
    // "Weekly cost per placement" is a rate and "Annual, 5 placements" a cost: neither is a count.
    count:
      has(COUNT, words) &&
      !has(MONEY, words) &&
      !perUnit &&
      !quantity &&
      stated === undefined &&
      !wholeTerm,
    exactCount: has(EXACT_COUNT, words) && !has(MONEY, words) && !perUnit && !percent,
    money: has(MONEY, words),
    aggregate,
    less: has(LESS, words),
    added: ADDED.test(words),
    requirement,
    gross,
    averaged: has(AVERAGE, words) && !has(MONEY, words),
    subunit: SUBUNIT.test(text.trim()),
    running: has(RUNNING_TOTAL, words) || has(RUNNING_OR_SUM, words),
    // "Less net income from property" is taken away, not a net line.
    net: has(NET, words) && !has(LESS, words) && !holdingsGain,
    difference:
      !holdingsGain &&
      (has(DIFFERENCE, words) ||
        EXCESS.test(words) ||
        NET_BALANCE.test(words) ||
        MET_FROM_RESERVES.test(words)) &&
      !has(PERCENT_CHANGE, words),
    percentChange: has(PERCENT_CHANGE, words),
    holdingsGain,
    times: stated !== undefined && stated > 1 ? stated : undefined,
    quantity: quantity && Number(quantity[1]) > 1 ? Number(quantity[1]) : undefined,
    wholeTerm,
    term: has(TERM, words) && !has(MONEY, words),
    perUnit,
    stem: words
      .replace(/\([^()]*\)/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    partOfAbove: /^(?:- ?)?(?:of which|including|incl\.?|memo|memorandum)\b/.test(words),
    calendar: has(CALENDAR, words) && !has(COUNT, words) && !has(MONEY, words),
    ratios,
  };
}

/** Periods from the shortest: an amount is worked out for a longer period from a shorter one. */
export const PERIOD_RANK: Record<Period, number> = {
  day: 0,
  week: 1,
  fortnight: 2,
  "four weeks": 3,
  month: 4,
  quarter: 5,
  "half year": 6,
  year: 7,
};

/** Amounts of one period ("Weekly allowance for child", "Weekly reward per child"), per unit or not. */
export function amountsAlike(a: LabelHints, b: LabelHints): boolean {
  return a.money && b.money && a.period !== undefined && a.period === b.period;
}

/**
 * Whether two lines' figures are in units that can be added or taken away: percentages with
 * percentages, rates per unit with rates per unit, £000 with £000 (a line that states no scale
 * takes the other's).
 */
export function unitsAgree(a: LabelHints, b: LabelHints): boolean {
  return (
    a.percent === b.percent &&
    (a.perUnit === b.perUnit || amountsAlike(a, b)) &&
    (a.scale === undefined || b.scale === undefined || a.scale === b.scale)
  );
}
