/**
 * Relations between whole columns (or rows) that hold on most rows (or columns): a constant factor
 * (C = B x 52, x 365/7, x beds, x 1.2, shares of a total), sums and differences (D = B + C,
 * savings = spot - block), products and ratios (annual = weekly x beds x 52, occupancy = used / beds).
 * The factor is fitted to the table, so a relation needs support from several rows before a break counts.
 */
import { fitFactor, Factor, Interval, isKnown } from "./factors";
import type { CheckedFigure } from "./cells";
import { check, Relation } from "./relation";
import { Orientation, ORIENTATIONS, Table } from "./table";

interface Term {
  readonly lines: readonly number[];
  readonly compute: (values: readonly number[]) => number;
  readonly words: (names: readonly string[]) => string;
  /** Terms over the same lines with the same operation are one relation whichever line is the result. */
  readonly family: "sum" | "product";
}

const single = (a: number): Term => ({
  lines: [a],
  compute: ([x]) => x,
  words: ([x]) => x,
  family: "product",
});

function pairs(a: number, b: number): Term[] {
  return [
    {
      lines: [a, b],
      compute: ([x, y]) => x + y,
      words: ([x, y]) => `(${x} + ${y})`,
      family: "sum",
    },
    {
      lines: [a, b],
      compute: ([x, y]) => x - y,
      words: ([x, y]) => `(${x} - ${y})`,
      family: "sum",
    },
    {
      lines: [a, b],
      compute: ([x, y]) => y - x,
      words: ([x, y]) => `(${y} - ${x})`,
      family: "sum",
    },
    {
      lines: [a, b],
      compute: ([x, y]) => x * y,
      words: ([x, y]) => `${x} x ${y}`,
      family: "product",
    },
    {
      lines: [a, b],
      compute: ([x, y]) => (y === 0 ? NaN : x / y),
      words: ([x, y]) => `${x} / ${y}`,
      family: "product",
    },
    {
      lines: [a, b],
      compute: ([x, y]) => (x === 0 ? NaN : y / x),
      words: ([x, y]) => `${y} / ${x}`,
      family: "product",
    },
  ];
}

function triples(a: number, b: number, c: number): Term[] {
  return [
    {
      lines: [a, b, c],
      compute: ([x, y, z]) => (x - y) * z,
      words: ([x, y, z]) => `(${x} - ${y}) x ${z}`,
      family: "product",
    },
  ];
}

/** Pair and triple searches grow with the square and cube of the lines; wide tables keep to factors. */
const MAX_LINES_FOR_PAIRS = 24;
const MAX_LINES_FOR_TRIPLES = 8;
/** Lines this long are screened before a factor is fitted; the screen's width, as a share of the factor. */
const SCREEN_FROM = 6;
const SCREEN_WIDTH = 1e-3;
/** A relation is trusted when this share of its instances hold. */
const SUPPORT_RATIO = 2;

/**
 * How much one holding instance says: a figure with fewer than three significant digits agrees with
 * a relation too easily to count fully, unless the relation pins it down to within 1%.
 */
function weight(value: number, unit: number, tolerance: number): number {
  if (value === 0) return 0;
  const long = Math.abs(value) >= 100 * unit;
  const tight = Math.abs(value) >= 10 * unit && tolerance <= 0.01 * Math.abs(value);
  return long || tight ? 1 : 0.5;
}

function interval(t: number, tt: number, u: number, tu: number): Interval | undefined {
  if (Math.abs(u) <= tu || u === 0) return undefined;
  const ends = [(t - tt) / (u - tu), (t - tt) / (u + tu), (t + tt) / (u - tu), (t + tt) / (u + tu)];
  return { lo: ends.reduce((a, b) => Math.min(a, b)), hi: ends.reduce((a, b) => Math.max(a, b)) };
}

class LineSearch {
  readonly relations: Relation[] = [];
  private readonly seen = new Set<string>();
  private readonly positionsOf: number[][];
  private readonly figures: (CheckedFigure | undefined)[][];
  private readonly ratios: Float64Array;

  constructor(
    private readonly table: Table,
    private readonly o: Orientation
  ) {
    // Read once: the search looks at each figure thousands of times.
    this.figures = Array.from({ length: table.lineCount(o) }, (_, line) =>
      Array.from({ length: table.lineLength(o) }, (__, pos) =>
        table.figure(table.cellAt(o, line, pos))
      )
    );
    this.positionsOf = Array.from({ length: table.lineCount(o) }, (_, line) =>
      table.figurePositions(o, line)
    );
    this.ratios = new Float64Array(table.lineLength(o));
  }

  private value(line: number, pos: number) {
    return this.figures[line][pos];
  }

  /**
   * A quick screen for long lines: a relation kept by half the rows or more has the median ratio
   * of result to term as its factor, near enough (0.1%) for most rows to agree with it.
   */
  private mayHold(target: number, term: Term, positions: readonly number[]): boolean {
    if (positions.length < SCREEN_FROM) return true;
    // Called for every candidate relation, so it works in one reused buffer rather than new arrays.
    const inputs = term.lines.map(() => 0);
    let count = 0;
    for (const pos of positions) {
      for (let j = 0; j < term.lines.length; j++) inputs[j] = this.value(term.lines[j], pos)!.value;
      const ratio = this.value(target, pos)!.value / term.compute(inputs);
      if (Number.isFinite(ratio)) this.ratios[count++] = ratio;
    }
    const finite = this.ratios.subarray(0, count).sort();
    const median = finite[Math.floor(count / 2)];
    let near = 0;
    for (const r of finite) if (Math.abs(r - median) <= SCREEN_WIDTH * Math.abs(median)) near++;
    return near * 2 >= positions.length;
  }

