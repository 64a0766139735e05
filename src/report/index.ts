/** Checking a whole committee report: reading it, every figure in its prose, every table. */
export { checkReport } from "./checkReport";
export type {
  FigureStatus,
  MappedFigure,
  ReportCheck,
  ReportFinding,
  TableSummary,
} from "./checkReport";
export { readReport, REPORT_KINDS } from "./readReport";
export { readText } from "./readText";
export { readDocx } from "./readDocx";
export {
  UnreadableReport,
  MOST_DOCX_BYTES,
  MOST_TEXT_BYTES,
  refuseIfLarger,
  refuseIfFileLarger,
} from "./limits";
export type { ReportDocument } from "./model";
export { reviewSchedule } from "./schedule";
export { findingsCount, readableReport, summaryLine } from "./readable";
