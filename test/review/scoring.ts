/**
 * Scores the reviewer engine on annotated tables: false flags on the tables as published, the
 * genuine discrepancies it finds, and planted errors found at the right cell. Errors are planted
 * only where a reviewer could say which cell is wrong: the result of an annotated relation (a
 * total, a product), or a cell two annotated relations share. Seeded, so runs repeat exactly.
 */
import { CellPosition, cellRef, parseAddress } from "../../src/core/a1";
import { checkTable, readCell } from "../../src/review";
import type { PublishedTable } from "../../scripts/verify-published";
import { seeded } from "../support/seeded";

export const ERROR_KINDS = [
  "digits transposed",
  "digit slipped",
  "unit slip",
  "sign error",
  "total off by a round amount",
  "rate rounded before multiplying",
  "copied from the row above",
  "x 52 for x 365/7 (or the reverse)",
  "percentage not matching its parts",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Mutation {
  readonly kind: ErrorKind;
  readonly cell: string;
  readonly text: string;
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined;

/** Writes `value` the way `template` is written: currency sign, grouping, decimals, suffix, negative style. */
export function writeLike(template: string, value: number): string {
  const t = template.trim();
  const decimals = /\d\.(\d+)/.exec(t)?.[1].length ?? 0;
  const suffix = /\d\s*([a-z%]+)\.?\)?$/i.exec(t)?.[1] ?? "";
  const scale = /^k$/i.test(suffix)
    ? 1e3
    : /^(m|mn)$/i.test(suffix)
      ? 1e6
      : /^bn$/i.test(suffix)
        ? 1e9
        : suffix === "%"
          ? 0.01
          : 1;
  const magnitude = (Math.abs(value) / scale).toFixed(decimals);
  const [whole, fraction] = magnitude.split(".");
  const grouped = /\d,\d{3}/.test(t) ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const number = `${/£/.test(t) ? "£" : ""}${grouped}${fraction ? `.${fraction}` : ""}${suffix}`;
  if (value >= 0) return number;
  return /^\(/.test(t) ? `(${number})` : `-${number}`;
}

function digitPositions(text: string): number[] {
  return [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
}

function transpose(text: string, random: () => number): string | undefined {
  const digits = digitPositions(text);
  const pairs = digits
    .slice(1)
    .flatMap((p, i) =>
      (p === digits[i] + 1 || text[digits[i] + 1] === ",") &&
      text[digits[i]] !== text[p] &&
      !(i === 0 && text[p] === "0")
        ? [[digits[i], p]]
        : []
    );
  const pair = pick(pairs, random);
  if (!pair) return undefined;
  const chars = [...text];
  [chars[pair[0]], chars[pair[1]]] = [chars[pair[1]], chars[pair[0]]];
  return chars.join("");
}

function slipDigit(text: string, random: () => number): string | undefined {
  const digits = digitPositions(text);
  const at = pick(digits, random);
  if (at === undefined) return undefined;
  const choices = [..."0123456789"].filter(
    (d) => d !== text[at] && !(at === digits[0] && d === "0")
  );
  const chars = [...text];
  chars[at] = pick(choices, random)!;
  return chars.join("");
}

function value(text: string): number | undefined {
  const r = readCell(text);
  return r.kind === "figure" && !r.figure.nil ? r.figure.value : undefined;
}

function unitOf(text: string): number {
  const r = readCell(text);
  return r.kind === "figure" ? r.figure.unit : 1;
}

interface Site {
  readonly cell: string;
  /** The annotated relations whose result it is. */
  readonly resultOf: readonly string[];
}

/** Cells a reviewer could pin an error on: results of relations, and cells two relations share. */
export function plantingSites(table: PublishedTable): Site[] {
  const broken = new Set<string>();
  const wrong = new Set(table.discrepancies.map((d) => d.cell));
  for (const r of table.relations)
    if (r.breaks) [r.cell, ...refs(r.formula)].forEach((c) => broken.add(c));
  const holding = table.relations.filter((r) => !r.breaks);
  const count = new Map<string, number>();
  for (const r of holding)
    for (const c of new Set([r.cell, ...refs(r.formula)])) count.set(c, (count.get(c) ?? 0) + 1);
  const sites: Site[] = [];
  for (const [cell, n] of count) {
    if (broken.has(cell) || wrong.has(cell) || value(textAt(table, cell) ?? "") === undefined)
      continue;
    const resultOf = holding.filter((r) => r.cell === cell).map((r) => r.formula);
    if (resultOf.length || n >= 2) sites.push({ cell, resultOf });
  }
  return sites.sort((a, b) => a.cell.localeCompare(b.cell));
}

/** Every cell a formula refers to, ranges expanded. */
export function refs(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(/([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?/g)) {
    const from = parseAddress(`${m[1]}${m[2]}`)!;
    const to = m[3] ? parseAddress(`${m[3]}${m[4]}`)! : from;
    for (let row = from.row; row <= to.row; row++)
      for (let column = from.column; column <= to.column; column++)
        out.push(cellRef({ row, column }));
  }
  return out;
}

function textAt(table: PublishedTable, cell: string): string | undefined {
  const p = parseAddress(cell);
  return p ? table.cells[p.row]?.[p.column] : undefined;
}

function above(cell: string): string | undefined {
  const p = parseAddress(cell)!;
  return p.row > 0 ? cellRef({ row: p.row - 1, column: p.column }) : undefined;
}

/** The mutations planted at one site: every kind that applies to it. */
function mutationsAt(table: PublishedTable, site: Site, random: () => number): Mutation[] {
  const text = textAt(table, site.cell)!;
  const v = value(text)!;
  const unit = unitOf(text);
  const formulas = site.resultOf.join(" ");
  const isSum = /SUM\(|\+/.test(formulas) && !/[*/]/.test(formulas);
  const rate = /^([A-Z]{1,3}\d+)\*(52|365\/7)$/.exec(site.resultOf[0] ?? "");
  const rateValue = rate ? value(textAt(table, rate[1]) ?? "") : undefined;
  const up = above(site.cell);
  const aboveText = up ? textAt(table, up) : undefined;
  const candidates: [ErrorKind, string | undefined][] = [
    ["digits transposed", transpose(text, random)],
    ["digit slipped", slipDigit(text, random)],
    [
      "unit slip",
      v === 0
        ? undefined
        : /\dm\b/i.test(text)
          ? text.replace(/(\d)m\b/i, "$1k")
          : writeLike(text, v * 1000),
    ],
    ["sign error", v === 0 ? undefined : writeLike(text, -v)],
    [
      "total off by a round amount",
      isSum && Math.abs(v) >= 100 * unit
        ? writeLike(
            text,
            v +
              (random() < 0.5 ? -1 : 1) *
                10 **
                  Math.max(Math.ceil(Math.log10(unit)) + 1, Math.floor(Math.log10(Math.abs(v))) - 1)
          )
        : undefined,
    ],
    [
      "rate rounded before multiplying",
      rate && rateValue !== undefined && !Number.isInteger(rateValue)
        ? writeLike(text, Math.round(rateValue) * (rate[2] === "52" ? 52 : 365 / 7))
        : undefined,
    ],
    [
      "copied from the row above",
      aboveText !== undefined && value(aboveText) !== undefined && value(aboveText) !== v
        ? aboveText
        : undefined,
    ],
    [
      "x 52 for x 365/7 (or the reverse)",
      rate && rateValue !== undefined
        ? writeLike(text, rateValue * (rate[2] === "52" ? 365 / 7 : 52))
        : undefined,
    ],
    [
      "percentage not matching its parts",
      /%/.test(text) || /\*100$/.test(formulas)
        ? writeLike(text, v + (random() < 0.5 ? -2 : 2) * (/%/.test(text) ? 0.01 : 1))
        : undefined,
    ],
  ];
  const out: Mutation[] = [];
  const half = unit / 2;
  for (const [kind, mutated] of candidates) {
    if (mutated === undefined) continue;
    const after = value(mutated);
    // A mutation the printing hides (inside the rounding shown) is no error.
    if (after === undefined || Math.abs(after - v) <= half + 1e-9 * Math.abs(v)) continue;
    out.push({ kind, cell: site.cell, text: mutated });
  }
  return out;
}

export interface KindScore {
  readonly kind: ErrorKind;
  readonly planted: number;
  readonly atCell: number;
}

export interface Score {
  readonly tables: number;
  readonly figures: number;
  readonly kinds: readonly KindScore[];
  readonly planted: number;
  /** Planted errors with a finding at the mutated cell. */
  readonly atCell: number;
  /** Planted errors with any new finding in the table. */
  readonly noticed: number;
  /** Findings on the tables as published at cells of no recorded discrepancy and no relation the published figures break. */
  readonly falseFlags: number;
  readonly tablesWithFalseFlags: readonly string[];
  readonly falseFlagDetails: readonly string[];
  readonly discrepancies: number;
  readonly discrepanciesFound: number;
  readonly notes: number;
  readonly missed: readonly (Mutation & { table: string })[];
}

function withText(table: PublishedTable, cell: string, text: string): string[][] {
  const p: CellPosition = parseAddress(cell)!;
  return table.cells.map((row, r) =>
    row.map((c, col) => (r === p.row && col === p.column ? text : c))
  );
}

export function score(tables: readonly PublishedTable[], seed = 20261129): Score {
  const kinds = new Map<ErrorKind, { planted: number; atCell: number }>(
    ERROR_KINDS.map((k) => [k, { planted: 0, atCell: 0 }])
  );
  let figures = 0;
  let falseFlags = 0;
  let discrepancies = 0;
  let discrepanciesFound = 0;
  let notes = 0;
  let noticed = 0;
  const withFalse: string[] = [];
  const details: string[] = [];
  const missed: (Mutation & { table: string })[] = [];
  tables.forEach((table, index) => {
    figures += table.cells.flat().filter((c) => readCell(c).kind === "figure").length;
    const wrong = new Set(table.discrepancies.map((d) => d.cell));
    // A finding on any cell of a relation the published figures break reports that discrepancy, if not at its cell.
    const inBroken = new Set(
      table.relations.filter((r) => r.breaks).flatMap((r) => [r.cell, ...refs(r.formula)])
    );
    const clean = checkTable(table.cells);
    notes += clean.notes.length;
    const extra = clean.findings.filter((f) => !wrong.has(f.cell) && !inBroken.has(f.cell));
    falseFlags += extra.length;
    if (extra.length) withFalse.push(table.id);
    extra.forEach((f) =>
      details.push(
        `${table.id} ${f.cell}: ${f.relation} | ${f.statedText} vs ${f.expected} | ${f.diagnosis}`
      )
    );
    discrepancies += wrong.size;
    discrepanciesFound += [...wrong].filter((c) => clean.findings.some((f) => f.cell === c)).length;
    const before = new Set(clean.findings.map((f) => f.cell));
    const random = seeded(seed + index);
    for (const site of plantingSites(table)) {
      for (const mutation of mutationsAt(table, site, random)) {
        const result = checkTable(withText(table, mutation.cell, mutation.text));
        const k = kinds.get(mutation.kind)!;
        k.planted++;
        if (result.findings.some((f) => f.cell === mutation.cell)) k.atCell++;
        else missed.push({ ...mutation, table: table.id });
        if (result.findings.some((f) => !before.has(f.cell))) noticed++;
      }
    }
  });
  const kindScores = ERROR_KINDS.map((kind) => ({ kind, ...kinds.get(kind)! }));
  return {
    tables: tables.length,
    figures,
    kinds: kindScores,
    planted: kindScores.reduce((n, k) => n + k.planted, 0),
    atCell: kindScores.reduce((n, k) => n + k.atCell, 0),
    noticed,
    falseFlags,
    tablesWithFalseFlags: withFalse,
    falseFlagDetails: details,
    discrepancies,
    discrepanciesFound,
    notes,
    missed,
  };
}

/** The score as a short report. */
export function scoreLines(name: string, s: Score): string[] {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  return [
    `${name}: ${s.tables} tables, ${s.figures} figures`,
    ...s.kinds
      .filter((k) => k.planted)
      .map(
        (k) =>
          `  ${k.kind}: ${k.atCell} / ${k.planted} at the right cell (${pct(k.atCell, k.planted)})`
      ),
    `  all planted errors: ${s.atCell} / ${s.planted} at the right cell (${pct(s.atCell, s.planted)}); noticed anywhere ${s.noticed} (${pct(s.noticed, s.planted)})`,
    `  false flags on the tables as published: ${s.falseFlags} (in ${s.tablesWithFalseFlags.length} of ${s.tables} tables)`,
    `  genuine published discrepancies found at their cell: ${s.discrepanciesFound} / ${s.discrepancies}`,
    `  rounding differences noted (not findings): ${s.notes}`,
  ];
}
