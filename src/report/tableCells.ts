/**
 * The figures in a report's tables, each with the labels a reviewer reads it by (its row's label,
 * its column's heading, the table's title and the paragraph that introduces it), so that a figure
 * in the prose can be traced to the cell it quotes.
 */
import { columnLetters } from "../core/a1";
import type { Decimal } from "../core/decimal";
import { parseFigure } from "../core/figures";
import type { Period } from "./extract";
import { exactly, Interval, written } from "./interval";
import type { Block, ReportTable } from "./model";
import { subjectWords } from "./words";

export interface TableCell {
  /** The table's block, by position in the report. */
  readonly block: number;
  readonly row: number;
  readonly col: number;
  /** A1 address within the table: "C3". */
  readonly address: string;
  readonly text: string;
  readonly value: Decimal;
  readonly unit: Decimal;
  readonly interval: Interval;
  readonly percent: boolean;
  readonly money: boolean;
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly period?: Period;
  /** Words of its labels and of the sentence introducing the table. */
  readonly words: ReadonlySet<string>;
  /** Words of its own labels only (row, column, title). */
  readonly labelWords: ReadonlySet<string>;
}

/** Undoes a PDF's stray marks around a cell's figure: "£685,620.", "£.2412.", "2018/19*". */
export function cellFigureText(text: string): string {
  return text
    .trim()
    .replace(/\*+$/, "")
    .replace(/(\d|[kmn])\.$/i, "$1")
    .replace(/£\s*\.(?=\d)/, "£");
}

export function periodOf(labels: string): Period | undefined {
  if (/\bweekly\b|per week|\bp\.?w\b|\ba week\b/i.test(labels)) return "week";
  if (
    /over \w+ years|total contract|whole[- ]life|over (?:the )?(?:life|term)|contract value|\(over\b/i.test(
      labels
    )
  )
    return "term";
  if (/\bannual|per annum|per year|\bp\.?a\b|\ba year\b|yearly/i.test(labels)) return "year";
  return undefined;
}

/** The sentence that introduces a table ("The weekly unit costs are as follows:"). */
function leadOf(blocks: readonly Block[], index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const block = blocks[i];
    if (block.kind === "paragraph") return block.sentences[block.sentences.length - 1]?.text ?? "";
  }
  return "";
}

export function tableCells(blocks: readonly Block[]): TableCell[] {
  const cells: TableCell[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    cells.push(...cellsOf(block, index, leadOf(blocks, index)));
  });
  return cells;
}

function cellsOf(table: ReportTable, block: number, lead: string): TableCell[] {
  const parsed = table.rows.map((row) =>
    row.map((text) => {
      const tidy = cellFigureText(text);
      return /\d/.test(tidy) ? parseFigure(tidy) : undefined;
    })
  );
  const headingRows = parsed.map((row, r) => (row.every((f) => !f) ? r : -1)).filter((r) => r >= 0);
  const anyMoney = table.rows.some((row) => row.some((c) => c.includes("£")));
  const cells: TableCell[] = [];
  parsed.forEach((row, r) =>
    row.forEach((figure, c) => {
      if (!figure || figure.value.isZero()) return;
      const text = table.rows[r][c];
      const rowLabel = table.rows[r]
        .filter((_, i) => !parsed[r][i])
        .join(" ")
        .trim();
      const columnLabel = headingRows
        .filter((h) => h < r)
        .map((h) => table.rows[h][c] ?? "")
        .join(" ")
        .trim();
      const labels = `${table.title ?? ""} ${columnLabel} ${rowLabel}`;
      const period = periodOf(labels) ?? periodOf(lead);
      // Money is marked with £ somewhere in the table, or written as money is (grouped thousands,
      // pence) where the labels do not say what is counted.
      const counted =
        /\b(beds?|number|numbers|clients?|children|placements?|places|occupancy)\b/i.test(labels);
      const moneyLike = /\d,\d{3}|\.\d\d$/.test(cellFigureText(text)) && !counted;
      const money =
        !figure.percent && (text.includes("£") || /£/.test(labels) || anyMoney || moneyLike);
      const count = figure.precision.gte(1) && !money && !figure.percent;
      cells.push({
        block,
        row: r,
        col: c,
        address: `${columnLetters(c)}${r + 1}`,
        text,
        value: figure.value,
        unit: figure.precision,
        interval: count ? exactly(figure.value) : written(figure.value, figure.precision),
        percent: figure.percent,
        money,
        rowLabel,
        columnLabel,
        ...(period && { period }),
        words: subjectWords(`${labels} ${lead}`),
        labelWords: subjectWords(labels),
      });
    })
  );
  return cells;
}
