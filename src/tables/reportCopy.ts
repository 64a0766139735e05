/**
 * Copy for report: a table as a committee report prints it, as the clipboard carries it to Word.
 * HTML for Word (title, units note, right-aligned figures as shown, bold totals, rules above the
 * totals and under the headings, none of Excel's gridlines) and tab-separated text for anything else.
 */
import { parseFigure } from "../core";

export interface ReportTable {
  /** "Table N: ...". */
  readonly title?: string;
  /** e.g. "£, excluding VAT". */
  readonly unitsNote?: string;
  /** Column headings, when the table has a heading row. */
  readonly columns?: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly total?: boolean }[];
  /** A note under the table. */
  readonly note?: string;
}

export interface ClipboardPayload {
  readonly html: string;
  readonly text: string;
}

const FONT = "font-family:Arial,sans-serif;font-size:10pt";
const CELL = "padding:2pt 6pt;vertical-align:top";
const TITLE = /^Table\s+\d+/i;
const TOTAL = /^(grand\s+|sub-?)?totals?\b/i;

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch
  );
}

/** A figure (a number, money, a percentage, a dash for nil) sits right, as reports align them. */
function isFigure(text: string): boolean {
  return text.trim() !== "" && parseFigure(text) !== undefined;
}

function cell(tag: "th" | "td", text: string, column: number, style: string): string {
  const align = column > 0 && (tag === "th" || isFigure(text)) ? "right" : "left";
  return `<${tag} style="${CELL};text-align:${align};${style}">${escape(text)}</${tag}>`;
}

export function reportClipboard(table: ReportTable): ClipboardPayload {
  const paragraph = (text: string | undefined, style: string) =>
    text ? `<p style="${FONT};margin:0 0 4pt 0;${style}">${escape(text)}</p>` : "";
  const heading = table.columns
    ? `<thead><tr>${table.columns
        .map((text, c) => cell("th", text, c, "font-weight:bold;border-bottom:1px solid #000"))
        .join("")}</tr></thead>`
    : "";
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.cells
          .map((text, c) =>
            cell("td", text, c, row.total ? "font-weight:bold;border-top:1px solid #000" : "")
          )
          .join("")}</tr>`
    )
    .join("");
  const html = [
    paragraph(table.title, "font-weight:bold"),
    paragraph(table.unitsNote, "font-style:italic"),
    `<table style="${FONT};border-collapse:collapse;border:none">${heading}<tbody>${body}</tbody></table>`,
    paragraph(table.note, "margin-top:4pt"),
  ].join("");
  const lines = [
    table.title,
    table.unitsNote,
    table.columns?.join("\t"),
    ...table.rows.map((row) => row.cells.join("\t")),
    table.note,
  ];
  return { html, text: lines.filter((line) => line !== undefined && line !== "").join("\r\n") };
}

/**
 * Selected cells as a report table, their text as shown: a "Table N:" line on its own becomes the
 * title and a lone line under it the units note; the first row with no figures in it is the heading
 * row; rows labelled Total are totals. Empty rows and columns at the edges are left out.
 */
export function reportTableFromCells(text: readonly (readonly string[])[]): ReportTable {
  const rows = text.filter((row) => row.some((t) => t.trim() !== ""));
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const used = Array.from({ length: width }, (_, c) => rows.some((row) => (row[c] ?? "") !== ""));
  const [first, last] = [used.indexOf(true), used.lastIndexOf(true)];
  let trimmed = rows.map((row) =>
    Array.from({ length: last - first + 1 }, (_, c) => (row[first + c] ?? "").trim())
  );
  const lone = (row: readonly string[] | undefined) =>
    row !== undefined && row[0] !== "" && row.slice(1).every((t) => t === "");
  const title = lone(trimmed[0]) && TITLE.test(trimmed[0][0]) ? trimmed[0][0] : undefined;
  if (title) trimmed = trimmed.slice(1);
  const unitsNote =
    title && lone(trimmed[0]) && !isFigure(trimmed[0][0]) ? trimmed[0][0] : undefined;
  if (unitsNote) trimmed = trimmed.slice(1);
  const hasHeading = trimmed.length > 1 && !trimmed[0].some(isFigure);
  return {
    title,
    unitsNote,
    columns: hasHeading ? trimmed[0] : undefined,
    rows: (hasHeading ? trimmed.slice(1) : trimmed).map((cells) => ({
      cells,
      total: TOTAL.test(cells[0] ?? ""),
    })),
  };
}
