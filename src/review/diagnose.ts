/**
 * Names the likely cause of a difference between a stated figure and the figure a relation gives,
 * in the words reviewers use. Each cause is tested by undoing it on the stated figure and seeing
 * whether the result agrees with the expected one within the rounding both carry.
 */
import type { Figure } from "./read";
import { FLOAT_NOISE } from "./settings";
import { amountWords } from "./words";

export type DiagnosisKind =
  | "sign error"
  | "rounded the wrong way"
  | "unit slip"
  | "digits transposed"
  | "rate rounded before multiplying"
  | "other weeks-a-year basis"
  | "copied from next to it"
  | "typo in a total"
  | "digit slipped"
  | "off by a round amount";

/**
 * How specific a cause is: the chance that an arbitrary difference fits it. A sign flip or a
 * transposition fits by chance far less often than a round amount does. Locating a wrong cell
 * prefers the cell with the most specific cause.
 */
export const STRENGTH: Record<DiagnosisKind, number> = {
  "sign error": 3,
  "unit slip": 3,
  "digits transposed": 3,
  "rate rounded before multiplying": 3,
  "other weeks-a-year basis": 3,
  // Equal neighbours are often legitimate (income equal to spending): it says less than a transposition.
  "copied from next to it": 2,
  "typo in a total": 2,
  "digit slipped": 2,
  // One unit out in the last digit: a figure worked from rounded ones fits it by chance as often
  // as a slipped digit does.
  "rounded the wrong way": 2,
  "off by a round amount": 1,
};

export interface Diagnosis {
  readonly kind: DiagnosisKind;
  readonly words: string;
  readonly strength: number;
}

const because = (kind: DiagnosisKind, words: string, strength = STRENGTH[kind]): Diagnosis => ({
  kind,
  words,
  strength,
});

export interface DiagnosisContext {
  /** The cell is a total, so a round difference reads as a typo in the total. */
  readonly isTotal?: boolean;
  /** The factors the relation or table multiplies rates by (52, 365/7...), and the rate each gives. */
  readonly rates?: readonly {
    readonly factor: number;
    readonly words: string;
    readonly rate: number;
  }[];
  /** What other readings of the relation give: x 52 where the table uses x 365/7. */
  readonly alternatives?: readonly { readonly value: number; readonly words: string }[];
  /** Figures next to the cell (above and to the left), to spot one copied across. */
  readonly neighbours?: readonly { readonly value: number; readonly where: string }[];
  /** How far the expected figure may itself be from the truth (its inputs' rounding). */
  readonly tolerance?: number;
}

interface Comparison {
  readonly stated: Figure;
  readonly expected: number;
  readonly tolerance: number;
  readonly slack: number;
  readonly agrees: (value: number) => boolean;
  /** Agrees to within the stated figure's own rounding, not only within its inputs' too. */
  readonly exactly: (value: number) => boolean;
}

const noise = (a: number, b: number) => FLOAT_NOISE * Math.max(1, Math.abs(a), Math.abs(b));

function comparison(stated: Figure, expected: number, tolerance: number): Comparison {
  const slack = tolerance + stated.half;
  return {
    stated,
    expected,
    tolerance,
    slack,
    agrees: (value) => Math.abs(value - expected) <= slack + noise(value, expected),
    exactly: (value) => Math.abs(value - expected) <= stated.half + noise(value, expected),
  };
}

/** The digits of the stated magnitude in its own unit: 4,797,965.16 is "479796516". */
function digitsOf(figure: Figure): string {
  return BigInt(Math.round(Math.abs(figure.value) / figure.unit)).toString();
}

function valueOfDigits(digits: string, figure: Figure): number {
  return Math.sign(figure.value || 1) * Number(digits) * figure.unit;
}

function signError(c: Comparison): Diagnosis | undefined {
  if (Math.abs(c.expected) <= c.slack || c.stated.value === 0 || !c.agrees(-c.stated.value))
    return undefined;
  return because("sign error", "sign error: the figure has the wrong sign");
}

