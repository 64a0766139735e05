/**
 * The mutation harness: injects one error at a time into correct figures of the corpus and measures
 * how often the checker finds it at the right cell, and how often it flags a correct figure.
 * Deterministic: the same seed gives the same mutations.
 */
import { checkTable, parseAddress, readCell, RelationFound } from "../../src/core/check";
import type { TableFixture } from "./corpus";
import { seeded } from "../support/seeded";

export const ERROR_KINDS = [
  "digits transposed",
  "digit slipped",
  "rate rounded before multiplying",
  "unit slip",
  "sign error",
  "total off by a round amount",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Mutation {
  readonly kind: ErrorKind;
  readonly cell: string;
  readonly text: string;
}

export { seeded };

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined;

/** Writes `value` the way `template` is written: same currency sign, grouping, decimals, suffix and negative style. */
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
      text[digits[i]] !== text[p] && !(i === 0 && text[p] === "0") ? [[digits[i], p]] : []
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

function unitSlip(text: string, value: number): string {
  if (/\dm\b/i.test(text)) return text.replace(/(\d)m\b/i, "$1k");
  return writeLike(text, value * 1000);
}

function roundAmount(
  text: string,
  value: number,
  unit: number,
  random: () => number
): string | undefined {
  const lowest = Math.max(1, Math.ceil(Math.log10(unit)) + 1);
  const highest = Math.floor(Math.log10(Math.abs(value)));
  if (highest < lowest) return undefined;
  const power = lowest + Math.floor(random() * (highest - lowest + 1));
  return writeLike(text, value + (random() < 0.5 ? -1 : 1) * 10 ** power);
}

/** A rate rounded to whole pounds before multiplying, for a cell that is a rate with pence times a factor. */
function roundedRate(
  cell: string,
  cells: string[][],
  relations: readonly RelationFound[]
): string | undefined {
  for (const relation of relations) {
    if (relation.kind !== "factor" || !relation.factor || relation.factor < 2) continue;
    const instance = relation.instances.find((i) => i.target === cell && i.inputs.length === 1);
    if (!instance) continue;
    const rate = valueAt(cells, instance.inputs[0]);
    if (rate === undefined || Number.isInteger(rate)) continue;
    return writeLike(textAt(cells, cell), Math.round(rate) * relation.factor);
  }
  return undefined;
}

function textAt(cells: string[][], address: string): string {
  const p = parseAddress(address)!;
  return cells[p.row][p.col];
}

function valueAt(cells: string[][], address: string): number | undefined {
  const r = readCell(textAt(cells, address));
  return r.kind === "figure" && !r.figure.nil ? r.figure.value : undefined;
}

/** Figures a relation found in the clean table covers: the only ones a checker could be expected to catch. */
export function checkedCells(fixture: TableFixture): {
  cells: Set<string>;
  totals: Set<string>;
  relations: readonly RelationFound[];
} {
  const { relations } = checkTable(fixture.cells);
  const wrong = new Set(fixture.expectedFindings.map((f) => f.cell));
  const cells = new Set<string>();
  const totals = new Set<string>();
  for (const r of relations) {
    for (const i of r.instances) {
      [i.target, ...i.inputs].forEach((c) => {
        if (!wrong.has(c) && valueAt(fixture.cells, c) !== undefined) cells.add(c);
      });
      if (r.kind === "total" && !wrong.has(i.target)) totals.add(i.target);
    }
  }
  return { cells, totals, relations };
}

export function mutationsOf(fixture: TableFixture, seed: number): Mutation[] {
  const random = seeded(seed);
  const { cells, totals, relations } = checkedCells(fixture);
  const mutations: Mutation[] = [];
  for (const cell of [...cells].sort()) {
    const text = textAt(fixture.cells, cell);
    const reading = readCell(text);
    if (reading.kind !== "figure") continue;
    const { value, unit } = reading.figure;
    const candidates: [ErrorKind, string | undefined][] = [
      ["digits transposed", transpose(text, random)],
      ["digit slipped", slipDigit(text, random)],
      ["rate rounded before multiplying", roundedRate(cell, fixture.cells, relations)],
      ["unit slip", value === 0 ? undefined : unitSlip(text, value)],
      ["sign error", value === 0 ? undefined : writeLike(text, -value)],
      [
        "total off by a round amount",
        totals.has(cell) ? roundAmount(text, value, unit, random) : undefined,
      ],
    ];
    for (const [kind, mutated] of candidates) {
      const after = mutated === undefined ? undefined : readCell(mutated);
      // A mutation the writing hides (a change inside the rounding shown) is no error.
      if (
        !after ||
        after.kind !== "figure" ||
        Math.abs(after.figure.value - value) <= reading.figure.tolerance
      )
        continue;
      mutations.push({ kind, cell, text: mutated! });
    }
  }
  return mutations;
}

export interface KindScore {
  readonly kind: ErrorKind;
  readonly injected: number;
  readonly detected: number;
}

export interface MutationReport {
  readonly kinds: readonly KindScore[];
  readonly detectionRate: number;
  readonly falseFlags: number;
  readonly correctFigures: number;
  /** False flags per 100 correct figures. */
  readonly falseFlagRate: number;
  readonly missed: readonly (Mutation & { table: string })[];
  readonly falselyFlagged: readonly { table: string; cell: string; mutation?: Mutation }[];
}

function figureCount(cells: string[][]): number {
  return cells.flat().filter((c) => readCell(c).kind === "figure").length;
}

export function measure(corpus: readonly TableFixture[], seed = 20240601): MutationReport {
  const scores = new Map<ErrorKind, { injected: number; detected: number }>(
    ERROR_KINDS.map((k) => [k, { injected: 0, detected: 0 }])
  );
  let falseFlags = 0;
  let correctFigures = 0;
  const missed: (Mutation & { table: string })[] = [];
  const falselyFlagged: { table: string; cell: string; mutation?: Mutation }[] = [];
  corpus.forEach((fixture, index) => {
    const wrong = new Set(fixture.expectedFindings.map((f) => f.cell));
    const figures = figureCount(fixture.cells) - wrong.size;
    const flagsOn = (cells: string[][], mutation?: Mutation) => {
      const flagged = checkTable(cells).findings.map((f) => f.cell);
      const extra = flagged.filter((c) => !wrong.has(c) && c !== mutation?.cell);
      falseFlags += extra.length;
      extra.forEach((cell) => falselyFlagged.push({ table: fixture.name, cell, mutation }));
      correctFigures += figures - (mutation ? 1 : 0);
      return flagged;
    };
    flagsOn(fixture.cells);
    for (const mutation of mutationsOf(fixture, seed + index)) {
      const p = parseAddress(mutation.cell)!;
      const cells = fixture.cells.map((row, r) =>
        row.map((c, col) => (r === p.row && col === p.col ? mutation.text : c))
      );
      const score = scores.get(mutation.kind)!;
      score.injected += 1;
      if (flagsOn(cells, mutation).includes(mutation.cell)) score.detected += 1;
      else missed.push({ ...mutation, table: fixture.name });
    }
  });
  const kinds = ERROR_KINDS.map((kind) => ({ kind, ...scores.get(kind)! }));
  const injected = kinds.reduce((n, k) => n + k.injected, 0);
  const detected = kinds.reduce((n, k) => n + k.detected, 0);
  return {
    kinds,
    detectionRate: injected ? detected / injected : 1,
    falseFlags,
    correctFigures,
    falseFlagRate: correctFigures ? (100 * falseFlags) / correctFigures : 0,
    missed,
    falselyFlagged,
  };
}
