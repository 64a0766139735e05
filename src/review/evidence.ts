/**
 * Significance, not coincidence. A relation the search found (no label or formula announced it)
 * is accepted only when chance cannot explain the instances that hold, given how many candidate
 * relations the search tried in the table and how precisely the figures are printed.
 *
 * The chance that one instance holds by coincidence is the share of the values its result could
 * plausibly take that would come as close to what the relation gives: the window (twice its
 * distance from it, at most what rounding allows, plus one printed unit) over the span of values
 * of that size (from zero to twice the figure, in printed units). "£4,797,956.16" agreeing with
 * a sum to the penny is a one-in-hundreds-of-millions coincidence; "3" agreeing with 5 - 2 is one
 * in seven; a zero agreeing with anything is no evidence at all.
 *
 * For k instances holding out of n, the chance that some k of them hold by coincidence is at most
 * C(n, k) times the product of their chances. A relation fitted to the table (a constant ratio
 * between two columns) spends its best instance on fitting, so that instance is not counted, and
 * between two lines of like amounts its chance is weighed against how far their ratio wanders
 * anyway (likeAmountsCoincidence). The
 * search multiplies the chance by the number of candidates of its family it tried (totals by their
 * place, or every other form: settings.ts), and accepts a relation when
 * the result, the expected number of coincidental relations it would accept, is below
 * COINCIDENCES_PER_TABLE (LONE_TOTAL_COINCIDENCES for a total weighed on its one holding figure).
 */
import type { Figure } from "./read";
import type { Outcome } from "./relation";
import {
  COINCIDENCES_PER_TABLE,
  EXACT_SUMS_CHANCE,
  FLOAT_NOISE,
  HOLDS_PER_BREAK,
  LIKE_AMOUNTS_RATIO_SPREAD,
  TOTAL_BY_PLACE_HOLDS,
} from "./settings";

/** The chance that this holding instance would hold if its result were an unrelated figure of its size. */
export function coincidence(outcome: Outcome, result: Figure, within = outcome.allowance): number {
  const unit = result.unit;
  const span = 2 * Math.max(Math.abs(outcome.stated), Math.abs(outcome.expected)) + unit;
  const window = 2 * within + unit;
  return Math.min(1, window / span);
}

/**
 * The chance that an unrelated figure of its size would come as close to what the relation gives
 * as this one did: a total of five rounded parts may be off by 2 and still hold, but one that is
 * exact is a closer match than rounding alone would make likely. Not for a ratio fitted to the
 * table, whose fit brings its instances close by itself.
 */
export function closeness(outcome: Outcome, result: Figure): number {
  return coincidence(
    outcome,
    result,
    Math.min(outcome.allowance, Math.abs(outcome.stated - outcome.expected))
  );
}

/**
 * The chance that a ratio fitted between two lines of like amounts holds at this instance by
 * coincidence: its acceptance window as a share of the ratio, over how far such a ratio wanders.
 */
export function likeAmountsCoincidence(outcome: Outcome, result: Figure): number {
  const window =
    (2 * outcome.allowance + result.unit) / Math.max(Math.abs(outcome.expected), 1e-12);
  return Math.min(1, window / LIKE_AMOUNTS_RATIO_SPREAD);
}

/**
 * A round amount (£100.00, £250) recurs in budgets by habit, year after year and line after line:
 * a copy of one is weighed by its roundness, not by the pennies it is printed to.
 */
export function roundCoincidence(result: Outcome, figure: Figure): number {
  return coincidence(result, { ...figure, unit: Math.max(figure.unit, roundness(figure.value)) });
}

/** The largest power of ten that divides a figure: 100 for £100.00, 1 for £1,617, 0.01 for £3.27. */
function roundness(value: number): number {
  if (value === 0) return 1;
  let unit = 0.01;
  const fits = (u: number) =>
    Math.abs(Math.round(value / u) * u - value) <= FLOAT_NOISE * Math.abs(value);
  while (unit < 1e12 && fits(unit * 10)) unit *= 10;
  return unit;
}

