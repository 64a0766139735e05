/**
 * A relation a reviewer checks ("Total = the rows above", "Annual = Weekly x 52 x Beds") and its
 * instances, one per row, column or total where it applies. An instance holds when the interval
 * its inputs' printed figures allow meets the interval its result's printing allows: interval
 * arithmetic through sums, differences, products and factors, with no relative thresholds.
 */
import type { CellPosition } from "../core/a1";
import { Decimal } from "../core/decimal";
import { nilFigure } from "./read";
import type { Figure } from "./read";
import { Factor, fittedInputHalf, FLOAT_NOISE, ONE } from "./settings";
import type { Orientation, Table } from "./table";

export type Op =
  /** target = sum of sign x input. */
  | { readonly kind: "sum"; readonly signs: readonly number[] }
  /** target = (sum of sign x input) x factor: an annual total of weekly parts, (allowance + fee) x 52. */
  | { readonly kind: "scaledSum"; readonly signs: readonly number[]; readonly factor: Factor }
  /** target = product of the inputs x factor (one input: a factor of it; a copy when the factor is 1). */
  | { readonly kind: "product"; readonly factor: Factor }
  /** target = first / second x factor (a share, a percentage, a rate per unit). */
  | { readonly kind: "ratio"; readonly factor: Factor }
  /** target = (first - second) x the other inputs x factor: a saving a year over beds. */
  | { readonly kind: "difference"; readonly factor: Factor }
  /** target = the mean of the inputs. */
  | { readonly kind: "mean" }
  /** target = (second - first) / first x factor: a percentage change. */
  | { readonly kind: "change"; readonly factor: Factor }
  /** target = a workbook's own formula over the inputs (formulas.ts). */
  | { readonly kind: "expression"; readonly expression: Expression };

/** A formula as arithmetic over an instance's inputs (by index), with numbers written in it. */
export type Expression =
  | { readonly kind: "number"; readonly value: Decimal }
  | { readonly kind: "input"; readonly index: number }
  | { readonly kind: "negate"; readonly of: Expression }
  /** The size of a difference whichever way it falls: a variance printed unsigned. */
  | { readonly kind: "magnitude"; readonly of: Expression }
  | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: Expression;
      readonly right: Expression;
    };

/** Who said the relation applies: the table's labels, its formulas, or the search (with evidence). */
export type Source = "labels" | "formulas" | "search";

export interface Instance {
  readonly target: CellPosition;
  readonly inputs: readonly CellPosition[];
  /** The target is a total or average line's cell (kept for words and blame). */
  readonly aggregate?: boolean;
}

/** A cell as a map key. */
export const cellKey = (p: CellPosition): string => `${p.row},${p.column}`;

/** An instance's cells: the result first, then the inputs. */
export function cellsOf(instance: Instance): CellPosition[] {
  return [instance.target, ...instance.inputs];
}

export interface Relation {
  /** Between columns (holding along each row) or between rows (holding along each column). */
  readonly orientation: Orientation;
  readonly op: Op;
  readonly source: Source;
  /** In the table's own words: "Annual cost = Weekly rate x 52 x Beds". */
  readonly words: string;
  readonly instances: readonly Instance[];
  /** A total, a difference or a factor stays true when its lines are summed (a totals row keeps it). */
  readonly linear: boolean;
  /** The search fitted this many free parameters from the table itself (a constant ratio: 1). */
  readonly fitted?: number;
  /** Relations that say the same as another (a total found twice) share a key. */
  readonly key: string;
  /**
   * Its results were rounded together so that they add up to their printed whole (largest
   * remainder, as CARE.ROUNDTOTAL does): each may lie a whole unit from its own rounding.
   */
  readonly roundedToWhole?: boolean;
  /**
   * Its results may be worked from figures already rounded (a band's charge from a discounted or
   * summed charge): each may lie a whole unit from what its inputs as printed give.
   */
  readonly roundedTwice?: boolean;
  /**
   * Its figures add exactly wherever it holds, as printed, far more often than rounding would
   * leave them (evidence.ts, roundedSumsAddExactly): they are read as printed, with no rounding.
   */
  readonly addsExactly?: boolean;
}

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export interface Outcome {
  readonly holds: boolean;
  /** How far the stated figure lies beyond what rounding allows (0 when it holds). */
  readonly gap: number;
  /** The result from the inputs as printed. */
  readonly expected: number;
  /** How far rounding lets stated and expected differ: the result's half-width plus the inputs'. */
  readonly allowance: number;
  readonly stated: number;
}