/** "£5.49M" for 5,483,358.40: rounded up (or down) where the nearest is 5.48M. */
function wrongRounding(c: Comparison): Diagnosis | undefined {
  if (c.stated.half === 0 || c.tolerance >= c.stated.unit / 2 || c.stated.value === 0)
    return undefined;
  const nearest = roundTo(c.expected, c.stated.unit, "nearest");
  if (Math.abs(nearest - c.stated.value) <= noise(nearest, c.stated.value)) return undefined;
  for (const how of ["up", "down"] as const) {
    const rounded = roundTo(c.expected, c.stated.unit, how);
    if (Math.abs(rounded - c.stated.value) <= noise(rounded, c.stated.value)) {
      return because(
        "rounded the wrong way",
        `rounded ${how} instead of to the nearest: ${amountWords(c.expected)} to the nearest ${amountWords(c.stated.unit)} is ${amountWords(nearest)}`
      );
    }
  }
  return undefined;
}

function unitSlip(c: Comparison): Diagnosis | undefined {
  if (Math.abs(c.expected) <= c.tolerance || c.stated.value === 0) return undefined;
  for (const scale of [1e3, 1e6, 1e-3, 1e-6]) {
    const undone = c.stated.value / scale;
    const slack = c.tolerance + c.stated.half / scale + Math.abs(c.expected) * 5e-4;
    if (Math.abs(undone - c.expected) <= slack) {
      const times = scale > 1 ? `${amountWords(scale)} times` : `1/${amountWords(1 / scale)} of`;
      return because(
        "unit slip",
        `unit slip (thousands for millions, or pounds for thousands): ${times} the figure expected`
      );
    }
  }
  return undefined;
}

/**
 * The first of a cause's candidate corrections that agrees, one that agrees exactly first. A
 * correction that agrees only within the inputs' rounding (a long column of whole pounds allows
 * ±9) is a weaker cause: among many cells and many digits one such is found by chance.
 */
function closest<T>(c: Comparison, candidates: readonly (readonly [number, T])[]) {
  const exact = candidates.find(([value]) => c.exactly(value));
  if (exact) return { found: exact[1], penalty: 0 };
  const loose = candidates.find(([value]) => c.agrees(value));
  return loose && { found: loose[1], penalty: LOOSE_FIT_PENALTY };
}
const LOOSE_FIT_PENALTY = 2;

function transposition(c: Comparison): Diagnosis | undefined {
  const written = digitsOf(c.stated);
  const candidates: [number, string][] = [];
  for (let i = 0; i + 1 < written.length; i++) {
    if (written[i] === written[i + 1]) continue;
    const undone = written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2);
    candidates.push([
      valueOfDigits(undone, c.stated),
      `digits transposed: "${written.slice(i, i + 2)}" written for "${written[i + 1]}${written[i]}"`,
    ]);
  }
  const fit = closest(c, candidates);
  return (
    fit && because("digits transposed", fit.found, STRENGTH["digits transposed"] - fit.penalty)
  );
}

function digitSlip(c: Comparison): Diagnosis | undefined {
  const written = digitsOf(c.stated);
  if (written.length < 2) return undefined;
  const candidates: [number, string][] = [];
  for (let i = 0; i < written.length; i++) {
    for (const digit of "0123456789") {
      if (digit === written[i] || (i === 0 && digit === "0")) continue;
      candidates.push([
        valueOfDigits(written.slice(0, i) + digit + written.slice(i + 1), c.stated),
        `a digit slipped: ${written[i]} written for ${digit}`,
      ]);
    }
  }
  const fit = closest(c, candidates);
  return fit && because("digit slipped", fit.found, STRENGTH["digit slipped"] - fit.penalty);
}

/** Whether `value` is written like `figure` with one digit changed: no carry, no digit added. */
function oneDigitApart(figure: Figure, value: number): boolean {
  const written = digitsOf(figure);
  const other = BigInt(Math.round(Math.abs(value) / figure.unit)).toString();
  if (Math.sign(value) !== Math.sign(figure.value) || other.length !== written.length) return false;
  return [...written].filter((d, i) => d !== other[i]).length === 1;
}

