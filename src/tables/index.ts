/** The table builders and the plain-data tables they produce; no React, no Office. */
import type { TableBuilder } from "./builder";
import { monitoringTable } from "./monitoringTable";
import { occupancyRiskTable } from "./occupancyRiskTable";
import { optionsTable } from "./optionsTable";
import { partnershipTable } from "./partnershipTable";
import { savingsTable } from "./savingsTable";
import { tenderTable } from "./tenderTable";
import { wholeLifeTable } from "./wholeLifeTable";

export const BUILDERS: readonly TableBuilder[] = [
  savingsTable,
  wholeLifeTable,
  tenderTable,
  partnershipTable,
  optionsTable,
  occupancyRiskTable,
  monitoringTable,
];

export { FORM_ERROR } from "./builder";
export type { BuildResult, TableBuilder } from "./builder";
export type { PreviewTable } from "./display";
export { cellKey, unitText } from "./form";
export type { Field, FieldChange, FieldErrors, FormChange, FormValues } from "./form";
export type { ChartPlan, PlanValue, TablePlan } from "./plan";
