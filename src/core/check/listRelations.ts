/**
 * Figures from running text laid out as a list ("£4,557 a week, 15 beds, £3.564m a year"): products
 * between figures of the same list, x 52, x 365/7, x beds, x years. One instance each, so a break is
 * reported only when a diagnosis explains it (see checkTable).
 */
import { LIST_FACTORS, Factor, KNOWN_FACTORS } from "./factors";
import { check, Relation } from "./relation";
import type { Table } from "./table";

/** Lists are short; longer lines are table columns, where relations must repeat to count. */
const MAX_LIST = 12;
/** A result needs four significant digits before agreeing with a product means anything. */
const SIGNIFICANT_UNITS = 1000;
/** The most a list relation's rounding may allow, as a share of its result. */
const LOOSE = 0.001;
const PRODUCT_FACTORS = KNOWN_FACTORS.filter((f) => [1, 52, 365 / 7, 12].includes(f.value));

/** Figures from text are laid out down one column; beside a second, they are a table. */
function isList(table: Table): boolean {
  const columns = Array.from({ length: table.cols }, (_, col) =>
    table.figurePositions("columns", col)
  );
  return columns.filter((positions) => positions.length > 0).length === 1;
}

function listRelations(table: Table, col: number): Relation[] {
  const cells = table.figurePositions("columns", col).map((row) => ({ row, col }));
  if (cells.length < 2 || cells.length > MAX_LIST) return [];
  const figure = (i: number) => table.figure(cells[i])!;
  const relations: Relation[] = [];
  const add = (target: number, inputs: number[], factor: Factor) => {
    const words = [
      ...inputs.map((i) => table.address(cells[i])),
      ...(factor.value === 1 ? [] : [factor.words]),
    ];
    const relation = new Relation(
      "factor",
      `${table.address(cells[target])} = ${words.join(" x ")}`
    );
    if (inputs.length === 1) relation.factor = factor.value;
    relation.add(
      cells[target],
      inputs.map((i) => cells[i]),
      (values) => values.reduce((product, v) => product * v, factor.value)
    );
    const result = check(table, relation.instances[0]);
    // A product loose enough to agree with many figures (a rounded figure times 416) is no relation.
    if (result.tolerance > LOOSE * Math.abs(result.stated)) return;
    relation.accepted = result.holds;
    relations.push(relation);
  };
  cells.forEach((_, t) => {
    const target = figure(t);
    if (target.nil || Math.abs(target.value) < SIGNIFICANT_UNITS * target.unit) return;
    cells.forEach((__, a) => {
      if (a === t || figure(a).value === 0) return;
      LIST_FACTORS.forEach((factor) => add(t, [a], factor));
      cells.forEach((___, b) => {
        if (b <= a || b === t || figure(b).value === 0) return;
        PRODUCT_FACTORS.forEach((factor) => add(t, [a, b], factor));
      });
    });
  });
  return relations;
}

export function findListRelations(table: Table): Relation[] {
  if (!isList(table)) return [];
  return Array.from({ length: table.cols }, (_, col) => listRelations(table, col)).flat();
}
