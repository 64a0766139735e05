/**
 * Why a figure in the prose differs from the figure it should be: rounded the wrong way, digits
 * transposed or slipped, thousands for millions, 52 weeks for 365/7, a rate rounded before it was
 * multiplied out. A gap with such a cause is a mistake a reviewer recognises; a gap without one
 * between figures that merely look alike is not reported at all.
 */
import { Decimal } from "../core/decimal";
import { agrees, exactly, Interval, middle, scaled, WEEKS_PER_YEAR, written } from "./interval";

export interface Cause {
  readonly kind:
    | "rounded the wrong way"
    | "digits transposed"
    | "digit slipped"
    | "unit slip"
    | "weeks basis"
    | "rate rounded before multiplying";
  readonly words: string;
}

export interface Stated {
  readonly stated: string;
  readonly value: Decimal;
  readonly unit: Decimal;
}

const ROUNDINGS = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  nearest: Decimal.ROUND_HALF_UP,
} as const;

export function roundTo(value: Decimal, unit: Decimal, how: keyof typeof ROUNDINGS): Decimal {
  return value.div(unit).toDecimalPlaces(0, ROUNDINGS[how]).mul(unit);
}

/** "£5.49M" for 5,483,358.40 rounded up: the writing is coarser and the rounding goes the wrong way. */
function wrongWay(s: Stated, exact: Decimal): Cause | undefined {
  const nearest = roundTo(exact, s.unit, "nearest");
  if (nearest.eq(s.value)) return undefined;
  if (exact.div(s.unit).mod(1).abs().eq(0.5) && roundTo(exact, s.unit, "down").eq(s.value))
    return {
      kind: "rounded the wrong way",
      words: `${s.stated.includes("%") ? `${exact.mul(100).toString()}%` : plain(exact)} is exactly half-way: rounded half away from zero, as Excel's ROUND does, it is ${like(s, nearest)}`,
    };
  for (const how of ["up", "down"] as const) {
    if (roundTo(exact, s.unit, how).eq(s.value)) {
      return {
        kind: "rounded the wrong way",
        words: `rounded ${how === "up" ? "up" : "down (cut off)"}: ${s.stated.includes("%") ? like({ ...s, unit: s.unit.div(1000) }, exact) : plain(exact)} is ${like(s, nearest)} to the nearest ${like(s, s.unit)}`,
      };
    }
  }
  return undefined;
}

function digitsAt(value: Decimal, unit: Decimal): string {
  return value.abs().div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
}

function transposed(s: Stated, target: Decimal): Cause | undefined {
  const a = digitsAt(s.value, s.unit);
  const b = digitsAt(target, s.unit);
  if (a.length !== b.length || a.length < 3) return undefined;
  const differ = [...a].map((d, i) => (d === b[i] ? -1 : i)).filter((i) => i >= 0);
  if (
    differ.length === 2 &&
    differ[1] === differ[0] + 1 &&
    a[differ[0]] === b[differ[1]] &&
    a[differ[1]] === b[differ[0]]
  )
    return {
      kind: "digits transposed",
      words: `digits transposed: "${a.slice(differ[0], differ[0] + 2)}" written for "${b.slice(differ[0], differ[0] + 2)}"`,
    };
  if (differ.length === 1 && a.length >= 4)
    return {
      kind: "digit slipped",
      words: `a digit slipped: ${a[differ[0]]} written for ${b[differ[0]]}`,
    };
  return undefined;
}

function unitSlip(s: Stated, target: Interval): Cause | undefined {
  for (const [factor, words] of [
    [1000, "thousands written for millions or pounds for thousands"],
    [0.001, "millions written for thousands or thousands for pounds"],
  ] as const) {
    if (
      agrees(written(s.value.mul(factor), s.unit.mul(factor)), target) ||
      agrees(scaled(target, new Decimal(1 / factor)), written(s.value, s.unit))
    )
      return { kind: "unit slip", words: `unit slip: ${words} (1,000 times out)` };
  }
  return undefined;
}

