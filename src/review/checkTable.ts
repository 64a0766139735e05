/**
 * The reviewer's pipeline for one table: read the cells, find the candidate relations (announced
 * by labels or formulas, or found by search), accept them by evidence, locate the cell that breaks
 * them, diagnose why, and word each finding as a sentence a reviewer accepts. Its findings are
 * what CARE.CHECKTABLE spills, the Check tab lists and `carecalc check` prints.
 */
import { CellPosition, parseAddress } from "../core/a1";
import { Decimal } from "../core/decimal";
import { announcedRelations } from "./announced";
import { diagnose, Diagnosis, DiagnosisContext, DiagnosisKind, STRENGTH } from "./diagnose";
import {
  breaksAreExceptions,
  chanceRoundedSumIsExact,
  chanceWorkedIsExact,
  chanceWords,
  loneTotal,
  roundedSumsAddExactly,
  significant,
} from "./evidence";
import { NO_INCONSISTENCIES } from "./findingColumns";
import { formulaRelations, FormulaEvidence } from "./formulas";
import { locate, Occurrence, Suspect } from "./locate";
import { isFootnoted, type Cell, type Figure } from "./read";
import {
  applyExactly,
  cellAllowance,
  cellKey,
  cellsOf,
  COPY,
  figuresOf,
  holdsExactly,
  implied,
  Instance,
  Op,
  outcome,
  Outcome,
  Relation,
  Source,
} from "./relation";
import { namesTheSame, OPENING_BALANCE } from "./labels";
import { searchRelations } from "./search";
import { Orientation, Table } from "./table";
import { amountWords, quoted } from "./words";
import { MiswrittenFigure, miswrittenFigures } from "./writtenForm";
import {
  COINCIDENCES_PER_TABLE,
  EXACT_SUMS_CHANCE,
  EXACT_WORKED_CHANCE,
  FOUND_OUTWEIGHS_LABELS,
  LONE_TOTAL_COINCIDENCES,
  MOST_QUOTED,
  SIGN_CONVENTION_LINES,
} from "./settings";

export interface CheckOptions {
  /** Where the range starts in its sheet ("B3", or a position), so findings name the sheet's cells. Default A1. */
  readonly origin?: string | CellPosition;
  /** Each cell's formula, where the workbook has one: a typed value among formulas is the first suspect. */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
}

export interface Finding {
  /** The sheet's A1 address. */
  readonly cell: string;
  /** Zero-based row and column within the checked range. */
  readonly position: CellPosition;
  /** The relation in the table's own words: "Annual cost = Weekly rate x 52, in Medium". */
  readonly relation: string;
  /** The figure's value as written, or its text when it cannot be read. */
  readonly stated: number | string;
  /** The cell's text as printed. */
  readonly statedText: string;
  /** What the relation gives; "" when the figure cannot be read. */
  readonly expected: number | "";
  /** stated - expected, worked out exactly. */
  readonly difference: number | "";
  /** How far stated and expected may differ through the rounding of the figures: ± this. */
  readonly allowance: number | "";
  readonly diagnosis: string;
  /** The finding as one sentence. */
  readonly sentence: string;
}

export interface RelationFound {
  readonly kind: Op["kind"];
  readonly words: string;
  readonly source: Source;
  /** Why it is trusted: "announced by the labels", or the search's evidence. */
  readonly evidence: string;
  /** For a product of one line: the factor (52, 365/7 ...). */
  readonly factor?: number;
  readonly instances: readonly { readonly target: string; readonly inputs: readonly string[] }[];
  readonly holds: number;
  readonly breaks: number;
}

/**
 * Never a finding: a total that differs from its parts only by what their rounding allows, or a
 * break at a figure the table marks with a footnote, whose note may explain it.
 */
export interface RoundingNote {
  readonly cell: string;
  readonly words: string;
}

export interface TableCheck {
  readonly relations: readonly RelationFound[];
  readonly findings: readonly Finding[];
  readonly notes: readonly RoundingNote[];
  /** How many figures the table holds: a table of none was read but had nothing to check. */
  readonly figures: number;
}

interface Accepted {
  readonly relation: Relation;
  readonly outcomes: ReadonlyMap<Instance, Outcome>;
  readonly evidence: string;
  /**
   * Report every break, or only breaks a specific cause explains (the relation may not apply
   * there), or those and breaks at a cell where another relation breaks too (corroborated).
   */
  readonly breaks: "all" | "explained" | "corroborated";
  /** What the other readings of an announced relation give, for "x 52 where the table uses 365/7". */
  readonly others: readonly { relation: Relation; outcomes: ReadonlyMap<Instance, Outcome> }[];
}

const ANNOUNCED = "announced by the labels";

/** Where a cell stands in an instance: 0 the result, then the inputs. */
const indexIn = (o: Occurrence, cell: CellPosition) =>
  cellsOf(o.instance).findIndex((c) => cellKey(c) === cellKey(cell));

export function originOf(origin: CheckOptions["origin"]): CellPosition {
  if (origin === undefined) return { row: 0, column: 0 };
  if (typeof origin !== "string") return origin;
  const parsed = parseAddress(origin);
  return parsed ? { row: parsed.row, column: parsed.column } : { row: 0, column: 0 };
}

