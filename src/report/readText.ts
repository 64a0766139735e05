/**
 * Reads a report as text: exported from a PDF (table rows as tab-separated or space-aligned lines)
 * or written in Markdown (pipe tables, # headings).
 */
import { assemble, RawItem } from "./assemble";
import type { ReportDocument } from "./model";
import { holdsFigure } from "./tidyTable";

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Columns laid out with runs of spaces, as some PDF exports do. */
const ALIGNED = / {3,}| {2,}(?=[£\d(-])/;

function pipeCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
}

type LineKind =
  { kind: "row"; cells: string[] } | { kind: "text" } | { kind: "blank" } | { kind: "rule" };

function classify(line: string, markdown: boolean): LineKind {
  if (line.trim() === "") return { kind: "blank" };
  if (markdown && PIPE_RULE.test(line) && line.includes("-")) return { kind: "rule" };
  if (PIPE_ROW.test(line)) return { kind: "row", cells: pipeCells(line) };
  if (line.includes("\t")) {
    const cells = line.split("\t");
    if (cells.filter((c) => c.trim() !== "").length >= 1 && cells.length >= 2)
      return { kind: "row", cells };
  }
  return { kind: "text" };
}

/** Space-aligned lines count as a table only in runs of two or more that carry figures. */
function alignedCells(line: string): string[] | undefined {
  if (!ALIGNED.test(line.trim())) return undefined;
  const cells = line.trim().split(/ {2,}/);
  return cells.length >= 2 && cells.slice(1).some(holdsFigure) ? cells : undefined;
}

export function readText(text: string, format: "text" | "markdown" = "text"): ReportDocument {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const kinds = lines.map((line) => classify(line, format === "markdown"));
  const aligned = lines.map((line, i) =>
    kinds[i].kind === "text" ? alignedCells(line) : undefined
  );
  const items: RawItem[] = [];
  let table: { rows: string[][]; line: number } | undefined;
  const endTable = () => {
    if (table) items.push({ kind: "table", rows: table.rows, line: table.line });
    table = undefined;
  };
  lines.forEach((line, i) => {
    const k = kinds[i];
    const spaced = aligned[i] && (aligned[i - 1] || aligned[i + 1]) ? aligned[i] : undefined;
    if (k.kind === "rule") return;
    if (k.kind === "row" || spaced) {
      const cells = k.kind === "row" ? k.cells : spaced!;
      table ??= { rows: [], line: i + 1 };
      table.rows.push(cells);
      return;
    }
    endTable();
    if (k.kind === "blank") items.push({ kind: "blank", line: i + 1 });
    else
      items.push({
        kind: "text",
        text: line,
        line: i + 1,
        heading: format === "markdown" && /^#+\s/.test(line),
      });
  });
  endTable();
  return { format, blocks: assemble(items), notes: [] };
}
