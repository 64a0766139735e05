/**
 * Names the likely cause of a difference between a stated figure and the figure a relation gives,
 * in the words reviewers use.
 */
import type { CheckedFigure } from "./cells";
import { amountWords } from "./factors";

export type DiagnosisKind =
  | "sign error"
  | "unit slip"
  | "digits transposed"
  | "rate rounded before multiplying"
  | "typo in a total"
  | "digit slipped"
  | "off by a round amount"
  | "rounded the wrong way";

export interface Diagnosis {
  readonly kind: DiagnosisKind;
  readonly words: string;
}

export interface DiagnosisContext {
  /** The cell is a total, so a round difference reads as a typo in the total. */
  readonly isTotal?: boolean;
  /** Factors the table multiplies rates by (52, 260...), for spotting a rate rounded before multiplying. */
  readonly factors?: readonly number[];
}

const noise = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The digits of a magnitude written to `unit`: 4,797,965.16 to 0.01 is "479796516". */
function digitsOf(value: number, unit: number): string {
  return BigInt(Math.round(Math.abs(value) / unit)).toString();
}

function differingPositions(a: string, b: string): number[] {
  return [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
}

function signError(stated: CheckedFigure, expected: number): Diagnosis | undefined {
  if (expected === 0 || Math.sign(stated.value) !== -Math.sign(expected)) return undefined;
  if (Math.abs(stated.value + expected) > stated.tolerance + noise(stated.value, expected))
    return undefined;
  return { kind: "sign error", words: "sign error: the figure has the wrong sign" };
}

function unitSlip(stated: CheckedFigure, expected: number): Diagnosis | undefined {
  for (const scale of [1e3, 1e6, 1e-3, 1e-6]) {
    const slipped = expected * scale;
    if (
      expected !== 0 &&
      Math.abs(stated.value - slipped) <= stated.tolerance + Math.abs(slipped) * 5e-4
    ) {
      const words =
        scale > 1
          ? `unit slip (thousands vs millions): ${amountWords(scale)} times the figure expected`
          : `unit slip (thousands vs millions): 1/${amountWords(1 / scale)} of the figure expected`;
      return { kind: "unit slip", words };
    }
  }
  return undefined;
}

/** The digits written and the digits expected, when they have the same length, and where they differ. */
function digitDifference(stated: CheckedFigure, expected: number) {
  if (Math.sign(stated.value) * Math.sign(expected) < 0) return undefined;
  const written = digitsOf(stated.value, stated.unit);
  const should = digitsOf(expected, stated.unit);
  if (written.length !== should.length || written.length < 2) return undefined;
  return { written, should, diff: differingPositions(written, should) };
}

function transposition(stated: CheckedFigure, expected: number): Diagnosis | undefined {
  const d = digitDifference(stated, expected);
  if (!d) return undefined;
  const { written, should, diff } = d;
  if (
    diff.length === 2 &&
    diff[1] === diff[0] + 1 &&
    written[diff[0]] === should[diff[1]] &&
    written[diff[1]] === should[diff[0]]
  ) {
    return {
      kind: "digits transposed",
      words: `digits transposed: "${written.slice(diff[0], diff[0] + 2)}" written for "${should.slice(diff[0], diff[0] + 2)}"`,
    };
  }
  return undefined;
}

function digitChange(stated: CheckedFigure, expected: number): Diagnosis | undefined {
  const d = digitDifference(stated, expected);
  if (!d) return undefined;
  const { written, should, diff } = d;
  if (diff.length === 1) {
    return {
      kind: "digit slipped",
      words: `a digit slipped: ${written[diff[0]]} written for ${should[diff[0]]}`,
    };
  }
  return undefined;
}

function roundAmount(
  stated: CheckedFigure,
  expected: number,
  isTotal: boolean
): Diagnosis | undefined {
  const units = Math.round(Math.abs(stated.value - expected) / stated.unit);
  if (
    units < 10 ||
    units * stated.unit < 10 ||
    Math.abs(units * stated.unit - Math.abs(stated.value - expected)) >
      stated.tolerance + noise(stated.value, expected)
  )
    return undefined;
  if (!/^[1-9]0+$/.test(String(units))) return undefined;
  const amount = amountWords(units * stated.unit, 0);
  return isTotal
    ? { kind: "typo in a total", words: `typo in the total: off by exactly ${amount}` }
    : { kind: "off by a round amount", words: `off by exactly ${amount}` };
}

type Rounding = "nearest" | "up" | "down";
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

function rateRounded(
  stated: CheckedFigure,
  expected: number,
  factors: readonly number[]
): Diagnosis | undefined {
  for (const factor of factors) {
    if (factor < 50) continue;
    const rate = expected / factor;
    if (Math.abs(rate) < 100) continue;
    for (const unit of [1, 0.01]) {
      for (const how of ["nearest", "up", "down"] as const) {
        const rounded = roundTo(rate, unit, how);
        if (Math.abs(rounded - rate) <= noise(rounded, rate)) continue;
        if (
          Math.abs(stated.value - rounded * factor) <=
          Math.max(stated.tolerance, 1e-6) + noise(stated.value, expected)
        ) {
          const places = unit === 1 ? 0 : 2;
          return {
            kind: "rate rounded before multiplying",
            words: `a rate rounded before multiplying: ${amountWords(rounded, places)} x ${amountWords(factor, factor % 1 ? 6 : 0)} (the rate ${amountWords(rate, 4)} rounded ${how === "nearest" ? "" : `${how} `}to ${unit === 1 ? "whole pounds" : "pence"})`,
          };
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
  const total = context.isTotal ?? false;
  return (
    signError(stated, expected) ??
    unitSlip(stated, expected) ??
    transposition(stated, expected) ??
    rateRounded(stated, expected, context.factors ?? []) ??
    (total ? roundAmount(stated, expected, true) : undefined) ??
    digitChange(stated, expected) ??
    roundAmount(stated, expected, total)
  );
}

/** Whether a figure written to a coarse unit is a rounding of a finer one, and which way. */
export function roundingOf(coarse: CheckedFigure, fine: number): Rounding | undefined {
  return (["nearest", "up", "down"] as const).find(
    (how) => Math.abs(roundTo(fine, coarse.unit, how) - coarse.value) <= noise(coarse.value, fine)
  );
}