/** Relations the table's labels, formulas and the search's evidence support, each once. */
function acceptedRelations(table: Table, formulas: FormulaEvidence): Accepted[] {
  const accepted: Accepted[] = [];
  const keys = new Set<string>();
  for (const f of formulas.relations) {
    keys.add(f.relation.key);
    accepted.push({ ...f, evidence: "the workbook's formulas", breaks: "all", others: [] });
  }
  // A reading the labels offered and the figures bore out less is not the search's to find again.
  const declined = new Set<string>();
  for (const a of announcedRelations(table)) {
    if (keys.has(a.relation.key)) continue;
    keys.add(a.relation.key);
    for (const other of a.others) declined.add(other.relation.key);
    const breaks = a.sure ? "all" : "explained";
    accepted.push({
      relation: a.relation,
      outcomes: a.outcomes,
      evidence: ANNOUNCED,
      breaks,
      others: a.others,
    });
  }
  // Where an accepted relation already holds, a found one that breaks there more than once only
  // approximates it ("% = variance / outturn" beside "% = variance / budget"); a copy of one line
  // ("Net movement = Net income" where no funds move) that breaks there once does, and so does a
  // sum of some of an accepted sum's lines (partOfAcceptedSum).
  const held = new Set<string>();
  const hold = (outcomes: ReadonlyMap<Instance, Outcome>) => {
    for (const [instance, result] of outcomes) if (result.holds) held.add(cellKey(instance.target));
  };
  accepted.forEach((a) => hold(a.outcomes));
  const theirs = alreadyAccepted(table, accepted);
  const partOf = partOfAcceptedSum(table, accepted);
  const search = searchRelations(table);
  const signings: Signing[] = [];
  // Figures where a found relation holds, one beyond doubt (FOUND_OUTWEIGHS_LABELS).
  const found = new Set<string>();
  const strongestFirst = [...search.candidates].sort(
    (a, b) =>
      a.evidence.breaks - b.evidence.breaks || a.evidence.log10Chance - b.evidence.log10Chance
  );
  for (const c of strongestFirst) {
    if (keys.has(c.relation.key) || declined.has(c.relation.key) || theirs(c.relation)) continue;
    // A total weighed on one holding figure must beat chance by the stricter bar of LONE_TOTAL_COINCIDENCES.
    const alone = loneTotal(c.evidence);
    const tried = c.evidence.byPlace ? search.triedByPlace : search.tried;
    const bar = alone ? LONE_TOTAL_COINCIDENCES : COINCIDENCES_PER_TABLE;
    if (!significant(c.evidence, tried, bar) || !breaksAreExceptions(c.evidence)) continue;
    const breaking = [...c.outcomes].filter(([, result]) => !result.holds);
    // So does such a total where its one break is at a figure another relation holds.
    const approximates =
      c.relation.op === COPY || alone || (breaking.length === 1 && partOf(c.relation)) ? 1 : 2;
    if (
      breaking.length >= approximates &&
      breaking.every(([instance]) => held.has(cellKey(instance.target)))
    )
      continue;
    const signed = signedByLine(table, c.relation, c.outcomes);
    if (signed.signing) signings.push(signed.signing);
    hold(signed.outcomes);
    keys.add(c.relation.key);
    const chance = c.evidence.log10Chance + Math.log10(Math.max(1, tried));
    accepted.push({
      relation: signed.relation,
      outcomes: signed.outcomes,
      evidence: `holds in ${c.evidence.holds} of ${c.evidence.holds + c.evidence.breaks}; ${chanceWords(chance)}`,
      // Two lines equal on most lines (voted and issued, budget and forecast) may differ on
      // others for good reason: a difference is a break where a known mistake explains it, or
      // where another relation breaks at its cell too (a regional rate printed apart from the
      // one every district shows, and its district's poundage not adding up with it).
      breaks: c.relation.op === COPY ? "corroborated" : "all",
      others: [],
    });
    if (!c.relation.fitted && chance < Math.log10(FOUND_OUTWEIGHS_LABELS))
      for (const [i, r] of c.outcomes) if (r.holds) found.add(cellKey(i.target));
  }
  // A reading the labels offered that breaks only where a found relation holds, and whose other
  // figures there other relations bear out, does not apply there ("% Received" as each line's
  // share of the total, holding where the shares happen to be 100%, beside "% Received = Actual /
  // Budget x 100", which holds on every line): no one figure is wrong.
  const holdingAt = new Map<string, Set<Relation>>();
  for (const a of accepted)
    for (const [i, r] of a.outcomes)
      if (r.holds)
        for (const cell of cellsOf(i)) {
          const key = cellKey(cell);
          holdingAt.set(key, (holdingAt.get(key) ?? new Set()).add(a.relation));
        }
  const borneOut = (cell: CellPosition, a: Accepted) =>
    [...(holdingAt.get(cellKey(cell)) ?? [])].some((r) => r !== a.relation);
  return accepted.map((a) =>
    withoutLoneAdditions(
      table,
      withoutMixedSigns(
        a.evidence === ANNOUNCED
          ? whereItHolds(
              a,
              (i) => found.has(cellKey(i.target)) && i.inputs.every((c) => borneOut(c, a))
            )
          : a,
        signings
      )
    )
  );
}