  /** Tries "target = factor x term" and keeps it if the table supports it. */
  private attempt(target: number, term: Term): boolean {
    const key = `${term.family}:${[target, ...term.lines].sort((a, b) => a - b).join(",")}`;
    if (this.seen.has(key)) return false;
    const positions = this.positionsOf[target].filter((p) =>
      term.lines.every((l) => this.value(l, p))
    );
    if (positions.length < 2 || !this.mayHold(target, term, positions)) return false;
    const intervals: Interval[] = [];
    for (const pos of positions) {
      const t = this.value(target, pos)!;
      const inputs = term.lines.map((l) => this.value(l, pos)!);
      const values = inputs.map((f) => f.value);
      const u = term.compute(values);
      if (!Number.isFinite(u)) continue;
      const tu = inputs.reduce((sum, f, i) => {
        const moved = term.compute(values.map((v, j) => (j === i ? v + 1 : v)));
        return sum + Math.abs(moved - u) * f.tolerance;
      }, 0);
      const range = interval(t.value, t.tolerance + 1e-9 * Math.abs(t.value), u, tu);
      if (range) intervals.push(range);
    }
    const fit = fitFactor(intervals);
    if (!fit || fit.factor.value === 0 || (fit.covered < 2 && !isKnown(fit.factor))) return false;
    // Kept by fewer than half the rows, a relation is neither trusted nor a lead.
    if (fit.covered * 2 < intervals.length) return false;
    // Products and ratios of lines can fit almost anything with a free factor; only a known one counts.
    if (term.family === "product" && term.lines.length > 1 && !isKnown(fit.factor)) return false;
    const relation = this.relationFor(target, term, fit.factor);
    let holds = 0;
    let fails = 0;
    for (const instance of relation.instances) {
      const result = check(this.table, instance);
      const t = this.table.figure(instance.target)!;
      if (!Number.isFinite(result.expected)) continue;
      if (result.holds) holds += weight(t.value, t.unit, result.tolerance);
      else fails += 1;
    }
    // A fitted factor needs more rows behind it than one people multiply by anyway.
    relation.accepted = isKnown(fit.factor)
      ? holds >= 2 && holds >= fails
      : holds >= 3 && holds >= SUPPORT_RATIO * fails;
    // A known factor kept by one instance is kept as a lead: a break in it counts only when a diagnosis explains it.
    if (relation.accepted || (isKnown(fit.factor) && holds >= 1 && fails >= 1)) {
      this.relations.push(relation);
      // A lead does not stop the same lines being tried the other way round, where they may hold.
      if (relation.accepted) this.seen.add(key);
    }
    return relation.accepted;
  }

  private relationFor(target: number, term: Term, factor: Factor): Relation {
    const names = term.lines.map((l) => this.table.lineName(this.o, l));
    const body = term.words(names);
    const bare =
      body.startsWith("(") && term.lines.length === 2 && factor.value === 1
        ? body.slice(1, -1)
        : body;
    const words = factor.value === 1 ? bare : `${body} x ${factor.words}`;
    const kind = term.lines.length > 1 ? "combination" : factor.value === 1 ? "repeated" : "factor";
    const relation = new Relation(kind, `${this.table.lineName(this.o, target)} = ${words}`);
    if (term.lines.length === 1) relation.factor = factor.value;
    for (const pos of this.positionsOf[target]) {
      if (!term.lines.every((l) => this.value(l, pos))) continue;
      relation.add(
        this.table.cellAt(this.o, target, pos),
        term.lines.map((l) => this.table.cellAt(this.o, l, pos)),
        (values) => factor.value * term.compute(values)
      );
    }
    return relation;
  }

  run(): Relation[] {
    const lines = this.positionsOf.flatMap((p, line) => (p.length >= 2 ? [line] : []));
    const related = new Set<string>();
    const explained = new Set<number>();
    for (const target of lines) {
      for (const a of lines) {
        // The result is the later line: "C = B x 52", not "B = C x 1/52".
        // One factor relation explains a line; another would only be looser (x 920,000 where x 921,544 holds).
        if (a < target && !explained.has(target) && this.attempt(target, single(a))) {
          explained.add(target);
          related.add(`${Math.min(a, target)},${Math.max(a, target)}`);
        }
      }
    }
    if (lines.length > MAX_LINES_FOR_PAIRS) return this.relations;
    const independent = (a: number, b: number) =>
      !related.has(`${Math.min(a, b)},${Math.max(a, b)}`);
    for (const target of lines) {
      if (explained.has(target)) continue;
      for (const a of lines) {
        for (const b of lines) {
          // A line proportional to the target would make any sum with it hold within rounding.
          if (a >= b || a === target || b === target) continue;
          if (!independent(a, b) || !independent(a, target) || !independent(b, target)) continue;
          if (pairs(a, b).some((term) => this.attempt(target, term))) explained.add(target);
        }
      }
    }
    if (lines.length > MAX_LINES_FOR_TRIPLES) return this.relations;
    for (const target of lines) {
      if (explained.has(target)) continue;
      for (const a of lines)
        for (const b of lines)
          for (const c of lines) {
            if (new Set([a, b, c, target]).size < 4 || !independent(a, b)) continue;
            triples(a, b, c).forEach((term) => this.attempt(target, term));
          }
    }
    return this.relations;
  }
}

export function findLineRelations(table: Table): Relation[] {
  return ORIENTATIONS.flatMap((o) => new LineSearch(table, o).run());
}
