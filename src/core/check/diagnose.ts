/**
 * Names the likely cause of a difference between a stated figure and the figure a relation gives,
 * in the words reviewers use. Each cause is tested by undoing it on the stated figure and seeing
 * whether the result agrees with the expected one, within the rounding both carry.
 */
import type { CheckedFigure } from "./cells";
import { amountWords } from "./factors";
import { floatNoise } from "./noise";

export type DiagnosisKind =
  | "sign error"
  | "unit slip"
  | "digits transposed"
  | "rate rounded before multiplying"
  | "typo in a total"
  | "digit slipped"
  | "off by a round amount";

/** How specific a cause is: a sign flip fits a difference by chance far less often than a round amount does. */
export const STRENGTH: Record<DiagnosisKind, number> = {
  "sign error": 3,
  "unit slip": 3,
  "digits transposed": 3,
  "rate rounded before multiplying": 3,
  "typo in a total": 2,
  "digit slipped": 2,
  "off by a round amount": 1,
};

export interface Diagnosis {
  readonly kind: DiagnosisKind;
  readonly words: string;
  /** STRENGTH, less where the cause fits only loosely (see roundAmount). */
  readonly strength: number;
}

const because = (kind: DiagnosisKind, words: string): Diagnosis => ({
  kind,
  words,
  strength: STRENGTH[kind],
});

export interface DiagnosisContext {
  /** The cell is a total, so a round difference reads as a typo in the total. */
  readonly isTotal?: boolean;
  /** Factors the table multiplies rates by (52, 260...), for spotting a rate rounded before multiplying. */
  readonly factors?: readonly number[];
  /** How far the expected figure may itself be from the truth (the rounding of the figures it comes from). */
  readonly tolerance?: number;
}

interface Comparison {
  readonly stated: CheckedFigure;
  readonly expected: number;
  /** How far the expected figure may be from the truth. */
  readonly tolerance: number;
  /** The distance within which an undone mistake counts as agreeing. */
  readonly slack: number;
  readonly agrees: (value: number) => boolean;
}

function comparison(stated: CheckedFigure, expected: number, tolerance: number): Comparison {
  const slack = tolerance + stated.tolerance;
  return {
    stated,
    expected,
    tolerance,
    slack,
    agrees: (value) => Math.abs(value - expected) <= slack + floatNoise(value, expected),
  };
}

/** The digits of the stated magnitude in its own unit: 4,797,965.16 is "479796516". */
function digitsOf(figure: CheckedFigure): string {
  return BigInt(Math.round(Math.abs(figure.value) / figure.unit)).toString();
}

function valueOfDigits(digits: string, figure: CheckedFigure): number {
  return Math.sign(figure.value || 1) * Number(digits) * figure.unit;
}

function signError(c: Comparison): Diagnosis | undefined {
  if (Math.abs(c.expected) <= c.slack || c.stated.value === 0 || !c.agrees(-c.stated.value))
    return undefined;
  return because("sign error", "sign error: the figure has the wrong sign");
}

function unitSlip(c: Comparison): Diagnosis | undefined {
  if (Math.abs(c.expected) <= c.tolerance) return undefined;
  for (const scale of [1e3, 1e6, 1e-3, 1e-6]) {
    const undone = c.stated.value / scale;
    const slack = c.tolerance + c.stated.tolerance / scale + Math.abs(c.expected) * 5e-4;
    if (Math.abs(undone - c.expected) <= slack) {
      const times = scale > 1 ? `${amountWords(scale)} times` : `1/${amountWords(1 / scale)} of`;
      return because(
        "unit slip",
        `unit slip (thousands vs millions): ${times} the figure expected`
      );
    }
  }
  return undefined;
}

function transposition(c: Comparison): Diagnosis | undefined {
  const written = digitsOf(c.stated);
  for (let i = 0; i + 1 < written.length; i++) {
    if (written[i] === written[i + 1]) continue;
    const undone = written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2);
    if (c.agrees(valueOfDigits(undone, c.stated))) {
      return because(
        "digits transposed",
        `digits transposed: "${written.slice(i, i + 2)}" written for "${written[i + 1]}${written[i]}"`
      );
    }
  }
  return undefined;
}

function digitSlip(c: Comparison): Diagnosis | undefined {
  const written = digitsOf(c.stated);
  if (written.length < 2) return undefined;
  for (let i = 0; i < written.length; i++) {
    for (const digit of "0123456789") {
      if (digit === written[i] || (i === 0 && digit === "0")) continue;
      if (c.agrees(valueOfDigits(written.slice(0, i) + digit + written.slice(i + 1), c.stated))) {
        return because("digit slipped", `a digit slipped: ${written[i]} written for ${digit}`);
      }
    }
  }
  return undefined;
}

/** Whether `value` is written like `figure` with one digit changed: no carry, no digit added. */
function oneDigitApart(figure: CheckedFigure, value: number): boolean {
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
    const found = isTotal
      ? because("typo in a total", `typo in the total: ${words}`)
      : because("off by a round amount", words);
    // 118 for 78 is no slip of one key: a digit slipped elsewhere explains the same break better.
    const oneKey = oneDigitApart(c.stated, c.stated.value - amount);
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
  const scaled = Number((value / unit).toPrecision(12));
  return ROUNDINGS[how](scaled) * unit;
}

/** Words for a rate that was rounded before it was multiplied out. */
export function rateWords(
  rounded: number,
  factor: number,
  rate: number,
  how: Rounding,
  unit: number
): string {
  const direction = how === "nearest" ? "" : `${how} `;
  const to = unit === 1 ? "whole pounds" : "pence";
  return `a rate rounded before multiplying: ${amountWords(rounded, unit === 1 ? 0 : 2)} x ${amountWords(factor, factor % 1 ? 6 : 0)} (the rate ${amountWords(rate, 4)} rounded ${direction}to ${to})`;
}

function rateRounded(c: Comparison, factors: readonly number[]): Diagnosis | undefined {
  for (const factor of factors) {
    const rate = c.expected / factor;
    if (factor < 50 || Math.abs(rate) < 100) continue;
    for (const unit of [1, 0.01]) {
      for (const how of ["nearest", "up", "down"] as const) {
        const rounded = roundTo(rate, unit, how);
        if (Math.abs(rounded - rate) <= floatNoise(rounded, rate)) continue;
        if (
          Math.abs(c.stated.value - rounded * factor) <=
          Math.max(c.stated.tolerance, 1e-6) + floatNoise(rounded, c.expected)
        ) {
          return because(
            "rate rounded before multiplying",
            rateWords(rounded, factor, rate, how, unit)
          );
        }
      }
    }
  }
  return undefined;
}

/** Why `stated` differs from `expected`, when one of the usual causes fits exactly. */
export function diagnose(
  stated: CheckedFigure,
  expected: number,
  context: DiagnosisContext = {}
): Diagnosis | undefined {
  const c = comparison(stated, expected, context.tolerance ?? 0);
  const total = context.isTotal ?? false;
  return (
    signError(c) ??
    unitSlip(c) ??
    transposition(c) ??
    rateRounded(c, context.factors ?? []) ??
    (total ? roundAmount(c, true) : undefined) ??
    digitSlip(c) ??
    roundAmount(c, total)
  );
}

/** Whether a figure written to a coarse unit is a rounding of a finer one, and which way. */
export function roundingOf(coarse: CheckedFigure, fine: number): Rounding | undefined {
  return (["nearest", "up", "down"] as const).find(
    (how) =>
      Math.abs(roundTo(fine, coarse.unit, how) - coarse.value) <= floatNoise(coarse.value, fine)
  );
}
