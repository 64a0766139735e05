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
import { Decimal } from "../core/decimal";
import {
  breaksAreExceptions,
  closeness,
  coincidence,
  Evidence,
  likeAmountsCoincidence,
  roundCoincidence,
  weigh,
} from "./evidence";
import { apply, COPY, Instance, Op, outcome, Outcome, Relation, relationKey } from "./relation";
import {
  Factor,
  factorOf,
  fittedInputHalf,
  FLOAT_NOISE,
  inverseOf,
  MOST_GROUP_LINES,
  MOST_LINES_FOR_PAIRS,
  ONE,
  REPEATED_LINES,
  ROW_RELATION_REACH,
  SCREEN_ROWS,
  TOTAL_BY_PLACE_HOLDS,
  VOCABULARY,
} from "./settings";
import type { LabelHints } from "./labels";
import { unitsAgree, YEAR_IN_NAME, yearless, yearsNamed } from "./labels";
import type { Orientation, Table } from "./table";
import { ORIENTATIONS } from "./table";
import { sumWords, termWords } from "./words";

export interface Candidate {
  readonly relation: Relation;
  readonly evidence: Evidence;
  readonly outcomes: ReadonlyMap<Instance, Outcome>;
}

const PERCENT = factorOf(100);
/** Read once into locals: the search uses them millions of times. */
const NOISE = FLOAT_NOISE;
const REACH = ROW_RELATION_REACH;
const SCREEN = SCREEN_ROWS;
const FACTORS: readonly Factor[] = [ONE, ...VOCABULARY, ...VOCABULARY.map(inverseOf)];
/** The forms tried between two lines, made once: a copy or a line times a factor. */
const SCALE_OPS: readonly Op[] = FACTORS.map((factor) =>
  factor === ONE ? COPY : { kind: "product", factor }
);
/** Between three lines: a sum, a difference either way, a product times a factor, a ratio, a change. */
const PAIR_OPS: readonly (readonly [Op, boolean])[] = [
  [{ kind: "sum", signs: [1, 1] }, false],
  [{ kind: "sum", signs: [1, -1] }, false],
  [{ kind: "sum", signs: [1, -1] }, true],
  ...FACTORS.map((factor) => [{ kind: "product", factor }, false] as const),
  ...[ONE, PERCENT].flatMap((factor) =>
    [false, true].flatMap((swap) => [
      [{ kind: "ratio", factor }, swap] as const,
      [{ kind: "change", factor }, swap] as const,
    ])
  ),
];
const TRIPLE_OPS: readonly Op[] = [ONE, ...VOCABULARY].map((factor) => ({
  kind: "difference",
  factor,
}));
const RATIO_OPS: ReadonlySet<Op["kind"]> = new Set(["ratio", "change"]);
/** A line is one figure throughout when it prints the same figure at this many positions or more. */
const CONSTANT_AT = 3;
/** A copy, or a ratio fitted as 1, which is one. */
const timesOne = (op: Op): boolean => op.kind === "product" && op.factor.value === 1;
/** A ratio fitted between two amounts must be this round to count: 8, 260, 2,080, 0.5. */
const MOST_DIGITS_OF_A_FITTED_RATIO = 3;
/** What a share leaves of its whole, 100 (or 1, where printed in "%"): the other share. */
const complementOf = (whole: number): Op => ({
  kind: "expression",
  expression: {
    kind: "binary",
    op: "-",
    left: { kind: "number", value: new Decimal(whole) },
    right: { kind: "input", index: 0 },
  },
});
const COMPLEMENTS = { hundred: complementOf(100), one: complementOf(1) };
/** Triples (a difference times a third line) are tried only in narrow tables: their number grows with the fourth power. */
const MOST_LINES_FOR_TRIPLES = 8;

interface Form {
  readonly target: number;
  readonly inputs: readonly number[];
  readonly op: Op;
  readonly linear: boolean;
  readonly fitted?: number;
  /** A sum of the run of lines above or below it (evidence.ts). */
  readonly byPlace?: boolean;
}

/** A form in the table's words: "Annual = Weekly x 52", "Saving = Spot - Block". */
function wordsOf(form: Form, name: (line: number) => string): string {
  const t = name(form.target);
  const [x, y, z] = form.inputs.map(name);
  const op = form.op;
  switch (op.kind) {
    case "sum":
      if (form.inputs.length > 2) return `${t} = ${sumWords(form.inputs.map(name))}`;
      return `${t} = ${x} ${op.signs[1] < 0 ? "-" : "+"} ${y}`;
    case "product":
      return `${t} = ${termWords(form.inputs.map(name), op.factor)}`;
    case "ratio":
      return `${t} = ${x} / ${y}${op.factor.value === 1 ? "" : ` x ${op.factor.words}`}`;
    case "change":
      return `${t} = (${y} - ${x}) / ${x}${op.factor.value === 1 ? "" : ` x ${op.factor.words}`}`;
    case "difference":
      return `${t} = ${termWords([`(${x} - ${y})`, z], op.factor)}`;
    case "expression":
      return `${t} = 100% - ${x}`;
    default:
      return t;
  }
}

/** One line's figures as plain numbers, read once: the search looks at each thousands of times. */
interface LineData {
  readonly value: Float64Array;
  readonly half: Float64Array;
  readonly present: Uint8Array;
  /** Cells left blank, which a sum reads as nothing. */
  readonly blank: Uint8Array;
  /** Positions holding figures, in order. */
  readonly positions: readonly number[];
}

