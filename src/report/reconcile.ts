/**
 * Traces every figure in the prose: to a table cell it quotes (exactly, or rounded as written), to
 * the figures it is worked out from (weekly x beds x 52 or x 365/7, annual x years, a difference,
 * a total, a share), or to an earlier mention of the same quantity. What contradicts its source is
 * a finding; what nothing supports is left "unverified", not flagged.
 *
 * False findings cost a reviewer's trust, so a relation between prose figures is tried only where a
 * reviewer would read it aloud: figures in the same or a nearby paragraph of the same section, of
 * the kinds and periods the relation needs, with the multiplier written beside them. A mismatch
 * becomes a finding only when a recognised cause explains the gap, or the writing itself is wrong.
 */
import { Decimal } from "../core/decimal";
import { basisSwapped, Cause, causeOf, rateRounded, roundTo } from "./causes";
import type { ProseFigure } from "./extract";
import {
  agrees,
  dividedBy,
  exactly,
  Interval,
  middle,
  minus,
  plus,
  times,
  WEEKS_PER_YEAR,
  YearBasis,
} from "./interval";
import type { Block, Paragraph, ReportTable } from "./model";
import { cellFigureText, TableCell } from "./tableCells";
import { sharedWords, subjectWords } from "./words";

export type Source =
  | { readonly kind: "table"; readonly cell: TableCell; readonly rounded: boolean }
  | { readonly kind: "derived"; readonly words: string; readonly from: readonly string[] }
  | { readonly kind: "restated"; readonly of: ProseFigure }
  | { readonly kind: "unverified" };

export interface ProseFinding {
  readonly figure: ProseFigure;
  readonly expected?: Interval;
  /** The expected figure as a reviewer would write it. */
  readonly expectedText?: string;
  readonly relation: string;
  readonly diagnosis?: string;
  readonly from: readonly string[];
  /** The table cell it was compared with. */
  readonly cell?: TableCell;
}

export interface Reconciled {
  readonly sources: ReadonlyMap<string, Source>;
  readonly findings: readonly ProseFinding[];
}

/** Significant digits as written: "£685,620" 5, "£38.4m" 3, "60" 1. */
export function significantDigits(f: { stated: string; value?: Decimal; unit?: Decimal }): number {
  if (!f.value || !f.unit || f.value.isZero()) return 0;
  const digits = f.value.abs().div(f.unit).toDecimalPlaces(0).toFixed(0).replace(/0+$/, "");
  return digits.length;
}

const COUNTED =
  /^(beds?|placements?|places?|spaces?|children|child|homes?|persons?|people|young)$/i;
const YEARS = /^years?$/i;

function describeCell(cell: TableCell, tables: readonly Block[]): string {
  const table = tables[cell.block] as ReportTable;
  const labels = [cell.rowLabel, cell.columnLabel].filter(Boolean).join("; ");
  const where = table.number
    ? `the table at ${table.number}`
    : table.title
      ? `the table "${table.title}"`
      : `the table at line ${table.line}`;
  return `${where}, ${cell.address}${labels ? ` (${labels})` : ""}: ${cell.text.trim()}`;
}

export function figureWords(f: ProseFigure): string {
  const period =
    f.period && f.period !== "term" && !/per|p\.?[aw]|weekly|annual/i.test(f.stated)
      ? ` a ${f.period}`
      : "";
  const noun = f.noun ? ` ${f.noun}` : "";
  return `${f.stated}${noun}${period}`;
}

function plain(value: Decimal, places = 2): string {
  return Number(value.toFixed(places)).toLocaleString("en-GB", { maximumFractionDigits: places });
}

