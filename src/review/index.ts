/**
 * The reviewer engine: reads a table as a reviewer would, finds the relations it keeps (announced
 * by labels or formulas, or found by search and accepted on evidence), locates and diagnoses the
 * figures that break them. Pipeline: read.ts -> table.ts -> announced.ts / formulas.ts / search.ts
 * -> evidence.ts -> locate.ts -> diagnose.ts -> checkTable.ts; settings.ts holds every threshold.
 */
export { checkTable, findingRows } from "./checkTable";
export { NO_INCONSISTENCIES, FINDING_COLUMNS } from "./findingColumns";
export type { CheckOptions, Finding, RelationFound, RoundingNote, TableCheck } from "./checkTable";
export { checkRange, checkSheet } from "./checkSheet";
export type { SheetCheck, CheckedBlock } from "./checkSheet";
export { checkFigure, OK } from "./checkFigure";
export { diagnose } from "./diagnose";
export type { Diagnosis, DiagnosisKind } from "./diagnose";
export { readCell } from "./read";
export type { Cell, Figure, Reading } from "./read";
export { tableBlocks, gridCells } from "./blocks";
export type { SheetCell, TableBlock, SkippedBlock } from "./blocks";
