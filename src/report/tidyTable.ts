/**
 * Undoes what a PDF's text export does to a table: labels and headings wrapped onto a row of their
 * own, rows printed twice (a table repeated across a page), stray marks where cells were empty, and
 * one printed table holding several blocks under headings of their own ("Support Level - Low").
 */
import { parseFigure } from "../core/figures";

export interface TablePart {
  readonly title?: string;
  readonly rows: readonly (readonly string[])[];
}

/** Marks a PDF leaves in empty cells: a lone comma, a stray full stop. */
const STRAY = /^[,.;:'`]+$/;
const DASH = /^[-\u2013\u2014\u2022\s]+$/;

export function holdsFigure(cell: string): boolean {
  const text = cell
    .trim()
    .replace(/\*+$/, "")
    .replace(/(\d)\.$/, "$1")
    .replace(/£\s*\.(?=\d)/, "£");
  return /\d/.test(text) && parseFigure(text) !== undefined;
}

const blank = (cell: string | undefined) => !cell || cell.trim() === "";
const figures = (row: readonly string[]) => row.filter(holdsFigure).length;
const texts = (row: readonly string[]) =>
  row.filter((c) => !blank(c) && !holdsFigure(c) && !DASH.test(c)).length;

/** A row of labels only (no figures): a heading row, where "-" marks no heading, not a nil. */
function headingRow(row: readonly string[]): boolean {
  return figures(row) === 0 && texts(row) > 0;
}

function joined(a: string, b: string): string {
  return [a.trim(), b.trim()].filter(Boolean).join(" ");
}

export function tidyTable(raw: readonly (readonly string[])[]): TablePart[] {
  const width = raw.reduce((most, r) => Math.max(most, r.length), 0);
  let rows = raw
    .map((r) =>
      Array.from({ length: width }, (_, i) =>
        STRAY.test((r[i] ?? "").trim()) ? "" : (r[i] ?? "").trim()
      )
    )
    .filter((r) => r.some((c) => c !== ""));
  rows = rows.map((r) => (headingRow(r) ? r.map((c) => (DASH.test(c) ? "" : c)) : r));

  const merged: string[][] = [];
  const labels = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const previous = merged[merged.length - 1];
    const next = rows[i + 1];
    // "\tVAT)\t(£ ex VAT)": the rest of the heading row above, wrapped by the export.
    if (previous && blank(row[0]) && headingRow(row) && headingRow(previous)) {
      merged[merged.length - 1] = previous.map((c, j) => joined(c, row[j] ?? ""));
      continue;
    }
    // "Anticipated Savings (over" on a row of its own, then "eight years)\t2,356,352...": one label.
    const labelOnly = !blank(row[0]) && row.slice(1).every(blank);
    if (
      labelOnly &&
      next &&
      !blank(next[0]) &&
      figures(next) > 0 &&
      !labels.has(next[0]) &&
      merged.length > 0
    ) {
      rows[i + 1] = [joined(row[0], next[0]), ...next.slice(1)];
      continue;
    }
    if (!blank(row[0])) labels.add(row[0]);
    merged.push(row);
  }

  // Split at block headings (a label alone on its row, above rows that repeat the first block's labels).
  const parts: { title?: string; rows: string[][] }[] = [];
  let current: { title?: string; rows: string[][] } = { rows: [] };
  for (const row of merged) {
    const alone = !blank(row[0]) && row.slice(1).every(blank);
    if (alone) {
      if (current.rows.length || current.title !== undefined) parts.push(current);
      current = { title: row[0], rows: [] };
      continue;
    }
    current.rows.push(row);
  }
  parts.push(current);

  return parts
    .map((part) => ({ ...part, rows: withoutRepeats(part.rows) }))
    .filter((part) => part.rows.length > 0);
}

/** A row printed again further down the same block (the export repeated the table) is kept once. */
function withoutRepeats(rows: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = row.join("\t");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
