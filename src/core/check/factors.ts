/** The constant factors reports multiply by, and how the checker fits one to a table. */

export interface Factor {
  readonly value: number;
  readonly words: string;
}

/** One formatter per number of decimals: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<number, Intl.NumberFormat>();

export function amountWords(value: number, places?: number): string {
  const decimals = places ?? Math.min(10, decimalPlaces(value));
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, format);
  }
  return format.format(value);
}

const ofNumber = (value: number): Factor => ({ value, words: amountWords(value) });

/** Weeks a year on both bases, months, VAT, and small multipliers (beds, years, boroughs). */
export const KNOWN_FACTORS: readonly Factor[] = [
  ofNumber(1),
  ofNumber(52),
  { value: 365 / 7, words: "365/7" },
  ofNumber(12),
  ofNumber(1.2),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map(ofNumber),
];

/** Known factors, then their inverses ("x 1/8": a year's share of an eight-year total). */
const KNOWN_OR_INVERSE: readonly Factor[] = [
  ...KNOWN_FACTORS,
  ...KNOWN_FACTORS.filter((f) => f.value > 1).map((f) => ({
    value: 1 / f.value,
    words: `1/${f.words}`,
  })),
];

/** Factors worth trying between two figures of a list of figures from running text (never 1: equal figures are legitimate there). */
export const LIST_FACTORS: readonly Factor[] = [
  ...KNOWN_FACTORS.filter((f) => f.value !== 1),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ofNumber(52 * n)),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ value: (365 * n) / 7, words: `365/7 x ${n}` })),
];

function decimalPlaces(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  return /e/.test(text) ? 10 : (text.split(".")[1]?.length ?? 0);
}

/** The number with the fewest significant digits in [lo, hi]: what a person would have multiplied by. */
export function simplestIn(lo: number, hi: number): number {
  if (lo <= 0 && hi >= 0) return 0;
  const sign = lo > 0 ? 1 : -1;
  const [a, b] = sign > 0 ? [lo, hi] : [-hi, -lo];
  for (let digits = 1; digits <= 15; digits++) {
    const step = 10 ** (Math.floor(Math.log10(b)) - digits + 1);
    const candidate = Math.ceil(a / step) * step;
    if (candidate <= b) return sign * Number(candidate.toPrecision(digits));
  }
  return sign * ((a + b) / 2);
}

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * The factor that most instances allow: a known factor if one is in the best-supported range,
 * otherwise the simplest number there. `covered` is how many intervals contain it.
 */
export function fitFactor(
  intervals: readonly Interval[]
): { factor: Factor; covered: number } | undefined {
  if (intervals.length === 0) return undefined;
  const events = intervals
    .flatMap((i) => [
      { at: i.lo, step: 1 },
      { at: i.hi, step: -1 },
    ])
    .sort((x, y) => x.at - y.at || y.step - x.step);
  let open = 0;
  let best = 0;
  let bestAt = 0;
  for (const e of events) {
    open += e.step;
    if (open > best) {
      best = open;
      bestAt = e.at;
    }
  }
  // Where a known factor does as well as the best region, it is what the writer used.
  const coverage = (k: number) => {
    let n = 0;
    for (const i of intervals) if (i.lo <= k && k <= i.hi) n++;
    return n;
  };
  const knownBest = KNOWN_OR_INVERSE.find((f) => coverage(f.value) >= best);
  if (knownBest) return { factor: knownBest, covered: best };
  const covering = intervals.filter((i) => i.lo <= bestAt && bestAt <= i.hi);
  const lo = covering.reduce((most, i) => Math.max(most, i.lo), -Infinity);
  const hi = covering.reduce((least, i) => Math.min(least, i.hi), Infinity);
  const known = KNOWN_OR_INVERSE.find((f) => f.value >= lo && f.value <= hi);
  if (known) return { factor: known, covered: best };
  const fitted = simplestIn(lo, hi);
  // 52.0001 fitting every row is less likely than 52 fitting all rows but one, the one with the error.
  const almost = KNOWN_OR_INVERSE.find((f) => coverage(f.value) >= Math.max(1, best - 1));
  if (almost && significantDigits(fitted) > 4)
    return { factor: almost, covered: coverage(almost.value) };
  return { factor: ofNumber(fitted), covered: best };
}

function significantDigits(value: number): number {
  return String(Math.abs(value))
    .replace(/e.*$/, "")
    .replace(".", "")
    .replace(/^0+/, "")
    .replace(/0+$/, "").length;
}

export function isKnown(factor: Factor): boolean {
  return KNOWN_FACTORS.some((f) => f.value === factor.value || 1 / f.value === factor.value);
}
