import { Decimal, parseBasis, periodsPerYear } from "../core";
import { cellRef } from "../core/a1";
import { cellKey, FormReader, TextField, ChoiceField, RowsField, FormValues } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import type { TableLayout } from "./layout";
import { convertedAmount } from "./warnings";

/** What a block's prices are given in, shared by the builders that compare a block with spot. */

/** "1" when prices are per bed per year; otherwise weeks per year, "52" or "365/7". */
export const BASES = ["1", "52", "365/7"] as const;
export type BasisChoice = (typeof BASES)[number];

export interface SupportLevel {
  readonly name: string;
  readonly blockRate: Decimal;
}

/** "£ a week" or "£ a year": the period the prices are typed in. */
export function pricePeriod(basis: string): string {
  return basis === "1" ? "£ a year" : "£ a week";
}

export function periodsOf(basis: string): Decimal {
  return periodsPerYear(parseBasis(basis));
}

export const BASIS_FIELD: ChoiceField = {
  kind: "choice",
  key: "basis",
  label: "Prices are",
  options: [
    { value: "52", label: "Per week, 52 weeks a year" },
    { value: "365/7", label: "Per week, 365 days a year (365/7 weeks)" },
    { value: "1", label: "Per year" },
  ],
};

export const SPOT_RATE_FIELD: TextField = {
  kind: "text",
  key: "spotRate",
  label: "Spot price per placement",
  inputMode: "decimal",
  unit: (values) => `${pricePeriod(String(values.basis))} per placement`,
};

export const LEVELS_FIELD: RowsField = {
  kind: "rows",
  key: "levels",
  label: "Block price per bed, by support level",
  rowName: "support level",
  columns: [
    { label: "Support level" },
    {
      label: "Block price per bed",
      unit: (values) => `${pricePeriod(String(values.basis))} per bed`,
    },
  ],
  minRows: 1,
  maxRows: 6,
};

export function readLevels(form: FormReader): SupportLevel[] {
  const levels = form.rows(LEVELS_FIELD.key).map((row, i) => {
    if (row[0] === "") form.fail(cellKey("levels", i, 0), "Name the support level, e.g. Low.");
    return {
      name: row[0],
      blockRate: form.amount(cellKey("levels", i, 1), "the block price per bed", row[1]),
    };
  });
  if (levels.length === 0) form.fail(LEVELS_FIELD.key, "Add at least one support level.");
  return levels;
}

/**
 * Switching between per week and per year converts the prices typed so far, so the figures keep
 * meaning the same money (a builder's `revise` hook).
 */
export function reviseBasis(
  values: FormValues,
  key: string,
  value: string | readonly (readonly string[])[]
): FormValues | undefined {
  if (key !== "basis" || typeof value !== "string" || typeof values.basis !== "string")
    return undefined;
  const [from, to] = [periodsOf(values.basis), periodsOf(value)];
  const convert = (text: string) => convertedAmount(text, from, to);
  const levels: readonly (readonly string[])[] = Array.isArray(values.levels) ? values.levels : [];
  return {
    ...values,
    basis: value,
    spotRate: convert(String(values.spotRate ?? "")),
    levels: levels.map((row) => row.map((cell, c) => (c === 1 ? convert(cell) : cell))),
  };
}

/** The basis as a cell holds it: 1 and 52 are numbers; "365/7" is text the CARE functions read exactly. */
export function basisCell(basis: BasisChoice): { value: number | string; format: string } {
  return basis === "365/7"
    ? { value: basis, format: FORMAT.text }
    : { value: Number(basis), format: FORMAT.general };
}

/** The basis cell's label, in the words of the prices' period. */
export function basisLabel(basis: BasisChoice): string {
  return basis === "1"
    ? "Prices are per year (1 period a year)"
    : "Weeks per year (52, or 365/7 for 365 days)";
}

/** The spot price and the basis as labelled, shaded inputs; their cells' addresses. */
export function addPriceInputs(
  table: TableLayout,
  inputs: { readonly spotRate: Decimal; readonly basis: BasisChoice }
): { spot: string; basis: string } {
  const spot = table.addInput(
    `Spot price per placement (${pricePeriod(inputs.basis)})`,
    inputs.spotRate.toNumber(),
    moneyFormat(true)
  );
  const { value, format } = basisCell(inputs.basis);
  return { spot, basis: table.addInput(basisLabel(inputs.basis), value, format) };
}

/**
 * The support levels across the table, one column each from B: a heading of their names, their
 * block prices as shaded inputs, the annual block cost of `beds` beds and the break-even occupancy.
 * `perLevel` adds a further row with one formula per level (given the level's column).
 */
export function addSupportLevels(
  table: TableLayout,
  levels: readonly SupportLevel[],
  at: { readonly spot: string; readonly basis: string; readonly beds: string },
  {
    costLabel,
    money,
    basis,
  }: { readonly costLabel: string; readonly money: string; readonly basis: BasisChoice }
) {
  table.addRow(["Support level", ...levels.map((l) => l.name)], "heading");
  const priceRow = table.addRow([
    `Block price per bed (${pricePeriod(basis)})`,
    ...levels.map((l) => ({
      value: l.blockRate.toNumber(),
      format: moneyFormat(true),
      input: true,
    })),
  ]);
  const perLevel = (label: string, formula: (column: number) => string, format: string) =>
    table.addRow([label, ...levels.map((_, i) => ({ value: formula(1 + i), format }))]);
  const price = (column: number) => cellRef({ row: priceRow, column });
  const costRow = perLevel(
    costLabel,
    (c) => `=CARE.ANNUAL(${price(c)},${at.basis})*${at.beds}`,
    money
  );
  const breakEvenRow = perLevel(
    "Break-even occupancy (beds)",
    (c) => `=CARE.BREAKEVEN(${at.spot},${price(c)},${at.beds})`,
    FORMAT.beds
  );
  return { priceRow, costRow, breakEvenRow, perLevel, price };
}
