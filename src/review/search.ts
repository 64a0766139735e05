/**
 * Relations nobody announced, found by trying the few forms reviewers accept between the table's
 * lines: a line that is another times a factor from the vocabulary (or a constant ratio, with
 * strong support), the sum or difference of two lines, a product or ratio of two lines times a
 * factor, a difference times a factor and a third line, a percentage change, a line that sums all
 * the lines before it, and a line that repeats one figure. Each candidate is screened on a few
 * rows first, so the search stays linear in the rows. What passes carries its evidence
 * (evidence.ts); acceptance is decided once the search knows how many candidates it tried.
 */
import type { CellPosition } from "../core/a1";
import { coincidence, Evidence, weigh } from "./evidence";
import { COPY, Instance, Op, outcome, Outcome, Relation, relationKey } from "./relation";
import {
  Factor,
  factorOf,
  inverseOf,
  MOST_LINES_FOR_PAIRS,
  ONE,
  ROW_RELATION_REACH,
  SCREEN_ROWS,
  VOCABULARY,
} from "./settings";
import type { Orientation, Table } from "./table";
import { ORIENTATIONS } from "./table";
import { sumWords, termWords } from "./words";

export interface Candidate {
  readonly relation: Relation;
  readonly evidence: Evidence;
  readonly outcomes: ReadonlyMap<Instance, Outcome>;
}

const SCALE_FACTORS: readonly Factor[] = [ONE, ...VOCABULARY, ...VOCABULARY.map(inverseOf)];
const PRODUCT_FACTORS: readonly Factor[] = [ONE, ...VOCABULARY, ...VOCABULARY.map(inverseOf)];
const PERCENT = factorOf(100);
/** A ratio fitted between two amounts must be this round to count: 8, 260, 2,080, 0.5. */
const MOST_DIGITS_OF_A_FITTED_RATIO = 3;
/** Triples (a difference times a third line) are tried only in narrow tables: their number grows with the fourth power. */
const MOST_LINES_FOR_TRIPLES = 8;

interface Form {
  readonly target: number;
  readonly inputs: readonly number[];
  readonly op: Op;
  readonly linear: boolean;
  readonly fitted?: number;
  readonly words: string;
}