/**
 * A total's break by just the figure of a column printed on its line alone (central costs shown
 * only in the total, "CSUS 35,703,000"), in a table whose other columns run down their lines, is
 * that item added at the total, not a mistake.
 */
function withoutLoneAdditions(table: Table, a: Accepted): Accepted {
  if (a.relation.op.kind !== "sum") return a;
  const lone = (p: CellPosition) => table.figureCells("columns", p.column).length === 1;
  const explained = (i: Instance) => {
    const result = a.outcomes.get(i);
    if (!result || result.holds) return false;
    if (table.figureCells("columns", i.target.column).length < 3) return false;
    const miss = result.stated - result.expected;
    const across = table.figureCells("rows", i.target.row).filter(lone);
    const own = new Set(cellsOf(i).map(cellKey));
    return across.some((p) => {
      const f = table.figure(p)!;
      return !own.has(cellKey(p)) && Math.abs(miss - f.value) <= result.allowance + f.half;
    });
  };
  const dropped = new Set(a.relation.instances.filter(explained));
  if (!dropped.size) return a;
  const outcomes = new Map([...a.outcomes].filter(([i]) => !dropped.has(i)));
  const instances = a.relation.instances.filter((i) => !dropped.has(i));
  return { ...a, relation: { ...a.relation, instances }, outcomes };
}

/** A line signed line by line: its figures where a difference holds the other way round, and where it holds the usual way. */
interface Signing {
  readonly turned: ReadonlySet<string>;
  readonly kept: ReadonlySet<string>;
}

/**
 * A difference found by search that holds the other way round on SIGN_CONVENTION_LINES of its
 * breaking lines or more, and the usual way round on as many where the line turned prints
 * something, is signed line by line ("Changes" favourable positive: income above the budget,
 * spending below it), as announced variances are: those lines keep it the other way round and are
 * not breaks. A single sign slip turns one line, never two.
 */
function signedByLine(
  table: Table,
  relation: Relation,
  outcomes: ReadonlyMap<Instance, Outcome>
): { relation: Relation; outcomes: ReadonlyMap<Instance, Outcome>; signing?: Signing } {
  const { op } = relation;
  const breaking = relation.instances.filter((i) => outcomes.get(i)?.holds === false);
  if (op.kind !== "sum" || op.signs.length !== 2 || breaking.length < SIGN_CONVENTION_LINES)
    return { relation, outcomes };
  // Either line taken the other way round (the cell at 1 or 2 of an instance), or both (the
  // result's sign turned, the cell at 0).
  const mirrors = [
    { signs: [-op.signs[0], op.signs[1]], at: 1 },
    { signs: [op.signs[0], -op.signs[1]], at: 2 },
    { signs: [-op.signs[0], -op.signs[1]], at: 0 },
  ].map(({ signs, at }) => {
    const mirror: Relation = { ...relation, op: { kind: "sum", signs } };
    return { at, turned: breaking.filter((i) => outcome(table, mirror, i)?.holds) };
  });
  const best = mirrors.reduce((a, b) => (b.turned.length > a.turned.length ? b : a));
  // Holding the usual way only where the line turned is nought, it is some other relation, broken.
  const kept = relation.instances.filter(
    (i) => outcomes.get(i)?.holds && (table.figure(cellsOf(i)[best.at])?.value ?? 0) !== 0
  );
  if (Math.min(best.turned.length, kept.length) < SIGN_CONVENTION_LINES)
    return { relation, outcomes };
  const otherWay = new Set(best.turned);
  const signedCell = (i: Instance) => cellKey(cellsOf(i)[best.at]);
  return {
    relation: { ...relation, instances: relation.instances.filter((i) => !otherWay.has(i)) },
    outcomes: new Map([...outcomes].filter(([i]) => !otherWay.has(i))),
    signing: { turned: new Set(best.turned.map(signedCell)), kept: new Set(kept.map(signedCell)) },
  };
}

/**
 * An accepted relation less its instances that add figures of a line signed line by line taken
 * both ways ("Surplus = Income - Expenditure" down a column of changes, favourable positive):
 * what they should give is not known.
 */
function withoutMixedSigns(a: Accepted, signings: readonly Signing[]): Accepted {
  const mixed = (i: Instance) => {
    const keys = cellsOf(i).map(cellKey);
    return signings.some(
      (s) => keys.some((k) => s.turned.has(k)) && keys.some((k) => s.kept.has(k))
    );
  };
  if (!a.relation.instances.some(mixed)) return a;
  const instances = a.relation.instances.filter((i) => !mixed(i));
  const outcomes = new Map([...a.outcomes].filter(([i]) => !mixed(i)));
  return { ...a, relation: { ...a.relation, instances }, outcomes };
}

/** An accepted relation less its breaks, where every break is one that does not apply. */
function whereItHolds(a: Accepted, inapplicable: (i: Instance) => boolean): Accepted {
  const breaking = new Set([...a.outcomes].filter(([, r]) => !r.holds).map(([i]) => i));
  if (!breaking.size || ![...breaking].every(inapplicable)) return a;
  const outcomes = new Map([...a.outcomes].filter(([, r]) => r.holds));
  const instances = a.relation.instances.filter((i) => !breaking.has(i));
  return { ...a, relation: { ...a.relation, instances }, outcomes };
}