/** The interval a form gives at one position, into `out`; false where it cannot be worked out. Allocates nothing. */
function intervalAt(
  op: Op,
  data: readonly LineData[],
  inputs: readonly number[],
  pos: number,
  out: Float64Array
): boolean {
  let lo = 0;
  let hi = 0;
  if (op.kind === "sum") {
    for (let i = 0; i < inputs.length; i++) {
      const v = data[inputs[i]].value[pos];
      const h = data[inputs[i]].half[pos];
      if (op.signs[i] >= 0) {
        lo += v - h;
        hi += v + h;
      } else {
        lo -= v + h;
        hi -= v - h;
      }
    }
  } else if (op.kind === "product" || op.kind === "difference") {
    let start = 0;
    if (op.kind === "difference") {
      const a = data[inputs[0]];
      const b = data[inputs[1]];
      lo = a.value[pos] - a.half[pos] - (b.value[pos] + b.half[pos]);
      hi = a.value[pos] + a.half[pos] - (b.value[pos] - b.half[pos]);
      start = 2;
    } else {
      lo = 1;
      hi = 1;
    }
    for (let i = start; i < inputs.length; i++) {
      const a = data[inputs[i]].value[pos] - data[inputs[i]].half[pos];
      const b = data[inputs[i]].value[pos] + data[inputs[i]].half[pos];
      const p1 = lo * a;
      const p2 = lo * b;
      const p3 = hi * a;
      const p4 = hi * b;
      lo = Math.min(p1, p2, p3, p4);
      hi = Math.max(p1, p2, p3, p4);
    }
    const f = op.factor.value;
    const l = lo * f;
    const h = hi * f;
    lo = Math.min(l, h);
    hi = Math.max(l, h);
  } else if (op.kind === "ratio" || op.kind === "change") {
    const n = data[inputs[op.kind === "ratio" ? 0 : 1]];
    const d = data[inputs[op.kind === "ratio" ? 1 : 0]];
    const dlo = d.value[pos] - d.half[pos];
    const dhi = d.value[pos] + d.half[pos];
    if (dlo <= 0 && dhi >= 0) return false;
    let nlo = n.value[pos] - n.half[pos];
    let nhi = n.value[pos] + n.half[pos];
    if (op.kind === "change") {
      nlo -= dhi;
      nhi -= dlo;
    }
    const q1 = nlo / dlo;
    const q2 = nlo / dhi;
    const q3 = nhi / dlo;
    const q4 = nhi / dhi;
    const f = op.factor.value;
    const l = Math.min(q1, q2, q3, q4) * f;
    const h = Math.max(q1, q2, q3, q4) * f;
    lo = Math.min(l, h);
    hi = Math.max(l, h);
  } else if (op.kind === "expression") {
    const xs = inputs.map((l) => ({
      lo: data[l].value[pos] - data[l].half[pos],
      hi: data[l].value[pos] + data[l].half[pos],
    }));
    const r = apply(op, xs);
    if (!r) return false;
    lo = r.lo;
    hi = r.hi;
  } else {
    return false;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return false;
  const noise = NOISE * Math.max(1, Math.abs(lo), Math.abs(hi));
  out[0] = lo - noise;
  out[1] = hi + noise;
  return true;
}

class Search {
  readonly candidates: Candidate[] = [];
  /** Every candidate tried, totals by their place among them. */
  tried = 0;
  /** Of them, totals by their place: a family of their own for the chance of coincidence (settings.ts). */
  triedByPlace = 0;
  private readonly lines: number[];
  private readonly aggregateAt: Uint8Array;
  /** Positions across a line of rates or percentages, which sums found by search do not run through. */
  private readonly rateAt: Uint8Array;
  /** Each line's labels, taking a line printed all in "%" as a percentage line. */
  private readonly units: LabelHints[] = [];
  /** Lines of one figure throughout, read as asked. */
  private readonly constants = new Map<number, boolean>();
  private readonly data: LineData[] = [];
  private readonly keys = new Set<string>();
  /** Pairs of lines one relation already ties: a second, looser one would only repeat it. */
  private readonly tied = new Set<string>();
  private readonly scratch = new Float64Array(2);
  /** Each position's figures across every line, as one key, for positions asked about. */
  private readonly positionFigures = new Map<number, string>();
  /** How many lines hold each figure, at the positions asked about. */
  private readonly figureCounts = new Map<number, Map<number, number>>();
  /**
   * Sums of the lines before each line, position by position (values, halves, figures other than
   * nought, and cells that are neither a figure nor blank): a run's total is then two
   * subtractions, so looking for unlabelled totals stays linear however long the list.
   */
  private readonly before: {
    value: Float64Array;
    half: Float64Array;
    nonzero: Float64Array;
    gaps: Float64Array;
  }[] = [];
  /** Where each line's section starts: just after the last heading or blank line above it. */
  private readonly sectionStart: number[] = [];
  /** Where the run each line may total starts: after the last line above that totals a run itself. */
  private readonly runStart: number[] = [];
  /**
   * The last line above each line that totals a run: a later total may carry it on (a grand total
   * of a subtotal and the lines after it).
   */
  private readonly carriedTotal: number[] = [];
  /** Each line's nearest line at or above it with one figure only, which the search's lines leave out (-1 if none). */
  private readonly lastSingle: number[] = [];
  /** Group headings found so far, each with the line just after its group. */
  private readonly headings = new Map<number, number>();
  /** The one year each line's name states, and what it measures with the year taken out. */
  private readonly yearOf: string[] = [];
  private readonly measureOf: string[] = [];
  /** "year:measure" for every line that states one year. */
  private readonly measures = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly o: Orientation
  ) {
    const other: Orientation = o === "columns" ? "rows" : "columns";
    const length = table.lineLength(o);
    this.aggregateAt = new Uint8Array(length);
    this.rateAt = new Uint8Array(length);
    for (let pos = table.firstPosition(o); pos < length; pos++) {
      if (isAggregateLine(table, other, pos)) this.aggregateAt[pos] = 1;
      if (isRateLine(table, other, pos)) this.rateAt[pos] = 1;
    }
    this.lines = [];
    for (let line = 0; line < table.lineCount(o); line++) {
      const value = new Float64Array(length);
      const half = new Float64Array(length);
      const present = new Uint8Array(length);
      const blank = new Uint8Array(length);
      const positions: number[] = [];
      if (line >= table.firstLine(o)) {
        for (let pos = table.firstPosition(o); pos < table.endPosition(o, line); pos++) {
          const cell = table.cellAt(o, line, pos);
          const f = table.figure(cell);
          if (!f) {
            if (table.reading(cell).kind === "blank" && !table.unprinted(cell)) blank[pos] = 1;
            continue;
          }
          value[pos] = f.value;
          half[pos] = f.half;
          present[pos] = 1;
          positions.push(pos);
        }
      }
      this.data.push({ value, half, present, blank, positions });
      const hints = table.hintsOf(o, line);
      this.units.push(table.isPercentLine(o, line) ? { ...hints, percent: true } : hints);
      if (positions.length >= 2) this.lines.push(line);
      this.lastSingle.push(positions.length === 1 ? line : (this.lastSingle[line - 1] ?? -1));
    }
    for (let line = 0; line <= table.lineCount(o); line++) {
      const prev = this.before[line - 1];
      const sums = {
        value: new Float64Array(length),
        half: new Float64Array(length),
        nonzero: new Float64Array(length),
        gaps: new Float64Array(length),
      };
      if (prev) {
        const d = this.data[line - 1];
        for (let pos = 0; pos < length; pos++) {
          sums.value[pos] = prev.value[pos] + d.value[pos];
          sums.half[pos] = prev.half[pos] + d.half[pos];
          sums.nonzero[pos] = prev.nonzero[pos] + (d.value[pos] === 0 ? 0 : 1);
          // A line with no figures at all (a column of band proportions or codes) is not part of
          // any run, so a total runs past it; a word among a line's figures breaks the run.
          const kind = table.reading(table.cellAt(o, line - 1, pos)).kind;
          const gap = !d.present[pos] && kind !== "blank" && d.positions.length > 0;
          sums.gaps[pos] = prev.gaps[pos] + (gap ? 1 : 0);
        }
      }
      this.before.push(sums);
    }
    let start = table.firstLine(o);
    for (let line = 0; line < table.lineCount(o); line++) {
      this.sectionStart.push(start);
      if (line >= table.firstLine(o) && this.headsSection(line)) start = line + 1;
    }
    for (let line = 0; line < table.lineCount(o); line++) {
      const name = table.lineName(o, line);
      const years = yearsNamed(name);
      const year = years.length === 1 ? years[0] : "";
      this.yearOf.push(year);
      this.measureOf.push(yearless(name));
      if (year) this.measures.add(`${year}:${this.measureOf[line]}`);
    }
    // A run's total closes it, and the next run starts below (gross expenditure, then gross income).
    // So does a total of every line since the last one, across its sections' headings (receipts
    // under sub-headings, then the opening balances their total is carried into).
    let run = table.firstLine(o);
    let carried = -1;
    for (let line = 0; line < table.lineCount(o); line++) {
      run = Math.max(run, this.sectionStart[line]);
      this.runStart.push(run);
      this.carriedTotal.push(carried);
      const since = Math.max(carried + 1, table.firstLine(o));
      if (
        (line - run >= 2 && this.runHolds(line, run)) ||
        (since < run && line - since >= 2 && this.runHolds(line, since))
      ) {
        run = line + 1;
        carried = line;
      }
    }
  }

  private cell(line: number, pos: number): CellPosition {
    return this.table.cellAt(this.o, line, pos);
  }

  /**
   * A line with no figures heads the section below it; so does one whose only figures are nils in
   * a few places ("110 Central Services" with a "-" in a sparse column of notes).
   */
  private headsSection(line: number): boolean {
    const positions = this.data[line].positions;
    if (!positions.length) return true;
    const width = this.table.lineLength(this.o) - this.table.firstPosition(this.o);
    return (
      2 * positions.length < width &&
      positions.every((pos) => this.table.figure(this.cell(line, pos))!.nil)
    );
  }

  private name(line: number): string {
    return this.table.lineName(this.o, line);
  }

  private evaluable(form: Form, pos: number): boolean {
    // A ratio or a percentage is worked out again from the totals, so it holds there too; a
    // product of totals is not the total of the products.
    if (!form.linear && this.aggregateAt[pos] && !RATIO_OPS.has(form.op.kind)) return false;
    // Amounts that add up or scale together do not carry their percentages or rates with them.
    if (form.linear && this.rateAt[pos]) return false;
    // A one-figure line the search leaves out, standing among a sum's lines with its figure here,
    // may be one of the sum's lines ("Loss on investments" in last year's column only).
    if (form.op.kind === "sum" && this.singleAmong(form, pos)) return false;
    // A sum reads a blank as nothing ("Revisions" left empty on most lines), as long as it adds something.
    let present = 0;
    for (const l of form.inputs) {
      if (this.data[l].present[pos]) present++;
      else if (form.op.kind !== "sum" || !this.data[l].blank[pos]) return false;
    }
    return present > 0;
  }

  /** Whether a one-figure line not in the form stands between its first and last lines with a figure at `pos`. */
  private singleAmong(form: Form, pos: number): boolean {
    const lines = [form.target, ...form.inputs];
    const first = lines.reduce((a, b) => Math.min(a, b));
    const last = lines.reduce((a, b) => Math.max(a, b));
    for (const l of this.singlesBetween(first + 1, last))
      if (this.data[l].present[pos] && !lines.includes(l)) return true;
    return false;
  }

  /** Whether the form holds at a position: 1, 0, or -1 where it cannot be worked out. */
  private holdsAt(form: Form, pos: number): number {
    if (!intervalAt(form.op, this.data, form.inputs, pos, this.scratch)) return -1;
    const t = this.data[form.target];
    const lo = t.value[pos] - t.half[pos];
    const hi = t.value[pos] + t.half[pos];
    return lo <= this.scratch[1] && this.scratch[0] <= hi ? 1 : 0;
  }

  /** A few positions spread over the target line: a relation that is the table's rule holds on most. */
  private screen(form: Form): boolean {
    const positions = this.data[form.target].positions;
    const step = Math.max(1, Math.floor(positions.length / SCREEN));
    let screened = 0;
    let held = 0;
    for (let i = 0; i < positions.length && screened < SCREEN; i += step) {
      const pos = positions[i];
      if (!this.evaluable(form, pos)) continue;
      const holds = this.holdsAt(form, pos);
      if (holds < 0) continue;
      screened++;
      held += holds;
    }
    return passes(held, screened, form.byPlace === true);
  }

  /**
   * Lines added or taken away must be in the same units (a percentage minus an amount, £000 plus
   * £, means nothing), and a change is of one quantity over another of its kind.
   */
  private inAgreeingUnits(form: Form): boolean {
    const { op, inputs, target } = form;
    const agree = (lines: readonly number[]) =>
      lines.every((l) => unitsAgree(this.units[lines[0]], this.units[l]));
    if (op.kind === "sum") return agree([target, ...inputs]);
    if (op.kind === "change") return agree(inputs) && !this.units[target].exactCount;
    if (op.kind === "difference") return agree(inputs.slice(0, 2));
    // A product takes at most one percentage: a share of a score times a share of another is none.
    if (op.kind === "product") return inputs.filter((l) => this.units[l].percent).length <= 1;
    return true;
  }

  /**
   * A copy of another year's line ("2024 % placed = 2023 % placed", next year's claim = this
   * year's precept), or a product or ratio taking another year's line where the target's year has
   * a line of that measure of its own ("2024 placed = 2023 % x 2024 children"): one year's figures
   * resembling another's is no rule. Sums may run across years (a balance carried forward), and a
   * measure may be uprated by one factor from one year to another.
   */
  private otherYears(form: Form): boolean {
    if (form.op.kind === "sum") return false;
    const year = this.yearOf[form.target];
    if (!year) return false;
    return form.inputs.some((l) => {
      const other = this.yearOf[l];
      if (!other || other === year) return false;
      const same = this.measureOf[l] === this.measureOf[form.target];
      return timesOne(form.op) || (!same && this.measures.has(`${year}:${this.measureOf[l]}`));
    });
  }

  /** Lines of like amounts: printed in pounds, or else neither counts, rates per unit nor percentages. */
  private likeAmounts(form: Form): boolean {
    return [form.target, ...form.inputs].every((l) => {
      const h = this.units[l];
      const cells = this.table.figureCells(this.o, l);
      const pounds = cells.length > 0 && cells.every((p) => this.table.figure(p)!.money);
      return (
        !h.perUnit &&
        !this.table.isPercentLine(this.o, l) &&
        (pounds || (!h.count && !h.exactCount))
      );
    });
  }

  private relationOf(form: Form): Relation {
    const instances: Instance[] = [];
    for (const pos of this.data[form.target].positions) {
      if (!this.evaluable(form, pos)) continue;
      instances.push({
        target: this.cell(form.target, pos),
        inputs: form.inputs.map((l) => this.cell(l, pos)),
        aggregate: this.aggregateAt[pos] === 1,
      });
    }
    return {
      orientation: this.o,
      op: form.op,
      source: "search",
      words: wordsOf(form, (line) => this.name(line)),
      instances,
      linear: form.linear,
      fitted: form.fitted,
      key: `${this.o}:${relationKey(form.op, [form.target, ...form.inputs])}`,
    };
  }

  /** Screens a form on a few rows, then weighs it on all; keeps it when it could be the table's. */
  attempt(form: Form): boolean {
    this.tried++;
    if (form.byPlace) this.triedByPlace++;
    if (!this.inAgreeingUnits(form) || this.otherYears(form) || !this.screen(form)) return false;
    // The same relation may pass again written another way round ("B = C / 52"): it counts once.
    const key = relationKey(form.op, [form.target, ...form.inputs]);
    if (this.keys.has(key)) return false;
    const relation = this.relationOf(form);
    const outcomes = new Map<Instance, Outcome>();
    const chances: number[] = [];
    let breaks = 0;
    // A sum that reads blanks as nothing must add two figures or more somewhere: otherwise it only
    // copies a line another relation already ties (a total of one line, plus a blank).
    let adding = 0;
    let blanks = false;
    const chanceOf =
      form.fitted && this.likeAmounts(form)
        ? likeAmountsCoincidence
        : form.op === COPY
          ? roundCoincidence
          : form.fitted
            ? coincidence
            : closeness;
    const ofOne = timesOne(form.op);
    const seen = new Set<string>();
    const weighed = new Set<string>();
    for (const instance of relation.instances) {
      const result = outcome(this.table, relation, instance);
      if (!result) continue;
      outcomes.set(instance, result);
      if (!result.holds) breaks++;
      else {
        // Where all lines but one add nothing, the sum is a copy of that one, weighed as a copy is.
        const added = instance.inputs.filter((c) => !this.isNought(c)).length;
        const copy = form.op.kind === "sum" && added <= 1;
        if (added >= 2) adding++;
        if (instance.inputs.some((c) => this.table.reading(c).kind === "blank")) blanks = true;
        // A figure that a flat run of lines repeats here (a cost the same in each year of a plan)
        // agrees with a copy because the run is flat, not because one line copies another.
        if ((copy || ofOne) && this.repeatedAt(instance.target, result.stated)) continue;
        // Nor, but in a sum, are the very figures of an instance already weighed further
        // evidence: lines flat across the months keep any ratio between them at every month. (A
        // total column beside its one fund's column repeats that fund's sums, and each holds.)
        if (copy || form.op.kind !== "sum") {
          const figures = [instance.target, ...instance.inputs]
            .map((c) => this.table.figure(c)?.value ?? 0)
            .join(" ");
          if (seen.has(figures)) continue;
          seen.add(figures);
        }
        // Nor is a row printed again with the same figures throughout (a prize list's grades);
        // a column that repeats another (a total beside its one fund's column) is weighed again.
        if (this.o === "columns" && this.printedAgain(instance.target, weighed)) continue;
        const figure = this.table.figure(instance.target)!;
        chances.push(copy ? roundCoincidence(result, figure) : chanceOf(result, figure));
      }
    }
    const alone = form.byPlace === true && breaks === TOTAL_BY_PLACE_HOLDS;
    if (chances.length < (alone ? TOTAL_BY_PLACE_HOLDS : 2) || (blanks && adding === 0))
      return false;
    if (this.addsNothingSeen(relation, outcomes)) return false;
    this.keys.add(key);
    const evidence = weigh(chances, breaks, form.fitted, form.byPlace);
    this.candidates.push({ relation, evidence, outcomes });
    return true;
  }

  /**
   * Whether the figures at a cell's position, on every line, are those of a position already
   * weighed: a prize list that prints one grade's prizes again for five grades shows its rule once.
   */
  private printedAgain(cell: CellPosition, weighed: Set<string>): boolean {
    const pos = this.o === "columns" ? cell.row : cell.column;
    let figures = this.positionFigures.get(pos);
    if (figures === undefined) {
      figures = this.data.map((d) => (d.present[pos] ? d.value[pos] : "")).join(" ");
      this.positionFigures.set(pos, figures);
    }
    if (weighed.has(figures)) return true;
    weighed.add(figures);
    return false;
  }

  /**
   * Whether a figure stands at its position in REPEATED_LINES lines or more besides the one given
   * (settings.ts): a flat run.
   */
  private repeatedAt(cell: CellPosition, value: number): boolean {
    const pos = this.o === "columns" ? cell.row : cell.column;
    const own = this.o === "columns" ? cell.column : cell.row;
    let counts = this.figureCounts.get(pos);
    if (!counts) {
      // Counted once per position, so that long lists stay linear.
      counts = new Map();
      for (const line of this.lines) {
        const d = this.data[line];
        if (d.present[pos]) counts.set(d.value[pos], (counts.get(d.value[pos]) ?? 0) + 1);
      }
      this.figureCounts.set(pos, counts);
    }
    const mine = this.data[own].present[pos] && this.data[own].value[pos] === value ? 1 : 0;
    return (counts.get(value) ?? 0) - mine >= REPEATED_LINES;
  }

  /**
   * Whether a sum holds as well without one of its lines wherever it holds, though that line has
   * figures other than nought: a line of discount factors added to pounds is lost in the rounding.
   */
  private addsNothingSeen(relation: Relation, outcomes: Map<Instance, Outcome>): boolean {
    const op = relation.op;
    if (op.kind !== "sum" || op.signs.length < 2) return false;
    const holding = [...outcomes].filter(([, o]) => o.holds).map(([instance]) => instance);
    return op.signs.some((_, i) => {
      if (holding.every((instance) => this.isNought(instance.inputs[i]))) return false;
      const without: Relation = {
        ...relation,
        op: { kind: "sum", signs: op.signs.filter((__, j) => j !== i) },
      };
      return holding.every((instance) => {
        const rest = { ...instance, inputs: instance.inputs.filter((__, j) => j !== i) };
        return outcome(this.table, without, rest)?.holds === true;
      });
    });
  }

  private isNought(cell: CellPosition): boolean {
    const figure = this.table.figure(cell);
    return !figure || figure.value === 0;
  }

  /** target = input x factor: a vocabulary factor, or else a constant ratio fitted to the table. */
  private factors(target: number, input: number): void {
    const pair = `${Math.min(target, input)},${Math.max(target, input)}`;
    if (this.tied.has(pair)) return;
    for (const op of SCALE_OPS) {
      if (this.attempt({ target, inputs: [input], op, linear: true })) {
        this.tied.add(pair);
        return;
      }
    }
    const ratio = this.fittedRatio(target, input);
    if (ratio) {
      const op: Op = { kind: "product", factor: ratio };
      if (this.attempt({ target, inputs: [input], op, linear: true, fitted: 1 }))
        this.tied.add(pair);
    }
  }

  /** The ratio most rows share, as the simplest number within their rounding: a constant per bed, a share. */
  private fittedRatio(target: number, input: number): Factor | undefined {
    const t = this.data[target];
    const u = this.data[input];
    const ratios: { lo: number; hi: number }[] = [];
    for (const pos of t.positions) {
      if (!u.present[pos]) continue;
      const [tv, th, uv] = [t.value[pos], t.half[pos], u.value[pos]];
      const uh = fittedInputHalf(uv, u.half[pos]);
      if (uv - uh <= 0 || tv <= 0) continue;
      ratios.push({ lo: (tv - th) / (uv + uh), hi: (tv + th) / (uv - uh) });
    }
    if (ratios.length < 2) return undefined;
    // The point most intervals cover, by a sweep over their ends in order, an interval's start
    // before another's end at the same point. Ends kept as numbers: a long list has one per row.
    const starts = Float64Array.from(ratios, (r) => r.lo).sort();
    const ends = Float64Array.from(ratios, (r) => r.hi).sort();
    let open = 0;
    let best = 0;
    let bestAt = 0;
    for (let i = 0, j = 0; i < starts.length;) {
      if (starts[i] <= ends[j]) {
        if (++open > best) {
          best = open;
          bestAt = starts[i];
        }
        i++;
      } else {
        open--;
        j++;
      }
    }
    // Two rows that agree are enough to try it: the evidence (which does not count the row it was fitted on) decides.
    if (best < 2) return undefined;
    const covering = ratios.filter((r) => r.lo <= bestAt && bestAt <= r.hi);
    let lo = -Infinity;
    let hi = Infinity;
    for (const r of covering) {
      lo = Math.max(lo, r.lo);
      hi = Math.min(hi, r.hi);
    }
    const direct = simplestIn(lo, hi);
    const inverse = simplestIn(1 / hi, 1 / lo);
    // A price per bed is a ratio a reviewer accepts at any length; between two amounts only a round
    // one is (x 8 years, x 2,080 weeks): "High = Low x 1.0932816" explains nothing.
    const perUnit =
      (this.table.hintsOf(this.o, input).count && !this.table.hintsOf(this.o, target).count) ||
      this.table.hintsOf(this.o, target).perUnit;
    const round = (v: number) => significantDigits(v) <= MOST_DIGITS_OF_A_FITTED_RATIO;
    const words = (v: number) => v.toLocaleString("en-GB", { maximumFractionDigits: 10 });
    if (
      direct < 1 &&
      inverse > 1 &&
      significantDigits(inverse) < significantDigits(direct) &&
      (round(inverse) || perUnit)
    )
      return inverseOf(factorOf(inverse, 1, words(inverse)));
    if (!round(direct) && !perUnit) return undefined;
    return factorOf(direct, 1, words(direct));
  }

  private pairs(target: number, a: number, b: number): void {
    // A percentage is worked from amounts: no ratio or change gives an amount from a percentage
    // (income is not surplus / (surplus as % of income) x 100, though it holds as well).
    const percent = (line: number) => this.units[line].percent;
    const fromPercent = !percent(target) && (percent(a) || percent(b));
    // A line of one figure throughout (100 in every column) makes a product or ratio a mere
    // scaling, which `factors` weighs on its own: as a product it would hold on noughts and copies.
    const scaling = this.constantLine(a) || this.constantLine(b);
    for (const [op, swap] of PAIR_OPS) {
      if (fromPercent && RATIO_OPS.has(op.kind)) continue;
      if (scaling && (op.kind === "product" || op.kind === "ratio")) continue;
      // Times a line that is 100 wherever printed, times 1/100, is a copy wearing a factor.
      if (op.kind === "product" && (this.undoes(a, op.factor) || this.undoes(b, op.factor)))
        continue;
      const inputs = swap ? [b, a] : [a, b];
      if (this.attempt({ target, inputs, op, linear: op.kind === "sum" })) return;
    }
  }

  /**
   * Whether every figure of a line but noughts is the same, on a line of CONSTANT_AT positions or
   * more (one rent unchanged over two years is no constant); read once per line.
   */
  private constantLine(line: number): boolean {
    const known = this.constants.get(line);
    if (known !== undefined) return known;
    const { value, positions } = this.data[line];
    const values = positions.map((pos) => value[pos]).filter((v) => v !== 0);
    const constant =
      positions.length >= CONSTANT_AT && values.length > 1 && values.every((v) => v === values[0]);
    this.constants.set(line, constant);
    return constant;
  }

  /** Whether every figure of a line is the one the factor divides by: 100 beside "x 1/100". */
  private undoes(line: number, factor: Factor): boolean {
    const { value, positions } = this.data[line];
    return (
      positions.length > 0 &&
      positions.every((pos) => Math.abs(value[pos] * factor.value - 1) < 1e-12)
    );
  }

  /** Two shares of one whole, "From British countries" and "From foreign countries": the later is the rest. */
  private complement(target: number, input: number): void {
    if (input > target || !this.units[target].percent || !this.units[input].percent) return;
    const first = this.cell(target, this.data[target].positions[0]);
    const op = this.table.figure(first)?.percent ? COMPLEMENTS.one : COMPLEMENTS.hundred;
    this.attempt({ target, inputs: [input], op, linear: false });
  }

  private triples(target: number, a: number, b: number, c: number): void {
    for (const op of TRIPLE_OPS)
      if (this.attempt({ target, inputs: [a, b, c], op, linear: false })) return;
  }

  /**
   * A line that sums the lines before it: all of them, those of its section (since the last
   * heading or blank line), or those since the last such total, with or without that total: an
   * unlabelled total or subtotal, or a grand total carrying a subtotal on.
   */
  private runningTotal(target: number): void {
    const heads = this.headingsBefore(target);
    if (heads) {
      const op: Op = { kind: "sum", signs: heads.map(() => 1) };
      if (this.attempt({ target, inputs: heads, op, linear: true, byPlace: true })) return;
    }
    // The nearest run first: a run from the top that holds only where the lines of an earlier
    // section are blank is weaker evidence than the section's own, which holds wherever it does.
    const starts = [
      ...new Set([
        this.table.firstLine(this.o),
        this.sectionStart[target],
        this.runStart[target],
        this.carriedTotal[target],
        this.carriedTotal[target] < 0 ? -1 : this.carriedTotal[target] + 1,
      ]),
    ].sort((a, b) => b - a);
    for (const from of starts) {
      if (from < 0 || !this.runScreened(target, from)) continue;
      const run = this.lines.filter((l) => l >= from && l < target);
      if (run.length < 2) continue;
      if (
        this.attempt({
          target,
          inputs: run,
          op: { kind: "sum", signs: run.map(() => 1) },
          linear: true,
          byPlace: !this.skipsFigures(from, target),
        })
      )
        return;
    }
  }

  /**
   * A line that sums the lines after it, down to just before the next such line or the end of its
   * section: a group's heading carrying the group's total ("In the community" over its kinds of
   * placement), or a first column totalling the columns after it ("in care" before its kinds of
   * care). The lines each heading covers are kept, so that a total below them all can be the sum
   * of the headings.
   */
  private headingTotal(target: number): void {
    // Or over the heading just below it and that heading's lines: "Overall", then "Region" and
    // each region.
    const first =
      target + 2 < this.table.lineCount(this.o) &&
      this.sectionStart[target + 2] === target + 2 &&
      this.sectionStart[target + 1] === this.sectionStart[target]
        ? target + 2
        : target + 1;
    const section = this.sectionStart[first];
    const last = Math.min(this.table.lineCount(this.o), first + MOST_GROUP_LINES);
    for (let to = first + 2; to <= last && this.sectionStart[to - 1] === section; to++) {
      if (!this.runScreened(target, first, to)) continue;
      const run = this.lines.filter((l) => l >= first && l < to);
      if (run.length < 2) continue;
      const op: Op = { kind: "sum", signs: run.map(() => 1) };
      if (this.attempt({ target, inputs: run, op, linear: true, byPlace: true }))
        this.headings.set(target, to);
      return;
    }
  }

  /**
   * Whether a line of one figure, which the search's runs leave out, stands between `from` and
   * `target` with its figure where the target has one: there the run is not everything above the
   * total, so the total is not one by its place (a bank balance between two cash balances).
   */
  private skipsFigures(from: number, target: number): boolean {
    const present = this.data[target].present;
    for (const l of this.singlesBetween(from, target))
      if (present[this.data[l].positions[0]]) return true;
    return false;
  }

  /** The one-figure lines (which the search's lines leave out) from just above `to` up to `from`, nearest first. */
  private *singlesBetween(from: number, to: number): Generator<number> {
    for (let l = this.lastSingle[to - 1] ?? -1; l >= from; l = this.lastSingle[l - 1] ?? -1)
      yield l;
  }

  /** Headings whose groups follow one another from the first line to just before `target`. */
  private headingsBefore(target: number): number[] | undefined {
    const heads: number[] = [];
    let line = this.table.firstLine(this.o);
    while (line < target) {
      const to = this.headings.get(line);
      if (to === undefined) return undefined;
      heads.push(line);
      line = to;
    }
    return line === target && heads.length >= 2 ? heads : undefined;
  }

  /**
   * A run screened as a candidate total: one candidate tried, whether it fails the screen here or
   * goes on to be weighed (attempt counts those), so the chance of coincidence counts every run looked at.
   */
  private runScreened(target: number, from: number, to = target): boolean {
    if (this.runHolds(target, from, to)) return true;
    this.tried++;
    this.triedByPlace++;
    return false;
  }

  /** The screen for a run of lines from `from` to just before `to`, by the running sums. */
  private runHolds(target: number, from: number, to = target): boolean {
    const t = this.data[target];
    const [end, start] = [this.before[to], this.before[from]];
    const step = Math.max(1, Math.floor(t.positions.length / SCREEN));
    let screened = 0;
    let held = 0;
    for (let i = 0; i < t.positions.length && screened < SCREEN; i += step) {
      const pos = t.positions[i];
      if (this.rateAt[pos] || end.gaps[pos] - start.gaps[pos] > 0) continue;
      // Noughts adding up to a nought say nothing about whether the lines are a run.
      if (t.value[pos] === 0 && end.nonzero[pos] === start.nonzero[pos]) continue;
      const sum = end.value[pos] - start.value[pos];
      const half = end.half[pos] - start.half[pos] + t.half[pos];
      screened++;
      if (Math.abs(t.value[pos] - sum) <= half + NOISE * Math.max(1, Math.abs(sum))) held++;
    }
    return passes(held, screened, true);
  }

  /** A line that repeats one figure (the fixed block cost at every occupancy), with an odd one out. */
  private repeatedFigure(line: number): void {
    // A total beside the figures it adds is not one of them.
    const cells = this.data[line].positions
      .filter((pos) => !this.aggregateAt[pos] && this.data[line].value[pos] !== 0)
      .map((pos) => this.cell(line, pos));
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
      instances: cells
        .filter((p) => p !== reference)
        .map((p) => ({ target: p, inputs: [reference] })),
      linear: true,
      fitted: 0,
      key: `${this.o}:repeat:${line}`,
    };
    const outcomes = new Map<Instance, Outcome>();
    const chances: number[] = [];
    let breaks = 0;
    const weighed = new Set<string>();
    this.printedAgain(reference, weighed);
    for (const instance of relation.instances) {
      const result = outcome(this.table, relation, instance)!;
      outcomes.set(instance, result);
      if (!result.holds) breaks++;
      else if (!this.printedAgain(instance.target, weighed))
        chances.push(roundCoincidence(result, this.table.figure(instance.target)!));
    }
    if (chances.length >= 2)
      this.candidates.push({ relation, evidence: weigh(chances, breaks), outcomes });
  }

  run(): void {
    const lines = this.lines;
    // Between rows, and between the columns of a very wide table, relations are looked for only
    // among lines near each other: that is where reports put them, and it keeps the search linear.
    const local = this.o === "rows" || lines.length > MOST_LINES_FOR_PAIRS;
    const reach = local ? REACH : lines.length;
    /** Indexes of lines within reach of line i (by position in the table, not by index). */
    const around = (i: number): number[] => {
      const out: number[] = [];
      for (let j = i - 1; j >= 0 && (!local || lines[i] - lines[j] <= reach); j--) out.push(j);
      for (let j = i + 1; j < lines.length && (!local || lines[j] - lines[i] <= reach); j++)
        out.push(j);
      return out.sort((a, b) => a - b);
    };
    // A tall list's rows are records, related only by their (sub)totals: between rows, only an
    // unlabelled total is looked for. Sums, products and factors between rows belong to short
    // tables with years or levels across.
    const records = this.o === "rows" && lines.length > MOST_LINES_FOR_PAIRS;
    // Group headings first, so that a total below them can be found as their sum.
    // Across, only the first column may total those after it.
    if (this.o === "rows" && !records) for (const line of lines) this.headingTotal(line);
    else if (this.o === "columns" && lines.length) this.headingTotal(lines[0]);
    // Later lines are results: "C = B x 52", not "B = C x 1/52".
    for (let i = lines.length - 1; i >= 0; i--) {
      const target = lines[i];
      this.runningTotal(target);
      if (records) continue;
      this.repeatedFigure(target);
      for (const j of around(i)) {
        this.factors(target, lines[j]);
        this.complement(target, lines[j]);
      }
    }
    if (records) return;
    for (let i = lines.length - 1; i >= 0; i--) {
      const near = around(i);
      for (let a = 0; a < near.length; a++)
        for (let b = a + 1; b < near.length; b++) {
          if (local && lines[near[b]] - lines[near[a]] > reach) continue;
          this.pairs(lines[i], lines[near[a]], lines[near[b]]);
        }
    }
    // A difference times a third line is a costing between columns (savings over beds), never between rows.
    if (lines.length > MOST_LINES_FOR_TRIPLES || this.o === "rows") return;
    for (const target of lines)
      for (const a of lines)
        for (const b of lines)
          for (const c of lines) {
            if (new Set([target, a, b, c]).size < 4) continue;
            this.triples(target, a, b, c);
          }
  }
}