/** A value written in the stated figure's style: "£5.48M" beside a stated "£5.49M". */
function like(s: Stated, value: Decimal): string {
  const scale = /(bn|billion)$/i.exec(s.stated)
    ? 1e9
    : /(m|mn|million)$/i.exec(s.stated)
      ? 1e6
      : /k$/i.exec(s.stated)
        ? 1e3
        : 1;
  const suffix = /(bn|billion|mn|million|m|k)$/i.exec(s.stated)?.[1] ?? "";
  const places = Math.max(0, -Math.floor(Math.log10(s.unit.div(scale).toNumber()) + 1e-9));
  const number = Number(value.div(scale).toFixed(places)).toLocaleString("en-GB", {
    minimumFractionDigits: places,
  });
  if (s.stated.includes("%"))
    return `${Number(value.mul(100).toFixed(Math.max(0, places - 2))).toLocaleString("en-GB", { maximumFractionDigits: 4 })}%`;
  return `${s.stated.includes("£") ? "£" : ""}${number}${suffix}`;
}

function plain(value: Decimal): string {
  const places = value.decimalPlaces();
  return Number(value.toFixed(Math.min(places, 4))).toLocaleString("en-GB", {
    maximumFractionDigits: 4,
  });
}

/**
 * The cause of the gap between a stated figure and `target` (what it should be), when one fits
 * exactly. `weekly`, when the target came from a weekly figure by one basis, lets a swap of
 * 52 for 365/7 (or back) be recognised.
 */
export function causeOf(
  s: Stated,
  target: Interval,
  weekly?: { basis: "52" | "365/7" }
): Cause | undefined {
  const exact = middle(target);
  if (weekly) {
    const other = weekly.basis === "52" ? "365/7" : "52";
    const swapped = scaled(target, WEEKS_PER_YEAR[other].div(WEEKS_PER_YEAR[weekly.basis]));
    if (agrees(written(s.value, s.unit), swapped))
      return {
        kind: "weeks basis",
        words: `x ${other} used where the rest of the calculation uses x ${weekly.basis}`,
      };
  }
  if (s.unit.gt(target.high.minus(target.low))) {
    const wrong = wrongWay(s, exact);
    if (wrong && roundTo(target.low, s.unit, "nearest").eq(roundTo(target.high, s.unit, "nearest")))
      return wrong;
  }
  return transposed(s, exact) ?? unitSlip(s, target);
}

/**
 * A figure that is another figure converted with the other weeks-a-year: x 365/7 where its source
 * used x 52, or the other way. Where the source's basis is not known, only a figure written to four
 * significant digits or more is precise enough for the 0.27% between the two to tell.
 */
export function basisSwapped(s: Stated, target: Interval, digits: number): Cause | undefined {
  if (digits < 4) return undefined;
  const ratio = WEEKS_PER_YEAR["365/7"].div(WEEKS_PER_YEAR["52"]);
  const stated = written(s.value, s.unit);
  if (agrees(stated, scaled(target, ratio)))
    return { kind: "weeks basis", words: "x 365/7 weeks where its source uses x 52" };
  if (agrees(stated, scaled(target, new Decimal(1).div(ratio))))
    return { kind: "weeks basis", words: "x 52 weeks where its source uses x 365/7" };
  return undefined;
}

/**
 * "£685,620" = £2,637 x 260 where the same quantity elsewhere is £685,422: 685,422 / 260 = 2,636.24,
 * so the rate was rounded (here up to £2,637) before it was multiplied out.
 */
export function rateRounded(
  statedRate: Stated,
  factor: Decimal,
  other: Interval,
  factorWords: () => string
): Cause | undefined {
  const rate = middle(other).div(factor);
  if (
    roundTo(rate, statedRate.unit, "nearest").eq(statedRate.value) &&
    statedRate.unit.lte(new Decimal(0.01))
  )
    return undefined;
  const gap = rate.minus(statedRate.value).abs();
  if (gap.gte(statedRate.unit) || gap.isZero()) return undefined;
  const how = statedRate.value.gt(rate) ? "up" : "down";
  return {
    kind: "rate rounded before multiplying",
    words: `a rate rounded before multiplying: ${statedRate.stated} x ${factorWords()}, where ${plain(middle(other))} / ${plain(factor)} = ${plain(rate)}: the rate was rounded ${how} first`,
  };
}

export { exactly };