/**
 * Whether a found relation is one the accepted relations already make: a ratio fitted over just
 * the lines one of them ties ("Per cent. = Total x 0.0034" beside the shares of the total), or a
 * relation only among lines they make multiples of one base (each band a fraction of Band D:
 * "F = A + B" is 13/9 = 6/9 + 7/9). Found by search it would read the other's rounding as breaks,
 * or carry into columns that are not multiples at all (each band's upper value limit).
 */
function alreadyAccepted(
  table: Table,
  accepted: readonly Accepted[]
): (relation: Relation) => boolean {
  const lines = (r: Relation) =>
    r.instances.length === 0
      ? []
      : cellsOf(r.instances[0]).map(
          (cell) => `${r.orientation}:${table.lineOf(r.orientation, cell)}`
        );
  const lineSet = (r: Relation) => [...new Set(lines(r))].sort().join(" ");
  const tied = new Set(accepted.map((a) => lineSet(a.relation)));
  const baseOf = new Map<string, string>();
  for (const { relation } of accepted) {
    if (relation.op.kind !== "product" || relation.instances[0]?.inputs.length !== 1) continue;
    const [line, base] = lines(relation);
    if (!baseOf.has(line)) baseOf.set(line, base);
    if (!baseOf.has(base)) baseOf.set(base, base);
  }
  // Lines an accepted relation other than a sum ties (a rate, a ratio): a found relation other
  // than a sum over them and more lines ("On time = (Received - Appealed) x % on time" beside
  // "% on time = On time / Received") holds only where the others are small, and would read that
  // as breaks. Read as the search goes on, since the ratio is accepted before the relations that
  // approximate it; each accepted relation's lines are taken once.
  const tying: Set<string>[] = [];
  let seen = 0;
  const tiesMore = (relation: Relation) => {
    if (relation.op.kind === "sum") return false;
    for (; seen < accepted.length; seen++) {
      const r = accepted[seen].relation;
      const set = new Set(lines(r));
      if (r.op.kind !== "sum" && set.size >= 3) tying.push(set);
    }
    const own = new Set(lines(relation));
    return tying.some((set) => set.size < own.size && [...set].every((line) => own.has(line)));
  };
  return (relation) => {
    const all = lines(relation);
    const base = baseOf.get(all[0]);
    return (
      (relation.fitted !== undefined && tied.has(lineSet(relation))) ||
      (base !== undefined && all.every((line) => baseOf.get(line) === base)) ||
      tiesMore(relation)
    );
  };
}

/**
 * Whether a found sum takes some of the lines of an accepted sum into the same line: "D = A + B"
 * beside "D = A + B + C", holding wherever C is nought. Where it breaks once at a figure the
 * whole sum holds, it only approximates that sum.
 */
function partOfAcceptedSum(
  table: Table,
  accepted: readonly Accepted[]
): (relation: Relation) => boolean {
  /** A sum's lines, each with its sign, and the line it sums into. */
  const termsOf = (r: Relation) => {
    const first = r.instances[0];
    if (r.op.kind !== "sum" || !first) return undefined;
    const signs = r.op.signs;
    const line = (cell: CellPosition) => table.lineOf(r.orientation, cell);
    return {
      target: `${r.orientation}:${line(first.target)}`,
      terms: new Map(first.inputs.map((cell, i) => [line(cell), signs[i]])),
    };
  };
  // Read as the search goes on: the whole sum is accepted before its part.
  return (relation) => {
    const part = termsOf(relation);
    if (!part) return false;
    return accepted.some(({ relation: r }) => {
      const whole = termsOf(r);
      return (
        whole !== undefined &&
        whole.target === part.target &&
        whole.terms.size > part.terms.size &&
        [...part.terms].every(([line, sign]) => whole.terms.get(line) === sign)
      );
    });
  };
}

/**
 * A sum whose figures add exactly wherever it holds, far more often than independently rounded
 * figures would, was worked from the printed figures: it is read as printed, so an instance that
 * is out by less than the parts' rounding (a count slipped by one) is a break. So is an amount
 * worked from rates ("Total per annum = (Allowance + Fee) x 52") that is exact wherever it holds:
 * whole-pound rates were not rounded, and a slip inside their x 52 is a break.
 */
function readExactly(table: Table, a: Accepted): Accepted {
  const { relation } = a;
  const kind = relation.op.kind;
  if (!(kind === "sum" || kind === "product" || kind === "scaledSum") || relation.roundedToWhole)
    return a;
  const instances: { chance: number; exact: boolean }[] = [];
  for (const [instance, result] of a.outcomes) {
    if (!result.holds) continue;
    const [target, ...parts] = figuresOf(table, relation, instance) ?? [];
    // A whole figure ending in zeros may be rounded to them: no evidence either way.
    if (!target || target.half === 0 || target.resultHalf !== undefined) continue;
    // A nought is most often nothing at all, not a small amount rounded away: no evidence.
    const rounded = parts.filter((f) => f.half > 0 && f.value !== 0);
    const chance =
      kind === "sum"
        ? rounded.length >= 2 && rounded.every((f) => f.half === target.half)
          ? chanceRoundedSumIsExact(rounded.length)
          : undefined
        : chanceWorkedIsExact(target.half, result.allowance - target.half);
    if (chance !== undefined) instances.push({ chance, exact: holdsExactly(result) });
  }
  if (!roundedSumsAddExactly(instances, kind === "sum" ? EXACT_SUMS_CHANCE : EXACT_WORKED_CHANCE))
    return a;
  const exactly: Relation = { ...relation, addsExactly: true };
  const outcomes = new Map<Instance, Outcome>();
  for (const instance of a.outcomes.keys()) {
    const result = outcome(table, exactly, instance);
    if (result) outcomes.set(instance, result);
  }
  const exact = instances.filter((i) => i.exact).length;
  return {
    ...a,
    relation: exactly,
    outcomes,
    evidence: `${a.evidence}; exact to the figure in ${exact} of ${instances.length} places, so read without rounding`,
  };
}