/** A line of percentages, rates per unit, changes, averages or shillings: its figures do not add up across lines. */
export function isRateLine(table: Table, o: Orientation, line: number): boolean {
  const h = table.hintsOf(o, line);
  return h.percentChange || h.perUnit || h.averaged || h.subunit || table.isPercentLine(o, line);
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

/** Whether a screen passes: most positions hold, two at least; of two, one for a total by its place (TOTAL_BY_PLACE_HOLDS). */
function passes(held: number, screened: number, byPlace: boolean): boolean {
  if (byPlace && screened === 2 && held === TOTAL_BY_PLACE_HOLDS) return true;
  return held >= 2 && held * 2 >= screened;
}

export interface SearchResult {
  readonly candidates: readonly Candidate[];
  /** How many candidate relations were tried in the table, for the chance of coincidence: totals by their place apart from every other form. */
  readonly tried: number;
  readonly triedByPlace: number;
}

/**
 * The same relation found in each year's columns ("Not approved 19/20 = Bids 19/20 - Approved
 * 19/20", and again for 20/21) is one rule seen twice: each is weighed with the evidence of all.
 */
function acrossYears(candidates: readonly Candidate[]): Candidate[] {
  const rule = (c: Candidate) => `${c.relation.orientation}:${yearless(c.relation.words)}`;
  const years = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.evidence.log10Chance >= 0 || !breaksAreExceptions(c.evidence)) continue;
    // Every line of it in the one year: "2028/29 = 2027/28 + 2029/30" is a rule between years.
    const named = c.relation.words.match(YEAR_IN_NAME) ?? [];
    if (!named.length || named.some((y) => y !== named[0])) continue;
    years.set(rule(c), [...(years.get(rule(c)) ?? []), c]);
  }
  return candidates.map((c) => {
    const same = years.get(rule(c));
    if (!same || same.length < 2 || !same.includes(c)) return c;
    const log10Chance = same.reduce((sum, x) => sum + x.evidence.log10Chance, 0);
    return { ...c, evidence: { ...c.evidence, log10Chance } };
  });
}

export function searchRelations(table: Table): SearchResult {
  const searches = ORIENTATIONS.map((o) => new Search(table, o));
  // Relations between rows are looked for only in tables that are not tall lists (settings.ts).
  for (const s of searches) s.run();
  return {
    candidates: acrossYears(searches.flatMap((s) => s.candidates)),
    tried: searches.reduce((n, s) => n + s.tried - s.triedByPlace, 0),
    triedByPlace: searches.reduce((n, s) => n + s.triedByPlace, 0),
  };
}
