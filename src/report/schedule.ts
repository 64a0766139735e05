/**
 * The figure map as a review schedule: one row a figure (figure, paragraph, where it comes from,
 * status) with a column for the reviewer's comment, written to a new worksheet so the reviewer can
 * tick each figure and sign off. It is a table plan like the builders', so Excel and the preview
 * write it the same way.
 */
import type { TablePlan } from "../tables/plan";
import { FORMAT } from "../tables/formats";
import type { ReportCheck } from "./checkReport";

export const SCHEDULE_COLUMNS = [
  "Figure",
  "Paragraph",
  "Line",
  "Source",
  "Status",
  "Reviewer's comment",
] as const;
const STATUS: Record<string, string> = {
  agrees: "Agrees",
  finding: "Finding",
  unverified: "Unverified",
};

/** Text a spreadsheet would take for a formula ("=", "+", "-", "@" first) is kept as text. */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export function reviewSchedule(name: string, check: ReportCheck): TablePlan {
  const title = `Review schedule: ${name}`;
  const note = `${check.figures.length} figures, ${check.findings.length} findings. Status is CareCalc's; the comment column is the reviewer's.`;
  const header = [...SCHEDULE_COLUMNS];
  const rows = check.figures.map((f) => [
    asText(f.stated),
    asText(f.paragraph ?? f.section ?? ""),
    f.line,
    asText(f.source),
    STATUS[f.status],
    "",
  ]);
  const blank = ["", "", "", "", "", ""];
  const cells = [[title, "", "", "", "", ""], [note, "", "", "", "", ""], blank, header, ...rows];
  const text = Array(6).fill(FORMAT.text);
  text[2] = FORMAT.whole;
  return {
    sheetName: "Review schedule",
    title,
    cells,
    numberFormats: cells.map((_, r) => (r < 4 ? Array(6).fill(FORMAT.general) : text)),
    inputCells: rows.map((_, i) => ({ row: 4 + i, column: 5 })),
    headingRows: [3],
    totalRows: [],
    columnWidths: [16, 12, 6, 60, 11, 40],
  };
}