function roundAmount(c: Comparison, isTotal: boolean): Diagnosis | undefined {
  const difference = c.stated.value - c.expected;
  for (
    let power = Math.max(1, Math.ceil(Math.log10(c.stated.unit)) + 1);
    10 ** power <= Math.abs(difference) * 1.5;
    power++
  ) {
    const amount = Math.round(difference / 10 ** power) * 10 ** power;
    if (Math.abs(amount) / 10 ** power > 9 || amount === 0) continue;
    if (!c.agrees(c.stated.value - amount)) continue;
    const words = `off by exactly ${amountWords(Math.abs(amount), 0)}`;
    const oneKey = oneDigitApart(c.stated, c.stated.value - amount);
    const found = isTotal
      ? because("typo in a total", `typo in the total: ${words}`)
      : because("off by a round amount", words);
    // 118 for 78 is no slip of one key: a digit slipped elsewhere explains the same break better.
    return oneKey ? found : { ...found, strength: found.strength - 1 };
  }
  return undefined;
}

export type Rounding = "nearest" | "up" | "down";
const ROUNDINGS: Record<Rounding, (x: number) => number> = {
  nearest: Math.round,
  up: Math.ceil,
  down: Math.floor,
};

/** Rounds to a unit without the doubles' error: 2,636.2396 up to 1 is 2,637, 2,636.23 up to 0.01 stays 2,636.23. */
export function roundTo(value: number, unit: number, how: Rounding): number {
  return ROUNDINGS[how](Number((value / unit).toPrecision(12))) * unit;
}

function rateRounded(
  c: Comparison,
  rates: NonNullable<DiagnosisContext["rates"]>
): Diagnosis | undefined {
  for (const { factor, words: factorWords, rate } of rates) {
    if (Math.abs(rate) < 100 || Math.abs(factor) < 2) continue;
    for (const unit of [1, 0.01]) {
      for (const how of ["nearest", "up", "down"] as const) {
        const rounded = roundTo(rate, unit, how);
        if (Math.abs(rounded - rate) <= noise(rounded, rate)) continue;
        const product = rounded * factor;
        if (
          Math.abs(c.stated.value - product) <=
          Math.max(c.stated.half, 1e-6) + noise(product, c.expected)
        ) {
          const direction = how === "nearest" ? "" : `${how} `;
          const to = unit === 1 ? "whole pounds" : "pence";
          return because(
            "rate rounded before multiplying",
            `a rate rounded before multiplying: ${amountWords(rounded, unit === 1 ? 0 : 2)} x ${factorWords} (the rate ${amountWords(rate, 4)} rounded ${direction}to ${to})`
          );
        }
      }
    }
  }
  return undefined;
}

function otherReading(
  c: Comparison,
  alternatives: NonNullable<DiagnosisContext["alternatives"]>
): Diagnosis | undefined {
  const match = alternatives.find(
    (a) => Math.abs(c.stated.value - a.value) <= c.slack + noise(a.value, c.expected)
  );
  return (
    match &&
    because(
      "other weeks-a-year basis",
      `worked out as ${match.words}, where the table uses the other basis`
    )
  );
}

function copied(
  c: Comparison,
  neighbours: NonNullable<DiagnosisContext["neighbours"]>
): Diagnosis | undefined {
  const match = neighbours.find((n) => n.value !== 0 && n.value === c.stated.value);
  return match && because("copied from next to it", `the figure ${match.where} copied across`);
}

/**
 * Why `stated` differs from `expected`, when one of the usual causes fits: the strongest, and of
 * equally strong causes the first in this order.
 */
export function diagnose(
  stated: Figure,
  expected: number,
  context: DiagnosisContext = {}
): Diagnosis | undefined {
  const c = comparison(stated, expected, context.tolerance ?? 0);
  const total = context.isTotal ?? false;
  const causes = [
    () => signError(c),
    () => wrongRounding(c),
    () => unitSlip(c),
    () => transposition(c),
    () => rateRounded(c, context.rates ?? []),
    () => otherReading(c, context.alternatives ?? []),
    () => copied(c, context.neighbours ?? []),
    () => (total ? roundAmount(c, true) : undefined),
    () => digitSlip(c),
    () => roundAmount(c, total),
  ];
  let best: Diagnosis | undefined;
  for (const cause of causes) {
    const found = cause();
    if (found && (!best || found.strength > best.strength)) best = found;
    if (best?.strength === STRONGEST) break;
  }
  return best;
}
const STRONGEST = Object.values(STRENGTH).reduce((a, b) => Math.max(a, b));
