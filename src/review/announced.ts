/**
 * Relations the table's labels announce: a total or subtotal line sums the lines of its section,
 * a net line takes away its "Less" lines, an average line is their mean, a saving or variance line
 * is one line less another, a "% change" line a change over the earlier figure, an annual line is
 * a weekly one times 52 or 365/7 (times beds where a beds line is there), a "£m" line is a "£000"
 * one over 1,000, a contract value is an annual cost times the term, a cost per bed is a cost over
 * the beds, a percentage column is each figure's share of the total. The writer said so, so each is
 * checked even where it occurs once. Where the labels leave a choice (which lines a total covers,
 * 52 or 365/7), the choice the figures bear out is taken.
 */
import type { CellPosition } from "../core/a1";
import type { LabelHints, Period } from "./labels";
import type { Figure } from "./read";
import {
  amountsAlike,
  EXCESS,
  leftOutBy,
  OPENING_BALANCE,
  PERIOD_RANK,
  subjectOf,
  unitsAgree,
  yearless,
  yearsNamed,
} from "./labels";
import { Decimal } from "../core/decimal";
import {
  cellAllowance,
  COPY,
  cellKey,
  cellsOf,
  Expression,
  implied,
  Instance,
  Op,
  outcome,
  Outcome,
  Relation,
  relationKey,
} from "./relation";
import {
  Factor,
  factorOf,
  HOLDS_PER_BREAK,
  FLOAT_NOISE,
  SIGN_CONVENTION_LINES,
  inverseOf,
  MILLION,
  NEARLY_EXACT,
  ONE,
  RUNNING_TOTAL_INSTANCES,
  THOUSAND,
  WEEKS_365_7,
  WEEKS_52,
} from "./settings";
import type { Orientation, Table } from "./table";
import { ORIENTATIONS } from "./table";
import { sumWords, termWords } from "./words";

export interface Announcement {
  readonly relation: Relation;
  readonly outcomes: ReadonlyMap<Instance, Outcome>;
  readonly holds: number;
  readonly breaks: number;
  /**
   * The figures bear the reading out (it holds at least as often as it breaks), or the labels
   * leave no choice for a single instance: every break is a finding. Otherwise only a break that a
   * known mistake explains is.
   */
  readonly sure: boolean;
  /** The other readings, for when no reading holds anywhere and only a known mistake can tell them apart. */
  readonly others: readonly { relation: Relation; outcomes: ReadonlyMap<Instance, Outcome> }[];
}

/** A council tax band named by its letter: "A", "Band B", "C Up to £45,000". */
const BAND_LETTER = /^(?:council tax )?(?:valuation )?(?:band )?([a-i])(?: |$)/;

/** Bands named by letter and no fraction are read as bands from this many lines (A to D). */
const MOST_BANDS_UNNAMED = 4;

/** Each band's proportion of Band D in law: England and Wales, and Scotland from April 2017. */
const BAND_PROPORTIONS: readonly Readonly<Record<string, { num: number; den: number }>>[] = [
  Object.fromEntries(
    [6, 7, 8, 9, 11, 13, 15, 18, 21].map((n, i) => ["abcdefghi"[i], { num: n, den: 9 }])
  ),
  Object.fromEntries(
    [240, 280, 320, 360, 473, 585, 705, 882].map((n, i) => ["abcdefgh"[i], { num: n, den: 360 }])
  ),
];

/** Words of a total's label that say it is one, not what it totals. */
const TOTAL_WORDS = new Set([
  "total",
  "totals",
  "grand",
  "sub",
  "subtotal",
  "directorate",
  "overall",
  "all",
]);

/** "Places per establishment": the words naming the numerator's line, and the denominator's. */
const PER_NAMED = /^([a-z][a-z ]*?) per ([a-z]{3,})$/;

/** The first input less the second: a difference whose size an unsigned variance prints. */
const INPUTS_DIFFERENCE: Expression = {
  kind: "binary",
  op: "-",
  left: { kind: "input", index: 0 },
  right: { kind: "input", index: 1 },
};

const PERCENT = factorOf(100);
/** An uplift stated with its rate, either way round: "inflation rate (8%)", "3.5% uplift". */
const STATED_UPLIFT =
  /\b(?:uplift|uplifted|inflation|inflationary|increase|increased|uprating|uprated)\b[^%]{0,30}?(?<![\d.])(\d{1,2}(?:\.\d+)?) ?%|(?<![\d.])(\d{1,2}(?:\.\d+)?) ?% (?:uplift|inflation|increase|uprating)\b/;
/**
 * A total may cover only the lines nearest it; those readings are weighed while the section has
 * at most this many lines (each is a sum over its lines, so more would make long lists quadratic).
 */
const MOST_LINES_FOR_PART_TOTALS = 30;
/** Float error allowed, per pound summed, when ruling a run out at a glance: far above binary noise. */
const GLANCE_NOISE = 1e-6;

/** A figure still open to be summed: its line and position; a gap where the figure is not given. */
interface Part {
  readonly line: number;
  readonly pos: number;
  readonly gap?: boolean;
}

/** A run a total may sum: its parts with their signs. */
interface Footing {
  readonly parts: readonly Part[];
  readonly signs: readonly number[];
}

/** The words that say a line runs on, or over what period its amounts come. */
const RUNNING_WORDS =
  /\b(?:running|cumulative|total|balance|estimated|forecast|annual|in[- ]year|monthly|weekly)\b/g;

/** A total of the totals above it and the lines after them. */
const GRAND_TOTAL = /\bgrand total\b|\boverall total\b/;