/** log10 of n choose k, by log-gamma (Lanczos), so that long lists cost no more than short ones. */
export function log10Choose(n: number, k: number): number {
  if (k <= 0 || k >= n) return 0;
  return (logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1)) / Math.LN10;
}

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.9999999999998099;
  const t = z + 7.5;
  LANCZOS.forEach((c, i) => (a += c / (z + i + 1)));
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export interface Evidence {
  readonly holds: number;
  readonly breaks: number;
  /** A sum of the run of lines above it (or below a heading): a total by its place (TOTAL_BY_PLACE_HOLDS). */
  readonly byPlace?: boolean;
  /** log10 of the chance that the holding instances hold by coincidence (before the search's multiplicity). */
  readonly log10Chance: number;
}

/** What the instances of one relation say, given each holding instance's chance of coincidence. */
export function weigh(
  chances: readonly number[],
  breaks: number,
  fitted = 0,
  byPlace = false
): Evidence {
  const sorted = [...chances].sort((a, b) => a - b).slice(fitted);
  const n = chances.length + breaks - fitted;
  const log10Chance =
    sorted.reduce((sum, p) => sum + Math.log10(p), 0) + log10Choose(Math.max(n, 0), sorted.length);
  return { holds: chances.length, breaks, log10Chance, ...(byPlace ? { byPlace } : {}) };
}

/** Whether a searched relation is the table's, after trying `candidates` relations in the table. */
export function significant(
  evidence: Evidence,
  candidates: number,
  perTable = COINCIDENCES_PER_TABLE
): boolean {
  const expectedCoincidences = evidence.log10Chance + Math.log10(Math.max(1, candidates));
  return expectedCoincidences < Math.log10(perTable);
}

/** A total by its place weighed on its one holding figure against one break (TOTAL_BY_PLACE_HOLDS). */
export function loneTotal(evidence: Evidence): boolean {
  const { holds, breaks, byPlace } = evidence;
  return byPlace === true && holds === TOTAL_BY_PLACE_HOLDS && breaks === TOTAL_BY_PLACE_HOLDS;
}

/** Whether a relation's breaks are the exceptions to a rule rather than a rule that does not apply there. */
export function breaksAreExceptions(evidence: Evidence): boolean {
  return evidence.holds >= HOLDS_PER_BREAK * evidence.breaks || loneTotal(evidence);
}

/** "1 in 10^12": how a reviewer reads the chance of coincidence. */
export function chanceWords(log10Chance: number): string {
  if (log10Chance > -1) return "could be coincidence";
  const power = Math.floor(-log10Chance);
  return power >= 6
    ? `chance of coincidence below 1 in 10^${power}`
    : `chance of coincidence below 1 in ${(10 ** power).toLocaleString("en-GB")}`;
}

/**
 * The chance that the printed total of `parts` independently rounded figures equals the sum of
 * the printed parts exactly: their rounding errors (uniform over a unit) must add to less than
 * half a unit. By the normal approximation, erf(sqrt(3 / (2n))): 0.78 for two parts, 0.5 for
 * six, 0.35 for sixteen.
 */
export function chanceRoundedSumIsExact(parts: number): number {
  return erf(Math.sqrt(3 / (2 * parts)));
}

/**
 * The chance that a figure worked from rounded inputs (a rate times 52) is printed exactly as the
 * printed inputs give it: the inputs' rounding spreads the true result over `spread` either side,
 * and only a result within the figure's own `half` would do. Undefined where the inputs' rounding
 * cannot move the result past the figure's own (no evidence either way).
 */
export function chanceWorkedIsExact(half: number, spread: number): number | undefined {
  return spread > half ? half / spread : undefined;
}

/**
 * Whether a sum's instances, each with the chance that independent rounding would leave it exact
 * and whether it is, say the sum was worked from the printed figures: every instance exact but
 * at most one, where chance would rarely give that (EXACT_SUMS_CHANCE).
 */
export function roundedSumsAddExactly(
  instances: readonly { readonly chance: number; readonly exact: boolean }[],
  threshold = EXACT_SUMS_CHANCE
): boolean {
  const inexact = instances.filter((i) => !i.exact).length;
  if (inexact > 1) return false;
  const allExact = instances.reduce((p, i) => p * i.chance, 1);
  // At most one inexact: all exact, or exactly one of them not.
  const atMostOne = allExact * (1 + instances.reduce((s, i) => s + (1 - i.chance) / i.chance, 0));
  return atMostOne < threshold;
}

/** The error function, to 1e-7 (Abramowitz and Stegun 7.1.26). */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}