class Search {
  readonly candidates: Candidate[] = [];
  tried = 0;
  private readonly lines: number[];
  private readonly aggregateAt: Set<number>;
  private readonly keys = new Set<string>();
  /** Pairs of lines one relation already ties: a second, looser one would only repeat it. */
  private readonly tied = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly o: Orientation
  ) {
    const other: Orientation = o === "columns" ? "rows" : "columns";
    this.lines = [];
    for (let line = table.firstLine(o); line < table.lineCount(o); line++) {
      if (table.figureCells(o, line).length >= 2) this.lines.push(line);
    }
    this.aggregateAt = new Set();
    for (let pos = table.firstPosition(o); pos < table.lineLength(o); pos++) {
      if (isAggregateLine(table, other, pos)) this.aggregateAt.add(pos);
    }
  }

  private cell(line: number, pos: number): CellPosition {
    return this.table.cellAt(this.o, line, pos);
  }

  private name(line: number): string {
    return this.table.lineName(this.o, line);
  }

  /** Positions where every line of the form has a figure; totals rows only for linear forms. */
  private positions(form: Form): number[] {
    const out: number[] = [];
    for (let pos = this.table.firstPosition(this.o); pos < this.table.lineLength(this.o); pos++) {
      if (!form.linear && this.aggregateAt.has(pos)) continue;
      if (!this.table.figure(this.cell(form.target, pos))) continue;
      if (form.inputs.every((l) => this.table.figure(this.cell(l, pos)))) out.push(pos);
    }
    return out;
  }

  private relationOf(form: Form, positions: readonly number[]): Relation {
    const instances: Instance[] = positions.map((pos) => ({
      target: this.cell(form.target, pos),
      inputs: form.inputs.map((l) => this.cell(l, pos)),
      aggregate: this.aggregateAt.has(pos),
    }));
    return {
      orientation: this.o,
      op: form.op,
      source: "search",
      words: form.words,
      instances,
      linear: form.linear,
      fitted: form.fitted,
      key: `${this.o}:${relationKey(form.op, [form.target, ...form.inputs])}`,
    };
  }

  /** Screens a form on a few rows, then weighs it on all; keeps it when it could be the table's. */
  attempt(form: Form): boolean {
    const key = relationKey(form.op, [form.target, ...form.inputs]);
    if (this.keys.has(key)) return false;
    this.tried++;
    const positions = this.positions(form);
    if (positions.length < 2) return false;
    const relation = this.relationOf(form, positions);
    const step = Math.max(1, Math.floor(positions.length / SCREEN_ROWS));
    let screened = 0;
    let held = 0;
    for (let i = 0; i < relation.instances.length && screened < SCREEN_ROWS; i += step) {
      const result = outcome(this.table, relation, relation.instances[i]);
      if (!result) continue;
      screened++;
      if (result.holds) held++;
    }
    if (held < 2 || held * 2 < screened) return false;
    const outcomes = new Map<Instance, Outcome>();
    const chances: number[] = [];
    let breaks = 0;
    for (const instance of relation.instances) {
      const result = outcome(this.table, relation, instance);
      if (!result) continue;
      outcomes.set(instance, result);
      if (result.holds) chances.push(coincidence(result, this.table.figure(instance.target)!));
      else breaks++;
    }
    if (chances.length < 2) return false;
    this.keys.add(key);
    this.candidates.push({ relation, evidence: weigh(chances, breaks, form.fitted), outcomes });
    return true;
  }

  /** target = input x factor: a vocabulary factor, or else a constant ratio fitted to the table. */
  private factors(target: number, input: number): void {
    const pair = `${Math.min(target, input)},${Math.max(target, input)}`;
    if (this.tied.has(pair)) return;
    for (const factor of SCALE_FACTORS) {
      const words = `${this.name(target)} = ${termWords([this.name(input)], factor)}`;
      const op: Op = factor === ONE ? COPY : { kind: "product", factor };
      if (this.attempt({ target, inputs: [input], op, linear: true, words })) {
        this.tied.add(pair);
        return;
      }
    }
    const ratio = this.fittedRatio(target, input);
    if (ratio) {
      const words = `${this.name(target)} = ${termWords([this.name(input)], ratio)}`;
      this.attempt({ target, inputs: [input], op: { kind: "product", factor: ratio }, linear: true, fitted: 1, words });
    }
  }

  /** The ratio most rows share, as the simplest number within their rounding: a constant per bed, a share. */
  private fittedRatio(target: number, input: number): Factor | undefined {
    const ratios: { lo: number; hi: number }[] = [];
    for (let pos = this.table.firstPosition(this.o); pos < this.table.lineLength(this.o); pos++) {
      const t = this.table.figure(this.cell(target, pos));
      const u = this.table.figure(this.cell(input, pos));
      if (!t || !u || u.value - u.half <= 0 || t.value <= 0) continue;
      const ends = [(t.value - t.half) / (u.value + u.half), (t.value + t.half) / (u.value - u.half)];
      ratios.push({ lo: Math.min(...ends), hi: Math.max(...ends) });
    }
    if (ratios.length < 3) return undefined;
    // The point most intervals cover, by a sweep over their ends.
    const events = ratios.flatMap((r) => [
      { at: r.lo, step: 1 },
      { at: r.hi, step: -1 },
    ]);
    events.sort((a, b) => a.at - b.at || b.step - a.step);
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
    if (best < 3) return undefined;
    const covering = ratios.filter((r) => r.lo <= bestAt && bestAt <= r.hi);
    const lo = Math.max(...covering.map((r) => r.lo));
    const hi = Math.min(...covering.map((r) => r.hi));
    const direct = simplestIn(lo, hi);
    const inverse = simplestIn(1 / hi, 1 / lo);
    // A price per bed is a ratio a reviewer accepts at any length; between two amounts only a round
    // one is (x 8 years, x 2,080 weeks): "High = Low x 1.0932816" explains nothing.
    const perUnit = this.table.hintsOf(this.o, input).count && !this.table.hintsOf(this.o, target).count;
    const round = (v: number) => significantDigits(v) <= MOST_DIGITS_OF_A_FITTED_RATIO;
    if (direct < 1 && inverse > 1 && significantDigits(inverse) < significantDigits(direct) && (round(inverse) || perUnit))
      return inverseOf(factorOf(inverse, 1, inverse.toLocaleString("en-GB", { maximumFractionDigits: 10 })));
    if (!round(direct) && !perUnit) return undefined;
    return factorOf(direct, 1, direct.toLocaleString("en-GB", { maximumFractionDigits: 10 }));
  }

  private pairs(target: number, a: number, b: number): void {
    const [x, y] = [this.name(a), this.name(b)];
    const t = this.name(target);
    const forms: Form[] = [
      { target, inputs: [a, b], op: { kind: "sum", signs: [1, 1] }, linear: true, words: `${t} = ${x} + ${y}` },
      { target, inputs: [a, b], op: { kind: "sum", signs: [1, -1] }, linear: true, words: `${t} = ${x} - ${y}` },
      { target, inputs: [b, a], op: { kind: "sum", signs: [1, -1] }, linear: true, words: `${t} = ${y} - ${x}` },
    ];
    for (const factor of PRODUCT_FACTORS) {
      forms.push({
        target,
        inputs: [a, b],
        op: { kind: "product", factor },
        linear: false,
        words: `${t} = ${termWords([x, y], factor)}`,
      });
    }
    for (const factor of [ONE, PERCENT]) {
      forms.push(
        { target, inputs: [a, b], op: { kind: "ratio", factor }, linear: false, words: `${t} = ${x} / ${y}${factor === ONE ? "" : " x 100"}` },
        { target, inputs: [b, a], op: { kind: "ratio", factor }, linear: false, words: `${t} = ${y} / ${x}${factor === ONE ? "" : " x 100"}` },
        { target, inputs: [a, b], op: { kind: "change", factor }, linear: false, words: `${t} = (${y} - ${x}) / ${x}${factor === ONE ? "" : " x 100"}` },
        { target, inputs: [b, a], op: { kind: "change", factor }, linear: false, words: `${t} = (${x} - ${y}) / ${y}${factor === ONE ? "" : " x 100"}` }
      );
    }
    for (const form of forms) if (this.attempt(form)) return;
  }

  private triples(target: number, a: number, b: number, c: number): void {
    const [x, y, z, t] = [this.name(a), this.name(b), this.name(c), this.name(target)];
    for (const factor of [ONE, ...VOCABULARY]) {
      const words = `${t} = ${termWords([`(${x} - ${y})`, z], factor)}`;
      if (this.attempt({ target, inputs: [a, b, c], op: { kind: "difference", factor }, linear: false, words }))
        return;
    }
  }

  /** A line that sums every line before it (an unlabelled total column or row). */
  private runningTotal(target: number): void {
    const run = this.lines.filter((l) => l < target);
    if (run.length < 2) return;
    const words = `${this.name(target)} = ${sumWords(run.map((l) => this.name(l)))}`;
    this.attempt({ target, inputs: run, op: { kind: "sum", signs: run.map(() => 1) }, linear: true, words });
  }

  /** A line that repeats one figure (the fixed block cost at every occupancy), with an odd one out. */
  private repeatedFigure(line: number): void {
    const cells = this.table.figureCells(this.o, line).filter((p) => this.table.figure(p)!.value !== 0);
    if (cells.length < 3) return;
    const counts = new Map<number, CellPosition[]>();
    for (const p of cells) {
      const v = this.table.figure(p)!.value;
      counts.set(v, [...(counts.get(v) ?? []), p]);
    }
    const [, same] = [...counts].sort((x, y) => y[1].length - x[1].length)[0];
    if (same.length < 2) return;
    const reference = same[0];
    this.tried++;
    const relation: Relation = {
      orientation: this.o,
      op: COPY,
      source: "search",
      words: `${this.name(line)} is the same figure throughout`,
      instances: cells.filter((p) => p !== reference).map((p) => ({ target: p, inputs: [reference] })),
      linear: true,
      fitted: 0,
      key: `${this.o}:repeat:${line}`,
    };
    const outcomes = new Map<Instance, Outcome>();
    const chances: number[] = [];
    let breaks = 0;
    for (const instance of relation.instances) {
      const result = outcome(this.table, relation, instance)!;
      outcomes.set(instance, result);
      if (result.holds) chances.push(coincidence(result, this.table.figure(instance.target)!));
      else breaks++;
    }
    if (chances.length >= 2) this.candidates.push({ relation, evidence: weigh(chances, breaks), outcomes });
  }

  run(): void {
    const lines = this.lines;
    const wide = lines.length > MOST_LINES_FOR_PAIRS;
    const near = (a: number, b: number) => !wide || Math.abs(a - b) <= ROW_RELATION_REACH;
    // Later lines are results: "C = B x 52", not "B = C x 1/52".
    for (let i = lines.length - 1; i >= 0; i--) {
      const target = lines[i];
      this.repeatedFigure(target);
      this.runningTotal(target);
      for (const input of lines) if (input !== target && near(input, target)) this.factors(target, input);
    }
    if (wide) return;
    for (let i = lines.length - 1; i >= 0; i--) {
      const target = lines[i];
      for (let j = 0; j < lines.length; j++)
        for (let k = j + 1; k < lines.length; k++) {
          if (j === i || k === i) continue;
          this.pairs(target, lines[j], lines[k]);
        }
    }
    if (lines.length > MOST_LINES_FOR_TRIPLES) return;
    for (const target of lines)
      for (const a of lines)
        for (const b of lines)
          for (const c of lines) {
            if (new Set([target, a, b, c]).size < 4) continue;
            this.triples(target, a, b, c);
          }
  }
}

/** A total, subtotal, average or net line: its cells keep only linear relations across it. */
export function isAggregateLine(table: Table, o: Orientation, line: number): boolean {
  const hints = table.hintsOf(o, line);
  return hints.aggregate !== undefined || hints.net;
}

/** How many significant digits a number is written with: 2,080 has three, 0.00385 three. */
function significantDigits(value: number): number {
  const digits = Number(Math.abs(value).toPrecision(12))
    .toExponential()
    .replace(/e.*$/, "")
    .replace(".", "");
  return digits.replace(/0+$/, "").length;
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

export interface SearchResult {
  readonly candidates: readonly Candidate[];
  /** How many candidate relations were tried in the table, for the chance of coincidence. */
  readonly tried: number;
}

export function searchRelations(table: Table): SearchResult {
  const searches = ORIENTATIONS.map((o) => new Search(table, o));
  // Relations between rows are looked for only in tables that are not tall lists (settings.ts).
  for (const s of searches) s.run();
  return {
    candidates: searches.flatMap((s) => s.candidates),
    tried: searches.reduce((n, s) => n + s.tried, 0),
  };
}