/** A balance at the end of a period: "Balance c/f", "Balance at 31 March 2021". */
const CLOSING_BALANCE =
  /\bc\/fw?d?\b|\bcarried (?:forward|fwd)\b|\bclosing\b|\bat (?:the )?end\b|\bat (?:28|29|30|31)(?:st|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bthis year end\b/;
/** A movement that reduces a balance, where it is printed unsigned. */
const SPENDING =
  /\b(?:expenditure|expenses|spend|spending|payments?|costs?|used|utili[sz]ed|applied|drawn|withdrawals?|transfers? out|outgoings?|paid)\b/;

/** A council tax charge for band D, the properties it is levied on, and the sum it raises. */
const BAND_D = /\bband ['\u2018\u2019"]?d\b/;
const TAX_BASE =
  /\btax ?base\b|\bband d (?:equivalent )?properties\b|\bnumber of band d\b|\bproperties \(band d equivalent\)/;
/** A change on the year before: "Change on previous year", "% increase on last year", "year on year". */
const ON_PREVIOUS_YEAR =
  /\b(?:on|from|over) (?:the )?(?:previous|prior|last) (?:year|yr)\b|\byear[- ]on[- ]year\b/;

/** What council tax raises: a requirement, or a parish's precept. */
const REQUIREMENT = /\brequirement\b/;
const PRECEPT = /^precepts?\b/;
const TAX_REQUIREMENT = new RegExp(`${REQUIREMENT.source}|${PRECEPT.source}|\\bto be raised\\b`);
/** The charge itself, where its label does not say band D: "Council Tax charge" under the tax base. */
const TAX_CHARGE = /\bcouncil tax charge\b|\baverage council tax\b/;
/** A line after some adjustments, named as the line before them: "Net expenditure after transfers". */
const AFTER = /\bafter\b/;
/** A bridge from one year's figure to another's runs over at most this many lines of changes. */
const MOST_BRIDGE_LINES = 30;

/** The nearest line before `lines[index]`, at most MOST_BRIDGE_LINES back, that `matches`: its index, or -1. */
function earlierWithin(
  lines: readonly number[],
  index: number,
  matches: (line: number) => boolean
): number {
  for (let k = index - 1; k >= Math.max(0, index - MOST_BRIDGE_LINES - 1); k--)
    if (matches(lines[k])) return k;
  return -1;
}

/** The years a label names: "Total funds 2021 £" names 2021; "2019/20" names 2019 and 2020. */
function yearsIn(label: string): Set<number> {
  const years = new Set<number>();
  for (const m of label.matchAll(/\b((?:19|20)\d\d)(?: ?[/\-\u2013] ?(\d\d)\b)?/g)) {
    const first = Number(m[1]);
    years.add(first);
    if (m[2]) years.add(Math.floor(first / 100) * 100 + Number(m[2]));
  }
  // A date written short, day first: "Year ended 31.12.19" is 2019.
  for (const m of label.matchAll(/\b\d{1,2}[./]\d{1,2}[./](\d\d)\b/g)) {
    const yy = Number(m[1]);
    years.add(yy < 70 ? 2000 + yy : 1900 + yy);
  }
  return years;
}

/** A footing's shape relative to its position, so the same run at another position compares equal. */
function shapeOf(f: Footing, pos: number): string {
  return `${f.parts.map((p) => `${p.line}@${p.pos - pos}`).join(",")}:${f.signs.join("")}`;
}

/** Where in a run of open figures its last total stands; -1 where it holds none. */
function lastTotalIndex(list: readonly Part[], isAggregate: (line: number) => boolean): number {
  return list.reduce((b, o, j) => (isAggregate(o.line) ? j : b), -1);
}

/** Whether two footings have one shape (as `shapeOf` compares them), without spelling either out. */
function sameShape(a: Footing, aPos: number, b: Footing, bPos: number): boolean {
  if (a.parts.length !== b.parts.length) return false;
  for (let i = 0; i < a.parts.length; i++)
    if (
      a.signs[i] !== b.signs[i] ||
      a.parts[i].line !== b.parts[i].line ||
      a.parts[i].pos - aPos !== b.parts[i].pos - bPos
    )
      return false;
  return true;
}

/** Words with an amount in them: "Capped at £967", "about £1,200". */
const WORDED_AMOUNT = /[a-z].*£ ?[1-9]/i;

/** Words that say how lines count, not what they are. */
const TOTAL_OR_LESS =
  /^(?:total|totals|sub|subtotal|less|deduct|minus|net|add|plus|the|of|and|in|on|for)$/;
/**
 * "Net assets", "Net (liabilities)/assets", "Total assets less current liabilities": what a
 * balance sheet's funds are worth.
 */
const NET_ASSETS =
  /^(?:total )?net \(?(?:assets|liabilities)\)?(?: ?\/ ?\(?(?:assets|liabilities)\)?)?(?![a-z])|^total assets less (?:current )?liabilities\b/;
/** The heading over a balance sheet's funds, whose lines the foot totals. */
const FUNDS_HEADING =
  /^(?:capital and reserves|(?:the )?funds|reserves|(?:members|shareholders)['\u2019]? funds|financed by|represented by)$/;
/** "Total funds", "Reserves", "Members' funds": the other half of a balance sheet, which balances. */
const FUNDS_TOTAL =
  /^(?:total )?(?:(?:charity|members|shareholders|company|club|trust)['\u2019]?s?['\u2019]? )?(?:funds|reserves|equity)$/;
/** A line's letter at the end of its label: "Sub - Total (B)", "Net Amount of Rates (C)=(A-B)". */
const LINE_LETTER = /\(([A-Z])\)(?:\s*=.*)?$/;
/** The formula a label prints over other lines' letters: "(C)=(A-B)", "Rate on Valuation D/E". */
const LETTER_FORMULA = /(?:=\s*|\s)(\(?[A-Z](?:\s*[-+*/x]\s*\(?[A-Z]\)?)+\)?)$/;
/** A year's result ("Profit", "Surplus/(deficit)"): what the lines since the last result or total leave. */
const RESULT = /\b(?:profits?|loss|surplus|deficit)\b/;
/** A line that moves a balance from the figure before it to the figure after it. */
const MOVEMENT = /\b(?:movements?|changes?|transfers?|increases?|decreases?)\b/;

/** A length stated in weeks: "50 weeks", "39/40 weeks", "38-week". */
const WEEKS_LONG = /(?<![\d.])(\d{1,2})(?:\s*[/-]\s*(\d{1,2}))?[\s-]*weeks?\b/gi;
/** Lengths in weeks that are a year's. */
const A_YEAR_IN_WEEKS = new Set(["52", "53"]);

/** Lengths in weeks and in months, of the periods that are a whole number of either. */
const IN_WEEKS: Partial<Record<Period, number>> = {
  week: 1,
  fortnight: 2,
  "four weeks": 4,
  year: 52,
};
const IN_MONTHS: Partial<Record<Period, number>> = {
  month: 1,
  quarter: 3,
  "half year": 6,
  year: 12,
};

/** The factors that turn an amount for one period into the amount for a longer one. */
function conversions(from: Period, to: Period): readonly Factor[] {
  if (from === "week" && to === "year") return [WEEKS_52, WEEKS_365_7];
  if (from === "day") return to === "week" ? [factorOf(7)] : to === "year" ? [factorOf(365)] : [];
  for (const lengths of [IN_WEEKS, IN_MONTHS]) {
    const [a, b] = [lengths[from], lengths[to]];
    if (a !== undefined && b !== undefined && b > a) return [factorOf(b / a)];
  }
  return [];
}

/** The word a count of each period is named by: "Number of Weeks". */
const PERIODS_COUNTED: Partial<Record<Period, RegExp>> = {
  day: /\b(?:days|nights)\b/,
  week: /\bweeks\b/,
  month: /\bmonths\b/,
  quarter: /\bquarters\b/,
  year: /\byears\b/,
};

/** A bracketed note that says where a figure comes from: "(5.2.6)", "(text)", "(Table 2)", "(see note 3)". */
const SOURCE_NOTE =
  /^(?:[\d.]+|text|report|table \w+|para(?:graph)? [\d.]+|appendix \w+|annex \w+|section [\d.]+|page \d+|p\.? ?\d+|see .*|note \w*|source.*)$/;

/** A label without the words that say how its figures are measured: "2024 Percentage Total" is "2024 total". */
function measureless(label: string): string {
  return label
    .toLowerCase()
    .replace(/%|\b(?:percentages?|per ?cent|numbers?|no\.|count|share|proportion)\b/g, " ")
    .replace(/£ ?(?:m|mn|k|000s?|['\u2019]000s?)?\b|£/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Two labels differ only in bracketed sources ("(self funder)" is a different quantity, "(5.2.6)" is not). */
function onlySourcesDiffer(a: string, b: string): boolean {
  const notes = (words: string) =>
    new Set([...words.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim()));
  const [x, y] = [notes(a), notes(b)];
  const differing = [...x].filter((n) => !y.has(n)).concat([...y].filter((n) => !x.has(n)));
  return differing.every((n) => SOURCE_NOTE.test(n));
}

/** The cells a relation's first instance takes its inputs from: readings differing only in factor share them. */
function inputLines(relation: Relation): string {
  const first = relation.instances[0];
  return first
    ? first.inputs
        .map((c) => `${c.row}:${c.column}`)
        .sort()
        .join()
    : "";
}

/** A running result is read across at most this many lines since the one above it. */
const MOST_LINES_BETWEEN_RESULTS = 3;

/** Every way of adding or taking away `n` lines: [1, 1], [1, -1], [-1, 1], [-1, -1]. */
function signChoices(n: number): number[][] {
  if (n === 0) return [[]];
  return signChoices(n - 1).flatMap((rest) => [
    [1, ...rest],
    [-1, ...rest],
  ]);
}

class Announcer {
  readonly announcements: Announcement[] = [];
  /** The lines holding figures, read once when the announcer runs. */
  private lines: readonly number[] = [];
  /** Each figure line's nearest figure line above it. */
  private lineBefore = new Map<number, number>();
  private linesByWord?: Map<string, number[]>;
  /** Lines of one word and no figures, read once: headings a total at the foot may name. */
  private headings?: { line: number; word: string }[];
  private figured?: Set<number>;
  /** The years each line's label names, read once: totals ask for them at every position. */
  private readonly years = new Map<number, Set<number>>();
  /** Whether each line is printed in %, read once: a stray percentage is asked of every figure. */
  private readonly inPercent = new Map<string, boolean>();
  /** Whether each line is printed in £, read once: each position of a total asks it. */
  private readonly inPounds = new Map<string, boolean>();
  private readonly other: Orientation;

  constructor(
    private readonly table: Table,
    private readonly o: Orientation
  ) {
    this.other = o === "columns" ? "rows" : "columns";
  }

  private hints(line: number): LabelHints {
    return this.table.hintsOf(this.o, line);
  }

  private name(line: number): string {
    return this.table.lineName(this.o, line);
  }

  private cell(line: number, pos: number): CellPosition {
    return this.table.cellAt(this.o, line, pos);
  }

  /** The position of an instance: where its result stands along the lines. */
  private positionOf(instance: Instance): number {
    return this.table.positionOf(this.o, instance.target);
  }

  private isBlank(line: number, pos: number): boolean {
    return this.table.reading(this.cell(line, pos)).kind === "blank";
  }

  private hasFigure(line: number, pos: number): boolean {
    return this.table.figure(this.cell(line, pos)) !== undefined;
  }

  /** Lines holding at least one figure, in order. */
  private figureLines(): number[] {
    const lines: number[] = [];
    for (let line = this.table.firstLine(this.o); line < this.table.lineCount(this.o); line++) {
      if (this.table.figureCells(this.o, line).length) lines.push(line);
    }
    return lines;
  }

  private positions(): number[] {
    const out: number[] = [];
    for (let pos = this.table.firstPosition(this.o); pos < this.table.endPosition(this.o); pos++)
      out.push(pos);
    return out;
  }

  private isAggregatePosition(pos: number): boolean {
    const h = this.table.hintsOf(this.other, pos);
    return h.aggregate !== undefined || h.net;
  }

  private relation(
    op: Op,
    words: string,
    instances: Instance[],
    linear: boolean,
    lines: readonly number[]
  ): Relation {
    return {
      orientation: this.o,
      op,
      source: "labels",
      words,
      instances,
      linear,
      key: `${this.o}:${relationKey(op, lines)}`,
    };
  }

  /**
   * The relation of a line to others at every position where all have figures: on totals lines
   * too where it stays true when lines are summed (`linear`) or as a ratio of totals (`atTotals`).
   */
  private between(
    op: Op,
    words: string,
    target: number,
    inputs: readonly number[],
    linear: boolean,
    atTotals = linear,
    blanks = false
  ): Relation {
    return this.relation(op, words, this.along(target, inputs, atTotals, blanks), linear, [
      target,
      ...inputs,
    ]);
  }

  /**
   * Instances at every position where the target and every input line have figures, or, with
   * `blanks`, where some input has one and the others are blank (nothing, in a sum).
   */
  private along(
    target: number,
    inputs: readonly number[],
    linear: boolean,
    blanks = false
  ): Instance[] {
    const instances: Instance[] = [];
    for (const pos of this.positions()) {
      if (!linear && this.isAggregatePosition(pos)) continue;
      if (!this.hasFigure(target, pos) || this.strayPercent(target, pos)) continue;
      if (this.strayPounds(target, inputs, pos)) continue;
      if ([target, ...inputs].some((l) => pos >= this.table.endPosition(this.o, l))) continue;
      const given = inputs.filter((l) => this.hasFigure(l, pos)).length;
      const complete =
        given === inputs.length ||
        (blanks &&
          given > 0 &&
          inputs.every((l) => this.hasFigure(l, pos) || this.isBlank(l, pos)));
      if (!complete) continue;
      instances.push({
        target: this.cell(target, pos),
        inputs: inputs.map((l) => this.cell(l, pos)),
        aggregate: this.isAggregatePosition(pos),
      });
    }
    return instances;
  }

  /**
   * A figure printed in % where neither of its lines mostly is ("(6 %)" among "10.0"s, on a line
   * of pounds): a note, not one of the line's figures. A line of percentages across a column of
   * pounds ("Better Payment Practice %") is one of them.
   */
  private strayPercent(line: number, pos: number): boolean {
    return (
      this.table.figure(this.cell(line, pos))!.percent &&
      !this.lineInPercent(this.o, line) &&
      !this.lineInPercent(this.other, pos)
    );
  }

  /**
   * An amount printed with £ under a heading of counts ("No.") where its inputs are bare: a line of
   * its own written below the table in the first column's place (an estimated profit under the
   * numbers of ships sold), not one of the counts.
   */
  private strayPounds(target: number, inputs: readonly number[], pos: number): boolean {
    const h = this.table.hintsOf(this.other, pos);
    return (
      h.count &&
      !h.money &&
      this.table.figure(this.cell(target, pos))!.money &&
      inputs.every((l) => !this.table.figure(this.cell(l, pos))?.money)
    );
  }

  /** Whether a whole line is mostly printed in %, worked out once: a long list asks it of every figure. */
  private lineInPercent(o: Orientation, line: number): boolean {
    return this.mostlyPrinted(this.inPercent, o, line, "percent", true);
  }

  /** Whether a line's figures are mostly printed with £, worked out once. */
  private lineInPounds(line: number): boolean {
    return this.mostlyPrinted(this.inPounds, this.o, line, "money", false);
  }

  /**
   * Whether half or more of a line's figures that are not nought (a nought says nothing) are
   * printed so; `none` for a line of noughts only.
   */
  private mostlyPrinted(
    known: Map<string, boolean>,
    o: Orientation,
    line: number,
    mark: "percent" | "money",
    none: boolean
  ): boolean {
    const key = `${o}:${line}`;
    let printed = known.get(key);
    if (printed === undefined) {
      const figures = this.table
        .figureCells(o, line)
        .map((p) => this.table.figure(p)!)
        .filter((f) => f.value !== 0);
      printed = figures.length ? 2 * figures.filter((f) => f[mark]).length >= figures.length : none;
      known.set(key, printed);
    }
    return printed;
  }

  /**
   * Weighs the readings of one announcement and keeps the one the figures bear out best. A
   * fallback (a difference read unsigned) is taken only where it holds more often than every other
   * reading: a sign slip must not make it the nearer miss.
   */
  private choose(
    readings: readonly Relation[],
    fallbacks: readonly Relation[] = [],
    loneBreakIsSure = true
  ): void {
    const weighed = [...readings, ...fallbacks]
      .map((relation) => ({ relation, ...this.weigh(relation) }))
      .filter((w) => w.outcomes.size > 0);
    if (!weighed.length) return;
    const fallback = new Set(fallbacks);
    // Most instances holding, then fewest breaking, then the nearest to exact where it holds (whole
    // pounds x 52 hold within their rounding x 365/7 too), then the nearest miss, then the labels'
    // first reading.
    let best = weighed.reduce((a, b) =>
      b.holds > a.holds ||
      (b.holds === a.holds &&
        !fallback.has(b.relation) &&
        (fallback.has(a.relation) ||
          b.breaks < a.breaks ||
          (b.breaks === a.breaks &&
            (b.inexact < a.inexact - NEARLY_EXACT ||
              (Math.abs(b.inexact - a.inexact) <= NEARLY_EXACT && b.gap < a.gap)))))
        ? b
        : a
    );
    // Where none holds and the readings differ only in their factor (x 52 or x 365/7), the nearest
    // miss says nothing of which was meant: a slipped figure is as near one as the other. The
    // labels' first reading, the usual one, stands.
    if (
      weighed.every(
        (w) =>
          !fallback.has(w.relation) &&
          w.holds === 0 &&
          (w.relation.op.kind === "product" || w.relation.op.kind === "scaledSum")
      ) &&
      new Set(weighed.map((w) => inputLines(w.relation))).size === 1
    )
      best = weighed[0];
    // With a choice of readings, the chosen one must hold as a rule does (HOLDS_PER_BREAK), not by luck.
    const sure =
      best.holds >= 1
        ? best.breaks * (weighed.length > 1 ? HOLDS_PER_BREAK : 1) <= best.holds
        : loneBreakIsSure && weighed.length === 1 && best.breaks === 1;
    // Where no reading holds and the labels name more than two sets of lines, they do not say which are meant.
    if (best.holds === 0 && new Set(weighed.map((w) => inputLines(w.relation))).size > 2) return;
    const others = weighed
      .filter((w) => w !== best)
      .map((w) => ({ relation: w.relation, outcomes: w.outcomes }));
    this.add(best.relation, sure, others);
  }

  private weigh(relation: Relation) {
    const outcomes = new Map<Instance, Outcome>();
    let holds = 0;
    let breaks = 0;
    let gap = 0;
    let inexact = 0;
    for (const instance of relation.instances) {
      const result = outcome(this.table, relation, instance);
      if (!result) continue;
      outcomes.set(instance, result);
      // Nothing equal to nothing (a line of noughts, an amount less itself) bears out no reading.
      if (result.holds) {
        holds += result.stated === 0 && result.expected === 0 ? 0 : 1;
        inexact += Math.abs(result.stated - result.expected) / Math.max(result.allowance, 1e-9);
      } else {
        breaks++;
        gap += result.gap / Math.max(Math.abs(result.stated), Math.abs(result.expected), 1e-9);
      }
    }
    return { outcomes, holds, breaks, gap, inexact };
  }

  /**
   * Keeps an announced relation, unless it breaks at more of its instances than it holds at
   * (and at two or more): the figures say the labels were misread.
   */
  private add(relation: Relation, sure: boolean, others: Announcement["others"] = []): void {
    const { outcomes, holds, breaks } = this.weigh(relation);
    if (!outcomes.size) return;
    // Breaking more often than it holds, it is not the table's rule, unless one cell put right
    // mends every break (a unit slip in an amount that every share is worked from).
    const broken = () =>
      [...outcomes]
        .filter(([, result]) => !result.holds)
        .map(([instance, result]) => ({ relation, instance, result }));
    if (breaks >= 2 && breaks > holds && !this.oneCellMends(broken())) {
      // A line that says it is the total of its section (totalOfItsSection) still totals: its
      // breaks count only where a known mistake explains them (a total off by a round 10 in each
      // of two columns).
      if (holds >= 2 && breaks === holds + 1 && this.totalOfItsSection(relation))
        this.announcements.push({ relation, outcomes, holds, breaks, sure: false, others });
      return;
    }
    this.announcements.push({ relation, outcomes, holds, breaks, sure, others });
  }

  /**
   * Whether a relation is a total of everything above it since the last total it does not take
   * (or the first line): each line of that run is one of its lines, or a line of a total it
   * takes ("Total income" of "Total hire", the lines after it, "Total additional income" and a
   * grant). Each is added.
   */
  private totalOfItsSection(relation: Relation): boolean {
    const first = relation.instances[0];
    if (!first || relation.op.kind !== "sum" || !relation.instances.every((i) => i.aggregate))
      return false;
    if (relation.op.signs.some((sign) => sign < 0)) return false;
    const total = this.table.lineOf(this.o, first.target);
    const parts = new Set(first.inputs.map((p) => this.table.lineOf(this.o, p)));
    const isTotal = (l: number) => this.hints(l).aggregate !== undefined;
    // Back from the total to a total it does not take, or the first line: every line on the way
    // is a part, or is covered by a part that totals it. The lines are in order, so the walk
    // starts where the total stands, found by halving.
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lines[mid] < total) lo = mid + 1;
      else hi = mid;
    }
    let covered = false;
    for (let i = lo - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (parts.delete(l)) covered = isTotal(l);
      else if (isTotal(l)) break;
      else if (!covered) return false;
    }
    return parts.size === 0;
  }

  /**
   * Footing, as a reviewer foots a column: down each position, figures stay open until a total
   * absorbs the run just above it (or, in a staggered layout, the run in the column to its left;
   * or, for a subtotal printed above its parts, the run just below). Which run is the one whose sum
   * holds; where none holds, the run the other positions' totals took, else the section since the
   * last total. A "Net" total may also take its lines away from the first; a "Less" line with a
   * positive figure is taken away.
   */
  private totals(lines: readonly number[]): void {
    // Gross lines found not to total anything are lines of their own.
    const grossParts = new Set<number>();
    // Where labels print formulas over lines' letters, a lettered net line with no formula of
    // its own ("Net Effective Valuation (E)") is a figure the formulas work from.
    const formulas = lines.some((l) => LETTER_FORMULA.test(this.table.labelOf(this.o, l).trim()));
    const statedByLetter = (l: number) => {
      const label = this.table.labelOf(this.o, l).trim();
      return formulas && LINE_LETTER.test(label) && !LETTER_FORMULA.test(label);
    };
    const sharedName = this.namedByLinesAbove(lines);
    const isAggregate = (l: number) =>
      (this.hints(l).aggregate !== undefined && !grossParts.has(l)) ||
      (this.hints(l).net && !this.hints(l).difference && !statedByLetter(l)) ||
      sharedName.has(l);
    const open = new Map<number, Part[]>();
    const openAt = (pos: number) => open.get(pos) ?? [];
    const headed = new Set<string>();
    const footed: { relation: Relation; sure: boolean }[] = [];
    /** Adds to a position's open figures in place: copying the list each time would make long lists quadratic. */
    const push = (part: Part) => {
      const list = open.get(part.pos);
      if (list) list.push(part);
      else open.set(part.pos, [part]);
    };
    // Lines that are all amounts of one period ("Weekly allowance", "Weekly reward per child")
    // are rates alike: one per unit among them is a part of their total like the others.
    const parts = lines.filter((l) => !isAggregate(l)).map((l) => this.hints(l));
    const ratesAlike = parts.length > 1 && parts.every((h) => amountsAlike(h, parts[0]));
    // Band D's charge and the tax base it is levied on are what the council tax line is worked
    // from, not sums of money raised: a total runs past them, unless a total speaks of band D.
    const bandDTotals = lines.some((l) => isAggregate(l) && BAND_D.test(this.hints(l).words));
    const workedFrom = (h: LabelHints) =>
      !bandDTotals && (TAX_BASE.test(h.words) || BAND_D.test(h.words));
    const restart = this.o === "rows" ? this.table.restartRow : undefined;
    for (const [index, line] of lines.entries()) {
      // A table stacked under another, under its own row of years, totals nothing above it.
      // Not one headed "Less Income": that takes its lines away from the total above.
      if (
        restart !== undefined &&
        line > restart &&
        (lines[index - 1] ?? line) < restart &&
        !this.table.hintsOf("rows", restart).less
      )
        open.clear();
      if (!isAggregate(line) || this.hints(line).aggregate === "average") {
        // "Of which ..." repeats part of the line above: it is not summed again. A rate per unit
        // or a percentage change is never a part of a total, and a total runs past it.
        const h = this.hints(line);
        if (h.partOfAbove || (h.perUnit && !ratesAlike) || h.percentChange || workedFrom(h))
          continue;
        for (const pos of this.positions()) {
          // A figure not given ("..", "[...]") stays open as a gap: no run through it can be footed.
          const kind = this.table.reading(this.cell(line, pos)).kind;
          if (headed.has(`${line}:${pos}`)) continue;
          if (kind === "figure") push({ line, pos });
          else if (kind !== "blank") push({ line, pos, gap: true });
        }
        continue;
      }
      // A net line or a requirement may take its lines away from the first (the total above).
      const net = this.hints(line).net || this.hints(line).requirement;
      const below = lines.slice(index + 1);
      // A requirement is what is left of the figures above it: with none above it is a part.
      if (this.hints(line).requirement && this.positions().every((pos) => !openAt(pos).length)) {
        for (const pos of this.positions()) if (this.hasFigure(line, pos)) push({ line, pos });
        continue;
      }
      // A percentage change or a rate per unit across the total line is not summed (its total is
      // worked out again), unless the total says it adds percentages ("Total percentage score").
      const summed = (pos: number) =>
        this.adds(pos) &&
        (!this.table.isPercentLine(this.other, pos) ||
          this.hints(line).percent ||
          this.wholeAt(pos, isAggregate));
      const named = this.namedForWhatItTotals(line, isAggregate);
      // A net line that does not say it totals ("Net movement in funds") is of the lines since
      // the last result: the result above already accounts for those before it.
      const lastResult =
        this.hints(line).aggregate === undefined ? this.resultsAbove(lines, line).pop() : undefined;
      const partsAt =
        lastResult === undefined
          ? openAt
          : (pos: number) => openAt(pos).filter((p) => p.line > lastResult);
      const footings = this.positions()
        .filter((pos) => this.hasFigure(line, pos) && summed(pos))
        .map((pos) => ({
          pos,
          ...this.footingReadings(line, pos, partsAt, below, net, isAggregate, named),
        }));
      // One reading for the whole line: the run that holds at the most positions (a position where
      // another run happens to hold must not hide a break). Where it cannot apply, the position's own.
      const holding = footings.map((f) => f.readings.filter((r) => this.sumHolds(line, f.pos, r)));
      // Gross expenditure is a total only where it adds up at half its figures or more (a nought
      // adds up to noughts anywhere); else it is a line of its own.
      const addsUp = holding.filter(
        (rs, i) => rs.length && this.valueAt({ line, pos: footings[i].pos }) !== 0
      ).length;
      if (this.hints(line).gross && addsUp * 2 < footings.length) {
        grossParts.add(line);
        for (const pos of this.positions()) if (this.hasFigure(line, pos)) push({ line, pos });
        continue;
      }
      // A total printed again under its own name ("Total Costs" below the income, after the
      // summary) restates the one above, where no run adds up to it.
      if (holding.every((rs) => !rs.length) && this.restates(lines, index, isAggregate)) {
        for (const f of footings) push({ line, pos: f.pos });
        continue;
      }
      const tally = new Map<string, number>();
      const miss = new Map<string, number>();
      const examples = new Map<string, { reading: Footing; pos: number }>();
      const heldAt = new Map<string, string>();
      holding.forEach((rs, i) =>
        rs.forEach((r) => {
          const shape = shapeOf(r, footings[i].pos);
          tally.set(shape, (tally.get(shape) ?? 0) + 1);
          miss.set(shape, (miss.get(shape) ?? 0) + this.sumMiss(line, footings[i].pos, r));
          examples.set(shape, { reading: r, pos: footings[i].pos });
          heldAt.set(shape, `${heldAt.get(shape) ?? ""} ${footings[i].pos}`);
        })
      );
      // Of runs holding equally often (counts read to ±0.5 leave several), one of several lines
      // before a line alone (a figure copied from the line above equals it exactly); of two
      // holding at different positions, one within its section before one reaching past a
      // heading (current assets under their heading, not with the fixed assets above it); then
      // the one nearest exact.
      const alone = (shape: string) => examples.get(shape)!.reading.parts.length === 1;
      // Then lines a subtotal has taken are in it: "Total Payments" takes the "Sub Total" of the
      // payments above before the payments again, where both add up.
      const retakes = (shape: string) => {
        const { reading, pos } = examples.get(shape)!;
        const stillOpen = new Set(openAt(pos).map((p) => p.line));
        return reading.parts.some((p) => p.pos === pos && !stillOpen.has(p.line));
      };
      const crosses = (shape: string) =>
        this.headingBetween(
          examples.get(shape)!.reading.parts.reduce((m, p) => Math.min(m, p.line), line),
          line
        );
      const better = (b: [string, number], a: [string, number]) =>
        b[1] > a[1] ||
        (b[1] === a[1] &&
          (alone(a[0]) !== alone(b[0])
            ? alone(a[0])
            : retakes(a[0]) !== retakes(b[0])
              ? retakes(a[0])
              : crosses(a[0]) !== crosses(b[0]) && heldAt.get(a[0]) !== heldAt.get(b[0])
                ? crosses(a[0])
                : miss.get(b[0])! < miss.get(a[0])!));
      const best = this.throughSubtotal(
        [...tally.entries()].reduce<[string, number] | undefined>(
          (a, b) => (!a || better(b, a) ? b : a),
          undefined
        ),
        tally,
        examples,
        retakes,
        line,
        footings,
        holding
      );
      // Compared with the best run's example, not by spelling out every run's shape: a long
      // list's totals each weigh dozens of runs.
      const bestExample = best && examples.get(best[0])!;
      const isBest = (r: Footing, pos: number) =>
        bestExample !== undefined && sameShape(r, pos, bestExample.reading, bestExample.pos);
      const breaks = footings.filter(
        (f, i) =>
          best &&
          f.readings.some((r) => isBest(r, f.pos)) &&
          !holding[i].some((r) => isBest(r, f.pos))
      ).length;
      const rule = best !== undefined && breaks * HOLDS_PER_BREAK <= best[1];
      const chosen = footings.map((f, i) => {
        const like = best && f.readings.find((r) => isBest(r, f.pos));
        // The run a reviewer would foot anyway (the lines since the last total) needs no majority.
        const natural = like !== undefined && f.natural !== undefined && isBest(f.natural, f.pos);
        // Where the line has no rule and this position's own run holds, that run is the one meant;
        // but not one line alone against a rule of several, which a copied figure would make hold.
        const own =
          like !== undefined &&
          !natural &&
          holding[i].length > 0 &&
          (holding[i][0].parts.length > 1 || like.parts.length === 1) &&
          !holding[i].includes(like) &&
          (!rule || this.withBlanks(examples.get(best![0])!, holding[i][0]));
        if (like && !own) return { pos: f.pos, reading: like, sure: rule || natural };
        // In a sparse column (additions printed only where there are some) the same lines, less
        // those left blank here.
        const sparse = best && this.withoutBlanks(examples.get(best[0])!, f.pos);
        if (sparse && this.sumHolds(line, f.pos, sparse))
          return { pos: f.pos, reading: sparse, sure: rule };
        // A nought where the rule's lines are all blank is their total: nothing; where some are
        // noughts, it is their total as the rule reads it (a fund that moved nothing, whose
        // noughts a line above took already). Any other figure there that no run adds up to,
        // with the rule kept elsewhere or nothing at all above it here, was not broken down at
        // this position (a half year's total hire, its lines left blank): the lines below it are
        // no more its parts here than elsewhere. Unless its parts may stand in the column before
        // it (a staggered layout).
        const staggered = f.readings.some((r) => r.parts.some((p) => p.pos !== f.pos));
        const unbroken = !holding[i].length && !staggered && (rule || !openAt(f.pos).length);
        if (best && (unbroken || this.valueAt({ line, pos: f.pos }) === 0)) {
          const parts = examples.get(best[0])!.reading.parts;
          if (parts.every((p) => this.isBlank(p.line, f.pos)))
            return { pos: f.pos, reading: undefined, sure: false };
          const noughts = this.movedRun(examples.get(best[0])!, f.pos);
          if (
            noughts &&
            this.valueAt({ line, pos: f.pos }) === 0 &&
            noughts.parts.every((p) => this.valueAt(p) === 0)
          )
            return { pos: f.pos, reading: noughts, sure: rule };
        }
        if (holding[i].length) return { pos: f.pos, reading: holding[i][0], sure: true };
        // An opening balance named a total ("Total funds brought forward") that no run adds up to
        // is carried from the year before: it takes none of the lines above it.
        if (OPENING_BALANCE.test(this.hints(line).words))
          return { pos: f.pos, reading: undefined, sure: false };
        // Nothing holds here: the natural run, which a reviewer would foot. A requirement names
        // no lines, so only a break a known mistake explains is reported against it. Where there
        // is no natural run (one figure in a sparse row), the lines the other totals take, in a
        // named row or column of the table (not a note beside it).
        if (f.natural === undefined) {
          const named = this.table.labelOf(this.other, f.pos).trim() !== "";
          return { pos: f.pos, reading: named ? sparse : undefined, sure: rule };
        }
        // A run holding a line and, just below it, lines that add up to it counts them twice (an
        // "Outgoings" figure over its items): the total is of something else.
        if (f.natural.parts.some((_, j) => this.itemsBelow(f.natural!.parts, j)))
          return { pos: f.pos, reading: undefined, sure: false };
        // Across a line whose figure is not printed (a label with no figure under a heading), the
        // run is a guess: only a break a known mistake explains is reported.
        const first = f.natural.parts.reduce((m, p) => Math.min(m, p.line), line);
        // A "total" of one line is not sure: it names a figure worked some other way. Where the
        // total above that line carries on with it added or taken away, that is the reading
        // ("Total" under the bank balances' subtotal and an uncleared cheque it takes away).
        if (f.natural.parts.length === 1) {
          const carried = this.carriedOn(line, f.pos, f.natural.parts[0]);
          return { pos: f.pos, reading: carried ?? f.natural, sure: false };
        }
        // "VAT net" (net of something, not "Net assets") that adds up nowhere may be a line of its own.
        const netNowhere =
          this.hints(line).aggregate === undefined &&
          !/^net\b/.test(this.hints(line).words) &&
          !holding.some((rs) => rs.length);
        // A heading's lines below it, adding up nowhere on its line, are a guess (a tax base over
        // the amounts worked from it), unless they fall into groups under headings of their own,
        // each adding up (groupedUnder).
        const headingNowhere =
          !f.grouped &&
          f.natural.parts.every((p) => p.line > line) &&
          !holding.some((rs) => rs.length);
        // A requirement names no lines, unless the layout does: a total, then lines under "Less".
        const [from, ...taken] = f.natural.parts;
        const lessLayout =
          taken.length > 0 && isAggregate(from.line) && taken.every((p) => this.hints(p.line).less);
        const guess =
          (this.hints(line).requirement && !lessLayout) ||
          netNowhere ||
          headingNowhere ||
          this.unprintedBetween(first, line) ||
          this.wordedAmountAt(first - 1, f.pos);
        return { pos: f.pos, reading: f.natural, sure: !guess };
      });
      const groups = new Map<string, { instances: Instance[]; reading: Footing; sure: boolean }>();
      for (const { pos, reading, sure } of chosen) {
        if (!reading || this.partOfTotalBelow(line, pos, reading, below)) continue;
        // Closed once per position, not once per part: a long run would make that quadratic.
        const used = new Set(reading.parts.map((p) => `${p.line}:${p.pos}`));
        // A heading's lines below it, where they add up to it, are its own: no total further down
        // takes them again.
        if (reading.parts[0].line > line && this.sumHolds(line, pos, reading))
          for (const p of reading.parts) headed.add(`${p.line}:${p.pos}`);
        for (const at of new Set(reading.parts.map((p) => p.pos)))
          open.set(
            at,
            openAt(at).filter((o) => !used.has(`${o.line}:${o.pos}`))
          );
        const shape = shapeOf(reading, pos);
        const group = groups.get(shape) ?? { instances: [], reading, sure: true };
        group.instances.push({
          target: this.cell(line, pos),
          inputs: reading.parts.map((p) => this.cell(p.line, p.pos)),
          aggregate: true,
        });
        group.sure = group.sure && sure;
        groups.set(shape, group);
      }
      for (const f of footings) push({ line, pos: f.pos });
      // A total not given or misprinted at a position ("11,8141") still closes its section there:
      // its lines are not left open for the next total (last year's, beside it) to take.
      for (const pos of this.positions()) {
        const kind = this.table.reading(this.cell(line, pos)).kind;
        if (kind !== "unreadable" && kind !== "missing") continue;
        const list = openAt(pos);
        const lastTotal = lastTotalIndex(list, isAggregate);
        open.set(pos, list.slice(0, lastTotal + 1));
        push({ line, pos, gap: true });
      }
      for (const { instances, reading, sure } of groups.values()) {
        const op: Op = { kind: "sum", signs: reading.signs };
        const words = `${this.name(line)} = ${sumWords(
          reading.parts.map((p) => this.name(p.line)),
          reading.signs
        )}`;
        footed.push({
          relation: this.relation(op, words, instances, true, [
            line,
            ...reading.parts.map((p) => p.line),
          ]),
          sure,
        });
      }
    }
    const unsummed = this.unsummedPositions(footed);
    for (const { relation, sure } of footed)
      this.add(
        {
          ...relation,
          instances: relation.instances.filter((i) => !unsummed.has(this.positionOf(i))),
        },
        sure
      );
  }

  /**
   * A run that takes again lines a subtotal took gives way to a run through that subtotal holding
   * as widely, counting the positions where it holds with its lines left blank there left out
   * ("Total Payments" of the "Sub Total" and the purchases of assets, printed only in the total
   * column, not the payments again). Only then do such positions count: elsewhere a run padded
   * with a column of note numbers would outcount the run it pads.
   */
  private throughSubtotal(
    best: [string, number] | undefined,
    tally: ReadonlyMap<string, number>,
    examples: ReadonlyMap<string, { reading: Footing; pos: number }>,
    retakes: (shape: string) => boolean,
    line: number,
    footings: readonly { pos: number }[],
    holding: readonly (readonly Footing[])[]
  ): [string, number] | undefined {
    if (!best || !retakes(best[0])) return best;
    let through: [string, number] | undefined;
    for (const [shape, count] of tally) {
      if (retakes(shape)) continue;
      const example = examples.get(shape)!;
      let held = count;
      footings.forEach((f, i) => {
        if (holding[i].some((r) => sameShape(r, f.pos, example.reading, example.pos))) return;
        const sparse = this.withoutBlanks(example, f.pos);
        if (sparse && this.sumHolds(line, f.pos, sparse)) held++;
      });
      if (held >= best[1] && (!through || held > through[1])) through = [shape, held];
    }
    return through ?? best;
  }

  /**
   * Lines named by what the two or more lines just above them share at their ends ("Disposals"
   * under "Lease Disposals" and "Owned Asset Disposals"): subtotals of them, though they say no
   * "total".
   */
  private namedByLinesAbove(lines: readonly number[]): Set<number> {
    const named = new Set<number>();
    lines.forEach((line, index) => {
      const words = this.hints(line).words;
      if (!words || this.hints(line).aggregate !== undefined) return;
      let sharing = 0;
      while (
        index - sharing > 0 &&
        this.hints(lines[index - sharing - 1]).words.endsWith(` ${words}`)
      )
        sharing++;
      if (sharing >= 2) named.add(line);
    });
    return named;
  }

  /** Whether the total at `index` repeats the last total of its name above it where it has figures. */
  private restates(
    lines: readonly number[],
    index: number,
    isAggregate: (l: number) => boolean
  ): boolean {
    const line = lines[index];
    const words = this.hints(line).words;
    const same = lines
      .slice(0, index)
      .filter((l) => isAggregate(l) && this.hints(l).words === words)
      .pop();
    if (same === undefined) return false;
    const copy = this.between(COPY, `${this.name(line)} = ${this.name(same)}`, line, [same], true);
    if (!copy.instances.some((i) => outcome(this.table, copy, i)?.holds)) return false;
    this.choose([copy]);
    return true;
  }

  /**
   * Positions where the totals do not foot at all: every total breaks, at two or more, and no one
   * figure put right would mend them together (a constant "4" returned by every line, ratios
   * beside amounts). Such a position holds figures that do not add up; a mistake breaks totals
   * that share its cell.
   */
  private unsummedPositions(footed: readonly { relation: Relation }[]): Set<number> {
    const at = this.byPosition(footed.map((f) => f.relation));
    // A reading breaking at more figures than it holds at is dropped (add): at a position of
    // amounts it says nothing of whether the position adds up ("Actual year total" read as the
    // sum of the columns after it). Across percentages nothing adds up, and every reading says so.
    const dropped = new Set(
      footed
        .map((f) => f.relation)
        .filter((r) => {
          const { holds, breaks } = this.weigh(r);
          return breaks >= 2 && breaks > holds;
        })
    );
    // A total read as a rule elsewhere, breaking here beside readings that hold nowhere (no totals:
    // "Net Expenditure Outturn 2016" beside this year's columns), breaks here: a slip, not a
    // position whose figures do not add up. Not across percentages, which never add up.
    const holdsSomewhere = new Set(
      [...at.values()]
        .flat()
        .filter((x) => x.result.holds)
        .map((x) => x.relation)
    );
    const unsummed = new Set<number>();
    for (const [pos, all] of at) {
      const amounts = this.adds(pos) && !this.table.isPercentLine(this.other, pos);
      const list = amounts ? all.filter((x) => !dropped.has(x.relation)) : all;
      if (list.some((x) => x.result.holds) || list.length < 2) continue;
      const rule = list.filter((x) => holdsSomewhere.has(x.relation)).length === 1;
      if (rule && amounts) continue;
      if (!this.oneCellMends(list)) unsummed.add(pos);
    }
    return unsummed;
  }

  /** Whether figures add up at a position: not across a percentage change, a rate per unit, an average or shillings. */
  private adds(pos: number): boolean {
    const across = this.table.hintsOf(this.other, pos);
    return !across.percentChange && !across.perUnit && !across.averaged && !across.subunit;
  }

  /** Each instance's outcome, by the position where its result stands. */
  private byPosition(
    relations: readonly Relation[]
  ): Map<number, { relation: Relation; instance: Instance; result: Outcome }[]> {
    const at = new Map<number, { relation: Relation; instance: Instance; result: Outcome }[]>();
    for (const relation of relations)
      for (const instance of relation.instances) {
        const result = outcome(this.table, relation, instance);
        if (!result) continue;
        const pos = this.positionOf(instance);
        const list = at.get(pos);
        if (list) list.push({ relation, instance, result });
        else at.set(pos, [{ relation, instance, result }]);
      }
    return at;
  }

  /** Whether one cell shared by every broken total, put right, would make them all hold. */
  private oneCellMends(
    broken: readonly { relation: Relation; instance: Instance; result: Outcome }[]
  ): boolean {
    return cellsOf(broken[0].instance).some((cell) => {
      const half = this.table.figure(cell)?.half ?? 0;
      // The values of the cell each break allows, in the cell's own units: one value must suit all.
      let lo = -Infinity;
      let hi = Infinity;
      for (const { relation, instance, result } of broken) {
        const index = cellsOf(instance).findIndex((c) => cellKey(c) === cellKey(cell));
        const value = index < 0 ? undefined : implied(this.table, relation, instance, index);
        if (value === undefined) return false;
        const slack = cellAllowance(this.table, relation, instance, result, index, value) + half;
        lo = Math.max(lo, value - slack);
        hi = Math.min(hi, value + slack);
      }
      return lo <= hi;
    });
  }

  /** Percentages add up only as shares of a whole, and a column of shares prints its whole, 100%, on a total line. */
  private wholeAt(pos: number, isAggregate: (l: number) => boolean): boolean {
    return this.table.figureCells(this.other, pos).some((p) => {
      const f = this.table.figure(p)!;
      const hundred = f.percent ? 1 : 100;
      const line = this.o === "rows" ? p.row : p.column;
      return isAggregate(line) && Math.abs(f.value - hundred) <= f.half + 1e-9;
    });
  }

  /**
   * The runs a total at `pos` may sum, and the natural one: the section just above it (or, after
   * subtotals, everything still open above it), in its own column or the column to its left, or
   * else the lines just below it, or the lines above `named` for what it totals.
   */
  private footingReadings(
    total: number,
    pos: number,
    openAt: (pos: number) => Part[],
    below: readonly number[],
    net: boolean,
    isAggregate: (l: number) => boolean,
    named: readonly number[]
  ): { readings: Footing[]; natural?: Footing; grouped?: boolean } {
    const readings: Footing[] = [];
    const requirement = this.hints(total).requirement;
    const totalYears = this.yearsOf(total);
    // A total of one year ("Total funds 2021") is never of another year's lines ("Restricted 2022").
    const otherYear = (line: number) => {
      if (totalYears.size === 0) return false;
      const years = this.yearsOf(line);
      return years.size > 0 && ![...years].some((y) => totalYears.has(y));
    };
    // Nor does it take lines standing before the same total of another year ("Total funds 2022"
    // between the funds' columns and "Total funds 2021"): they are that year's, not printed there.
    const sameTotalOtherYear = (l: number) =>
      otherYear(l) && yearless(this.hints(l).words) === yearless(this.hints(total).words);
    const beyondOtherYear = (parts: readonly Part[]) => {
      if (totalYears.size === 0) return false;
      const lo = parts.reduce((least, p) => Math.min(least, p.line), Infinity);
      const hi = parts.reduce((most, p) => Math.max(most, p.line), -Infinity);
      for (let l = hi + 1; l < total; l++) if (sameTotalOtherYear(l)) return true;
      for (let l = total + 1; l < lo; l++) if (sameTotalOtherYear(l)) return true;
      return false;
    };
    // A total that says what it leaves out ("excluding PTE grants") never takes that line.
    const leavesOut = leftOutBy(this.hints(total));
    const moneyTotal =
      !this.hints(total).percent &&
      (this.hints(total).scale !== undefined || this.lineInPounds(total));
    const add = (all: Part[], least = 2): Footing | undefined => {
      const parts = leavesOut ? all.filter((p) => !leavesOut(this.hints(p.line))) : all;
      if (
        parts.length < least ||
        parts.some((p) => p.gap || otherYear(p.line)) ||
        beyondOtherYear(parts)
      )
        return undefined;
      // Parts in different units (£000 beside £, a percentage beside amounts) are never summed.
      const first = this.hints(parts[0].line);
      if (parts.some((p) => !unitsAgree(first, this.hints(p.line)))) return undefined;
      // Nor is a total stated in £000 or £m, or printed in £, ever a sum of percentages.
      if (moneyTotal && first.percent) return undefined;
      const footing = {
        parts,
        signs: parts.map((p) => (this.hints(p.line).less && this.valueAt(p) > 0 ? -1 : 1)),
      };
      readings.push(footing);
      if (net) readings.push({ parts, signs: parts.map((_, i) => (i === 0 ? 1 : -1)) });
      return footing;
    };
    const lastTotalIn = (list: Part[]) => lastTotalIndex(list, isAggregate);
    // A closing balance already accounts for the lines above it: a total below it ("Total cash
    // funds" over the bank accounts that hold the balance) starts after it.
    const closing = (l: number) => CLOSING_BALANCE.test(this.hints(l).words);
    const runs = (list: Part[], least: number): Footing | undefined => {
      const lastTotal = lastTotalIn(list);
      const start = Math.max(lastTotal, lastTotalIndex(list, closing));
      // A section of one line makes a total of one line: "Total - Life Long Learning" over "Education".
      const section = add(list.slice(start + 1), start >= 0 ? 1 : least);
      // With the last total: "Net budget = Service expenditure + Total corporate budgets + Transfers".
      const withTotal =
        lastTotal >= 0 && start === lastTotal ? add(list.slice(lastTotal)) : undefined;
      const everything = add(list);
      for (let k = 2; k <= Math.min(list.length, MOST_LINES_FOR_PART_TOTALS); k++)
        add(list.slice(list.length - k));
      // Lines that are all taken away, or a requirement, are taken from the total above them;
      // but "Total Payments" under "Less Payments" is the total of the lines taken away, and so
      // is a total with no total above it to take them from (a parish's payments, totalled in
      // the column beside them).
      if (section?.signs.every((s) => s < 0)) {
        if (withTotal && !this.totalsItsHeading(total, section.parts[0].line)) return withTotal;
        const own = { parts: section.parts, signs: section.parts.map(() => 1) };
        readings.push(own);
        return own;
      }
      // A requirement signs its lines as its figures bear out: printed negative or taken away.
      if (requirement && withTotal) {
        const takenAway = {
          parts: withTotal.parts,
          signs: withTotal.signs.map((_, i) => (i ? -1 : 1)),
        };
        return this.sumMiss(total, pos, takenAway) < this.sumMiss(total, pos, withTotal)
          ? takenAway
          : withTotal;
      }
      // A grand total is of everything above it not yet summed: the totals and the lines after
      // them. Not a second one, which closes a table stacked under the first.
      const words = this.hints(total).words;
      const grand =
        GRAND_TOTAL.test(words) &&
        !this.lines.some((l) => l < total && this.hints(l).words === words);
      if (grand) return everything ?? section;
      return section ?? everything;
    };
    // A list printed in two halves side by side is totalled at the foot of the right-hand half.
    const twin = this.o === "rows" ? this.table.twinColumn(pos) : undefined;
    const both =
      twin !== undefined && !this.hasFigure(total, twin)
        ? add([...openAt(twin), ...openAt(pos)])
        : undefined;
    const own = runs(openAt(pos), 2);
    let natural = both ?? own;
    if (pos - 1 >= this.table.firstPosition(this.o) && !this.hasFigure(total, pos - 1)) {
      // In a staggered layout a subtotal may carry a single item across ("Total Levies" of one levy).
      // Its lines are staggered only if they print nothing here: this year's lines, beside last
      // year's total, are not.
      const before = runs(openAt(pos - 1), 1);
      const staggered = before?.parts.every((p) => !this.hasFigure(p.line, pos))
        ? before
        : undefined;
      const ownList = openAt(pos);
      const ownSectionLines = ownList.length - 1 - lastTotalIn(ownList);
      natural = both ?? (ownSectionLines >= 2 ? own : (staggered ?? own));
    }
    const under: Part[] = [];
    let previous = total;
    // Only a line that says it is a total may total the lines below it: "ICB net expenditure" is a
    // line. Nor does one whose figure line above is a subtotal: "Sub Total", then "Total",
    // closes what is above.
    const above = this.lineBefore.get(total);
    const explicit =
      this.hints(total).aggregate !== undefined &&
      (above === undefined || this.hints(above).aggregate !== "subtotal");
    for (const l of explicit ? below : []) {
      // Lines "less" or "add" are taken from or added to what stands above them, never parts of
      // a total printed above ("Adding as assets: VAT due" under the bank accounts' total);
      // nor are lines under a heading of their own ("Financed by"), nor a difference worked from
      // lines ("Net movement in funds", a surplus), what holdings earned beside it, or the
      // balances it moves ("Fund balances brought forward").
      const h = this.hints(l);
      const worked = this.isResult(l) || /\bmovements?\b/.test(h.words) || h.holdingsGain;
      if (isAggregate(l) || h.less || h.added || worked || OPENING_BALANCE.test(h.words)) break;
      if (this.headingBetween(previous, l)) break;
      if (this.hasFigure(l, pos)) under.push({ line: l, pos });
      previous = l;
    }
    for (let k = 2; k <= Math.min(under.length, MOST_LINES_FOR_PART_TOTALS); k++) {
      const footing = add(under.slice(0, k));
      if (k === under.length) natural = natural ?? footing;
    }
    // Lines under headings of their own ("Total spending" over "Shipments", then its items, and
    // "Funding used", then its own): a line the lines right below it add up to stands for them.
    // Two groups or more: one line that others happen to add up to is no layout.
    const { lines: groups, heads } = this.groupedUnder(under);
    const grouped = groups.length >= 2 && heads >= 2 ? add(groups) : undefined;
    natural = grouped ?? natural;
    const namedHere = named.filter((l) => this.hasFigure(l, pos));
    if (namedHere.length >= 2) add(namedHere.map((line) => ({ line, pos })));
    // Alike runs are found by their length and ends, then compared in full.
    const seen = new Map<string, Footing[]>();
    const unique = readings.filter((r) => {
      const ends = `${r.parts.length}:${r.parts[0].line}:${r.parts[r.parts.length - 1].line}`;
      const alike = seen.get(ends) ?? [];
      if (alike.some((q) => sameShape(q, pos, r, pos))) return false;
      seen.set(ends, [...alike, r]);
      return true;
    });
    return { readings: unique, natural, grouped: grouped !== undefined };
  }

  /**
   * The lines above a total, not totals themselves, named for what it totals: "Directorate
   * Expenditure Total" over the "Gross Expenditure" line of every section. Only a line that says
   * it is a total, and names one thing.
   */
  private namedForWhatItTotals(total: number, isAggregate: (l: number) => boolean): number[] {
    if (this.hints(total).aggregate === undefined) return [];
    const kind = this.hints(total)
      .words.split(" ")
      .filter((w) => w.length > 2 && !TOTAL_WORDS.has(w));
    if (kind.length !== 1) return [];
    if (!this.linesByWord) {
      // Indexed once: a long list's subtotals would otherwise each read every label above them.
      this.linesByWord = new Map();
      for (let l = this.table.firstLine(this.o); l < this.table.lineCount(this.o); l++)
        for (const w of new Set(this.hints(l).words.split(" "))) {
          const list = this.linesByWord.get(w);
          if (list) list.push(l);
          else this.linesByWord.set(w, [l]);
        }
    }
    const named = (this.linesByWord.get(kind[0]) ?? []).filter(
      (l) => l < total && !isAggregate(l) && this.table.figureCells(this.o, l).length > 0
    );
    return named.length ? named : this.headedBy(kind[0], total, isAggregate);
  }

  /**
   * The lines under a heading of one word that the total names, down to the first line that is
   * not a line of figures, or is a total: "Total income" in a summary at the foot, over the lines
   * printed under "Income".
   */
  private headedBy(kind: string, total: number, isAggregate: (l: number) => boolean): number[] {
    const figured = (this.figured ??= new Set(this.lines));
    if (!this.headings) {
      // Read once, from the first line: a heading over the first section is printed among the
      // column headings.
      this.headings = [];
      for (let l = 0; l < this.table.lineCount(this.o); l++) {
        const words = this.hints(l).words.split(" ").filter(Boolean);
        if (!figured.has(l) && words.length === 1) this.headings.push({ line: l, word: words[0] });
      }
    }
    // "Expense" heads what "Total expenditure" totals: alike in their first letters.
    const alike = (word: string) =>
      word === kind || (word.length >= 5 && kind.startsWith(word.slice(0, 5)));
    const heading = this.headings.filter((h) => h.line < total && alike(h.word)).pop();
    if (!heading) return [];
    const under: number[] = [];
    for (let l = heading.line + 1; l < total && figured.has(l) && !isAggregate(l); l++)
      under.push(l);
    return under;
  }

  /**
   * Whether a run holding at a position is the rule's run with lines added that are blank where the
   * rule holds: last year's total adds a line of donations this year has none of.
   */
  private withBlanks(example: { reading: Footing; pos: number }, run: Footing): boolean {
    const lines = new Set(run.parts.map((p) => p.line));
    const ruled = example.reading.parts.map((p) => p.line);
    const added = run.parts.filter((p) => !ruled.includes(p.line));
    return (
      ruled.every((l) => lines.has(l)) &&
      added.length > 0 &&
      added.every((p) => this.isBlank(p.line, example.pos))
    );
  }

  /** The run moved to another position (movedRun) where some of its parts are blank there: a sparse column's run. */
  private withoutBlanks(
    example: { reading: Footing; pos: number },
    pos: number
  ): Footing | undefined {
    const run = this.movedRun(example, pos);
    return run && run.parts.length < example.reading.parts.length ? run : undefined;
  }

  /** A run moved to another position, its parts blank there left out; undefined if none is left or one is not given. */
  private movedRun(example: { reading: Footing; pos: number }, pos: number): Footing | undefined {
    const parts: Part[] = [];
    const signs: number[] = [];
    for (const [k, p] of example.reading.parts.entries()) {
      const moved = { line: p.line, pos: p.pos - example.pos + pos };
      if (
        moved.pos < this.table.firstPosition(this.o) ||
        moved.pos >= this.table.lineLength(this.o)
      )
        return undefined;
      const kind = this.table.reading(this.cell(moved.line, moved.pos)).kind;
      if (kind === "blank") continue;
      if (kind !== "figure") return undefined;
      parts.push(moved);
      signs.push(example.reading.signs[k]);
    }
    return parts.length ? { parts, signs } : undefined;
  }

  private yearsOf(line: number): Set<number> {
    let found = this.years.get(line);
    if (!found) this.years.set(line, (found = yearsIn(this.name(line))));
    return found;
  }

  /**
   * Whether two lines of words and no figures stand one after the other between two lines: a
   * heading over a line whose figure is not printed.
   */
  private unprintedBetween(a: number, b: number): boolean {
    const wordsOnly = (l: number) =>
      this.table.labelOf(this.o, l) !== "" && !this.table.figureCells(this.o, l).length;
    for (let l = a + 1; l + 1 < b; l++) if (wordsOnly(l) && wordsOnly(l + 1)) return true;
    return false;
  }

  /**
   * An amount put in words on the line straight before a run ("Burial ground subvention: Capped
   * at £967" over the other receipts): the run's total may take it, so the run is a guess.
   */
  private wordedAmountAt(line: number, pos: number): boolean {
    if (line < 0 || !this.table.labelOf(this.o, line).trim()) return false;
    const reading = this.table.reading(this.cell(line, pos));
    return reading.kind === "label" && WORDED_AMOUNT.test(reading.text);
  }

  /**
   * The total straight above a total's one part (by its label, or unlabelled), with that part
   * added or taken away, whichever way round holds here.
   */
  private carriedOn(total: number, pos: number, part: Part): Footing | undefined {
    const above = this.lineBefore.get(part.line);
    if (above === undefined || above === total || !this.hasFigure(above, pos)) return undefined;
    const h = this.hints(above);
    if (h.aggregate === undefined && !h.net && this.table.labelOf(this.o, above).trim())
      return undefined;
    const parts = [{ line: above, pos }, part];
    return [
      [1, 1],
      [1, -1],
    ]
      .map((signs): Footing => ({ parts, signs }))
      .find((reading) => this.sumHolds(total, pos, reading));
  }

  /**
   * Whether the second line stands among a balance sheet's funds, under their heading
   * ("Represented by"), and the first above that heading. Not past the funds' total: "Funded
   * from reserves", under "Total financed by", weighs the two halves.
   */
  private fundsHeadingBetween(a: number, b: number): boolean {
    for (let l = b - 1; l > a; l--) {
      if (this.hints(l).aggregate !== undefined) return false;
      if (!this.table.figureCells(this.o, l).length && FUNDS_HEADING.test(this.hints(l).words))
        return true;
    }
    return false;
  }

  /** Whether a heading (words and no figures) stands between two lines. */
  private headingBetween(a: number, b: number): boolean {
    for (let l = a + 1; l < b; l++)
      if (this.table.labelOf(this.o, l) && !this.table.figureCells(this.o, l).length) return true;
    return false;
  }

  /**
   * Whether a total names the heading its first line is under: "Total Payments" under "Less
   * Payments".
   */
  private totalsItsHeading(total: number, first: number): boolean {
    let heading = first - 1;
    while (heading >= 0 && this.table.figureCells(this.o, heading).length) heading--;
    const named = (l: number) =>
      new Set(
        this.hints(l)
          .words.split(/[^a-z]+/)
          .filter((w) => w && !TOTAL_OR_LESS.test(w))
      );
    if (heading < 0 || !this.table.labelOf(this.o, heading).trim()) return false;
    const headed = named(heading);
    return [...named(total)].some((w) => headed.has(w));
  }

  private valueAt(p: Part): number {
    return this.table.figure(this.cell(p.line, p.pos))?.value ?? 0;
  }

  /**
   * A "total" line that does not add up but that, with the lines it would total, makes the figure
   * printed next below it ("Total to be met from Council Tax" between the grants and the
   * unlabelled sum of all three): it is one of the parts, and its label names what it is.
   */
  private partOfTotalBelow(
    line: number,
    pos: number,
    reading: Footing,
    below: readonly number[]
  ): boolean {
    if (this.sumHolds(line, pos, reading)) return false;
    const next = below.find((l) => this.hasFigure(l, pos));
    if (next === undefined) return false;
    const parts = [...reading.parts, { line, pos }];
    return this.sumHolds(next, pos, { ...reading, parts, signs: [...reading.signs, 1] });
  }

  private sumOutcome(total: number, pos: number, reading: Footing): Outcome | undefined {
    // Only weighed, never reported: it needs no words and no key.
    const relation: Relation = {
      orientation: this.o,
      op: { kind: "sum", signs: reading.signs },
      source: "labels",
      words: "",
      instances: [],
      linear: true,
      key: "",
    };
    return outcome(this.table, relation, {
      target: this.cell(total, pos),
      inputs: reading.parts.map((p) => this.cell(p.line, p.pos)),
    });
  }

  /** Lines in order, less those a line above them adds up, and how many lines head such a group. */
  private groupedUnder(under: readonly Part[]): { lines: Part[]; heads: number } {
    const grouped: Part[] = [];
    let heads = 0;
    for (let j = 0; j < under.length;) {
      grouped.push(under[j]);
      const group = this.groupBelow(under, j);
      if (group) heads++;
      j += group + 1;
    }
    return { lines: grouped, heads };
  }

  /**
   * How many lines just below `under[j]`, two or more, first add up to it; 0 where none do. Not
   * within a rounding as wide as the figure itself: two counts of 1, each read to ±0.5, "add up"
   * to a 1 above them, which is no layout.
   */
  private groupBelow(under: readonly Part[], j: number): number {
    const head = under[j];
    const most = Math.min(under.length - j - 1, MOST_LINES_FOR_PART_TOTALS);
    const tally = new Glance(this.figureAt(head));
    for (let k = 1; k <= most; k++) {
      tally.add(this.figureAt(under[j + k]), 1);
      if (k < 2 || tally.plainlyMisses()) continue;
      const parts = under.slice(j + 1, j + 1 + k);
      const sum = this.sumOutcome(head.line, head.pos, { parts, signs: parts.map(() => 1) });
      if (sum?.holds && sum.allowance < Math.abs(sum.stated)) return k;
    }
    return 0;
  }

  /**
   * Whether two lines or more just below `parts[j]`, their labels indented under its label, add up
   * to it exactly, as items printed under the figure they make up do. Indented: shares of 40%, 9%
   * and 1% add up to the 50% above them, which is no layout. Exactly: counts of 7 and 4, each read
   * to ±0.5, "add up" to 12.
   */
  private itemsBelow(parts: readonly Part[], j: number): boolean {
    const head = this.figureAt(parts[j]);
    const depth = this.labelDepth(parts[j].line);
    if (!head || head.value === 0 || depth === undefined) return false;
    let sum = 0;
    for (let k = 1; k <= Math.min(parts.length - j - 1, MOST_LINES_FOR_PART_TOTALS); k++) {
      const item = this.figureAt(parts[j + k]);
      if (!item || (this.labelDepth(parts[j + k].line) ?? 0) <= depth) return false;
      sum += item.value;
      if (k >= 2 && Math.abs(sum - head.value) <= FLOAT_NOISE * Math.max(1, Math.abs(head.value)))
        return true;
    }
    return false;
  }

  /** Which label column a row's label starts in, where there are two or more; undefined for columns. */
  private labelDepth(line: number): number | undefined {
    if (this.o !== "rows" || this.table.labelCols < 2) return undefined;
    for (let c = 0; c < this.table.labelCols; c++)
      if (this.table.reading({ row: line, column: c }).kind !== "blank") return c;
    return undefined;
  }

  private figureAt(part: Part): Figure | undefined {
    return this.table.figure(this.cell(part.line, part.pos));
  }

  private sumHolds(total: number, pos: number, reading: Footing): boolean {
    const tally = new Glance(this.figureAt({ line: total, pos }));
    for (let i = 0; i < reading.parts.length; i++)
      tally.add(this.figureAt(reading.parts[i]), reading.signs[i]);
    if (tally.plainlyMisses()) return false;
    return this.sumOutcome(total, pos, reading)?.holds ?? false;
  }

  /** How far a run that holds is from adding up exactly, in shares of what rounding allows. */
  private sumMiss(total: number, pos: number, reading: Footing): number {
    const result = this.sumOutcome(total, pos, reading);
    return result
      ? Math.abs(result.stated - result.expected) / Math.max(result.allowance, 1e-12)
      : 0;
  }

  /**
   * Items printed in an inner column and their total in the column beside it, on the line after
   * the last of them (a company's "Distribution costs" and "Administrative expenses" in the first
   * £ column of each year, their sum in the second). Read only where it holds at least as often
   * as it breaks: one pair of columns that breaks may be two years' columns, not items and total.
   */
  private innerColumnTotals(lines: readonly number[]): void {
    if (this.o !== "rows") return;
    const byLines = new Map<string, { lines: number[]; instances: Instance[] }>();
    const positions = this.positions();
    for (const [inner, outer] of positions.slice(0, -1).map((p, i) => [p, positions[i + 1]])) {
      let run: number[] = [];
      for (const line of lines) {
        const [a, b] = [this.hasFigure(line, inner), this.hasFigure(line, outer)];
        if (a && !b) {
          run.push(line);
          continue;
        }
        if (!a && b && run.length >= 2 && this.lineBefore.get(line) === run[run.length - 1]) {
          const key = [line, ...run].join();
          const found = byLines.get(key) ?? { lines: [line, ...run], instances: [] };
          found.instances.push({
            target: this.cell(line, outer),
            inputs: run.map((l) => this.cell(l, inner)),
          });
          byLines.set(key, found);
        }
        run = [];
      }
    }
    for (const {
      lines: [total, ...items],
      instances,
    } of byLines.values()) {
      const words = `${this.name(total)} = ${sumWords(items.map((l) => this.name(l)))}`;
      const sum = { kind: "sum", signs: items.map(() => 1) } as const;
      const relation = this.relation(sum, words, instances, true, [total, ...items]);
      const { holds, breaks } = this.weigh(relation);
      if (holds >= 1 && holds >= breaks) this.choose([relation]);
    }
  }

  /**
   * A line with no label in a statement of results (a company's figure between "Gross profit" and
   * "Operating profit") is the running result: the result or unlabelled line above it with each
   * line since added or taken away, or the total of the lines since. A result under such a line
   * is worked from it the same way. Read only where some reading holds somewhere.
   */
  private unlabelledResults(lines: readonly number[]): void {
    if (this.o !== "rows") return;
    const targets = new Set(
      this.announcements.flatMap((a) =>
        a.relation.instances.map((i) => this.table.lineOf(this.o, i.target))
      )
    );
    // Labelled only by a note's number ("6") is unlabelled too.
    const unlabelled = (l: number) => /^\d{0,2}$/.test(this.hints(l).words) && !targets.has(l);
    const positions = this.positions();
    let from: number | undefined;
    for (const line of lines) {
      if (!this.isResult(line) && !unlabelled(line)) continue;
      const start = from;
      from = line;
      if (start === undefined || (!unlabelled(line) && !unlabelled(start))) continue;
      // Lines printed only in an inner column are counted in their total's line.
      const at = positions.filter((pos) => this.hasFigure(line, pos));
      const between = lines.filter(
        (l) => l > start && l < line && at.some((pos) => this.hasFigure(l, pos))
      );
      if (!between.length || between.length > MOST_LINES_BETWEEN_RESULTS) continue;
      const readings = signChoices(between.length).map((signs) =>
        this.between(
          { kind: "sum", signs: [1, ...signs] },
          `${this.name(line)} = ${this.name(start)}${between
            .map((l, i) => ` ${signs[i] > 0 ? "+" : "-"} ${this.name(l)}`)
            .join("")}`,
          line,
          [start, ...between],
          true
        )
      );
      // Or it totals the lines since the result ("Interest receivable" and "Interest payable").
      if (between.length >= 2 && unlabelled(line)) {
        const words = `${this.name(line)} = ${sumWords(between.map((l) => this.name(l)))}`;
        const sum = { kind: "sum", signs: between.map(() => 1) } as const;
        readings.push(this.between(sum, words, line, between, true));
      }
      if (readings.some((r) => this.weigh(r).holds >= 1)) this.choose(readings);
    }
  }

  private averages(lines: readonly number[]): void {
    lines.forEach((line, i) => {
      if (this.hints(line).aggregate !== "average") return;
      // "Average (weighted)" weighs its lines by figures the table does not print.
      if (/\bweighted\b/.test(this.hints(line).words)) return;
      const run = lines
        .slice(0, i)
        .filter((l) => this.hints(l).aggregate === undefined && !this.hints(l).net);
      if (run.length < 2) return;
      const words = `${this.name(line)} = mean of ${sumWords(run.map((l) => this.name(l)))}`;
      this.choose([this.between({ kind: "mean" }, words, line, run, true)]);
    });
  }

  /** Plain figure lines of the same kind (money with money, counts with counts) before `line`, or after it, nearest first. */
  private plainLines(lines: readonly number[], line: number, after = false): number[] {
    const kind = (l: number) => {
      const h = this.hints(l);
      return h.percent ? "percent" : h.count ? "count" : h.money ? "money" : "other";
    };
    const wanted = kind(line);
    const compatible = (k: string) =>
      k === wanted ||
      (wanted !== "count" && wanted !== "percent" && (k === "money" || k === "other"));
    const plain = lines
      .filter((l) => (after ? l > line : l < line))
      .filter((l) => {
        const h = this.hints(l);
        return (
          h.aggregate === undefined && !h.difference && !h.percentChange && compatible(kind(l))
        );
      });
    return after ? plain : plain.reverse();
  }

  private isResult(line: number): boolean {
    const h = this.hints(line);
    return h.difference && !h.percentChange && RESULT.test(h.words);
  }

  /**
   * The results above a line outside every total's section: a result word inside a total's
   * section ("Surplus on collection fund" under "Total funding") names a part of it. Given the
   * totals' footings, a total's section is its lines ("Gross surplus" stands above "Total
   * administrative costs" and its lines), or, where they are not known, the lines since the
   * heading above it; without them, everything above it.
   */
  private resultsAbove(
    lines: readonly number[],
    line: number,
    footings?: ReadonlyMap<number, readonly number[]>
  ): number[] {
    const above = lines.filter((l) => l < line);
    const totals = above.filter((l) => this.hints(l).aggregate !== undefined);
    const headed = (r: number, t: number) => {
      for (let l = r + 1; l < t; l++) if (!this.table.figureCells(this.o, l).length) return true;
      return false;
    };
    const inside = (r: number) =>
      totals.some(
        (t) => t > r && (!footings || (footings.get(t)?.some((p) => p <= r) ?? !headed(r, t)))
      );
    return above.filter((l) => this.isResult(l) && !inside(l));
  }

  /**
   * The lines each total line adds up, as the totals announced so far read it wherever they hold:
   * every reading's lines together ("Total resources expended" of charitable costs alone one year,
   * with the costs of generating funds the next).
   */
  private footings(): Map<number, readonly number[]> {
    const footings = new Map<number, Set<number>>();
    for (const a of this.announcements) {
      if (a.relation.op.kind !== "sum" || a.relation.orientation !== this.o || !a.holds) continue;
      for (const instance of a.relation.instances) {
        const total = this.table.lineOf(this.o, instance.target);
        if (this.hints(total).aggregate === undefined) continue;
        const parts = footings.get(total) ?? new Set<number>();
        for (const p of instance.inputs) parts.add(this.table.lineOf(this.o, p));
        footings.set(total, parts);
      }
    }
    return new Map([...footings].map(([total, parts]) => [total, [...parts]]));
  }

  private differences(lines: readonly number[]): void {
    const footings = this.footings();
    for (const line of lines) {
      const h = this.hints(line);
      if (h.aggregate !== undefined || (!h.difference && !h.percentChange)) continue;
      // "Savings over eight years" is the annual saving times the years, not a difference of its own.
      if (h.times !== undefined || h.wholeTerm) continue;
      // "Change 21/22 to 24/25" names the two lines it is worked from; printed in "%", beside
      // lines that are not, it is a percentage change.
      const ends = this.namedEnds(lines, line);
      const percentChange =
        h.percentChange ||
        (ends !== undefined &&
          this.table.isPercentLine(this.o, line) &&
          !ends.some((l) => this.table.isPercentLine(this.o, l)));
      // A percentage change is worked from the figures (the numbers), never from other
      // percentages, nor from the difference printed beside it ("Variance £" by "Variance %").
      const [b, a] = ends
        ? [ends[1], ends[0]]
        : percentChange
          ? this.sameMeasureFirst(
              lines
                .filter((l) => {
                  const before = this.hints(l);
                  return (
                    l < line &&
                    !before.percent &&
                    before.aggregate === undefined &&
                    !before.difference
                  );
                })
                .reverse()
            )
          : this.plainLines(lines, line);
      // One stray "(6 %)" in a column of plain numbers does not make the rest hundredths.
      const percent = this.lineInPercent(this.o, line);
      const factor = percent ? ONE : PERCENT;
      const tail = percent ? "" : " x 100";
      // With no earlier year printed, a percentage change is of the amount less its change beside it.
      if (percentChange && b !== undefined && a === undefined && !ends) {
        const change = [line + 1, line - 1].find(
          (l) =>
            lines.includes(l) && this.hints(l).difference && !this.table.isPercentLine(this.o, l)
        );
        if (change !== undefined) this.choose([this.changeOnEarlier(line, b, change, factor)]);
        continue;
      }
      if (a === undefined || b === undefined) continue;
      const t = this.name(line);
      // A change is worked from the two figures beside it, on a total line as on any other.
      if (percentChange) {
        const change = (from: number, to: number): Relation => {
          const [f, g] = [this.name(from), this.name(to)];
          return this.between(
            { kind: "change", factor },
            `${t} = (${g} - ${f}) / ${f}${tail}`,
            line,
            [from, to],
            false,
            true
          );
        };
        const unsigned = this.unsigned(line) ? [this.unsignedChange(line, a, b, factor)] : [];
        this.choose([change(a, b), change(b, a)], unsigned);
        continue;
      }
      // The two lines before it, or any two of the four before it that the figures bear out;
      // or the two totals above it: a deficit is what the funding total leaves of the spending;
      // or, for a movement, the lines either side of it: the balances it moves between (a saving
      // printed between its cost lines and the net line below is not that net's difference).
      const near = this.plainLines(lines, line).slice(0, 4);
      const pairs = ends
        ? [[b, a] as const]
        : near.flatMap((p, i) => near.slice(i + 1).map((q) => [p, q] as const));
      // A result is also worked from the result above it: this year's profit from the last.
      const result = this.isResult(line);
      const resultAbove = result ? this.resultsAbove(lines, line, footings) : [];
      const isTotal = (l: number) =>
        this.hints(l).aggregate !== undefined || this.hints(l).net || resultAbove.includes(l);
      // A total that a later total above the line takes in is counted there ("Total event
      // costs" of "Total core event" and "Total cost of sales").
      const takenIn = (l: number) =>
        lines.some((t) => t > l && t < line && footings.get(t)?.includes(l));
      // Not a total above a balance sheet's funds heading, for a line under it: "Total net
      // assets" above "Capital and reserves" is what the funds balance, not a line of their
      // arithmetic.
      const totals = lines
        .filter((l) => l < line && isTotal(l) && !takenIn(l) && !this.fundsHeadingBetween(l, line))
        .slice(-2);
      // A change that names its two lines is of those alone; so is an excess of one total over another.
      if (totals.length === 2 && !ends) {
        // Within its own section: "Expenditure over income" of the village hall, not of the office above.
        if (EXCESS.test(h.words)) {
          pairs.length = 0;
          if (this.headingBetween(totals[0], line)) continue;
        }
        // A result straight under two totals ("Net Profit" under "Total Expenses") is of them.
        if (
          result &&
          this.lineBefore.get(line) === totals[1] &&
          !this.headingBetween(totals[1], line)
        )
          pairs.length = 0;
        pairs.push([totals[1], totals[0]]);
      }
      // Or the last total above it and the one line between them, taken away or added:
      // "Surplus" below "Total expenditure" and "Income"; "Increase in year" below "Net
      // increase before transfers" and "Transfers".
      const lastTotal = totals[totals.length - 1];
      const between = lines.filter((l) => lastTotal !== undefined && l > lastTotal && l < line);
      const afterTotal = between.length === 1 && !ends ? near.filter((p) => p === between[0]) : [];
      for (const p of afterTotal) pairs.push([p, lastTotal]);
      const next = this.plainLines(lines, line, true)[0];
      if (near.length && next !== undefined && MOVEMENT.test(h.words) && !ends)
        pairs.push([near[0], next]);
      const above = lines.filter((l) => l < line).slice(-2);
      const from = resultAbove[resultAbove.length - 1] ?? lastTotal;
      const readings: Relation[] =
        result && !ends && from !== undefined ? this.resultCarried(lines, line, from) : [];
      // Taken only where it holds more often than every other reading: a sign slipped onto a
      // line between can make it hold as often.
      const carriedOn =
        (result || h.net) && !ends && totals.length === 2
          ? this.totalsCarried(lines, line, totals[0], totals[1])
          : [];
      const unsigned: Relation[] = [];
      let byLine: Relation[] | undefined;
      for (const [p, q] of pairs) {
        const signed = [
          [q, p],
          [p, q],
        ].map(([first, second]) => {
          const words = `${t} = ${this.name(first)} - ${this.name(second)}`;
          // An overspend or underspend column filled only where the difference falls its way
          // is that difference clipped at nothing: its total is not the totals' difference.
          const clipped = this.blankWhereFilled(line, [first, second]);
          return this.between(
            { kind: "sum", signs: [1, -1] },
            words,
            line,
            [first, second],
            !clipped
          );
        });
        readings.push(...signed);
        // A line printed negative (funding, expenses in brackets) is taken away by adding it: from
        // the two totals above, or of the two lines just above.
        const adjacent = above.includes(p) && above.includes(q);
        const ofTotals = p === totals[1] && q === totals[0];
        const carried = q === lastTotal && afterTotal.includes(p);
        if (((adjacent || ofTotals) && (this.negative(p) || this.negative(q))) || carried) {
          const words = `${t} = ${this.name(q)} + ${this.name(p)}`;
          // A line carried onto a total may be blank where there is nothing to carry.
          const sum = { kind: "sum", signs: [1, 1] } as const;
          readings.push(this.between(sum, words, line, [q, p], true, true, carried));
        }
        if (!byLine && this.signedBothWays(signed)) byLine = signed;
        if (this.unsigned(line)) unsigned.push(this.magnitude(line, q, p));
      }
      if (byLine) this.signedByLine(byLine);
      else this.choose(readings, [...unsigned, ...carriedOn]);
    }
  }

  /**
   * Lines nearest first, the nearest's own measure in another year brought to second place:
   * "Council Tax Increase (%)" after "2020/21 Band D", "2021/22 Precepts", "2021/22 Band D" is the
   * change between the two Band D figures, not from the precept beside it.
   */
  private sameMeasureFirst(nearest: readonly number[]): number[] {
    const measure = (l: number) => yearless(this.name(l));
    const [first, ...rest] = nearest;
    if (first === undefined || !yearsNamed(this.name(first)).length) return [...nearest];
    const twin = rest.find(
      (l) => measure(l) === measure(first) && this.name(l) !== this.name(first)
    );
    return twin === undefined ? [...nearest] : [first, twin, ...rest.filter((l) => l !== twin)];
  }

  /**
   * A result read as the result above it (or the last total) carried on by the lines since:
   * "Surplus after transfers = Surplus + Transfers in + Transfers out". A total between stands for
   * its parts.
   */
  private resultCarried(lines: readonly number[], line: number, from: number): Relation[] {
    const inputs = [from];
    for (const l of lines.filter((l) => l > from && l < line)) {
      const h = this.hints(l);
      if (h.aggregate !== undefined || h.net) inputs.splice(1, inputs.length - 1, l);
      else inputs.push(l);
    }
    if (inputs.length < 2) return [];
    const words = `${this.name(line)} = ${inputs.map((l) => this.name(l)).join(" + ")}`;
    const sum = { kind: "sum", signs: inputs.map(() => 1) } as const;
    return [this.between(sum, words, line, inputs, true, true, true)];
  }

  /**
   * A result read as the difference of the two totals above it carried on by the lines since,
   * as printed: "Net income = Total income - Total expenditure + Net gains on investments".
   * Either total may be the one taken away ("Net expenditure").
   */
  private totalsCarried(
    lines: readonly number[],
    line: number,
    first: number,
    second: number
  ): Relation[] {
    const since = lines.filter((l) => l > second && l < line);
    if (!since.length || since.length > MOST_LINES_BETWEEN_RESULTS) return [];
    const t = this.name(line);
    const rest = since.map((l) => ` + ${this.name(l)}`).join("");
    return [
      [first, second],
      [second, first],
    ].map(([from, less]) =>
      this.between(
        { kind: "sum", signs: [1, -1, ...since.map(() => 1)] },
        `${t} = ${this.name(from)} - ${this.name(less)}${rest}`,
        line,
        [from, less, ...since],
        true,
        true,
        true
      )
    );
  }

  /**
   * The two lines a change names by their years, in the order it names them ("Change 21/22 to
   * 24/25": the 2021/22 line, then the 2024/25 one), where each year names exactly one other line
   * that is neither a change nor a total.
   */
  private namedEnds(lines: readonly number[], line: number): [number, number] | undefined {
    const years = yearsNamed(this.name(line));
    if (years.length !== 2) return undefined;
    const ends = years.map((year) => {
      const named = lines.filter((l) => {
        const h = this.hints(l);
        if (l === line || h.difference || h.percentChange || h.aggregate !== undefined)
          return false;
        const own = yearsNamed(this.name(l));
        return own.length === 1 && own[0] === year;
      });
      return named.length === 1 ? named[0] : undefined;
    });
    return ends[0] !== undefined && ends[1] !== undefined ? [ends[0], ends[1]] : undefined;
  }

  /**
   * A variance holding one way round on some lines and the other way round on others
   * (SIGN_CONVENTION_LINES): signed line by line, favourable positive (a surplus above target,
   * spending below its allocation). Each line keeps the way round it holds; a line holding
   * neither is checked the way most lines hold.
   */
  private signedByLine(readings: readonly Relation[]): void {
    const holding = readings.map((r) => this.holdingCells(r));
    const main = holding[0].size >= holding[1].size ? 0 : 1;
    const other = 1 - main;
    const mine = (i: Instance, index: number) =>
      holding[other].has(cellKey(i.target)) && !holding[main].has(cellKey(i.target))
        ? index === other
        : index === main;
    readings.forEach((r, index) => {
      const instances = r.instances.filter((i) => mine(i, index));
      this.add({ ...r, words: `${r.words}, on the lines signed this way round`, instances }, true);
    });
  }

  /** Whether each way round holds on SIGN_CONVENTION_LINES lines or more where the other does not. */
  private signedBothWays(readings: readonly Relation[]): boolean {
    const [one, other] = readings.map((r) => this.holdingCells(r));
    const only = (a: Set<string>, b: Set<string>) => [...a].filter((k) => !b.has(k)).length;
    return only(one, other) >= SIGN_CONVENTION_LINES && only(other, one) >= SIGN_CONVENTION_LINES;
  }

  /** The targets where a relation holds. */
  private holdingCells(relation: Relation): Set<string> {
    return new Set(
      [...this.weigh(relation).outcomes]
        .filter(([, result]) => result.holds)
        .map(([instance]) => cellKey(instance.target))
    );
  }

  /** A line printing every figure below nothing (income, funding). */
  private negative(line: number): boolean {
    const cells = this.table.figureCells(this.o, line);
    return cells.length > 0 && cells.every((p) => this.table.figure(p)!.value < 0);
  }

  /** A line printing no figure below nothing: a difference in it may be printed unsigned. */
  private unsigned(line: number): boolean {
    return this.table.figureCells(this.o, line).every((p) => this.table.figure(p)!.value >= 0);
  }

  /** "Variance £" printed as the size of the change, whichever way it falls. */
  private magnitude(line: number, first: number, second: number): Relation {
    const words = `${this.name(line)} = the difference between ${this.name(first)} and ${this.name(second)}`;
    const expression: Expression = { kind: "magnitude", of: INPUTS_DIFFERENCE };
    // Worked from the two figures beside it, on a total line as on any other, unless the column
    // is clipped at nothing (an overspend column): its total sums the overspends.
    const clipped = this.blankWhereFilled(line, [first, second]);
    return this.between(
      { kind: "expression", expression },
      words,
      line,
      [first, second],
      false,
      !clipped
    );
  }

  /** "% incr." beside this year's amount and its "£ incr.": the change over the amount less the change. */
  private changeOnEarlier(line: number, amount: number, change: number, factor: Factor): Relation {
    const [n, c] = [this.name(amount), this.name(change)];
    const tail = factor === PERCENT ? " x 100" : "";
    const words = `${this.name(line)} = ${c} / (${n} - ${c})${tail}`;
    const expression: Expression = {
      kind: "binary",
      op: "*",
      left: {
        kind: "binary",
        op: "/",
        left: { kind: "input", index: 1 },
        right: INPUTS_DIFFERENCE,
      },
      right: { kind: "number", value: new Decimal(factor.num).div(factor.den) },
    };
    return this.between(
      { kind: "expression", expression },
      words,
      line,
      [amount, change],
      false,
      true
    );
  }

  /** "Variance %" printed as the size of the change from `from` to `to`, whichever way it falls. */
  private unsignedChange(line: number, from: number, to: number, factor: Factor): Relation {
    const [f, g] = [this.name(from), this.name(to)];
    const words = `${this.name(line)} = the difference between ${f} and ${g} as a percentage of ${f}`;
    const expression: Expression = {
      kind: "binary",
      op: "*",
      left: {
        kind: "magnitude",
        of: {
          kind: "binary",
          op: "/",
          left: INPUTS_DIFFERENCE,
          right: { kind: "input", index: 0 },
        },
      },
      right: { kind: "number", value: new Decimal(factor.num).div(factor.den) },
    };
    return this.between({ kind: "expression", expression }, words, line, [from, to], false, true);
  }

  /**
   * Whether the line prints no figure (a blank, or "..." for none) at a position (not a total)
   * where every one of `inputs` has a figure.
   */
  private blankWhereFilled(line: number, inputs: readonly number[]): boolean {
    return this.positions().some(
      (pos) =>
        !this.isAggregatePosition(pos) &&
        !this.hasFigure(line, pos) &&
        this.table.reading(this.cell(line, pos)).kind !== "label" &&
        inputs.every((l) => this.hasFigure(l, pos))
    );
  }

  /** Count lines (beds, placements) that may multiply a rate. */
  private countLines(lines: readonly number[]): number[] {
    return lines.filter((l) => this.hints(l).count && this.hints(l).aggregate === undefined);
  }

  /**
   * A charge for a number of periods the table states ("Number of Weeks" beside "Weekly Charge"
   * and "Total Charge") is the rate times that number.
   */
  private periodsCounted(lines: readonly number[]): void {
    // Rates and the counts of their periods are found once: a list's lines are thousands of rows.
    const rates = lines.flatMap((l) => {
      const period = this.hints(l).period;
      const counted = period && PERIODS_COUNTED[period];
      if (!counted || !this.hints(l).money) return [];
      const counts = lines.filter((c) => this.hints(c).count && counted.test(this.hints(c).words));
      return counts.length ? [{ rate: l, counts }] : [];
    });
    if (!rates.length) return;
    for (const target of lines) {
      const h = this.hints(target);
      if (!h.money || h.period || h.perUnit || h.percent || h.difference) continue;
      const readings = rates.flatMap(({ rate, counts }) =>
        counts.map((count) => {
          const words = `${this.name(target)} = ${this.name(rate)} x ${this.name(count)}`;
          return this.between(
            { kind: "product", factor: ONE },
            words,
            target,
            [rate, count],
            false
          );
        })
      );
      if (readings.length) this.choose(readings, [], false);
    }
  }

  private periods(lines: readonly number[]): void {
    const counts = this.countLines(lines);
    const timed = lines.filter(
      (l) => this.hints(l).period && !this.hints(l).count && !this.hints(l).percent
    );
    for (const target of timed) {
      // Where lines name the same thing but for its period ("the average weekly cost of
      // residential care"), the target is worked from one of those, whichever it keeps; not from
      // another thing's (nursing care's), nor from both.
      const alike = timed.filter(
        (l) =>
          l !== target && subjectOf(this.hints(l).words) === subjectOf(this.hints(target).words)
      );
      const sources = alike.length ? alike : timed;
      const together: { relation: Relation; rank: number; from: Period }[] = [];
      for (const source of sources) {
        const from = this.hints(source).period!;
        const to = this.hints(target).period!;
        if (PERIOD_RANK[from] >= PERIOD_RANK[to]) continue;
        const factors = conversions(from, to);
        // Beds or placements multiply a rate: a beds line, or a number the labels state ("(5 placements)").
        const stated = [this.hints(source).quantity, this.hints(target).quantity].filter(
          (q): q is number => q !== undefined
        );
        const readings: Relation[] = this.periodTotals(target, source, factors);
        for (const multiplier of [undefined, ...counts]) {
          const inputs = multiplier === undefined ? [source] : [source, multiplier];
          for (const factor of factors) {
            for (const quantity of [undefined, ...new Set(stated)]) {
              const f =
                quantity === undefined
                  ? factor
                  : factorOf(factor.num * quantity, factor.den, `${factor.words} x ${quantity}`);
              const words = `${this.name(target)} = ${termWords(
                inputs.map((l) => this.name(l)),
                f
              )}`;
              const op: Op = { kind: "product", factor: f };
              const linear = inputs.length === 1;
              readings.push(this.between(op, words, target, inputs, linear));
            }
          }
        }
        const charged =
          from === "week" && to === "year" ? readings.map((r) => this.atFullYear(r)) : readings;
        if (alike.length)
          together.push(
            ...charged.map((relation) => ({ relation, rank: PERIOD_RANK[from], from }))
          );
        // Lines of different things ("Four quarterly payments from NUJ", "Cost of sending an
        // observer to the Annual Delegate Meeting") that hold nowhere do not say one is the other's.
        else this.choose(charged, [], false);
      }
      // A figure is worked from the nearest period given (a year's from the half year's, not from
      // the quarter's the half year was halved into): each step rounds, so a longer conversion is
      // read only where the nearer holds less often.
      const weights = new Map(together.map((t) => [t, this.weigh(t.relation)]));
      const holds = (t: (typeof together)[number]) => weights.get(t)!.holds;
      // Where the target converts as a rule from several periods that do not convert into one
      // another (a year's rate divided into weeks and into months), it is read from each: a slip
      // in either then shows. Periods that do (a 3 month cost halved from the 6 month's) round
      // step by step, and only the nearest is read.
      const ruled = [...new Set(together.map((t) => t.from))].filter((from) =>
        together.some((t) => {
          const w = weights.get(t)!;
          return t.from === from && w.holds >= 2 && w.breaks * HOLDS_PER_BREAK <= w.holds;
        })
      );
      const apart = ruled.every((a) =>
        ruled.every((b) => a === b || (!conversions(a, b).length && !conversions(b, a).length))
      );
      if (ruled.length > 1 && apart) {
        for (const from of ruled)
          this.choose(together.filter((t) => t.from === from).map((t) => t.relation));
        continue;
      }
      const nearest = together.filter(
        (t) => !together.some((u) => u.rank > t.rank && holds(u) >= holds(t))
      );
      if (nearest.length) this.choose(nearest.map((t) => t.relation));
    }
  }

  /**
   * A year's amount from a week's, only where the position names no other length: a row of a
   * "50 weeks" contract or "39/40 weeks" term is charged for those weeks, not for 52.
   */
  private atFullYear(relation: Relation): Relation {
    const otherLength = (pos: number) =>
      [...this.table.labelOf(this.other, pos).matchAll(WEEKS_LONG)].some(
        (m) => !A_YEAR_IN_WEEKS.has(m[1]) && !A_YEAR_IN_WEEKS.has(m[2])
      );
    return {
      ...relation,
      instances: relation.instances.filter((i) => !otherLength(this.positionOf(i))),
    };
  }

  /**
   * A total of a longer period ("Total per annum") over a rate and the amounts beside it that add
   * to it ("Basic weekly allowance", "Skills payment"): the rate and those lines, summed, times the
   * conversion. The amounts are the lines between the rate and the total that state no other
   * period, count or percentage.
   */
  private periodTotals(target: number, source: number, factors: readonly Factor[]): Relation[] {
    if (this.hints(target).aggregate === undefined || source > target) return [];
    const from = this.hints(source).period;
    const added: number[] = [];
    for (let l = source + 1; l < target; l++) {
      const h = this.hints(l);
      if (!this.table.figureCells(this.o, l).length) continue;
      if ((h.period && h.period !== from) || h.count || h.percent || h.aggregate) return [];
      if (!unitsAgree(this.hints(source), h)) return [];
      added.push(l);
    }
    if (!added.length) return [];
    const inputs = [source, ...added];
    const signs = inputs.map(() => 1);
    const sum = sumWords(
      inputs.map((l) => this.name(l)),
      signs
    );
    return factors.map((factor) =>
      this.between(
        { kind: "scaledSum", signs, factor },
        `${this.name(target)} = (${sum}) x ${factor.words}`,
        target,
        inputs,
        true,
        true,
        true
      )
    );
  }

  /** Lines whose labels are the same but for a bracketed source, "(5.2.6)" and "(text)": one quantity stated twice. */
  private restatements(lines: readonly number[]): void {
    const byStem = new Map<string, number[]>();
    for (const line of lines) {
      const stem = this.hints(line).stem;
      if (stem) byStem.set(stem, [...(byStem.get(stem) ?? []), line]);
    }
    for (const same of byStem.values())
      for (const [i, target] of same.entries())
        for (const source of same.slice(0, i)) {
          if (this.hints(source).words === this.hints(target).words) continue;
          if (!onlySourcesDiffer(this.hints(source).words, this.hints(target).words)) continue;
          const words = `${this.name(target)} = ${this.name(source)}`;
          this.choose([
            this.between({ kind: "product", factor: ONE }, words, target, [source], true),
          ]);
        }
  }

  private scales(lines: readonly number[]): void {
    const scaled = lines.filter((l) => this.hints(l).scale !== undefined && this.hints(l).money);
    for (const target of scaled)
      for (const source of scaled) {
        const [s, t] = [this.hints(source).scale!, this.hints(target).scale!];
        if (source >= target || s === t) continue;
        const factor = s > t ? factorOf(s / t) : inverseOf(factorOf(t / s));
        const words = `${this.name(target)} = ${termWords([this.name(source)], factor)}`;
        this.choose([this.between({ kind: "product", factor }, words, target, [source], true)]);
      }
  }

  /** A contract value or a figure "over 8 years": an annual figure times the years. */
  private wholeTerms(lines: readonly number[]): void {
    const terms = lines.filter((l) => this.hints(l).term && /\byears?\b/.test(this.hints(l).words));
    for (const line of lines) {
      const h = this.hints(line);
      if (h.aggregate !== undefined || (!h.wholeTerm && h.times === undefined)) continue;
      // The annual lines it may multiply out; failing those, amounts with no period at all (never a weekly rate).
      const candidates = lines.filter(
        (l) =>
          l !== line &&
          !terms.includes(l) &&
          !this.hints(l).count &&
          !this.hints(l).wholeTerm &&
          this.hints(l).times === undefined
      );
      const annual = candidates.filter((l) => this.hints(l).period === "year");
      const plain = candidates.filter(
        (l) => this.hints(l).money && this.hints(l).period === undefined
      );
      const readings: Relation[] = [];
      // "CSR 3 year total" under the lines of its years: their sum.
      const years = lines.filter((l) => l < line).slice(-(h.times ?? 0));
      if (years.length === h.times && years.every((l) => this.yearsOf(l).size > 0)) {
        const words = `${this.name(line)} = ${sumWords(years.map((l) => this.name(l)))}`;
        readings.push(
          this.between({ kind: "sum", signs: years.map(() => 1) }, words, line, years, true)
        );
      }
      for (const source of annual.length ? annual : plain) {
        if (h.times !== undefined) {
          const factor = factorOf(h.times);
          const words = `${this.name(line)} = ${termWords([this.name(source)], factor)}`;
          readings.push(this.between({ kind: "product", factor }, words, line, [source], true));
        }
        for (const term of terms) {
          const words = `${this.name(line)} = ${termWords([this.name(source), this.name(term)], ONE)}`;
          readings.push(
            this.between({ kind: "product", factor: ONE }, words, line, [source, term], false)
          );
        }
      }
      // A bare "x 8" may count things ("Good councillor guides x 8") rather than years: only a
      // line naming the whole term is sure on its one break.
      this.choose(readings, [], h.wholeTerm);
    }
  }

  /**
   * A line of amounts whose label states the uplift it applies ("Applying agreed method of
   * inflation rate (8%) Medians", "2024/25 rate (3.5% uplift)") is the line of amounts before it
   * raised by that much, x 1.08; or, where the figures bear that out instead, the rise itself
   * ("Add 4.99% increase", x 0.0499).
   */
  private statedUplifts(lines: readonly number[]): void {
    for (const [index, line] of lines.entries()) {
      const uplift = STATED_UPLIFT.exec(this.hints(line).words);
      if (!uplift || this.table.isPercentLine(this.o, line)) continue;
      const rate = Number(uplift[1] ?? uplift[2]);
      let source: number | undefined;
      for (let k = index - 1; k >= 0 && source === undefined; k--) {
        const l = lines[k];
        if (
          !this.table.isPercentLine(this.o, l) &&
          this.hints(l).aggregate === undefined &&
          unitsAgree(this.hints(l), this.hints(line))
        )
          source = l;
      }
      if (source === undefined || !(rate > 0 && rate < 100)) continue;
      // The line raised ("... (8%) Medians") or the rise itself ("Add 4.99% increase"): whichever
      // the figures bear out, and neither where they bear out none.
      const from = source;
      // At a total position the rise is of the total only where every part rises: "1.99%" of the
      // borough's own tax, blank under the GLA's, is not 1.99% of the two together.
      const atTotals = this.positions().every(
        (pos) =>
          this.isAggregatePosition(pos) || !this.hasFigure(from, pos) || this.hasFigure(line, pos)
      );
      // A line that says it is an increase is first read as the rise itself.
      const raised = factorOf(100 + rate, 100, `${(100 + rate) / 100}`);
      const rise = factorOf(rate, 100, `${rate / 100}`);
      const readings = (this.hints(line).difference ? [rise, raised] : [raised, rise]).map(
        (factor) => {
          const words = `${this.name(line)} = ${termWords([this.name(from)], factor)}`;
          return this.between({ kind: "product", factor }, words, line, [from], true, atTotals);
        }
      );
      // Where neither holds (a rise stated once and misprinted), the nearer miss is weighed, and
      // reported only where a known mistake explains it.
      const held = readings.filter((r) => this.weigh(r).holds > 0);
      this.choose(held.length ? held : readings);
    }
  }

  /**
   * Lines stating their fraction of a base line ("Band A (6/9th)" of Band D). The base states 9/9,
   * or is the one line among them stating none. Where lines state two fractions (council tax's
   * 240/360, water's 6/9), each is a law of its own, and each position keeps the one it follows.
   */
  private statedRatios(lines: readonly number[]): void {
    const rated = lines.filter((l) => this.hints(l).ratios.length > 0);
    if (rated.length < 2) return;
    const laws = [];
    const depth = rated.reduce((most, l) => Math.max(most, this.hints(l).ratios.length), 0);
    for (let k = 0; k < depth; k++) {
      const stated = rated.filter((l) => this.hints(l).ratios.length > k);
      const ratioOf = (l: number) => this.hints(l).ratios[k];
      const isWhole = (l: number) => ratioOf(l).num === ratioOf(l).den;
      const unstated = lines.filter(
        (l) => l > stated[0] && l < stated[stated.length - 1] && !stated.includes(l)
      );
      const base = stated.find(isWhole) ?? (unstated.length === 1 ? unstated[0] : undefined);
      if (base === undefined) continue;
      laws.push(
        this.fractionsOf(
          base,
          stated.filter((l) => l !== base && !isWhole(l)).map((l) => [l, ratioOf(l)] as const)
        )
      );
    }
    this.addFollowedLaws(laws);
  }

  /**
   * Council tax bands named by their letters and no fraction: each band is Band D times its
   * proportion in law, England's and Wales's ninths (A 6/9 to I 21/9) or Scotland's since 2017
   * (A 240/360 to H 882/360). The laws share A to D's proportions.
   */
  private bandRatios(lines: readonly number[]): void {
    if (lines.some((l) => this.hints(l).ratios.length > 0)) return;
    for (const run of this.bandRuns(lines)) {
      const base = run.find(({ band }) => band === "d");
      if (run.length < MOST_BANDS_UNNAMED || !base) continue;
      this.addFollowedLaws(
        BAND_PROPORTIONS.map((proportions) =>
          this.fractionsOf(
            base.line,
            run
              .filter(({ band }) => band !== "d" && proportions[band] !== undefined)
              .map(({ line, band }) => [line, proportions[band]!] as const)
          )
        )
      );
    }
  }

  /** Each position keeps the laws of fractions its figures keep as a rule, with the fewest breaks. */
  private addFollowedLaws(laws: readonly ReturnType<Announcer["fractionsOf"]>[]): void {
    const fewest = (pos: number) =>
      laws.reduce((least, l) => (l.ruled(pos) ? Math.min(least, l.breaks(pos)) : least), Infinity);
    const byKey = new Map<string, Relation>();
    for (const law of laws)
      for (const relation of law.at((pos) => law.ruled(pos) && law.breaks(pos) === fewest(pos))) {
        // 240/360 and 6/9 are one factor: a position following both laws counts once.
        const known = byKey.get(relation.key);
        const positions = new Set(known?.instances.map((i) => this.positionOf(i)));
        byKey.set(relation.key, {
          ...(known ?? relation),
          instances: [
            ...(known?.instances ?? []),
            ...relation.instances.filter((i) => !positions.has(this.positionOf(i))),
          ],
        });
      }
    for (const relation of byKey.values()) this.add(relation, true);
  }

  /** Runs of lines labelled A, B, C ... in order, each run one list of bands. */
  private bandRuns(lines: readonly number[]): { line: number; band: string }[][] {
    const runs: { line: number; band: string }[][] = [];
    let run: { line: number; band: string }[] = [];
    for (const line of lines) {
      const band = BAND_LETTER.exec(this.hints(line).words)?.[1];
      const previous = run[run.length - 1]?.band;
      if (band && (previous ? band.charCodeAt(0) === previous.charCodeAt(0) + 1 : band === "a"))
        run.push({ line, band });
      else {
        if (run.length) runs.push(run);
        run = band === "a" ? [{ line, band }] : [];
      }
    }
    if (run.length) runs.push(run);
    return runs;
  }

  /**
   * Each line the base times its fraction. `ruled` says where the fractions hold as a rule (a
   * column of charges, or of the proportions as decimals, not one of dwellings), or where one
   * cell (the base), put right, mends them all; `at` gives the relations at the positions chosen.
   * A band's charge is often worked from another rounded charge (a discount of the full charge, a
   * sum of preceptors' charges), so it may lie a whole unit from the base's.
   */
  private fractionsOf(
    base: number,
    fractions: readonly (readonly [number, { readonly num: number; readonly den: number }])[]
  ) {
    const readings = fractions.map(([line, { num, den }]) => {
      const factor = factorOf(num, den, `${num}/${den}`);
      const words = `${this.name(line)} = ${termWords([this.name(base)], factor)}`;
      const relation = this.between({ kind: "product", factor }, words, line, [base], true);
      return { ...relation, roundedTwice: true };
    });
    const byPosition = this.byPosition(readings);
    const breaks = (pos: number) =>
      (byPosition.get(pos) ?? []).filter((x) => !x.result.holds).length;
    return {
      breaks,
      ruled: (pos: number) => {
        const list = byPosition.get(pos);
        if (!list) return false;
        const holds = list.length - breaks(pos);
        return (
          breaks(pos) * HOLDS_PER_BREAK <= holds ||
          (holds === 0 && breaks(pos) >= 2 && this.oneCellMends(list))
        );
      },
      at: (keep: (pos: number) => boolean): Relation[] =>
        readings.map((relation) => ({
          ...relation,
          instances: relation.instances.filter((i) => keep(this.positionOf(i))),
        })),
    };
  }

  private perUnit(lines: readonly number[]): void {
    const counts = this.countLines(lines);
    for (const line of lines) {
      const h = this.hints(line);
      if (!h.perUnit || h.count) continue;
      const money = lines.filter(
        (l) =>
          l !== line &&
          this.hints(l).money &&
          !this.hints(l).perUnit &&
          !this.hints(l).percent &&
          !this.hints(l).difference
      );
      const readings: Relation[] = [];
      for (const m of money)
        for (const c of counts) {
          const from = this.hints(m).period;
          const to = h.period;
          const conversion =
            from && to && from !== to
              ? PERIOD_RANK[from] > PERIOD_RANK[to]
                ? conversions(to, from).map(inverseOf)
                : conversions(from, to)
              : [ONE];
          for (const factor of conversion) {
            const tail = factor === ONE ? "" : ` x ${factor.words}`;
            const words = `${this.name(line)} = ${this.name(m)} / ${this.name(c)}${tail}`;
            readings.push(this.between({ kind: "ratio", factor }, words, line, [m, c], false));
          }
        }
      this.choose(readings);
    }
  }

  /**
   * A percentage line beside a figure line: each figure's share of the total position, or of the
   * first or largest (an occupancy rate: beds used over the beds of the full block).
   */
  private shares(lines: readonly number[]): void {
    for (const line of lines) {
      const h = this.hints(line);
      if (!this.table.isPercentLine(this.o, line) || h.percentChange || h.difference) continue;
      const isSource = (l: number) =>
        !this.table.isPercentLine(this.o, l) && this.hints(l).aggregate === undefined;
      // An unlabelled line straight after it carries its amounts (a row of shares over a row of
      // pounds), so it comes first; else the nearest figure line before it that is not a percentage.
      // A heading that names its amounts' line ("Percentage, Total" over "Number, Total",
      // "Expenditure %" beside "Expenditure £m") says which.
      const namesIt = (l: number) =>
        !this.table.isPercentLine(this.o, l) &&
        measureless(this.name(l)) === measureless(this.name(line));
      const named =
        lines.find((l) => l < line && namesIt(l)) ?? lines.find((l) => l > line && namesIt(l));
      // Not across a heading: "Investments" starts lines of their own, not shares of the limits above.
      // A line named a total ("Total £'000" across districts) is the amounts where nothing else is.
      const above = lines.filter(
        (l) => l < line && !this.table.isPercentLine(this.o, l) && !this.headingBetween(l, line)
      );
      const before =
        named ?? above.filter(isSource).pop() ?? (above.length === 1 ? above[0] : undefined);
      const after = lines.find((l) => l > line);
      const sources = [
        after !== undefined && isSource(after) && !this.table.labelOf(this.o, after)
          ? after
          : undefined,
        before,
      ].filter((l): l is number => l !== undefined);
      if (!sources.length) continue;
      const percent = this.table
        .figureCells(this.o, line)
        .some((p) => this.table.figure(p)!.percent);
      const readings = sources.flatMap((source) => this.sharesOf(line, source, percent));
      // No total printed, and headings split the shares into blocks that each add to 100%
      // (income, then expenditure): each block's shares are of that block's sum.
      if (!readings.length && sources.length) {
        const blocks = this.blocksOfShares(line, sources[0], percent);
        for (const block of blocks) {
          const relation = this.shareOfSum(line, sources[0], block, percent);
          this.choose([{ ...relation, key: `${relation.key}:from ${block[0]}` }]);
        }
        if (blocks.length) continue;
      }
      const tail = percent ? "" : " x 100";
      const factor = percent ? ONE : PERCENT;
      // Or, in a list of single figures (where no search can weigh a ratio), one figure over another:
      // "Share of capacity = children placed / beds".
      const single = this.positions().filter((pos) => this.hasFigure(line, pos)).length === 1;
      const figures = single ? lines.filter((l) => l < line && isSource(l)).slice(-3) : [];
      for (const a of figures)
        for (const b of figures) {
          if (a === b) continue;
          const words = `${this.name(line)} = ${this.name(a)} / ${this.name(b)}${tail}`;
          readings.push(this.between({ kind: "ratio", factor }, words, line, [a, b], false));
        }
      this.choose(readings);
    }
  }

  /**
   * The runs of a share line's figures between headings, where there are two or more and each
   * (but perhaps one) adds to the whole; none otherwise.
   */
  private blocksOfShares(line: number, source: number, percent: boolean): number[][] {
    const blocks: number[][] = [[]];
    for (const pos of this.positions()) {
      const heading =
        this.table.labelOf(this.other, pos) && !this.table.figureCells(this.other, pos).length;
      if (heading && blocks[blocks.length - 1].length) blocks.push([]);
      if (this.hasFigure(line, pos) && this.hasFigure(source, pos))
        blocks[blocks.length - 1].push(pos);
    }
    const runs = blocks.filter((b) => b.length);
    // All but one adding to the whole say what the blocks are; the one may hold a mistake.
    const whole = runs.filter((b) => this.addsToWhole(line, b, percent)).length;
    return runs.length >= 2 && runs.every((b) => b.length >= 2) && whole >= runs.length - 1
      ? runs
      : [];
  }

  /** A share line's readings over one source line: of a total, of a 100% base, or of its sum. */
  private sharesOf(line: number, source: number, percent: boolean): Relation[] {
    const factor = percent ? ONE : PERCENT;
    const withSource = this.positions().filter(
      (pos) => this.hasFigure(line, pos) && this.hasFigure(source, pos)
    );
    const totals = this.positions().filter(
      (pos) => this.table.hintsOf(this.other, pos).aggregate === "total"
    );
    const largest = withSource.reduce<number | undefined>(
      (best, pos) =>
        best === undefined ||
        this.valueAt({ line: source, pos }) > this.valueAt({ line: source, pos: best })
          ? pos
          : best,
      undefined
    );
    // A share is of the whole, and the whole is 100%: only a position printed as 100% can be the base.
    const whole = (pos: number) => {
      const f = this.table.figure(this.cell(line, pos));
      const hundred = percent ? 1 : 100;
      return f !== undefined && Math.abs(f.value - hundred) <= f.half + 1e-9;
    };
    // A labelled total may print another share in its place (foster placements' 55% of all
    // placements); the lines above it are still shares of it. Otherwise its own share is 100%.
    const labelled =
      totals.length === 1 && this.hasFigure(source, totals[0]) ? totals[0] : undefined;
    const unlabelled = totals.some((pos) => this.hasFigure(source, pos))
      ? undefined
      : this.unlabelledWhole(line, source, withSource, largest, percent);
    const total = labelled ?? unlabelled;
    if (unlabelled !== undefined) this.addWholeSum(source, unlabelled, withSource);
    const bases = [...new Set([total, withSource[0], largest])].filter(
      (pos): pos is number =>
        pos !== undefined && this.hasFigure(source, pos) && (whole(pos) || pos === total)
    );
    const tail = percent ? "" : " x 100";
    const readings = bases.map((base): Relation => {
      // A share printed "—" is one too small to print, not a nought to check.
      const instances = withSource
        .filter(
          (pos) =>
            (whole(base) ||
              pos !== base ||
              (base === labelled && !this.shareOfAnother(line, source, base))) &&
            !this.isNil(line, pos)
        )
        .map((pos) => ({
          target: this.cell(line, pos),
          inputs: [this.cell(source, pos), this.cell(source, base)],
        }));
      const words = `${this.name(line)} = ${this.name(source)} / ${this.name(source)} at ${this.table.lineName(this.other, base)}${tail}`;
      return {
        ...this.relation({ kind: "ratio", factor }, words, instances, false, [line, source]),
        roundedToWhole: this.addsExactlyTo(line, base, withSource),
      };
    });
    // Several totals each printed 100% (income, then expenditure): each block's shares are of
    // the total closing it.
    const closing = totals.filter((pos) => this.hasFigure(source, pos) && whole(pos));
    if (closing.length >= 2) {
      const blockOf = (pos: number) => closing.find((t) => t >= pos);
      const instances = withSource
        .filter((pos) => blockOf(pos) !== undefined && !this.isNil(line, pos))
        .map((pos) => ({
          target: this.cell(line, pos),
          inputs: [this.cell(source, pos), this.cell(source, blockOf(pos)!)],
        }));
      const words = `${this.name(line)} = ${this.name(source)} / ${this.name(source)} at the total below it${tail}`;
      readings.push({
        ...this.relation({ kind: "ratio", factor }, words, instances, false, [line, source]),
        roundedToWhole: closing.some((t) =>
          this.addsExactlyTo(
            line,
            t,
            withSource.filter((pos) => blockOf(pos) === t)
          )
        ),
      });
    }
    // With no total and no 100% printed, shares that add up to the whole, or a heading that
    // says "of total", are of the line's sum.
    const ofSum =
      withSource.length >= 3 &&
      (this.addsToWhole(line, withSource, percent) ||
        /\bof (?:the )?total\b/i.test(this.name(line)));
    if (!bases.length && !totals.length && ofSum)
      readings.push(this.shareOfSum(line, source, withSource, percent));
    return readings;
  }

  /**
   * Whether the share a line prints at `pos` is the source's figure there as a share of another
   * line's (foster placements' 55% of all placements, on the line where the total share column
   * prints 100%), not the source's own 100%.
   */
  private shareOfAnother(line: number, source: number, pos: number): boolean {
    const share = this.table.figure(this.cell(line, pos));
    const amount = this.table.figure(this.cell(source, pos));
    if (!share || !amount) return false;
    const hundred = share.percent ? 1 : 100;
    for (let l = this.table.firstLine(this.o); l < this.table.lineCount(this.o); l++) {
      const whole = l === line || l === source ? undefined : this.table.figure(this.cell(l, pos));
      if (!whole || whole.value === 0 || this.table.isPercentLine(this.o, l)) continue;
      if (Math.abs((amount.value / whole.value) * hundred - share.value) <= share.half + 1e-9)
        return true;
    }
    return false;
  }

  private isNil(line: number, pos: number): boolean {
    return this.table.figure(this.cell(line, pos))?.nil === true;
  }

  /**
   * With no total labelled, the whole of a list of shares is the largest or the last figure where
   * its share is printed as about 100 (99.9 by the rounding of the shares) and the amounts or the
   * shares of all the others add up to it: an unlabelled total under a list of districts. Either
   * sum alone says so, so a slip in an amount or in a share leaves the whole found.
   */
  private unlabelledWhole(
    line: number,
    source: number,
    at: readonly number[],
    largest: number | undefined,
    percent: boolean
  ): number | undefined {
    const hundred = percent ? 1 : 100;
    const aboutWhole = (pos: number) => {
      const slack = at.reduce(
        (sum, p) => sum + (this.table.figure(this.cell(line, p))?.half ?? 0),
        0
      );
      const share = this.table.figure(this.cell(line, pos));
      return share !== undefined && Math.abs(share.value - hundred) <= slack + 1e-9;
    };
    return [largest, at[at.length - 1]].find(
      (pos) =>
        pos !== undefined &&
        aboutWhole(pos) &&
        (this.sumOfOthers(source, pos) || this.sumOfOthers(line, pos))
    );
  }

  /** The unlabelled whole of a list of shares is the sum of the amounts it is the whole of. */
  private addWholeSum(source: number, whole: number, at: readonly number[]): void {
    const parts = at.filter((pos) => pos !== whole);
    const op: Op = { kind: "sum", signs: parts.map(() => 1) };
    const name = (pos: number) => this.table.lineName(this.other, pos);
    const words = `${this.name(source)} at ${name(whole)} = ${sumWords(parts.map(name))}, in ${this.name(source)}`;
    const instance = {
      target: this.cell(source, whole),
      inputs: parts.map((pos) => this.cell(source, pos)),
    };
    this.add(
      {
        ...this.relation(op, words, [instance], true, []),
        orientation: this.other,
        key: `${this.other}:${relationKey(op, [whole, ...parts])}`,
      },
      true
    );
  }

  /** Whether the figure at `pos` is the sum of the line's other figures, within their rounding. */
  private sumOfOthers(line: number, pos: number): boolean {
    const parts = this.positions()
      .filter((p) => p !== pos && this.hasFigure(line, p))
      .map((p) => ({ line, pos: p }));
    return parts.length >= 2 && this.sumHolds(line, pos, { parts, signs: parts.map(() => 1) });
  }

  /** Shares printed so that they add up exactly to the whole printed at `base`: rounded together. */
  private addsExactlyTo(line: number, base: number, at: readonly number[]): boolean {
    const parts = at.filter((pos) => pos !== base);
    if (parts.length < 2 || !this.hasFigure(line, base)) return false;
    const figureAt = (pos: number) => this.table.figure(this.cell(line, pos))!;
    const sum = parts.reduce((total, pos) => total.plus(figureAt(pos).exact), new Decimal(0));
    return sum.eq(figureAt(base).exact);
  }

  /** Shares whose sum is 100% within the rounding of each. */
  private addsToWhole(line: number, at: readonly number[], percent: boolean): boolean {
    const figures = at.map((pos) => this.table.figure(this.cell(line, pos))!);
    const sum = figures.reduce((total, f) => total + f.value, 0);
    const slack = figures.reduce((total, f) => total + f.half, 0);
    return Math.abs(sum - (percent ? 1 : 100)) <= slack + 1e-9;
  }

  /** "Percentage of total beds = Beds / the sum of Beds": each share over every figure of the line. */
  private shareOfSum(line: number, source: number, at: readonly number[], percent: boolean) {
    const sumOf = (from: number): Expression =>
      from === at.length
        ? { kind: "input", index: from }
        : { kind: "binary", op: "+", left: { kind: "input", index: from }, right: sumOf(from + 1) };
    const share: Expression = {
      kind: "binary",
      op: "/",
      left: { kind: "input", index: 0 },
      right: sumOf(1),
    };
    const expression: Expression = percent
      ? share
      : {
          kind: "binary",
          op: "*",
          left: share,
          right: { kind: "number", value: new Decimal(100) },
        };
    const all = at.map((pos) => this.cell(source, pos));
    const instances = at.map((pos) => ({
      target: this.cell(line, pos),
      inputs: [this.cell(source, pos), ...all],
    }));
    const words = `${this.name(line)} = ${this.name(source)} / the sum of ${this.name(source)}${percent ? "" : " x 100"}`;
    return this.relation({ kind: "expression", expression }, words, instances, false, [
      line,
      source,
    ]);
  }

  run(): void {
    const lines = (this.lines = this.figureLines());
    this.lineBefore = new Map(lines.slice(1).map((l, i) => [l, lines[i]]));
    this.totals(lines);
    this.innerColumnTotals(lines);
    this.averages(lines);
    this.differences(lines);
    this.unlabelledResults(lines);
    this.periods(lines);
    this.periodsCounted(lines);
    this.restatements(lines);
    this.scales(lines);
    this.wholeTerms(lines);
    this.perUnit(lines);
    this.namedRatios(lines);
    this.shares(lines);
    this.statedRatios(lines);
    this.statedUplifts(lines);
    this.bandRatios(lines);
    this.acrossSections(lines);
    this.balances(lines);
    this.runningTotals(lines);
    this.fundsBalance(lines);
    this.bridges(lines);
    this.yearOnYear(lines);
    this.bandCharges(lines);
    this.letteredFormulas(lines);
  }

  /**
   * A line whose label names two other lines as "X per Y" ("Places per establishment" beside
   * "Establishments" and "Places", "Staff FTE per place"): it is X over Y at every position. On a
   * totals line too, as the ratio of the totals.
   */
  private namedRatios(lines: readonly number[]): void {
    const named = (word: string, except: number) => {
      const stem = word.replace(/s$/, "");
      const found = lines.filter(
        (l) =>
          l !== except &&
          !this.hints(l).perUnit &&
          !this.table.isPercentLine(this.o, l) &&
          this.hints(l)
            .words.split(" ")
            .some((w) => w.replace(/s$/, "") === stem)
      );
      return found.length === 1 ? found[0] : undefined;
    };
    for (const line of lines) {
      const per = PER_NAMED.exec(this.hints(line).words);
      if (!per) continue;
      const denominator = named(per[2], line);
      const numerator = per[1]
        .split(" ")
        .reverse()
        .map((w) => named(w, line))
        .find((l) => l !== undefined && l !== denominator);
      if (numerator === undefined || denominator === undefined) continue;
      const words = `${this.name(line)} = ${this.name(numerator)} / ${this.name(denominator)}`;
      this.choose([
        this.between(
          { kind: "ratio", factor: ONE },
          words,
          line,
          [numerator, denominator],
          false,
          true
        ),
      ]);
    }
  }

  /**
   * A last section headed "All sectors" (or "Total", "All areas") repeats the lines of the
   * sections above it: each of its lines is the sum of the lines of the same name above, at the
   * positions that add (not a percentage change or a rate per unit).
   */
  private acrossSections(lines: readonly number[]): void {
    const sections: { heading: string; lines: number[] }[] = [];
    // From the first line: the first section's heading may stand among the header rows.
    for (let l = 0; l < this.table.lineCount(this.o); l++) {
      if (!this.table.figureCells(this.o, l).length) {
        if (this.table.labelOf(this.o, l))
          sections.push({ heading: this.hints(l).words, lines: [] });
      } else if (sections.length && lines.includes(l)) sections[sections.length - 1].lines.push(l);
    }
    const last = sections[sections.length - 1];
    if (sections.length < 3 || !ALL_SECTIONS.test(last.heading)) return;
    const stem = (l: number) => this.hints(l).stem;
    for (const line of last.lines) {
      const found = sections.slice(0, -1).flatMap((section) => {
        const l = section.lines.find((x) => stem(x) === stem(line));
        return l === undefined ? [] : [{ line: l, name: `${this.name(l)} (${section.heading})` }];
      });
      if (!found.length) continue;
      const parts = found.map((f) => f.line);
      const words = `${this.name(line)} (${last.heading}) = ${sumWords(found.map((f) => f.name))}`;
      const instances = this.along(line, parts, true).filter((i) => this.adds(this.positionOf(i)));
      this.choose([
        this.relation({ kind: "sum", signs: parts.map(() => 1) }, words, instances, true, [
          line,
          ...parts,
        ]),
      ]);
    }
  }

  /**
   * A balance at the end of a period is the balance at its start and the movements between them:
   * as printed (reductions in brackets), or with spending printed unsigned taken away; a line
   * followed by its own parts counts once. A closing balance opens the next period. Across
   * consecutive years, each year opens with the balance the year before closed with.
   */
  private balances(lines: readonly number[]): void {
    let opening: number | undefined;
    const ends: [number, number][] = [];
    for (const line of lines) {
      const words = this.hints(line).words;
      // "Year end profit at 31st March" is the year's result, not a balance carried on.
      if (this.isResult(line) && !/\bforward\b|\bfwd\b|\b[bc]\/f\b/.test(words)) continue;
      const closing = CLOSING_BALANCE.test(words);
      if (closing && opening !== undefined) {
        const from = opening;
        ends.push([from, line]);
        // With nothing between the balances, the year's result printed just above the opening
        // one is what moves it ("Net profit", "Balance brought forward", "Balance carried forward").
        const between = lines.filter((l) => l > from && l < line);
        const above = this.lineBefore.get(from);
        const moves =
          between.length || above === undefined || !this.isResult(above) ? between : [above];
        // Lines that add up to the closing balance on their own are its breakdown (the bank
        // account, the savings account), not what moved the opening one.
        if (this.breakdownOf(line, moves)) {
          opening = line;
          continue;
        }
        const whole = this.withoutParts(moves);
        const sets = whole.length < moves.length ? [moves, whole] : [moves];
        // Or the net of the movements printed last, on its own: "Net receipts over payments" under
        // the receipts, their total, the payments and theirs.
        const last = moves[moves.length - 1];
        if (moves.length > 1 && (this.hints(last).net || this.isResult(last))) sets.push([last]);
        const readings = sets.flatMap((set) =>
          this.signings(set).map((signs) => this.balanceReading(line, from, set, signs))
        );
        // Or from a total that already counts the opening balance ("Totals" of the balance
        // brought forward and the receipts), with the last total after it ("Total expenses").
        const totals = moves.filter((l) => this.hints(l).aggregate !== undefined);
        const lastTotal = totals[totals.length - 1];
        for (const carriedIn of totals.slice(0, -1))
          for (const signs of this.signings([lastTotal]))
            readings.push(this.balanceReading(line, carriedIn, [lastTotal], signs));
        if (moves.length) this.choose(readings);
      }
      if (closing || OPENING_BALANCE.test(words)) opening = line;
    }
    const years = this.consecutiveYears();
    // Only a balance brought forward is the one the year before closed with: a closing balance
    // that a statement of balances below restates closes the same year as it does.
    for (const [open, close] of ends) {
      if (!OPENING_BALANCE.test(this.hints(open).words)) continue;
      const instances = years
        .slice(1)
        .flatMap((pos, i) =>
          this.hasFigure(open, pos) && this.hasFigure(close, years[i])
            ? [{ target: this.cell(open, pos), inputs: [this.cell(close, years[i])] }]
            : []
        );
      const words = `${this.name(open)} = ${this.name(close)} the year before`;
      this.choose([
        {
          ...this.relation(COPY, words, instances, true, [open, close]),
          key: `${this.o}:carried:${open}:${close}`,
        },
      ]);
    }
  }

  /** Whether lines add up to a balance by themselves, wherever it is printed (two lines or more). */
  private breakdownOf(balance: number, lines: readonly number[]): boolean {
    if (lines.length < 2) return false;
    const printed = this.positions().filter((pos) => this.hasFigure(balance, pos));
    return (
      printed.length > 0 &&
      printed.every((pos) => {
        const parts = lines.map((line) => ({ line, pos }));
        return this.sumOutcome(balance, pos, { parts, signs: parts.map(() => 1) })?.holds;
      })
    );
  }

  /**
   * A running total ("Running Total", "balance", "Cumulative") is the one before it with the amount
   * beside it added or taken away: a ledger's balance after each payment, a pledge drive's total
   * after each pledge. Which line is the amount, and which way, the figures say.
   */
  private runningTotals(lines: readonly number[]): void {
    // What a running total counts, less the words that say it runs: "Cumulative savings
    // requirement" runs over the "Annual savings requirement", not over another line.
    const running = lines.filter((l) => this.hints(l).running);
    if (!running.length) return;
    const subject = (l: number) =>
      this.hints(l)
        .words.replace(RUNNING_WORDS, " ")
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2);
    const amounts = lines
      .filter((l) => !this.hints(l).running && !this.table.isPercentLine(this.o, l))
      .map((l) => ({ line: l, words: subject(l) }));
    for (const line of running) {
      const counted = subject(line);
      const readings = amounts
        .filter(({ words }) => counted.every((w) => words.includes(w)))
        .map(({ line: l }) => l)
        .flatMap((l) => [1, -1].map((sign) => this.runningReading(line, l, sign)))
        .filter((r) => r.instances.length >= RUNNING_TOTAL_INSTANCES);
      if (readings.length) this.choose(readings);
    }
  }

  private runningReading(line: number, amounts: number, sign: number): Relation {
    const instances: Instance[] = [];
    let before: number | undefined;
    for (const pos of this.positions()) {
      if (!this.hasFigure(line, pos)) continue;
      if (before !== undefined && this.hasFigure(amounts, pos))
        instances.push({
          target: this.cell(line, pos),
          inputs: [this.cell(line, before), this.cell(amounts, pos)],
        });
      before = pos;
    }
    const words = `${this.name(line)} = the one before ${sign > 0 ? "+" : "-"} ${this.name(amounts)}`;
    return {
      ...this.relation({ kind: "sum", signs: [1, sign] }, words, instances, false, [line, amounts]),
      key: `${this.o}:running:${line}:${amounts}:${sign}`,
    };
  }

  /**
   * Lines lettered in their labels, and a line whose label prints its formula over those letters
   * ("Net Amount of Rates to be Levied (C)=(A-B)", "General Annual Rate on Valuation D/E"): the
   * formula, as printed.
   */
  private letteredFormulas(lines: readonly number[]): void {
    const byLetter = new Map<string, number | null>();
    for (const line of lines) {
      const letter = LINE_LETTER.exec(this.table.labelOf(this.o, line).trim())?.[1];
      if (letter) byLetter.set(letter, byLetter.has(letter) ? null : line);
    }
    if (byLetter.size < 2) return;
    for (const line of lines) {
      const printed = LETTER_FORMULA.exec(this.table.labelOf(this.o, line).trim())?.[1];
      if (!printed) continue;
      const inputs: number[] = [];
      const expression = letterExpression(printed.replace(/\s+/g, ""), (letter) => {
        const l = byLetter.get(letter);
        if (l === undefined || l === null || l === line) return undefined;
        inputs.push(l);
        return inputs.length - 1;
      });
      if (!expression) continue;
      const linear = !/[*/x]/.test(printed);
      const words = `${this.name(line)} = ${printed}`;
      this.choose([
        this.between({ kind: "expression", expression }, words, line, inputs, linear, true),
      ]);
    }
  }

  /**
   * A balance sheet balances: its funds, totalled at the foot ("Total funds", "Members' funds"),
   * are its net assets above them. A closing line without a total's word ("Reserves" under
   * "Capital and reserves") is also the total of the lines under the heading above it.
   */
  private fundsBalance(lines: readonly number[]): void {
    for (const line of lines) {
      if (!FUNDS_TOTAL.test(this.hints(line).words) && !this.unlabelledFunds(lines, line)) continue;
      const assets = lines.filter((l) => l < line && NET_ASSETS.test(this.hints(l).words)).pop();
      if (assets === undefined) continue;
      const words = `${this.name(line)} = ${this.name(assets)}`;
      this.choose([this.between(COPY, words, line, [assets], true)]);
      if (this.hints(line).aggregate !== undefined) continue;
      const section = lines.filter((l) => l > assets && l < line);
      const heading = section.findIndex((l, i) => this.headingBetween(section[i - 1] ?? assets, l));
      const parts = heading < 0 ? [] : section.slice(heading);
      if (!parts.length || parts.some((l) => this.headingBetween(parts[0], l))) continue;
      const sum = { kind: "sum", signs: parts.map(() => 1) } as const;
      const total = `${this.name(line)} = ${parts.map((l) => this.name(l)).join(" + ")}`;
      this.choose([this.between(sum, total, line, parts, true)]);
    }
  }

  /** The foot of a balance sheet, unlabelled, under "Capital and reserves": the funds' total. */
  private unlabelledFunds(lines: readonly number[], line: number): boolean {
    if (this.hints(line).words !== "" || line !== lines[lines.length - 1]) return false;
    for (let l = line - 1; l >= this.table.firstLine(this.o); l--) {
      if (this.table.figureCells(this.o, l).length) continue;
      const words = this.hints(l).words;
      if (words) return FUNDS_HEADING.test(words);
    }
    return false;
  }

  /**
   * A change "on the previous year" across positions headed by consecutive years: each year's
   * figure of the line above less the year before's, in pounds or as a percentage of it.
   */
  private yearOnYear(lines: readonly number[]): void {
    const years = this.consecutiveYears();
    if (years.length < 2) return;
    for (const [k, line] of lines.entries()) {
      // Or a "Per cent change" right under the amounts it is the change of, across the years.
      const named = ON_PREVIOUS_YEAR.test(this.hints(line).words);
      if (!named && !(this.hints(line).percentChange && this.hints(line).percent)) continue;
      const percent = this.table.isPercentLine(this.o, line);
      // The figures it is the change of: the nearest line above that is neither a change nor a percentage.
      const of = lines
        .filter(
          (l) =>
            l < line &&
            !ON_PREVIOUS_YEAR.test(this.hints(l).words) &&
            !this.table.isPercentLine(this.o, l)
        )
        .pop();
      if (of === undefined || (!named && of !== lines[k - 1])) continue;
      const instances = years.slice(1).flatMap((pos, i) =>
        this.hasFigure(line, pos) && this.hasFigure(of, pos) && this.hasFigure(of, years[i])
          ? [
              {
                target: this.cell(line, pos),
                inputs: [this.cell(of, years[i]), this.cell(of, pos)],
              },
            ]
          : []
      );
      // Percentages printed bare ("4.3" under "Year on year percentage variation") are hundredths.
      const printedWithPercent = this.lineInPercent(this.o, line);
      const op: Op = percent
        ? { kind: "change", factor: printedWithPercent ? ONE : PERCENT }
        : { kind: "sum", signs: [-1, 1] };
      const words = percent
        ? `${this.name(line)} = (${this.name(of)} - ${this.name(of)} the year before) / ${this.name(of)} the year before${printedWithPercent ? "" : " x 100"}`
        : `${this.name(line)} = ${this.name(of)} - ${this.name(of)} the year before`;
      this.choose([
        {
          ...this.relation(op, words, instances, false, [line, of]),
          key: `${this.o}:year-on-year:${line}:${of}`,
        },
      ]);
    }
  }

  /**
   * A bridge from one year's figure to another's: "Gross expenditure 2018 to 2019", the changes,
   * "Gross expenditure 2020 to 2021". The later line, named as the earlier but for its years, is
   * the earlier and the lines between, as printed or with savings printed unsigned taken away. So
   * is a line "after" some adjustments, named as the line "before" them.
   */
  private bridges(lines: readonly number[]): void {
    // Each line's label less its years, read once: a long list would otherwise read each
    // MOST_BRIDGE_LINES times.
    const measures = new Map<number, string>();
    const measure = (l: number) => {
      let m = measures.get(l);
      if (m === undefined) measures.set(l, (m = yearless(this.hints(l).words)));
      return m;
    };
    for (const [index, line] of lines.entries()) {
      const years = this.yearsOf(line);
      if (!years.size || !measure(line)) continue;
      const at = earlierWithin(lines, index, (l) => measure(l) === measure(line));
      if (at < 0) continue;
      const from = lines[at];
      // A later year's figure: 2024/25 after 2023/24, though both name 2024.
      const before = this.yearsOf(from);
      const earliest = (ys: Set<number>) => [...ys].reduce((m, y) => Math.min(m, y), Infinity);
      if (!before.size || earliest(before) >= earliest(years)) continue;
      this.bridge(line, from, lines.slice(at + 1, index));
    }
    // "Gross expenditure after transfers" is the same line before them and the transfers between,
    // each printed only where there is one (a blank is none).
    for (const [index, line] of lines.entries()) {
      const words = this.hints(line).words;
      if (!AFTER.test(words)) continue;
      const earlier = words.replace(AFTER, "before");
      const at = earlierWithin(lines, index, (l) => this.hints(l).words === earlier);
      if (at >= 0) this.bridge(line, lines[at], lines.slice(at + 1, index), true);
    }
  }

  /** The later line as the earlier and the lines between, signed as the figures bear out. */
  private bridge(line: number, from: number, moves: readonly number[], blanks = false): void {
    if (!moves.length) return;
    const readings = this.signings(moves).map((signs) =>
      this.balanceReading(line, from, moves, signs, blanks)
    );
    // Where no reading holds, the names alone may be a coincidence ("Budget 2023/24", "Actual
    // 2023/24", "Budget 2024/25"): only a break a known mistake explains is reported.
    const holding = readings.filter((r) => this.weigh(r).holds > 0);
    if (holding.length) this.choose(holding);
    else this.add(readings[0], false);
  }

  /** How movements count: as printed, and, where spending is printed unsigned, with it taken away. */
  private signings(moves: readonly number[]): number[][] {
    const printed = moves.map(() => 1);
    const spent = moves.map((l) =>
      (SPENDING.test(this.hints(l).words) || this.hints(l).less) && this.unsigned(l) ? -1 : 1
    );
    return spent.includes(-1) ? [printed, spent] : [printed];
  }

  private balanceReading(
    line: number,
    from: number,
    moves: readonly number[],
    signs: readonly number[],
    blanks = false
  ): Relation {
    const inputs = [from, ...moves];
    const terms = moves.map((l, i) => `${signs[i] < 0 ? "-" : "+"} ${this.name(l)}`).join(" ");
    const words = `${this.name(line)} = ${this.name(from)} ${terms}`;
    const op: Op = { kind: "sum", signs: [1, ...signs] };
    return this.between(op, words, line, inputs, true, true, blanks);
  }

  /** The lines, less any run just below one of them that adds up to it (at half its positions or more). */
  private withoutParts(moves: readonly number[]): number[] {
    const parts = new Set<number>();
    for (const [i, head] of moves.entries()) {
      for (let end = i + 3; end <= moves.length; end++) {
        const run = moves.slice(i + 1, end);
        const sum = this.between({ kind: "sum", signs: run.map(() => 1) }, "", head, run, true);
        const { holds, breaks } = this.weigh(sum);
        if (holds >= 1 && holds >= breaks) run.forEach((l) => parts.add(l));
      }
    }
    return moves.filter((l) => !parts.has(l));
  }

  /**
   * The band D charge is the council tax requirement over the tax base (in band D equivalent
   * properties), scaled from £000 or £m to pounds as the figures bear out; a precept on the
   * figure line after a requirement is that requirement. Kept only where they hold somewhere: the
   * labels alone do not say which requirement is meant.
   */
  private bandCharges(lines: readonly number[]): void {
    // The nearest line above that the labels name, else the nearest below.
    const nearest = (line: number, pattern: RegExp) => {
      const named = lines.filter((l) => l !== line && pattern.test(this.hints(l).words));
      return named.filter((l) => l < line).pop() ?? named.find((l) => l > line);
    };
    for (const line of lines) {
      const above = this.lineBefore.get(line);
      if (above === undefined || !PRECEPT.test(this.hints(line).words)) continue;
      if (PRECEPT.test(this.hints(above).words) || !REQUIREMENT.test(this.hints(above).words))
        continue;
      const copy = this.between(
        COPY,
        `${this.name(line)} = ${this.name(above)}`,
        line,
        [above],
        true
      );
      if (this.weigh(copy).holds > 0) this.choose([copy]);
    }
    for (const line of lines) {
      const words = this.hints(line).words;
      if (!(BAND_D.test(words) || TAX_CHARGE.test(words)) || TAX_BASE.test(words)) continue;
      if (this.hints(line).aggregate) continue;
      const base = nearest(line, TAX_BASE);
      const requirement = nearest(line, TAX_REQUIREMENT);
      if (base === undefined || requirement === undefined || base === requirement) continue;
      // Or the total straight after a line taken from it, before the charge: what is left once
      // parishes' precepts are taken off.
      const afterLess = (l: number) => {
        const above = this.lineBefore.get(l);
        return above !== undefined && this.hints(above).less;
      };
      const netted = lines.filter(
        (l) =>
          l > requirement &&
          l < line &&
          l !== base &&
          this.hints(l).aggregate !== undefined &&
          afterLess(l)
      );
      const readings = [requirement, ...netted].flatMap((raised) => {
        const t = `${this.name(line)} = ${this.name(raised)} / ${this.name(base)}`;
        return [ONE, THOUSAND, MILLION].map((factor) =>
          this.between(
            { kind: "ratio", factor },
            factor === ONE ? t : `${t} x ${factor.words}`,
            line,
            [raised, base],
            false,
            true
          )
        );
      });
      if (readings.some((r) => this.weigh(r).holds > 0)) this.choose(readings);
    }
  }

  /**
   * Positions headed by consecutive years ("2023-24", "2024-25"; accounts print the latest
   * first), earliest first: empty unless every one is.
   */
  private consecutiveYears(): number[] {
    const positions = this.positions().filter(
      (pos) => this.table.figureCells(this.other, pos).length
    );
    const firsts = positions.map((pos) =>
      [...yearsIn(this.table.labelOf(this.other, pos))].reduce((a, b) => Math.min(a, b), Infinity)
    );
    const step = (by: number) =>
      firsts.every((y, i) => Number.isFinite(y) && (i === 0 || y === firsts[i - 1] + by));
    if (positions.length < 2) return [];
    return step(1) ? positions : step(-1) ? positions.reverse() : [];
  }
}

/** The heading of a section that totals the sections above it, line by line. */
const ALL_SECTIONS = /^(?:all\b|total\b|totals\b|overall\b|combined\b|grand total\b)/;

/**
 * A formula over single letters, "(A-B)", "D/E", "AxB", as arithmetic over inputs; `input` gives
 * a letter's index, or undefined where the letter names no line.
 */
function letterExpression(
  text: string,
  input: (letter: string) => number | undefined
): Expression | undefined {
  let at = 0;
  const term = (): Expression | undefined => {
    if (text[at] === "(") {
      at++;
      const inner = sum();
      if (text[at++] !== ")") return undefined;
      return inner;
    }
    const letter = text[at++];
    const index = letter && /[A-Z]/.test(letter) ? input(letter) : undefined;
    return index === undefined ? undefined : { kind: "input", index };
  };
  const product = (): Expression | undefined => {
    let left = term();
    while (left && /[*/x]/.test(text[at] ?? "")) {
      const op = text[at++] === "/" ? "/" : "*";
      const right = term();
      left = right && { kind: "binary", op, left, right };
    }
    return left;
  };
  const sum = (): Expression | undefined => {
    let left = product();
    while (left && /[-+]/.test(text[at] ?? "")) {
      const op = text[at++] === "+" ? "+" : "-";
      const right = product();
      left = right && { kind: "binary", op, left, right };
    }
    return left;
  };
  const expression = sum();
  return expression && at === text.length ? expression : undefined;
}

export function announcedRelations(table: Table): Announcement[] {
  return ORIENTATIONS.flatMap((o) => {
    const announcer = new Announcer(table, o);
    announcer.run();
    return announcer.announcements;
  });
}

/**
 * A running sum of parts against a total, to rule out at a glance runs that miss it by more than
 * all their figures' rounding together, however it is read (each part to the total's own rounding,
 * as a column rounded throughout is). Long lists try thousands of runs at each total, nearly all
 * far off; the exact outcome is worked out only for the few that come near.
 */
class Glance {
  private sum = 0;
  private room: number;
  private size: number;
  private readonly widest: number;
  /** A blank, a gap or words among the figures is for the exact outcome to judge. */
  private unsure: boolean;

  constructor(private readonly total: Figure | undefined) {
    this.widest = total?.resultHalf ?? 0;
    this.room = total ? Math.max(total.half, this.widest) : 0;
    this.size = total ? Math.abs(total.value) : 0;
    this.unsure = total === undefined;
  }

  add(part: Figure | undefined, sign: number): void {
    if (!part) {
      this.unsure = true;
      return;
    }
    this.sum += sign * part.value;
    this.room += Math.max(part.half, this.widest);
    this.size += Math.abs(part.value);
  }

  plainlyMisses(): boolean {
    return (
      !this.unsure &&
      Math.abs(this.sum - this.total!.value) > this.room + GLANCE_NOISE * (1 + this.size)
    );
  }
}