/** The expected figure written as the stated one is: "£35.64m" for a stated "£30,564m". */
export function writtenLike(f: ProseFigure, value: Decimal): string {
  // The scale as the report writes it ("M" or "m", "k" or "K").
  const suffix = /(bn|billion|mn|million|m|k)$/i.exec(f.stated)?.[1] ?? "";
  const scale = /^b/i.test(suffix) ? 1e9 : /^m/i.test(suffix) ? 1e6 : /^k/i.test(suffix) ? 1e3 : 1;
  const unit = (f.unit ?? new Decimal(1)).div(scale);
  const places = Math.min(4, Math.max(0, -Math.floor(Math.log10(unit.toNumber()) + 1e-9)));
  if (f.kind === "percent")
    return `${Number(value.mul(100).toFixed(Math.max(0, places - 2))).toLocaleString("en-GB")}%`;
  const shown = Number(value.div(scale).toFixed(places)).toLocaleString("en-GB", {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
  return `${f.kind === "money" ? "£" : ""}${shown}${suffix}`;
}

interface Context {
  readonly blocks: readonly Block[];
  readonly figures: readonly ProseFigure[];
  readonly cells: readonly TableCell[];
  /** Figures by block, so a relation looks only at the paragraphs around a figure. */
  readonly byBlock: ReadonlyMap<number, readonly ProseFigure[]>;
  readonly nearbyCache: Map<string, ProseFigure[]>;
  readonly derivationCache: Map<string, Derivation[]>;
}

/** How many paragraphs back a relation may reach, within the same section. */
const REACH = 8;

function paragraphOf(ctx: Context, f: { block: number }): Paragraph {
  return ctx.blocks[f.block] as Paragraph;
}

/**
 * Figures a relation may take as inputs: those written before it in the same paragraph and in the
 * few paragraphs before it in the same section (a figure is worked out from what the reader has
 * already been told).
 */
function nearby(ctx: Context, f: ProseFigure): ProseFigure[] {
  const cached = ctx.nearbyCache.get(f.id);
  if (cached) return cached;
  const here = paragraphOf(ctx, f);
  const candidates: ProseFigure[] = [];
  for (let b = f.block, seen = 0; b >= 0 && seen <= REACH + 1; b--) {
    if (ctx.blocks[b].kind === "paragraph") seen++;
    candidates.unshift(...(ctx.byBlock.get(b) ?? []));
  }
  const found = candidates.filter((g) => {
    if (g.id === f.id || g.block > f.block || !g.interval) return false;
    if (g.block === f.block)
      return (
        g.sentence < f.sentence ||
        (g.sentence === f.sentence && (g.start < f.start || g.kind !== "money"))
      );
    const there = paragraphOf(ctx, g);
    const between = ctx.blocks.slice(g.block, f.block).filter((b) => b.kind === "paragraph").length;
    return between <= REACH && there.section === here.section && !there.heading;
  });
  ctx.nearbyCache.set(f.id, found);
  return found;
}

/** Cells of tables that belong to the figure's paragraph (a list of rates under it). */
function cellsNearby(ctx: Context, f: ProseFigure): TableCell[] {
  return ctx.cells.filter(
    (c) =>
      c.block > f.block &&
      c.block <= f.block + 2 &&
      ctx.blocks.slice(f.block + 1, c.block).every((b) => b.kind === "table")
  );
}

interface Operand {
  readonly id: string;
  readonly words: string;
  readonly interval: Interval;
  readonly stated?: { stated: string; value: Decimal; unit: Decimal };
  readonly period?: string;
}

function operand(f: ProseFigure): Operand {
  return {
    id: f.id,
    words: figureWords(f),
    interval: f.interval!,
    ...(f.value && f.unit && { stated: { stated: f.stated, value: f.value, unit: f.unit } }),
    ...(f.period && { period: f.period }),
  };
}

function cellOperand(cell: TableCell, ctx: Context): Operand {
  const table = ctx.blocks[cell.block] as ReportTable;
  return {
    id: `${table.number ?? `line ${table.line}`} ${cell.address}`,
    words: `${cellFigureText(cell.text)}${cell.rowLabel ? ` (${cell.rowLabel.replace(/:$/, "")})` : ""}`,
    interval: cell.interval,
    stated: { stated: cellFigureText(cell.text), value: cell.value, unit: cell.unit },
    ...(cell.period && { period: cell.period }),
  };
}

interface Derivation {
  readonly interval: Interval;
  readonly words: string;
  readonly from: readonly string[];
  /** For a yearly figure from a weekly one: the basis used, so a swap can be recognised. */
  readonly basis?: YearBasis;
  /** The rate and what it was multiplied by, so a rate rounded too early can be recognised. */
  readonly rate?: {
    readonly operand: Operand;
    readonly factor: Decimal;
    readonly factorWords: string;
  };
  /**
   * A total the sentence announces with its parts ("a total of 41 beds; 25 ... and 16 ...",
   * "£0.450m ... and £0.615m ..., totalling £1.065m"): a relation a reviewer reads aloud, so a
   * gap is a finding whatever its cause. What it adds up to, as a reviewer would say it.
   */
  readonly announced?: string;
}

/** annual = weekly x count x 52 (or 365/7), where the count is written in the same sentence as one of them. */
function weeklyToAnnual(ctx: Context, f: ProseFigure): Derivation[] {
  const out: Derivation[] = [];
  const near = nearby(ctx, f);
  const weekly: Operand[] = [
    ...near.filter((g) => g.kind === "money" && g.period === "week" && !g.rangeWith).map(operand),
    ...cellsNearby(ctx, f)
      .filter((c) => c.money && c.period === "week")
      .map((c) => cellOperand(c, ctx)),
  ];
  if (!weekly.length) return out;
  const counts = near.filter(
    (g) =>
      g.kind === "count" &&
      g.noun &&
      COUNTED.test(g.noun) &&
      g.sentence === f.sentence &&
      g.block === f.block
  );
  const weeklyFigures = new Set(
    near.filter((g) => g.period === "week").map((g) => `${g.block}:${g.sentence}`)
  );
  const withCount = near.filter(
    (g) =>
      g.kind === "count" &&
      g.noun &&
      COUNTED.test(g.noun) &&
      weeklyFigures.has(`${g.block}:${g.sentence}`)
  );
  const multipliers: (ProseFigure | undefined)[] = [...new Set([...counts, ...withCount])];
  if (f.perUnit || /\bper (bed|placement|child)\b/i.test(f.stated)) multipliers.push(undefined);
  if (!multipliers.length) multipliers.push(undefined);
  for (const w of weekly) {
    for (const n of multipliers) {
      for (const basis of ["52", "365/7"] as YearBasis[]) {
        const k = WEEKS_PER_YEAR[basis];
        const count = n ? n.interval! : exactly(new Decimal(1));
        out.push({
          interval: times(times(w.interval, count), exactly(k)),
          words: `${w.words} x ${n ? `${n.value} ${n.noun}` : "1"} x ${basis}`,
          from: [w.id, ...(n ? [n.id] : [])],
          basis,
          rate: {
            operand: w,
            factor: middle(count).mul(k),
            factorWords: `${n ? `${n.value} x ` : ""}${basis}`,
          },
        });
      }
    }
  }
  return out;
}

/** weekly = annual / count / 52 (or 365/7): "£685,422 ... giving an average weekly price per placement of £2,636". */
function annualToWeekly(ctx: Context, f: ProseFigure): Derivation[] {
  const out: Derivation[] = [];
  const near = nearby(ctx, f).filter((g) => g.block === f.block);
  const annual = near.filter((g) => g.kind === "money" && g.period === "year" && !g.rangeWith);
  for (const a of annual) {
    const counts = near.filter(
      (g) => g.kind === "count" && g.noun && COUNTED.test(g.noun) && g.sentence === a.sentence
    );
    const options: (ProseFigure | undefined)[] = counts.length ? counts : [undefined];
    for (const n of options) {
      for (const basis of ["52", "365/7"] as YearBasis[]) {
        const divisor = times(
          n ? n.interval! : exactly(new Decimal(1)),
          exactly(WEEKS_PER_YEAR[basis])
        );
        const interval = dividedBy(a.interval!, divisor);
        if (interval)
          out.push({
            interval,
            words: `${figureWords(a)} / ${n ? `${n.value} ${n.noun} / ` : ""}${basis}`,
            from: [a.id, ...(n ? [n.id] : [])],
            basis,
          });
      }
    }
  }
  return out;
}

/** over the term = annual x years, with the years written in the figure's own sentence. */
function annualToTerm(ctx: Context, f: ProseFigure): Derivation[] {
  const near = nearby(ctx, f);
  const years = near.filter(
    (g) =>
      g.kind === "duration" &&
      g.noun &&
      YEARS.test(g.noun) &&
      g.block === f.block &&
      g.sentence === f.sentence
  );
  const yearsList: { id?: string; value: Decimal; words: string }[] = years.map((y) => ({
    id: y.id,
    value: y.value!,
    words: `${y.stated} ${y.noun}`,
  }));
  if (!yearsList.length && f.termYears)
    yearsList.push({ value: new Decimal(f.termYears), words: `${f.termYears} years` });
  const annual = near.filter((g) => g.kind === "money" && g.period === "year" && !g.approximate);
  const out: Derivation[] = [];
  for (const a of annual)
    for (const y of yearsList)
      out.push({
        interval: times(a.interval!, exactly(y.value)),
        words: `${figureWords(a)}${a.rangeEnd ? ` (the ${a.rangeEnd} end of the range)` : ""} x ${y.words}`,
        from: [a.id, ...(y.id ? [y.id] : [])],
      });
  return out;
}

/** A reduction = (old weekly - new weekly) x count x 52 (Sefton: (£2,149 - £1,988) x 4 beds x 52). */
function weeklyDifference(ctx: Context, f: ProseFigure): Derivation[] {
  const near = nearby(ctx, f).filter((g) => g.block === f.block);
  const weekly = near.filter(
    (g) =>
      g.kind === "money" &&
      (g.period === "week" || /weekly/i.test(paragraphOf(ctx, g).sentences[g.sentence].text)) &&
      !g.rangeWith &&
      g.start !== undefined
  );
  const counts = near.filter(
    (g) => g.kind === "count" && g.noun && COUNTED.test(g.noun) && g.sentence === f.sentence
  );
  const out: Derivation[] = [];
  for (let i = 0; i < weekly.length; i++)
    for (let j = i + 1; j < weekly.length; j++) {
      const [hi, lo] = weekly[i].value!.gt(weekly[j].value!)
        ? [weekly[i], weekly[j]]
        : [weekly[j], weekly[i]];
      for (const n of counts)
        for (const basis of ["52", "365/7"] as YearBasis[])
          out.push({
            interval: times(
              times(minus(hi.interval!, lo.interval!), n.interval!),
              exactly(WEEKS_PER_YEAR[basis])
            ),
            words: `(${hi.stated} - ${lo.stated}) x ${n.value} ${n.noun} x ${basis}`,
            from: [hi.id, lo.id, n.id],
            basis,
          });
    }
  return out;
}

const TOTAL_CUE = /\b(total|overall|in all|altogether|combined|remaining|of the)\b/i;
/** Words that announce the figure after them as the total of the parts around it. */
const TOTAL_BEFORE = /\b(?:a total of|in total|totall?ing|altogether|combined total of)\s*$/i;
const TOTAL_AFTER = /^\s*(?:[a-z]+\s+){0,3}?(?:in total|altogether)\b/i;

function partOf(f: ProseFigure, g: ProseFigure): boolean {
  return (
    g.block === f.block &&
    g.sentence === f.sentence &&
    g.id !== f.id &&
    g.kind === f.kind &&
    Boolean(g.interval) &&
    !g.rangeWith &&
    g.bound === undefined &&
    (!g.noun || !f.noun || g.noun === f.noun) &&
    (!g.period || !f.period || g.period === f.period)
  );
}

/**
 * A total and its parts in the same sentence: "a total of 41 beds ...; 25 through ... and 16
 * through ..." (parts after it) or "£0.450m in 2025/26 and £0.615m in 2026/27, totalling £1.065m"
 * (parts before it).
 */
function sumOfParts(ctx: Context, f: ProseFigure): Derivation[] {
  const sentence = paragraphOf(ctx, f).sentences[f.sentence].text;
  const before = sentence.slice(0, f.start);
  const inSentence = (ctx.byBlock.get(f.block) ?? []).filter((g) => partOf(f, g));
  const after = inSentence.filter((g) => g.start > f.start);
  const earlier = inSentence.filter((g) => g.start < f.start);
  const announcedAfter =
    TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(sentence.slice(f.start + f.stated.length));
  const parts =
    /\btotall?ing\s*$/i.test(before) && earlier.length >= 2
      ? earlier
      : TOTAL_CUE.test(sentence.slice(0, f.start + f.stated.length + 1))
        ? after
        : [];
  if (parts.length < 2) return [];
  const interval = parts.slice(1).reduce((t, p) => plus(t, p.interval!), parts[0].interval!);
  const announced = parts === earlier || (announcedAfter && !f.approximate);
  return [
    {
      interval,
      words: parts.map((p) => p.stated).join(" + "),
      from: parts.map((p) => p.id),
      ...(announced &&
        !parts.some((p) => p.approximate) && {
          announced: `the parts add up to ${writtenLike(f, middle(interval))}`,
        }),
    },
  ];
}

/**
 * The total of a column of the table a paragraph introduces: "there are currently 326 children
 * ... This provision is currently provided as follows:" above a table of 156, 97, 24, 47 and 2.
 * The column's heading must name what the figure counts.
 */
function columnTotal(ctx: Context, f: ProseFigure): Derivation[] {
  if (f.kind !== "count" && f.kind !== "money") return [];
  const columns = new Map<string, TableCell[]>();
  for (const c of cellsNearby(ctx, f)) {
    if (c.percent || c.money !== (f.kind === "money") || /\btotal/i.test(c.rowLabel)) continue;
    if (f.period && c.period && f.period !== c.period) continue;
    const named = f.noun
      ? [...subjectWords(f.noun)].some((w) => c.labelWords.has(w))
      : sharedWords(f.words, c.labelWords).length > 0;
    if (!named) continue;
    const key = `${c.block}:${c.col}`;
    columns.set(key, [...(columns.get(key) ?? []), c]);
  }
  const out: Derivation[] = [];
  for (const cells of columns.values()) {
    if (cells.length < 2) continue;
    const table = ctx.blocks[cells[0].block] as ReportTable;
    const where = table.number ?? `line ${table.line}`;
    out.push({
      interval: cells.slice(1).reduce((t, c) => plus(t, c.interval), cells[0].interval),
      words: `the total of the table's column ${cells[0].address.replace(/\d+$/, "")} (${cells.map((c) => cellFigureText(c.text)).join(" + ")})`,
      from: cells.map((c) => `${where} ${c.address}`),
    });
  }
  return out;
}

/** A percentage of two counts in the same paragraph: "42 children ... 336 beds ... occupies 12%". */
function percentOfCounts(ctx: Context, f: ProseFigure): Derivation[] {
  const counts = nearby(ctx, f).filter(
    (g) => g.block === f.block && g.kind === "count" && g.value!.gt(0) && g.noun
  );
  const out: Derivation[] = [];
  for (const a of counts)
    for (const b of counts) {
      if (a.id === b.id || a.value!.gte(b.value!)) continue;
      const share = dividedBy(a.interval!, b.interval!);
      if (share)
        out.push({
          interval: share,
          words: `${a.stated} ${a.noun} / ${b.stated} ${b.noun}`,
          from: [a.id, b.id],
        });
    }
  return out;
}

function derivationsFor(ctx: Context, f: ProseFigure): Derivation[] {
  const cached = ctx.derivationCache.get(f.id);
  if (cached) return cached;
  const found = findDerivations(ctx, f);
  ctx.derivationCache.set(f.id, found);
  return found;
}

function findDerivations(ctx: Context, f: ProseFigure): Derivation[] {
  if (!f.interval) return [];
  if (f.kind === "percent") return percentOfCounts(ctx, f);
  if (f.kind === "count") return [...sumOfParts(ctx, f), ...columnTotal(ctx, f)];
  if (f.kind !== "money") return [];
  return [
    ...(f.period === "year" ? [...weeklyToAnnual(ctx, f), ...weeklyDifference(ctx, f)] : []),
    ...(f.period === "week" ? annualToWeekly(ctx, f) : []),
    ...(f.period === "term" || (!f.period && f.termYears) ? annualToTerm(ctx, f) : []),
    ...sumOfParts(ctx, f),
    ...columnTotal(ctx, f),
  ];
}

function cellMatches(f: ProseFigure, cell: TableCell): boolean {
  if (f.kind === "percent" ? !cell.percent : cell.percent) return false;
  if (f.kind === "money" && !cell.money) return false;
  if ((f.kind === "count" || f.kind === "duration") && cell.money) return false;
  if (f.period && cell.period && f.period !== cell.period) return false;
  return agrees(f.interval!, cell.interval);
}

/**
 * Enough to say a figure quotes this cell: money of three or more significant digits; otherwise
 * its labels must name what the figure is ("5 beds" and "Occupancy (Beds)", "100% occupancy").
 */
function quotes(f: ProseFigure, cell: TableCell): number {
  const shared = sharedWords(f.words, cell.words).length;
  if (f.kind === "money" && significantDigits(f) >= 3) return shared + 1;
  if (f.kind === "count" || f.kind === "duration")
    return f.noun && [...subjectWords(f.noun)].some((w) => cell.labelWords.has(w)) ? shared + 1 : 0;
  return sharedWords(f.words, cell.labelWords).length;
}

export function reconcile(
  blocks: readonly Block[],
  figures: readonly ProseFigure[],
  cells: readonly TableCell[]
): Reconciled {
  const byBlock = new Map<number, ProseFigure[]>();
  for (const f of figures) byBlock.set(f.block, [...(byBlock.get(f.block) ?? []), f]);
  const ctx: Context = {
    blocks,
    figures,
    cells,
    byBlock,
    nearbyCache: new Map(),
    derivationCache: new Map(),
  };
  const digits = new Map(figures.map((f) => [f.id, significantDigits(f)]));
  const sig = (f: ProseFigure) => digits.get(f.id) ?? 0;
  const rows = new Map<string, TableCell[]>();
  for (const c of cells)
    rows.set(`${c.block}:${c.row}`, [...(rows.get(`${c.block}:${c.row}`) ?? []), c]);
  const sources = new Map<string, Source>();
  const findings: ProseFinding[] = [];
  const flagged = new Set<string>();
  const flag = (finding: ProseFinding) => {
    if (flagged.has(finding.figure.id)) return;
    flagged.add(finding.figure.id);
    findings.push(finding);
  };

  for (const f of figures) {
    if (f.miswritten) continue;
    if (!f.interval || f.bound === "lower") continue;
    // 1. A table cell it quotes, exactly or rounded as written.
    const quoted = cells
      .filter((c) => cellMatches(f, c))
      .map((c) => ({ c, score: quotes(f, c) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score || a.c.unit.comparedTo(b.c.unit));
    if (quoted.length) {
      sources.set(f.id, {
        kind: "table",
        cell: quoted[0].c,
        rounded: !quoted[0].c.value.eq(f.value!),
      });
    }
    // 2. Worked out from nearby figures.
    const derivations = derivationsFor(ctx, f);
    const held = derivations.find((d) => agrees(f.interval!, d.interval));
    if (held && !sources.has(f.id))
      sources.set(f.id, { kind: "derived", words: held.words, from: held.from });
  }

  // 3. Near misses against the tables: a figure that restates a cell, wrongly, for a recognised reason.
  for (const f of figures) {
    if (!f.interval || f.miswritten || f.kind !== "money" || f.bound === "lower" || f.approximate)
      continue;
    if (sources.get(f.id)?.kind === "table" || sig(f) < 3) continue;
    for (const cell of cells) {
      if (!cell.money || cell.percent) continue;
      if (f.period && cell.period && f.period !== cell.period) continue;
      const shared = sharedWords(f.words, cell.words);
      const samePeriod = f.period !== undefined && f.period === cell.period;
      if (shared.length < 2 && !(samePeriod && shared.length >= 1)) continue;
      const rate = sources.get(f.id)?.kind === "derived" ? rateOf(ctx, f) : undefined;
      const cause =
        (rate && rateRounded(rate.stated, rate.factor, cell.interval, () => rate.factorWords)) ??
        rateInRow(f, cell, rows.get(`${cell.block}:${cell.row}`) ?? []) ??
        causeOf({ stated: f.stated, value: f.value!, unit: f.unit! }, cell.interval) ??
        basisSwapped({ stated: f.stated, value: f.value!, unit: f.unit! }, cell.interval, sig(f));
      if (!cause) continue;
      flag({
        figure: f,
        expected: cell.interval,
        expectedText: writtenLike(
          f,
          roundTo(cell.value, f.unit!.gt(cell.unit) ? f.unit! : cell.unit, "nearest")
        ),
        relation: `the same figure as ${describeCell(cell, blocks)}`,
        diagnosis: cause.words,
        from: [],
        cell,
      });
      break;
    }
  }

  // 4. Derivations that fail for a recognised reason, and totals that differ from the parts they announce.
  for (const f of figures) {
    if (
      !f.interval ||
      f.miswritten ||
      f.approximate ||
      f.bound === "lower" ||
      sources.get(f.id)?.kind === "derived"
    )
      continue;
    for (const d of derivationsFor(ctx, f)) {
      if (!d.announced && sig(f) < 2) continue;
      const cause = causeOf(
        { stated: f.stated, value: f.value!, unit: f.unit! },
        d.interval,
        d.basis ? { basis: d.basis } : undefined
      );
      if (cause?.kind === "weeks basis" || (!cause && !d.announced)) continue;
      flag({
        figure: f,
        expected: d.interval,
        expectedText: writtenLike(f, roundTo(middle(d.interval), f.unit!, "nearest")),
        relation: d.words,
        diagnosis: cause?.words ?? d.announced!,
        from: d.from,
      });
      break;
    }
  }

  // 5. The same quantity stated twice, differently.
  const countsIn = new Map<string, Set<string>>();
  for (const n of figures)
    if (n.kind === "count" && n.noun && n.value) {
      const key = `${n.block}:${n.sentence}`;
      countsIn.set(key, (countsIn.get(key) ?? new Set()).add(`${n.value} ${n.noun}`));
    }
  const sameCounts = (a: ProseFigure, b: ProseFigure) => {
    const x = countsIn.get(`${a.block}:${a.sentence}`);
    const y = countsIn.get(`${b.block}:${b.sentence}`);
    return Boolean(x && y && [...x].some((c) => y.has(c)));
  };
  for (const f of figures) {
    if (!f.interval || f.miswritten || f.kind !== "money" || f.rangeWith || f.bound === "lower")
      continue;
    for (const g of figures) {
      if (
        g.block >= f.block ||
        !g.interval ||
        g.miswritten ||
        g.kind !== "money" ||
        g.rangeWith ||
        g.bound === "lower" ||
        flagged.has(g.id)
      )
        continue;
      if (!f.period || f.period !== g.period) continue;
      if (sig(f) < 3 || sig(g) < 3) continue;
      const shared = sharedWords(f.words, g.words);
      const sameCount = sameCounts(f, g);
      if (shared.length < 2 && !(sameCount && shared.length >= 1)) continue;
      if (agrees(f.interval, g.interval) || agrees(g.interval, f.interval)) {
        if (!sources.has(f.id)) sources.set(f.id, { kind: "restated", of: g });
        break;
      }
      const source = sources.get(f.id);
      if (source?.kind === "table") {
        // The later figure agrees with a table, so if one of the two is wrong it is the earlier.
        const cell = source.cell;
        const cause =
          !sources.has(g.id) && !f.approximate && !g.approximate
            ? causeOf({ stated: g.stated, value: g.value!, unit: g.unit! }, cell.interval)
            : undefined;
        if (cause)
          flag({
            figure: g,
            expected: cell.interval,
            expectedText: writtenLike(g, roundTo(cell.value, g.unit!, "nearest")),
            relation: `the same quantity as ${f.stated} in ${paragraphOf(ctx, f).number ?? "a later paragraph"}, which is ${describeCell(cell, blocks)}`,
            diagnosis: cause.words,
            from: [f.id],
            cell,
          });
        break;
      }
      const rate = source?.kind === "derived" ? rateOf(ctx, f) : undefined;
      const cause: Cause | undefined =
        (rate && rateRounded(rate.stated, rate.factor, g.interval, () => rate.factorWords)) ??
        (f.approximate || g.approximate
          ? undefined
          : causeOf({ stated: f.stated, value: f.value!, unit: f.unit! }, g.interval));
      if (!cause) continue;
      flag({
        figure: f,
        expected: g.interval,
        expectedText: writtenLike(
          f,
          roundTo(g.value!, f.unit!.gt(g.unit!) ? f.unit! : g.unit!, "nearest")
        ),
        relation: `the same quantity as ${g.stated} in ${paragraphOf(ctx, g).number ?? "an earlier paragraph"}${source?.kind === "derived" ? `; ${f.stated} is ${source.words}` : ""}`,
        diagnosis: cause.words,
        from: [g.id, ...(source?.kind === "derived" ? source.from : [])],
      });
      break;
    }
  }

  // 6. Figures whose writing is wrong: reported whatever else is known, with what they should say where a relation gives it.
  for (const f of figures) {
    if (!f.miswritten) continue;
    const expected = expectedForMiswritten(ctx, f, sources, findings);
    flag({
      figure: f,
      ...(expected && { expected: expected.interval, expectedText: expected.text }),
      relation: expected ? expected.words : "figure as written",
      diagnosis: f.miswritten + (expected?.note ?? ""),
      from: [...(expected?.from ?? [])],
    });
  }

  for (const f of figures) if (!sources.has(f.id)) sources.set(f.id, { kind: "unverified" });
  return {
    sources,
    findings: findings.sort(
      (a, b) =>
        a.figure.block - b.figure.block ||
        a.figure.sentence - b.figure.sentence ||
        a.figure.start - b.figure.start
    ),
  };
}

/** The rate and multiplier behind a figure derived as weekly x count x basis. */
function rateOf(
  ctx: Context,
  f: ProseFigure
):
  | {
      stated: { stated: string; value: Decimal; unit: Decimal };
      factor: Decimal;
      factorWords: string;
    }
  | undefined {
  const d = weeklyToAnnual(ctx, f).find((x) => agrees(f.interval!, x.interval));
  if (!d?.rate?.operand.stated) return undefined;
  return { stated: d.rate.operand.stated, factor: d.rate.factor, factorWords: d.rate.factorWords };
}

/** A cell worked out in its row from a rate (C = R x k): the prose figure / k is the rate before it was rounded. */
function rateInRow(
  f: ProseFigure,
  cell: TableCell,
  cells: readonly TableCell[]
): Cause | undefined {
  for (const rate of cells) {
    if (
      rate.block !== cell.block ||
      rate.row !== cell.row ||
      rate.col === cell.col ||
      !rate.unit.lt(1)
    )
      continue;
    const factor = cell.value.div(rate.value);
    const k = factor.toDecimalPlaces(0);
    if (k.lt(2) || !rate.value.mul(k).minus(cell.value).abs().lte(cell.unit.div(2))) continue;
    const cause = rateRounded(
      { stated: rate.text.trim(), value: rate.value, unit: rate.unit },
      k,
      f.interval!,
      () => plain(k, 0)
    );
    if (cause)
      return {
        ...cause,
        words: `${cause.words.replace(/^a rate rounded before multiplying: /, "the table multiplies a rate rounded before multiplying: ")}`,
      };
  }
  return undefined;
}

function expectedForMiswritten(
  ctx: Context,
  f: ProseFigure,
  sources: ReadonlyMap<string, Source>,
  findings: readonly ProseFinding[]
):
  | { interval: Interval; text: string; words: string; from: readonly string[]; note?: string }
  | undefined {
  // "between £5.M and £5.49M" where the other end quotes the highest figure of a table's column: the lowest.
  const partner = f.rangeWith ? ctx.figures.find((g) => g.id === f.rangeWith) : undefined;
  if (partner && f.rangeEnd === "low") {
    const source = sources.get(partner.id);
    const cell =
      source?.kind === "table"
        ? source.cell
        : findings.find((x) => x.figure.id === partner.id)?.cell;
    if (cell) {
      const column = ctx.cells.filter((c) => c.block === cell.block && c.col === cell.col);
      const lowest = column.reduce((a, b) => (b.value.lt(a.value) ? b : a));
      if (lowest !== cell)
        return {
          interval: lowest.interval,
          text: writtenLike({ ...partner }, roundTo(lowest.value, partner.unit!, "nearest")),
          words: `the low end of the range whose high end is ${partner.stated}: the lowest figure in the same column, ${describeCell(lowest, ctx.blocks)}`,
          from: [partner.id],
        };
    }
  }
  // "£30,564m" over 10 years beside "£3.564m per annum": what annual x years gives.
  const withValue = { ...f, interval: f.interval ?? exactly(new Decimal(0)) };
  for (const d of annualToTerm(ctx, withValue)) {
    const text = writtenLike({ ...f, unit: new Decimal(10000) }, middle(d.interval));
    const other = f.otherReading;
    const note =
      other && !agrees({ low: other.minus(500), high: other.plus(500), open: true }, d.interval)
        ? `; read as ${writtenLike({ ...f, unit: new Decimal(1000) }, other)} it is still not ${d.words} = ${text}`
        : "";
    return { interval: d.interval, text, words: d.words, from: d.from, note };
  }
  return undefined;
}
