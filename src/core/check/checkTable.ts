/**
 * The reviewer's checker: finds the relations a pasted table keeps and reports every cell that
 * breaks one, with what the relation gives and the likely cause. Its rows are exactly what
 * CARE.CHECKTABLE spills.
 */
import { Decimal } from "../decimal";
import { invalid } from "../errors";
import { parseAddress, Position } from "./address";
import type { Cell, CheckedFigure } from "./cells";
import { diagnose, DiagnosisContext, DiagnosisKind } from "./diagnose";
import { findTotals } from "./footings";
import { findLineRelations } from "./lineRelations";
import { findListRelations } from "./listRelations";
import { locate, stepsBack } from "./locate";
import { cellsOf, check, implied, Instance, Relation, RelationKind } from "./relation";
import { findNearlyEqualFigures, findRepeatedLines } from "./repeatedFigures";
import { Table } from "./table";
import { findMiswrittenFigures } from "./writtenForm";

export interface CheckOptions {
  /** Where the range starts in its sheet ("B3", or a zero-based position), so findings name the sheet's cells. Default A1. */
  readonly origin?: string | Position;
}

export interface Finding {
  /** A1 address in the sheet (the range's own address offset by `origin`). */
  readonly cell: string;
  /** Zero-based row and column within the checked range, for selecting the cell. */
  readonly position: Position;
  readonly relation: string;
  /** The figure's value as written, or its text when it cannot be read. */
  readonly stated: number | string;
  /** What the relation gives; "" when the figure cannot be read. */
  readonly expected: number | "";
  /** stated - expected. */
  readonly difference: number | "";
  readonly diagnosis: string;
}

export interface RelationFound {
  readonly kind: RelationKind;
  readonly description: string;
  /** For a factor relation, the constant (52, 365/7, 8...). */
  readonly factor?: number;
  /** Where it applies: each instance's result cell and the cells it is computed from (A1 addresses). */
  readonly instances: readonly { readonly target: string; readonly inputs: readonly string[] }[];
  readonly holds: number;
  readonly breaks: number;
}

export interface TableCheck {
  readonly relations: readonly RelationFound[];
  readonly findings: readonly Finding[];
}

export const NO_INCONSISTENCIES = "No inconsistencies found";
export const FINDING_COLUMNS = [
  "Cell",
  "Relation",
  "Stated",
  "Expected",
  "Difference",
  "Diagnosis",
] as const;

/** Factors people multiply rates by, whether or not the table shows the rate. */
const RATE_FACTORS = [52, 365 / 7];
/**
 * A break in a relation the table does not otherwise support counts only for figures this
 * significant (a labelled total is less likely to hold by chance than a product of two figures).
 */
const LEAD_UNITS: Record<RelationKind, number> = {
  total: 10,
  factor: 1000,
  combination: 1000,
  repeated: 1000,
};
/** Causes specific enough to trust on one instance; "off by a round amount" away from a total is not. */
const LEAD_DIAGNOSES = new Set<DiagnosisKind>([
  "sign error",
  "unit slip",
  "digits transposed",
  "rate rounded before multiplying",
  "typo in a total",
  "digit slipped",
]);

const FALLBACK: Record<RelationKind, string> = {
  total: "does not add up",
  factor: "breaks the factor the other rows keep",
  combination: "breaks the relation the other rows keep",
  repeated: "differs from the same figure elsewhere",
};

const key = (p: Position) => `${p.row},${p.col}`;

/** A double as the decimal it stands for: 4797956.159999999 is 4,797,956.16. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function difference(stated: CheckedFigure, expected: number): number {
  return stated.exact.minus(new Decimal(expected)).toNumber();
}

/**
 * The most cells checked at once: far beyond a report's table, and still quick (a 50 x 20 table takes
 * about 0.1 s). The search grows faster than the table, so a whole sheet would hold up Excel.
 */
export const MOST_CELLS = 5000;

