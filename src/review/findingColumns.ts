/**
 * How a finding is laid out wherever it is shown (CARE.CHECKTABLE's spill, the Check tab, the
 * command line). Kept apart from the engine so the task pane can label its table without loading it.
 */
export const NO_INCONSISTENCIES = "No inconsistencies found";
export const FINDING_COLUMNS = [
  "Cell",
  "Relation",
  "Stated",
  "Expected",
  "Difference",
  "Rounding allows",
  "Diagnosis",
] as const;
