/**
 * Checks the published-table corpus (test/fixtures/published) against its own annotations: every
 * relation marked as holding holds within the printed figures' rounding, every one marked `breaks`
 * does not, and every break has a discrepancy entry. This is the transcriber's arithmetic, kept
 * apart from the checker's on purpose: the corpus must not be confirmed by the code it scores.
 *
 *   npx tsx scripts/verify-published.ts [file.json ...]
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Decimal } from "../src/core/decimal";
import { parseFigure } from "../src/core/figures";

export const PUBLISHED_DIR = join(__dirname, "..", "test", "fixtures", "published");

interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

interface Relation {
  readonly cell: string;
  readonly formula: string;
  readonly words?: string;
  readonly breaks?: boolean;
}

export interface PublishedTable {
  readonly id: string;
  readonly source: Record<string, string>;
  readonly caption?: string;
  readonly cells: string[][];
  readonly relations: Relation[];
  readonly discrepancies: { cell: string; stated: string; expected: string | number }[];
  readonly notes?: string;
}

const exact = (v: Decimal): Interval => ({ lo: v, hi: v });

function column(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function at(table: PublishedTable, ref: string): string {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) throw new Error(`"${ref}" is not a cell address`);
  const text = table.cells[Number(m[2]) - 1]?.[column(m[1])];
  if (text === undefined) throw new Error(`${ref} is outside the table`);
  return text;
}

/** A printed figure as the interval its rounding allows; footnote marks after it are dropped. */
function interval(table: PublishedTable, ref: string): Interval {
  const text = at(table, ref)
    .replace(/[*\u2020\u2021]+$/, "")
    .trim();
  if (/^[-\u2212\u2013\u2014]$/.test(text)) return exact(new Decimal(0));
  const figure = parseFigure(text);
  if (!figure) throw new Error(`${ref} ("${at(table, ref)}") is not a figure`);
  const half = figure.precision.div(2);
  return { lo: figure.value.minus(half), hi: figure.value.plus(half) };
}

function combine(a: Interval, b: Interval, op: string): Interval {
  if (op === "+") return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
  if (op === "-") return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
  let ends: Decimal[];
  if (op === "*") ends = [a.lo.mul(b.lo), a.lo.mul(b.hi), a.hi.mul(b.lo), a.hi.mul(b.hi)];
  else {
    if (b.lo.lte(0) && b.hi.gte(0)) throw new Error("division by an interval that holds 0");
    ends = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  }
  return { lo: Decimal.min(...ends), hi: Decimal.max(...ends) };
}

/** Evaluates a formula of cell addresses, numbers, + - * /, brackets and SUM(A1:B2) over intervals. */
export function evaluate(table: PublishedTable, formula: string): Interval {
  const tokens = formula
    .replace(/\s+/g, "")
    .match(/SUM\(|[A-Z]{1,3}\d+:[A-Z]{1,3}\d+|[A-Z]{1,3}\d+|\d+(?:\.\d+)?|[-+*/()]/g);
  if (!tokens || tokens.join("") !== formula.replace(/\s+/g, "")) {
    throw new Error(`cannot read formula "${formula}"`);
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const primary = (): Interval => {
    const t = take();
    if (t === "(") {
      const v = expression();
      if (take() !== ")") throw new Error(`unbalanced brackets in "${formula}"`);
      return v;
    }
    if (t === "-") {
      const v = primary();
      return { lo: v.hi.neg(), hi: v.lo.neg() };
    }
    if (t === "SUM(") {
      const range = take();
      if (take() !== ")") throw new Error(`SUM takes one range in "${formula}"`);
      const [from, to] = range.split(":");
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
      const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
      let total = exact(new Decimal(0));
      for (let r = Number(r1); r <= Number(r2); r++) {
        for (let c = column(c1); c <= column(c2); c++) {
          let letters = "";
          for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
            letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
          const ref = `${letters}${r}`;
          if (at(table, ref).trim() !== "") total = combine(total, interval(table, ref), "+");
        }
      }
      return total;
    }
    if (/^\d/.test(t)) return exact(new Decimal(t));
    if (/^[A-Z]/.test(t)) return interval(table, t);
    throw new Error(`unexpected "${t}" in "${formula}"`);
  };
  const term = (): Interval => {
    let v = primary();
    while (peek() === "*" || peek() === "/") {
      const op = take();
      v = combine(v, primary(), op);
    }
    return v;
  };
  const expression = (): Interval => {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = take();
      v = combine(v, term(), op);
    }
    return v;
  };
  const value = expression();
  if (i !== tokens.length) throw new Error(`unexpected "${peek()}" in "${formula}"`);
  return value;
}

/** How far the formula's interval lies from the target's: 0 when they meet. */
export function gap(table: PublishedTable, relation: Relation): Decimal {
  const computed = evaluate(table, relation.formula);
  const target = interval(table, relation.cell);
  if (computed.hi.lt(target.lo)) return target.lo.minus(computed.hi);
  if (target.hi.lt(computed.lo)) return computed.lo.minus(target.hi);
  return new Decimal(0);
}

/** Problems with one file's annotations; none means it verifies. */
export function verify(table: PublishedTable, file: string): string[] {
  const problems: string[] = [];
  if (table.id !== basename(file, ".json"))
    problems.push(`id "${table.id}" differs from the file name`);
  for (const key of ["publisher", "kind", "title", "url"]) {
    if (!table.source?.[key]) problems.push(`source.${key} is missing`);
  }
  if (
    !Array.isArray(table.cells) ||
    !table.cells.every((r) => r.every((c) => typeof c === "string"))
  ) {
    problems.push("cells must be rows of strings");
    return problems;
  }
  for (const relation of table.relations ?? []) {
    try {
      const off = gap(table, relation);
      const label = `${relation.cell} = ${relation.formula}`;
      if (relation.breaks && off.isZero())
        problems.push(`${label} is marked as breaking but holds`);
      if (!relation.breaks && !off.isZero())
        problems.push(`${label} does not hold: ${off.toString()} beyond rounding`);
      if (relation.breaks && !(table.discrepancies ?? []).length)
        problems.push(`${label} breaks but no discrepancy is recorded`);
    } catch (error) {
      problems.push(`${relation.cell} = ${relation.formula}: ${(error as Error).message}`);
    }
  }
  return problems;
}

export function loadPublished(dir = PUBLISHED_DIR): { file: string; table: PublishedTable }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, table: JSON.parse(readFileSync(join(dir, f), "utf8")) }));
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const tables = files.length
    ? files.map((f) => ({ file: f, table: JSON.parse(readFileSync(f, "utf8")) as PublishedTable }))
    : loadPublished();
  let bad = 0;
  for (const { file, table } of tables) {
    const problems = verify(table, file);
    if (problems.length) {
      bad++;
      console.log(`${basename(file)}:\n  ${problems.join("\n  ")}`);
    }
  }
  console.log(`${tables.length - bad} of ${tables.length} tables verify.`);
  process.exit(bad ? 1 : 0);
}