export function checkTable(
  cells: readonly (readonly Cell[])[],
  options: CheckOptions = {}
): TableCheck {
  const count = cells.reduce((total, row) => total + row.length, 0);
  if (count > MOST_CELLS) {
    throw invalid(
      `the table has ${count.toLocaleString("en-GB")} cells; CareCalc checks at most ${MOST_CELLS.toLocaleString("en-GB")} at a time. Check one table at a time.`
    );
  }
  const origin = (typeof options.origin === "string"
    ? parseAddress(options.origin)
    : options.origin) ?? {
    row: 0,
    col: 0,
  };
  const table = new Table(cells, origin);
  const relations: Relation[] = [
    ...findTotals(table),
    ...findLineRelations(table),
    ...findRepeatedLines(table),
    ...findListRelations(table),
  ];
  const trusted = relations.filter((r) => r.accepted);
  const factors = [
    ...new Set([
      ...trusted.flatMap((r) => (r.factor && r.factor > 1 ? [r.factor] : [])),
      ...RATE_FACTORS,
    ]),
  ];
  const totals = new Set(
    relations
      .filter((r) => r.kind === "total")
      .flatMap((r) => r.instances.map((i) => key(i.target)))
  );
  const diagnosisAt = (cell: Position, expected: number, tolerance: number) => {
    const stated = table.figure(cell);
    const context: DiagnosisContext = { isTotal: totals.has(key(cell)), factors, tolerance };
    return stated ? diagnose(stated, expected, context) : undefined;
  };

  // "row 4 = row 2 + row 3" found between lines is the column total found from the labels: count it once.
  const cellSet = (i: Instance) => cellsOf(i).map(key).sort().join(" ");
  const totalsOver = (rs: readonly Relation[]) =>
    new Set(rs.filter((r) => r.kind === "total").flatMap((r) => r.instances.map(cellSet)));
  const totalSets = totalsOver(relations);
  // A trusted relation over the cells of a total the table does not keep ((B - C) x 8, not B + C) is its own.
  const trustedTotalSets = totalsOver(trusted);
  const repeatsTotal = (i: Instance) =>
    i.relation.kind !== "total" &&
    (i.relation.accepted ? trustedTotalSets : totalSets).has(cellSet(i));
  const breaks: Instance[] = [];
  const holding: Instance[] = [];
  for (const instance of trusted.flatMap((r) => r.instances).filter((i) => !repeatsTotal(i))) {
    (check(table, instance).holds ? holding : breaks).push(instance);
  }
  const leads = new Map<Instance, Position>();
  for (const instance of relations.filter((r) => !r.accepted).flatMap((r) => r.instances)) {
    if (repeatsTotal(instance) || check(table, instance).holds) continue;
    const result = table.figure(instance.target);
    const significant =
      result &&
      Math.abs(result.value) >= LEAD_UNITS[instance.relation.kind] * Math.max(result.unit, 0.01);
    if (!significant) continue;
    // The cell a specific cause explains best; one its correction brings back into step with its row or column first.
    const explained = cellsOf(instance).flatMap((cell, i) => {
      const figure = table.figure(cell);
      const should = implied(table, instance, i);
      const cause = figure && should && diagnosisAt(cell, should.value, should.tolerance);
      if (!cause || !LEAD_DIAGNOSES.has(cause.kind)) return [];
      const rank = cause.strength * 2 + stepsBack(table, cell, should.value);
      // A short figure (15 beds, 10 years) is blamed on one instance only for a specific cause.
      const short = Math.abs(figure.value) < LEAD_UNITS.factor * Math.max(figure.unit, 0.01);
      return [{ cell, rank, strength: cause.strength, vague: short && cause.strength < 3 }];
    });
    // Unless no other cell of a labelled total has as good a cause: the label says which cells add
    // up, where a product found among a list's figures may hold by chance.
    const unrivalled = (e: (typeof explained)[number]) =>
      instance.relation.kind === "total" &&
      explained.every((other) => other === e || other.strength < e.strength);
    const suspect = explained
      .filter((e) => !e.vague || unrivalled(e))
      .reduce<(typeof explained)[number] | undefined>(
        (best, e) => (!best || e.rank > best.rank ? e : best),
        undefined
      );
    if (suspect) leads.set(instance, suspect.cell);
  }

  const findings = new Map<string, Finding>();
  for (const suspect of locate(table, breaks, leads, holding, (c, e, t) => {
    const cause = diagnosisAt(c, e, t);
    return cause?.strength ?? 0;
  })) {
    const stated = table.figure(suspect.cell)!;
    const expected = tidy(suspect.expected);
    const relation = [
      ...new Set(suspect.instances.map((i) => i.description ?? i.relation.description)),
    ].join("; ");
    findings.set(key(suspect.cell), {
      cell: table.address(suspect.cell),
      position: suspect.cell,
      relation,
      stated: stated.value,
      expected,
      difference: difference(stated, expected),
      diagnosis:
        diagnosisAt(suspect.cell, expected, suspect.tolerance)?.words ??
        FALLBACK[suspect.instances[0].relation.kind],
    });
  }
  const results = new Map<string, Set<Relation>>();
  holding.forEach((i) =>
    results.set(key(i.target), (results.get(key(i.target)) ?? new Set()).add(i.relation))
  );
  const resultOf = (cell: Position) => results.get(key(cell)) ?? new Set<Relation>();
  for (const repeat of findNearlyEqualFigures(table, factors, resultOf)) {
    if (findings.has(key(repeat.cell))) continue;
    const stated = table.figure(repeat.cell)!;
    const expected = tidy(repeat.expected);
    findings.set(key(repeat.cell), {
      cell: table.address(repeat.cell),
      position: repeat.cell,
      relation: repeat.relation,
      stated: stated.value,
      expected,
      difference: difference(stated, expected),
      diagnosis: repeat.diagnosis,
    });
  }
  for (const miswritten of findMiswrittenFigures(table)) {
    if (findings.has(key(miswritten.cell))) continue;
    const stated = table.figure(miswritten.cell);
    findings.set(key(miswritten.cell), {
      cell: table.address(miswritten.cell),
      position: miswritten.cell,
      relation: "figure as written",
      stated: stated ? stated.value : table.reading(miswritten.cell).text,
      expected: miswritten.expected === undefined ? "" : tidy(miswritten.expected),
      difference:
        stated && miswritten.expected !== undefined
          ? difference(stated, tidy(miswritten.expected))
          : "",
      diagnosis: miswritten.diagnosis,
    });
  }

  return {
    relations: trusted.map((r) => {
      const holds = r.instances.filter((i) => check(table, i).holds).length;
      return {
        kind: r.kind,
        description: r.description,
        ...(r.factor !== undefined && { factor: r.factor }),
        instances: r.instances.map((i) => ({
          target: table.address(i.target),
          inputs: i.inputs.map((p) => table.address(p)),
        })),
        holds,
        breaks: r.instances.length - holds,
      };
    }),
    findings: [...findings.values()].sort(
      (a, b) => a.position.row - b.position.row || a.position.col - b.position.col
    ),
  };
}

/** The rows CARE.CHECKTABLE spills: one per finding (cell, relation, stated, expected, difference, diagnosis), or one "No inconsistencies found" row; always six wide. */
export function findingRows(result: TableCheck): (string | number)[][] {
  if (!result.findings.length) return [[NO_INCONSISTENCIES, "", "", "", "", ""]];
  return result.findings.map((f) => [
    f.cell,
    f.relation,
    f.stated,
    f.expected,
    f.difference,
    f.diagnosis,
  ]);
}
