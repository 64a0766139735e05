/*
 * What "Clear highlights" needs to put back: each highlighted cell's own fill, recorded the first
 * time the cell is highlighted. Shared by Excel (kept in the workbook's settings, so it survives
 * closing the pane and saving) and the preview (kept in memory).
 */

/** The light red Excel itself uses for "Bad" cells. */
export const HIGHLIGHT_FILL = "#FFC7CE";

/** The workbook setting that holds the record, as JSON. */
export const HIGHLIGHTS_SETTING = "CareCalc.highlights";

/** A cell's fill; null is "no fill", which is not the same as a white fill. */
export type CellFill = {
  readonly color: string;
  /** Excel's fill pattern when it is not a plain solid fill, e.g. "LightUp". */
  readonly pattern?: string;
  readonly patternColor?: string;
} | null;

export interface HighlightedCell {
  readonly sheet: string;
  readonly address: string;
  /** The fill the cell had before CareCalc first highlighted it. */
  readonly original: CellFill;
}

const sameCell = (a: { sheet: string; address: string }, b: { sheet: string; address: string }) =>
  a.sheet === b.sheet && a.address === b.address;

/**
 * The record after highlighting `cells` on `sheet`: a cell already in the record keeps its first
 * original, so highlighting twice never records the highlight as the cell's own fill.
 */
export function rememberOriginals(
  record: readonly HighlightedCell[],
  sheet: string,
  cells: readonly { readonly address: string; readonly fill: CellFill }[]
): HighlightedCell[] {
  const added = cells
    .filter(({ address }) => !record.some((known) => sameCell(known, { sheet, address })))
    .map(({ address, fill }) => ({ sheet, address, original: fill }));
  return [...record, ...added];
}

function isFill(value: unknown): value is CellFill {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  const fill = value as Record<string, unknown>;
  return (
    typeof fill.color === "string" &&
    ["undefined", "string"].includes(typeof fill.pattern) &&
    ["undefined", "string"].includes(typeof fill.patternColor)
  );
}

function isHighlightedCell(value: unknown): value is HighlightedCell {
  if (typeof value !== "object" || value === null) return false;
  const cell = value as Record<string, unknown>;
  return (
    typeof cell.sheet === "string" && typeof cell.address === "string" && isFill(cell.original)
  );
}

/** The record from its stored JSON; entries that are not well formed (edited by hand) are dropped. */
export function readRecord(json: unknown): HighlightedCell[] {
  if (typeof json !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter(isHighlightedCell) : [];
  } catch {
    return [];
  }
}

export const NOTHING_TO_CLEAR = "There were no CareCalc highlights to clear.";

/** Why some recorded cells could not be put back, when a sheet was renamed or deleted. */
export function missingSheetsNote(skipped: readonly HighlightedCell[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const sheets = [...new Set(skipped.map((cell) => cell.sheet))].join(", ");
  return `${skipped.length} highlighted ${skipped.length === 1 ? "cell was" : "cells were"} on sheets no longer in the workbook (${sheets}) and could not be put back.`;
}

/** Why some recorded cells were left as they are: they no longer wear the highlight. */
export function changedCellsNote(changed: readonly HighlightedCell[]): string | undefined {
  if (changed.length === 0) return undefined;
  const cells = changed.map((cell) => `${cell.sheet}!${cell.address}`).join(", ");
  return `${changed.length === 1 ? "1 cell no longer wears" : `${changed.length} cells no longer wear`} the highlight (refilled, or rows and columns moved) and ${changed.length === 1 ? "was" : "were"} left as ${changed.length === 1 ? "it is" : "they are"}: ${cells}.`;
}