function position(table: Table, relation: Relation, instance: Instance): string {
  const other = relation.orientation === "columns" ? "rows" : "columns";
  const at = instance.target;
  const line = other === "rows" ? at.row : at.column;
  const label = table.labelOf(other, line).trim();
  return label ? `, in ${label}` : "";
}

class Reviewer {
  private readonly accepted: Accepted[];
  private readonly totals = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly formulas: FormulaEvidence
  ) {
    this.accepted = acceptedRelations(table, formulas).map((a) => readExactly(table, a));
    for (const a of this.accepted)
      if (a.relation.op.kind === "sum")
        for (const i of a.relation.instances) if (i.aggregate) this.totals.add(cellKey(i.target));
  }

  /** The cause that best explains `cell` holding its figure instead of `expected`. */
  diagnosis(
    cell: CellPosition,
    expected: number,
    breaks: readonly Occurrence[]
  ): Diagnosis | undefined {
    const figure = this.table.figure(cell);
    if (!figure) return undefined;
    const context: DiagnosisContext = {
      isTotal: this.totals.has(cellKey(cell)),
      rates: this.rates(cell, breaks),
      alternatives: this.alternatives(cell, breaks),
      neighbours: this.neighbours(cell),
      // The tightest relation sets how closely a cause must fit: it must explain every break at once.
      tolerance: Math.max(
        0,
        breaks.reduce(
          (least, b) => Math.min(least, this.allowanceAt(b, indexIn(b, cell))),
          Infinity
        ) - figure.half
      ),
    };
    return diagnose(figure, expected, context);
  }

  /** For a product's result: the rate it multiplies out, and the factor, to spot a rate rounded first. */
  private rates(cell: CellPosition, breaks: readonly Occurrence[]): DiagnosisContext["rates"] {
    const rates: { factor: number; words: string; rate: number }[] = [];
    for (const { relation, instance } of breaks) {
      if (relation.op.kind !== "product" || cellKey(instance.target) !== cellKey(cell)) continue;
      const inputs = instance.inputs.map((p) => this.table.figure(p)?.value ?? NaN);
      const [rate, ...others] = inputs;
      const factor = others.reduce((p, v) => p * v, relation.op.factor.value);
      const words = [
        ...instance.inputs.slice(1).map((p) => amountWords(this.table.figure(p)!.value)),
        ...(relation.op.factor.value === 1 ? [] : [relation.op.factor.words]),
      ].join(" x ");
      if (Number.isFinite(rate) && Number.isFinite(factor))
        rates.push({ factor, words: words || "1", rate });
    }
    return rates;
  }

  private alternatives(
    cell: CellPosition,
    breaks: readonly Occurrence[]
  ): DiagnosisContext["alternatives"] {
    const found: { value: number; words: string }[] = [];
    for (const { relation, instance } of breaks) {
      const accepted = this.accepted.find((a) => a.relation === relation);
      for (const other of accepted?.others ?? []) {
        if (other.relation.op.kind !== relation.op.kind) continue;
        const twin = other.relation.instances.find(
          (i) => cellKey(i.target) === cellKey(instance.target)
        );
        const result = twin && other.outcomes.get(twin);
        if (result && cellKey(instance.target) === cellKey(cell))
          found.push({ value: result.expected, words: other.relation.words });
      }
    }
    return found;
  }

  /** Whether a line names what the line before it does ("Expenditure" under "TOTAL EXPENDITURE"): its figure restates that one. */
  private restates(o: Orientation, before: number, line: number): boolean {
    return before >= 0 && namesTheSame(this.table.hintsOf(o, line), this.table.hintsOf(o, before));
  }

  /** The figures above and to the left, unless its line holds one figure throughout (a fixed cost in every column). */
  private neighbours(cell: CellPosition): DiagnosisContext["neighbours"] {
    const near: { value: number; where: string }[] = [];
    const sides = [
      {
        p: { row: cell.row - 1, column: cell.column },
        where: "above",
        o: "columns" as const,
        line: cell.column,
        restated: this.restates("rows", cell.row - 1, cell.row),
      },
      {
        p: { row: cell.row, column: cell.column - 1 },
        where: "to its left",
        o: "rows" as const,
        line: cell.row,
        restated: this.restates("columns", cell.column - 1, cell.column),
      },
    ];
    for (const { p, where, o, line, restated } of sides) {
      const f = this.table.figure(p);
      if (!f || restated) continue;
      const figures = this.table.figureCells(o, line);
      if (figures.every((q) => this.table.figure(q)!.value === f.value)) continue;
      near.push({ value: f.value, where: `${where} (${this.table.address(p)})` });
    }
    return near;
  }

  private occurrences(): { breaks: Occurrence[]; holding: Occurrence[] } {
    const breaks: Occurrence[] = [];
    const holding: Occurrence[] = [];
    const corroborated: Occurrence[] = [];
    const openings = this.openingsBorneOut();
    for (const a of this.accepted) {
      // The breaks that count only where explained (or corroborated), weighed together.
      const weighed: Occurrence[] = [];
      for (const instance of a.relation.instances) {
        const result = a.outcomes.get(instance) ?? outcome(this.table, a.relation, instance);
        if (!result) continue;
        const occurrence = { relation: a.relation, instance, outcome: result };
        if (!result.holds && this.otherBasis(occurrence, openings)) continue;
        if (result.holds) holding.push(occurrence);
        else if (a.breaks === "all") breaks.push(occurrence);
        else weighed.push(occurrence);
      }
      const explained = this.explainedBreaks(weighed);
      breaks.push(...explained);
      if (a.breaks === "corroborated")
        corroborated.push(...weighed.filter((o) => !explained.includes(o)));
    }
    const breaking = new Set(breaks.flatMap((b) => cellsOf(b.instance).map(cellKey)));
    for (const o of corroborated)
      if (cellsOf(o.instance).some((cell) => breaking.has(cellKey(cell)))) breaks.push(o);
    return { breaks, holding };
  }

  /**
   * A sum that breaks by exactly its opening balance, where another relation holds with that
   * balance among its lines: receipts that take the balance brought forward in one year's column
   * and leave it out in the other's, or a closing balance of the balance and a net that already
   * holds it. Each column keeps its own basis; neither is a slip.
   */
  private otherBasis(o: Occurrence, openings: ReadonlyMap<string, Set<Relation>>): boolean {
    const { relation, instance, outcome: result } = o;
    if (relation.op.kind !== "sum") return false;
    const signs = relation.op.signs;
    return instance.inputs.some((cell, i) => {
      const elsewhere = openings.get(cellKey(cell));
      if (!elsewhere || [...elsewhere].every((r) => r === relation)) return false;
      const value = this.table.figure(cell)?.value ?? 0;
      const without = result.expected - signs[i] * value;
      return value !== 0 && Math.abs(result.stated - without) <= result.allowance;
    });
  }

  /** The opening balances that relations holding somewhere take among their lines, with those relations. */
  private openingsBorneOut(): Map<string, Set<Relation>> {
    const openings = new Map<string, Set<Relation>>();
    for (const a of this.accepted) {
      for (const instance of a.relation.instances) {
        if (!(a.outcomes.get(instance) ?? outcome(this.table, a.relation, instance))?.holds)
          continue;
        for (const cell of instance.inputs) {
          const line = this.table.lineOf(a.relation.orientation, cell);
          const words = this.table.hintsOf(a.relation.orientation, line).words;
          if (!OPENING_BALANCE.test(words)) continue;
          const key = cellKey(cell);
          openings.set(key, (openings.get(key) ?? new Set()).add(a.relation));
        }
      }
    }
    return openings;
  }

  /**
   * Of the breaks of one relation that may not apply there, those a specific cause explains at one
   * of their cells; but not, in a sum, the same line's sign at SIGN_CONVENTION_LINES positions or
   * more, which is the way that line is printed ("Transfer to Earmarked Reserves" printed positive
   * and taken away), not a slip.
   */
  private explainedBreaks(occurrences: readonly Occurrence[]): Occurrence[] {
    const causes = occurrences.map((o) => this.cause(o));
    // The cells, by their place in the instance, a sign error explains: one cell met in two
    // instances is one slip.
    const signed = new Map<number, Set<string>>();
    causes.forEach((c, i) => {
      if (c?.kind !== "sign error" || occurrences[i].relation.op.kind !== "sum") return;
      const cell = cellKey(cellsOf(occurrences[i].instance)[c.index]);
      signed.set(c.index, (signed.get(c.index) ?? new Set()).add(cell));
    });
    return occurrences.filter((_, i) => {
      const c = causes[i];
      const convention = (signed.get(c?.index ?? -1)?.size ?? 0) >= SIGN_CONVENTION_LINES;
      return c && !(c.kind === "sign error" && convention);
    });
  }

  /** The first cell of a break a specific cause explains, by its index in the instance, and the cause. */
  private cause(o: Occurrence): { index: number; kind: DiagnosisKind } | undefined {
    const cells = cellsOf(o.instance);
    for (let index = 0; index < cells.length; index++) {
      const should = implied(this.table, o.relation, o.instance, index);
      const cause = should === undefined ? undefined : this.diagnosis(cells[index], should, [o]);
      if (cause !== undefined && cause.strength >= STRENGTH["digit slipped"])
        return { index, kind: cause.kind };
    }
    return undefined;
  }

  findings(): Finding[] {
    const { breaks, holding } = this.occurrences();
    const results = new Map(this.accepted.map((a) => [a.relation, resultIndex(this.table, a)]));
    const suspects = locate(this.table, breaks, holding, {
      formula: (cell) => this.formulas.blame(cell),
      cause: (cell, expected, explains) => this.diagnosis(cell, expected, explains)?.strength ?? 0,
      result: (o) => (results.get(o.relation) === 1 ? o.instance.inputs[0] : o.instance.target),
    });
    const miswritten = new Map(miswrittenFigures(this.table).map((m) => [cellKey(m.cell), m]));
    const findings = new Map<string, Finding>();
    for (const suspect of suspects)
      findings.set(
        cellKey(suspect.cell),
        this.finding(suspect, miswritten.get(cellKey(suspect.cell)))
      );
    // A figure the arithmetic bears out as read ("£1,147m", the total of £408m, £465m ...) is written as meant.
    const borneOut = new Set(holding.flatMap((h) => cellsOf(h.instance).map(cellKey)));
    for (const m of miswritten.values()) {
      if (findings.has(cellKey(m.cell))) continue;
      if (m.expected !== undefined && borneOut.has(cellKey(m.cell))) continue;
      const reading = this.table.reading(m.cell);
      const figure = this.table.figure(m.cell);
      const text = reading.kind === "blank" ? "" : reading.text;
      findings.set(cellKey(m.cell), {
        cell: this.table.address(m.cell),
        position: m.cell,
        relation: "figure as written",
        stated: figure ? figure.value : text,
        statedText: text,
        expected: m.expected ?? "",
        difference: figure && m.expected !== undefined ? figure.value - m.expected : "",
        allowance: "",
        diagnosis: m.diagnosis,
        sentence: `${this.table.address(m.cell)} states "${quoted(text.trim(), MOST_QUOTED)}": ${m.diagnosis}.`,
      });
    }
    return [...findings.values()].sort(
      (a, b) => a.position.row - b.position.row || a.position.column - b.position.column
    );
  }

  private finding(suspect: Suspect, miswritten?: MiswrittenFigure): Finding {
    const { cell } = suspect;
    // The tightest relation says most precisely what the figure should be: it leads the finding.
    const breaks = [...suspect.breaks].sort(
      (a, b) => this.allowanceAt(a, indexIn(a, cell)) - this.allowanceAt(b, indexIn(b, cell))
    );
    const first = breaks[0];
    const index = indexIn(first, cell);
    const figure = this.table.figure(cell)!;
    const expected =
      this.exactlyImplied(first, index) ?? new Decimal(suspect.expected.toPrecision(15));
    const shown = Number(expected.toDecimalPlaces(10).toString());
    const difference = figure.exact.minus(expected).toDecimalPlaces(10).toNumber();
    const allowance = this.allowanceAt(first, index);
    const relationWords = [
      ...new Set(
        breaks.map((b) => `${b.relation.words}${position(this.table, b.relation, b.instance)}`)
      ),
    ].join("; ");
    const cause = this.diagnosis(cell, shown, breaks);
    // A figure whose writing is wrong ("£30,564m") is explained by that where no arithmetic slip fits.
    const diagnosis = cause?.words ?? miswritten?.diagnosis ?? fallback(first.relation);
    const reading = this.table.reading(cell);
    const text = reading.kind === "blank" ? "" : reading.text;
    const places = Math.max(0, Math.min(10, -Math.floor(Math.log10(figure.unit))));
    // A percentage is read as a fraction but reported as it is printed: "gives 99%", not "0.99".
    const say = (value: number) =>
      figure.percent
        ? `${amountWords(value * 100, Math.max(0, places - 2))}%`
        : amountWords(value, places);
    const beyond = Math.max(0, Math.abs(difference) - allowance);
    return {
      cell: this.table.address(cell),
      position: cell,
      relation: relationWords,
      stated: figure.value,
      statedText: text,
      expected: shown,
      difference,
      allowance: Number(allowance.toPrecision(6)),
      diagnosis,
      sentence:
        `${this.table.address(cell)} states ${quoted(text.trim(), MOST_QUOTED)}; ${relationWords} gives ${say(shown)}, ` +
        (allowance === 0
          ? `${say(beyond)} out, with no rounding to allow for: ${diagnosis}.`
          : `${say(beyond)} beyond the ±${say(allowance)} rounding allows: ${diagnosis}.`),
    };
  }

  /** The value the relation gives for the cell, exactly, from the other figures as written. */
  private exactlyImplied(o: Occurrence, index: number): Decimal | undefined {
    const cells = cellsOf(o.instance);
    const exact = cells.map((c) => this.table.figure(c)?.exact ?? new Decimal(0));
    if (index === 0) return applyExactly(o.relation.op, exact.slice(1));
    const op = o.relation.op;
    const i = index - 1;
    const target = exact[0];
    const inputs = exact.slice(1);
    if ((op.kind === "ratio" && i === 1) || (op.kind === "change" && i === 0)) return undefined;
    const at = (x: Decimal) =>
      applyExactly(
        op,
        inputs.map((v, j) => (j === i ? x : v))
      );
    // One step from the figure written, checked: a relation not linear in the cell (an unsigned
    // difference) is left to the nearest correction the locator found.
    const [x0, x1] = [exact[index], exact[index].plus(1)];
    const [f0, f1] = [at(x0), at(x1)];
    if (!f0 || !f1 || f1.minus(f0).isZero()) return undefined;
    const x = x0.plus(target.minus(f0).times(x1.minus(x0)).div(f1.minus(f0)));
    const check = at(x);
    return check && check.minus(target).abs().lte(target.abs().times(1e-12)) ? x : undefined;
  }

  /** How far rounding lets the cell's figure move while the relation still holds. */
  allowanceAt(o: Occurrence, index: number): number {
    return cellAllowance(this.table, o.relation, o.instance, o.outcome, index);
  }

  notes(): RoundingNote[] {
    const notes: RoundingNote[] = [];
    for (const a of this.accepted) {
      if (a.relation.op.kind !== "sum") continue;
      for (const instance of a.relation.instances) {
        const result = a.outcomes.get(instance);
        if (!result?.holds || !instance.aggregate) continue;
        const exact = applyExactly(
          a.relation.op,
          instance.inputs.map((p) => this.table.figure(p)?.exact ?? new Decimal(0))
        );
        const stated = this.table.figure(instance.target)!.exact;
        if (!exact || exact.eq(stated)) continue;
        notes.push({
          cell: this.table.address(instance.target),
          words: `rounding difference: ${a.relation.words}${position(this.table, a.relation, instance)} gives ${amountWords(exact.toNumber())} as printed, ${amountWords(stated.toNumber())} stated, within the ±${amountWords(Number(result.allowance.toPrecision(6)))} the rounding allows`,
        });
      }
    }
    return notes;
  }

  /** The relations found, without announced readings that hold nowhere (they said nothing). */
  relations(): RelationFound[] {
    return this.accepted.flatMap((a) => {
      let holds = 0;
      let breaks = 0;
      for (const instance of a.relation.instances) {
        const result = a.outcomes.get(instance) ?? outcome(this.table, a.relation, instance);
        if (!result) continue;
        if (result.holds) holds++;
        else breaks++;
      }
      const op = a.relation.op;
      if (holds === 0) return [];
      return {
        kind: op.kind,
        words: a.relation.words,
        source: a.relation.source,
        evidence: a.evidence,
        ...(op.kind === "product" &&
          a.relation.instances[0]?.inputs.length === 1 && { factor: op.factor.value }),
        instances: a.relation.instances.map((i) => ({
          target: this.table.address(i.target),
          inputs: i.inputs.map((p) => this.table.address(p)),
        })),
        holds,
        breaks,
      };
    });
  }
}

