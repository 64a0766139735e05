/** The reviewer's checker: relations a pasted table keeps, the cells that break them, and why. */
export {
  checkTable,
  findingRows,
  NO_INCONSISTENCIES,
  FINDING_COLUMNS,
  MOST_CELLS,
} from "./checkTable";
export type { CheckOptions, Finding, RelationFound, TableCheck } from "./checkTable";
export { checkFigure, OK } from "./checkFigure";
export { diagnose } from "./diagnose";
export type { Diagnosis, DiagnosisKind } from "./diagnose";
export type { Cell } from "./cells";
export { readCell } from "./cells";
export { address, columnName, parseAddress } from "./address";
export type { Position } from "./address";
export { findTableBlocks } from "./blocks";
export type { TableBlock } from "./blocks";