const widen = (x: Interval): Interval => {
  const noise = FLOAT_NOISE * Math.max(1, Math.abs(x.lo), Math.abs(x.hi));
  return { lo: x.lo - noise, hi: x.hi + noise };
};

const point = (v: number): Interval => ({ lo: v, hi: v });
const ofFigure = (f: Figure): Interval => ({ lo: f.value - f.half, hi: f.value + f.half });

function add(a: Interval, b: Interval, sign: number): Interval {
  return sign >= 0 ? { lo: a.lo + b.lo, hi: a.hi + b.hi } : { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

function times(a: Interval, b: Interval): Interval {
  const [p, q, r, s] = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(p, q, r, s), hi: Math.max(p, q, r, s) };
}

function scaled(a: Interval, f: Factor): Interval {
  return f.value >= 0
    ? { lo: a.lo * f.value, hi: a.hi * f.value }
    : { lo: a.hi * f.value, hi: a.lo * f.value };
}

function divide(a: Interval, b: Interval): Interval | undefined {
  if (b.lo <= 0 && b.hi >= 0) return undefined;
  return times(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

/** The interval an operation gives from its inputs' intervals; undefined where it is undefined (a ratio over nothing). */
export function apply(op: Op, xs: readonly Interval[]): Interval | undefined {
  switch (op.kind) {
    case "sum":
    case "scaledSum": {
      const total = xs.reduce((sum, x, i) => add(sum, x, op.signs[i]), point(0));
      return op.kind === "sum" ? total : scaled(total, op.factor);
    }
    case "product":
      return scaled(xs.reduce(times, point(1)), op.factor);
    case "ratio": {
      const q = divide(xs[0], xs[1]);
      return q && scaled(q, op.factor);
    }
    case "difference":
      return scaled(xs.slice(2).reduce(times, add(xs[0], xs[1], -1)), op.factor);
    case "mean": {
      const total = xs.reduce((s, x) => add(s, x, 1), point(0));
      return { lo: total.lo / xs.length, hi: total.hi / xs.length };
    }
    case "change": {
      const q = divide(add(xs[1], xs[0], -1), xs[0]);
      return q && scaled(q, op.factor);
    }
    case "expression":
      return evaluateOver(op.expression, xs);
  }
}

function evaluateOver(e: Expression, xs: readonly Interval[]): Interval | undefined {
  switch (e.kind) {
    case "number":
      return point(e.value.toNumber());
    case "input":
      return xs[e.index];
    case "negate": {
      const v = evaluateOver(e.of, xs);
      return v && { lo: -v.hi, hi: -v.lo };
    }
    case "magnitude": {
      const v = evaluateOver(e.of, xs);
      if (!v) return undefined;
      if (v.lo >= 0) return v;
      return v.hi <= 0 ? { lo: -v.hi, hi: -v.lo } : { lo: 0, hi: Math.max(-v.lo, v.hi) };
    }
    case "binary": {
      const a = evaluateOver(e.left, xs);
      const b = evaluateOver(e.right, xs);
      if (!a || !b) return undefined;
      if (e.op === "+") return add(a, b, 1);
      if (e.op === "-") return add(a, b, -1);
      return e.op === "*" ? times(a, b) : divide(a, b);
    }
  }
}

function evaluateExactly(e: Expression, xs: readonly Decimal[]): Decimal | undefined {
  switch (e.kind) {
    case "number":
      return e.value;
    case "input":
      return xs[e.index];
    case "negate":
      return evaluateExactly(e.of, xs)?.neg();
    case "magnitude":
      return evaluateExactly(e.of, xs)?.abs();
    case "binary": {
      const a = evaluateExactly(e.left, xs);
      const b = evaluateExactly(e.right, xs);
      if (!a || !b) return undefined;
      if (e.op === "+") return a.add(b);
      if (e.op === "-") return a.minus(b);
      if (e.op === "*") return a.mul(b);
      return b.isZero() ? undefined : a.div(b);
    }
  }
}

/** The same result exactly, in decimals, from the figures as written: what a finding reports. */
export function applyExactly(op: Op, xs: readonly Decimal[]): Decimal | undefined {
  const f = (d: Decimal, factor: Factor) => d.mul(factor.num).div(factor.den);
  switch (op.kind) {
    case "sum":
    case "scaledSum": {
      const total = xs.reduce(
        (sum, x, i) => (op.signs[i] >= 0 ? sum.add(x) : sum.minus(x)),
        new Decimal(0)
      );
      return op.kind === "sum" ? total : f(total, op.factor);
    }
    case "product":
      return f(
        xs.reduce((p, x) => p.mul(x), new Decimal(1)),
        op.factor
      );
    case "ratio":
      return xs[1].isZero() ? undefined : f(xs[0].div(xs[1]), op.factor);
    case "difference":
      return f(
        xs.slice(2).reduce((p, x) => p.mul(x), xs[0].minus(xs[1])),
        op.factor
      );
    case "mean":
      return xs.reduce((s, x) => s.add(x), new Decimal(0)).div(xs.length);
    case "change":
      return xs[0].isZero() ? undefined : f(xs[1].minus(xs[0]).div(xs[0]), op.factor);
    case "expression":
      return evaluateExactly(op.expression, xs);
  }
}

const NOTHING: Figure = nilFigure();

/**
 * The figures of an instance, target first. In a sum (or a workbook's formula) a blank part is
 * nothing, as reports and Excel take it; a part marked not available (".."), or words where a
 * figure should be, leave the instance unchecked.
 */
export function figuresOf(
  table: Table,
  relation: Relation,
  instance: Instance
): Figure[] | undefined {
  const figures: Figure[] = [];
  const cells = cellsOf(instance);
  for (let i = 0; i < cells.length; i++) {
    const reading = table.reading(cells[i]);
    if (reading.kind === "figure") figures.push(reading.figure);
    else if (
      i > 0 &&
      (relation.op.kind === "sum" ||
        relation.op.kind === "scaledSum" ||
        relation.op.kind === "expression") &&
      reading.kind === "blank" &&
      !table.unprinted(cells[i])
    )
      figures.push(NOTHING);
    else return undefined;
  }
  // A total beside nothing but dashes ("August 1986: — — — 28") was not broken down that year:
  // the dashes say "not given", not nought.
  const [target, ...parts] = figures;
  if (
    relation.op.kind === "sum" &&
    !target.nil &&
    target.value !== 0 &&
    parts.every((f) => f.nil || f === NOTHING)
  )
    return undefined;
  return figures;
}

/** Whether the instance holds within the rounding its figures show, and by how much it misses. */
export function outcome(table: Table, relation: Relation, instance: Instance): Outcome | undefined {
  const figures = figuresOf(table, relation, instance);
  return figures && outcomeOf(relation, figures);
}

/**
 * Whether the instance would still hold with cell `index` put right to `value` (every place the
 * cell is met): worked out, not estimated from an allowance, which a share's rounding makes lopsided.
 */
export function holdsWith(
  table: Table,
  relation: Relation,
  instance: Instance,
  index: number,
  value: number
): boolean | undefined {
  const figures = figuresOf(table, relation, instance);
  if (!figures) return undefined;
  const cells = cellsOf(instance);
  const key = cellKey(cells[index]);
  const moved = figures.map((f, j) => (cellKey(cells[j]) === key ? { ...f, value } : f));
  return outcomeOf(relation, moved)?.holds;
}

/**
 * A sum whose total and every part end in the zeros the total may be rounded to is a column
 * rounded throughout (statistics rounded to the nearest hundred): its parts carry that rounding
 * too, so their sum may miss the total by up to a half unit for each of them.
 */
function roundedThroughout(relation: Relation, target: Figure, inputs: readonly Figure[]): boolean {
  const unit = 2 * (target.resultHalf ?? 0);
  if (relation.op.kind !== "sum" || unit === 0) return false;
  const parts = inputs.filter((f) => !f.nil);
  return parts.length >= 2 && parts.every((f) => f.whole && f.value !== 0 && f.value % unit === 0);
}

function outcomeOf(relation: Relation, figures: readonly Figure[]): Outcome | undefined {
  const [target, ...inputs] = figures;
  const partHalf = roundedThroughout(relation, target, inputs) ? target.resultHalf : undefined;
  const expected = apply(
    relation.op,
    inputs.map((f) => {
      if (relation.addsExactly) return point(f.value);
      if (partHalf) return ofFigure({ ...f, half: partHalf });
      return ofFigure(relation.fitted ? { ...f, half: fittedInputHalf(f.value, f.half) } : f);
    })
  );
  const centre = apply(
    relation.op,
    inputs.map((f) => point(f.value))
  );
  if (!expected || !centre || !Number.isFinite(expected.lo) || !Number.isFinite(expected.hi))
    return undefined;
  const computed = widen(expected);
  // A result with trailing zeros may be rounded to them; an input is taken as printed.
  const half = relation.addsExactly
    ? 0
    : Math.max(
        target.half * (relation.roundedToWhole || relation.roundedTwice ? 2 : 1),
        target.resultHalf ?? 0
      );
  const stated = { lo: target.value - half, hi: target.value + half };
  const gap = Math.max(0, stated.lo - computed.hi, computed.lo - stated.hi);
  const middle = (centre.lo + centre.hi) / 2;
  return {
    holds: gap === 0,
    gap,
    expected: middle,
    allowance: half + (expected.hi - expected.lo) / 2,
    stated: target.value,
  };
}

/** An instance that holds with no rounding used: agreement to within binary noise is exact. */
export const holdsExactly = (o: Outcome): boolean =>
  Math.abs(o.stated - o.expected) <= FLOAT_NOISE * Math.max(1, Math.abs(o.expected));

/**
 * What cell `index` of an instance (0 the target, then the inputs) should hold for the instance to
 * hold exactly, the others as printed. A cell met twice (an amount and the sum it is a share of)
 * moves in both places. Undefined where no value would (a ratio's divisor of 0).
 */
export function implied(
  table: Table,
  relation: Relation,
  instance: Instance,
  index: number,
  targetValue?: number
): number | undefined {
  const figures = figuresOf(table, relation, instance);
  if (!figures) return undefined;
  const values = figures.map((f) => f.value);
  const [stated, ...inputs] = values;
  const target = targetValue ?? stated;
  const evaluate = (xs: readonly number[]) => {
    const r = apply(relation.op, xs.map(point));
    return r ? r.lo : undefined;
  };
  if (index === 0) return evaluate(inputs);
  const cells = cellsOf(instance);
  const key = cellKey(cells[index]);
  const same = inputs.map((_, j) => cellKey(cells[j + 1]) === key);
  const i = index - 1;
  const op = relation.op;
  // A divisor: solve the ratio or the change for it directly.
  if (
    same.filter(Boolean).length === 1 &&
    ((op.kind === "ratio" && i === 1) || (op.kind === "change" && i === 0))
  ) {
    if (target === 0) return undefined;
    if (op.kind === "ratio") return (inputs[0] * op.factor.value) / target;
    const solved = inputs[1] / (1 + target / op.factor.value);
    return Number.isFinite(solved) ? solved : undefined;
  }
  const at = (x: number) => evaluate(inputs.map((v, j) => (same[j] ? x : v)));
  // Linear in the cell for every operation but a share of a sum holding it: two evaluations give
  // the answer, and a few secant steps settle the rest. Started from the figure written, they
  // settle on the correction nearest it where there are two (an unsigned difference).
  const own = values[index];
  let [x0, x1] = [own, own + 1];
  let [f0, f1] = [at(x0), at(x1)];
  for (let step = 0; step < SECANT_STEPS; step++) {
    if (f0 === undefined || f1 === undefined || Math.abs(f1 - f0) < 1e-15) break;
    const x2 = x1 + ((target - f1) * (x1 - x0)) / (f1 - f0);
    const f2 = at(x2);
    if (f2 === undefined || !Number.isFinite(x2)) break;
    if (Math.abs(f2 - target) <= 1e-12 * Math.max(1, Math.abs(target))) return x2;
    [x0, f0, x1, f1] = [x1, f1, x2, f2];
  }
  // Secant steps overshoot a share or a percentage of the cell itself (1 - 8 / x): bisect instead.
  return bisected(at, target, own);
}

/** At most this many secant steps find a cell's implied value (a linear relation needs one). */
const SECANT_STEPS = 30;

/**
 * The value nearest `own` at which `at` gives `target`: between neighbouring points spaced by
 * factors of 2^(1/4) either side of it (and of its negative), nearest first, the first pair where
 * `at - target` changes sign is bisected.
 */
function bisected(
  at: (x: number) => number | undefined,
  target: number,
  own: number
): number | undefined {
  const scale = Math.max(Math.abs(own), 1);
  const points = [0];
  for (let k = -BRACKET_STEPS; k <= BRACKET_STEPS; k++) points.push(scale * 2 ** (k / 4));
  points.push(...points.slice(1).map((x) => -x));
  points.sort((a, b) => a - b);
  const brackets = points.slice(1).map((hi, i) => [points[i], hi] as const);
  const distance = ([lo, hi]: readonly [number, number]) => Math.abs((lo + hi) / 2 - own);
  brackets.sort((a, b) => distance(a) - distance(b));
  const miss = (x: number) => {
    const f = at(x);
    return f === undefined || !Number.isFinite(f) ? undefined : f - target;
  };
  for (let [lo, hi] of brackets) {
    let mlo = miss(lo);
    const mhi = miss(hi);
    if (mlo === undefined || mhi === undefined || mlo * mhi > 0) continue;
    for (let step = 0; step < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); step++) {
      const mid = (lo + hi) / 2;
      const m = miss(mid);
      if (m === undefined) break;
      if (m * mlo <= 0) hi = mid;
      else [lo, mlo] = [mid, m];
    }
    const x = (lo + hi) / 2;
    const m = miss(x);
    if (m !== undefined && Math.abs(m) <= 1e-9 * Math.max(1, Math.abs(target))) return x;
  }
  return undefined;
}

/** How far either side of the written figure the bisection looks: 2^(80/4), a millionfold. */
const BRACKET_STEPS = 80;

/**
 * How far rounding lets cell `index` move (in its own units) while the instance still holds.
 * `base` is the cell's implied value where the caller has it already.
 */
export function cellAllowance(
  table: Table,
  relation: Relation,
  instance: Instance,
  result: Outcome,
  index: number,
  base = index === 0 ? undefined : implied(table, relation, instance, index)
): number {
  if (index === 0) return result.allowance;
  const moved = implied(table, relation, instance, index, result.stated + result.allowance);
  return base === undefined || moved === undefined ? result.allowance : Math.abs(moved - base);
}

export const COPY: Op = { kind: "product", factor: ONE };

/**
 * A sum as the lines it sets to nought with their signs, the first positive: "C = A + B" and
 * "A = C - B" are both "A + B - C", but "A = B + C" is another sum over the same lines.
 */
function sumTerms(signs: readonly number[], lines: readonly number[]): string {
  const [target, ...inputs] = lines;
  const weight = new Map<number, number>([[target, 1]]);
  inputs.forEach((l, i) => weight.set(l, (weight.get(l) ?? 0) - signs[i]));
  const terms = [...weight].filter(([, w]) => w !== 0).sort(([a], [b]) => a - b);
  const flip = terms.length && terms[0][1] < 0 ? -1 : 1;
  return terms.map(([l, w]) => `${w * flip}*${l}`).join(",");
}

/**
 * A relation's identity whatever way round it is written: "C = A + B" and "A = C - B" are one sum
 * over A, B, C; "C = B x 52" and "B = C / 52" one product of B and C with 52.
 */
export function relationKey(op: Op, lines: readonly number[]): string {
  const over = [...new Set(lines)].sort((a, b) => a - b).join(",");
  switch (op.kind) {
    case "sum":
      return `sum:${sumTerms(op.signs, lines)}`;
    case "scaledSum":
      return `scaledSum:${sumTerms(op.signs, lines)}:${op.factor.num}/${op.factor.den}`;
    case "mean":
      return `mean:${over}`;
    case "product":
    case "ratio": {
      const f = op.factor.value;
      return `product:${over}:${Number((f >= 1 ? f : 1 / f).toPrecision(12))}`;
    }
    case "difference":
    case "change":
      return `${op.kind}:${over}:${op.factor.num}/${op.factor.den}`;
    case "expression":
      return `expression:${over}`;
  }
}