/**
 * Which side of a one-line relation was worked out from the other: the side the other reproduces
 * once rounded to its printing. "Daily rate = Weekly / 7" truncated to pence reproduces the daily
 * column, "Weekly = Daily x 7" never reproduces the weekly one; "£38.4m" is the rounded copy of
 * "£38,383,649". 0: the target, 1: the input.
 */
function resultIndex(table: Table, accepted: Accepted): 0 | 1 {
  const { relation, outcomes } = accepted;
  if (relation.op.kind !== "product" || relation.instances[0]?.inputs.length !== 1) return 0;
  const f = relation.op.factor.value;
  let forward = 0;
  let backward = 0;
  const reproduces = (value: number, figure: Figure) =>
    [Math.round, Math.floor, Math.ceil].some(
      (how) =>
        Math.abs(how(Number((value / figure.unit).toPrecision(12))) * figure.unit - figure.value) <=
        1e-9 * Math.max(1, Math.abs(figure.value))
    );
  for (const instance of relation.instances) {
    if (!outcomes.get(instance)?.holds) continue;
    const target = table.figure(instance.target)!;
    const input = table.figure(instance.inputs[0])!;
    if (reproduces(input.value * f, target)) forward++;
    if (reproduces(target.value / f, input)) backward++;
  }
  return backward > forward ? 1 : 0;
}

