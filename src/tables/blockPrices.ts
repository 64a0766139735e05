import { Decimal } from "../core";
import { cellRef } from "../core/a1";
import { cellKey, FormReader, TextField, ChoiceField, RowsField } from "./form";
import { FORMAT, moneyFormat } from "./formats";
import type { TableLayout } from "./layout";

/** What a block's prices are given in, shared by the builders that compare a block with spot. */

/** "1" when prices are per bed per year; otherwise weeks per year, "52" or "365/7". */
export const BASES = ["1", "52", "365/7"] as const;
export type BasisChoice = (typeof BASES)[number];

export interface SupportLevel {
  readonly name: string;
  readonly blockRate: Decimal;
}

export const SPOT_RATE_FIELD: TextField = {
  kind: "text",
  key: "spotRate",
  label: "Spot price per placement",
  hint: "Per year or per week, as chosen below.",
  inputMode: "decimal",
};

export const BASIS_FIELD: ChoiceField = {
  kind: "choice",
  key: "basis",
  label: "Prices are",
  options: [
    { value: "1", label: "Per bed per year" },
    { value: "52", label: "Per week, 52 weeks a year" },
    { value: "365/7", label: "Per week, 365/7 weeks a year" },
  ],
};

export const LEVELS_FIELD: RowsField = {
  kind: "rows",
  key: "levels",
  label: "Block price per bed, by support level",
  rowName: "support level",
  columns: [{ label: "Support level" }, { label: "Block price per bed" }],
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

/** The basis as a cell holds it: 1 and 52 are numbers; "365/7" is text the CARE functions read exactly. */
export function basisCell(basis: BasisChoice): { value: number | string; format: string } {
  return basis === "365/7"
    ? { value: basis, format: FORMAT.text }
    : { value: Number(basis), format: FORMAT.general };
}

export const BASIS_LABEL = 'Periods per year (1 = prices per year; 52 or "365/7" = per week)';

/**
 * The support levels across the table, one column each from B: a heading of their names, their
 * block prices as shaded inputs, the annual block cost of `beds` beds and the break-even occupancy.
 * `perLevel` adds a further row with one formula per level (given the level's column).
 */
export function addSupportLevels(
  table: TableLayout,
  levels: readonly SupportLevel[],
  at: { readonly spot: string; readonly basis: string; readonly beds: string },
  { costLabel, money }: { readonly costLabel: string; readonly money: string }
) {
  table.addRow(["Support level", ...levels.map((l) => l.name)], "heading");
  const priceRow = table.addRow([
    "Block price per bed",
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
