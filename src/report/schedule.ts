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
/** The rows the reviewer fills in to sign the schedule off. */
export const SIGN_OFF = ["Reviewed by", "Date"] as const;

/**
 * Text exactly as written. A leading apostrophe keeps "12%", "5.10" or "-£74,074" from being read
 * as a number, a date or a formula; Excel and the preview both store what follows it as text.
 */
export function asText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

export function reviewSchedule(name: string, check: ReportCheck): TablePlan {
  const title = `Review schedule: ${name}`;
  const note = `${check.figures.length} figures, ${check.findings.length} findings. Status is CareCalc's; the comment column is the reviewer's.`;
  const width = SCHEDULE_COLUMNS.length;
  const row = (...cells: (string | number)[]) => [
    ...cells,
    ...Array<string>(width - cells.length).fill(""),
  ];
  const figures = check.figures.map((f) =>
    row(
      asText(f.stated),
      asText(f.paragraph ?? f.section ?? ""),
      f.line,
      asText(f.source),
      STATUS[f.status],
      ""
    )
  );
  const header = 3;
  const signOff = header + figures.length + 2;
  const cells = [
    row(title),
    row(note),
    row(),
    row(...SCHEDULE_COLUMNS),
    ...figures,
    row(),
    ...SIGN_OFF.map((label) => row(label)),
  ];
  const lineColumn = SCHEDULE_COLUMNS.indexOf("Line");
  return {
    sheetName: "Review schedule",
    title,
    unitsNote: note,
    cells,
    numberFormats: cells.map((_, r) =>
      Array.from({ length: width }, (_, c) =>
        r > header && r < signOff && c === lineColumn ? FORMAT.whole : FORMAT.general
      )
    ),
    inputCells: [
      ...figures.map((_, i) => ({ row: header + 1 + i, column: width - 1 })),
      ...SIGN_OFF.map((_, i) => ({ row: signOff + i, column: 1 })),
    ],
    headingRows: [header],
    totalRows: [],
    columnWidths: [16, 12, 6, 60, 11, 40],
  };
}