function fallback(relation: Relation): string {
  switch (relation.op.kind) {
    case "scaledSum":
      return "does not match the lines it is worked from";
    case "sum":
      return relation.instances.some((i) => i.aggregate)
        ? "does not add up"
        : "does not match the lines it is worked from";
    case "ratio":
      return relation.words.includes("%") || relation.words.includes("100")
        ? "the percentage does not match its parts"
        : "does not match the figures it is worked from";
    default:
      return "breaks the relation the rest of the table keeps";
  }
}

export function checkTable(
  cells: readonly (readonly Cell[])[],
  options: CheckOptions = {}
): TableCheck {
  const table = new Table(cells, { origin: originOf(options.origin), formulas: options.formulas });
  const reviewer = new Reviewer(table, formulaRelations(table));
  let figures = 0;
  const footnoted = new Set<string>();
  for (const cell of table.cells()) {
    if (!table.figure(cell)) continue;
    figures++;
    if (isFootnoted(table.reading(cell).text)) footnoted.add(table.address(cell));
  }
  const findings = reviewer.findings();
  return {
    relations: reviewer.relations(),
    findings: findings.filter((f) => !footnoted.has(f.cell)),
    notes: [
      ...reviewer.notes(),
      ...findings
        .filter((f) => footnoted.has(f.cell))
        .map((f) => ({ cell: f.cell, words: `footnoted figure, see its note: ${f.sentence}` })),
    ],
    figures,
  };
}

/** The rows CARE.CHECKTABLE spills: one per finding, or one "No inconsistencies found" row; always seven wide. */
export function findingRows(result: TableCheck): (string | number)[][] {
  if (!result.findings.length) return [[NO_INCONSISTENCIES, "", "", "", "", "", ""]];
  return result.findings.map((f) => [
    f.cell,
    f.relation,
    f.stated,
    f.expected,
    f.difference,
    f.allowance,
    f.diagnosis,
  ]);
}
