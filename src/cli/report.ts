/** What `carecalc check` prints: findings for people, or JSON for machines, and its exit status. */
import { MOST_LISTED } from "../core/limits";
import { escapeUnsafe, quoted } from "./quote";

export interface Report {
  readonly file: string;
  readonly findings: readonly ReportedFinding[];
  /** What was not checked, each saying where and why: a file with any is never reported clean. */
  readonly warnings: readonly string[];
  /** What was checked: tables holding figures, and formulas recalculated. */
  readonly checked: { readonly tables: number; readonly formulas: number };
}

export interface ReportedFinding {
  /** The sheet, for workbooks. */
  readonly sheet?: string;
  /** A1 address of the cell. */
  readonly cell: string;
  /** "table" for a figure that breaks a relation of its table, "formula" for a saved value its formula does not give. */
  readonly source: "table" | "formula";
  readonly relation: string;
  readonly stated: string | number | boolean | null;
  readonly expected: string | number | boolean;
  readonly difference: number | "";
  readonly diagnosis: string;
}

/**
 * 0: everything was checked and nothing found. 1: findings (the warnings name anything not
 * checked). 2: no findings, but not everything could be checked (or nothing could), so the file
 * is not reported clean; also a file that cannot be read at all.
 */
export function exitStatus(report: Report): 0 | 1 | 2 {
  if (report.findings.length) return 1;
  const checked = report.checked.tables + report.checked.formulas;
  return report.warnings.length || !checked ? 2 : 0;
}

/** At most MOST_LISTED items, the rest counted. */
function listed<T>(items: readonly T[], more: (n: number) => T): T[] {
  return items.length <= MOST_LISTED
    ? [...items]
    : [...items.slice(0, MOST_LISTED), more(items.length - MOST_LISTED)];
}

function shown(value: ReportedFinding["stated"]): string {
  if (typeof value === "number")
    return value.toLocaleString("en-GB", { maximumFractionDigits: 10 });
  return value === null || value === "" ? "(blank)" : quoted(String(value));
}

const plural = (n: number, one: string) =>
  `${n.toLocaleString("en-GB")} ${one}${n === 1 ? "" : "s"}`;

function summary(report: Report): string {
  return `checked ${plural(report.checked.tables, "table")} and ${plural(report.checked.formulas, "formula")}`;
}

export function forPeople(report: Report): string {
  const lines: string[] = [];
  const count = report.findings.length;
  if (!count) {
    const status = exitStatus(report);
    lines.push(
      status === 0
        ? `${report.file}: no inconsistencies found (${summary(report)})`
        : `${report.file}: NOT CHECKED IN FULL (${summary(report)}; ${plural(report.warnings.length, "part")} not checked, reasons above): none found in what was checked`
    );
  } else {
    lines.push(`${report.file}: ${plural(count, "finding")} (${summary(report)})`, "");
    for (const f of report.findings) {
      lines.push(`${f.sheet ? `${f.sheet}!` : ""}${f.cell}  ${f.relation}`);
      const difference = f.difference === "" ? "" : `  difference ${shown(f.difference)}`;
      lines.push(`  stated ${shown(f.stated)}  expected ${shown(f.expected)}${difference}`);
      lines.push(`  ${f.diagnosis}`, "");
    }
  }
  return escapeUnsafe(lines.join("\n")) + "\n";
}

/** The warnings as standard error shows them, one line each. */
export function warningLines(report: Report): string {
  return report.warnings.map((w) => `carecalc: ${escapeUnsafe(w)}\n`).join("");
}

/** The report with at most MOST_LISTED findings and warnings, the rest counted in a warning. */
export function capped(report: Report): Report {
  if (report.findings.length <= MOST_LISTED && report.warnings.length <= MOST_LISTED) return report;
  const more = Math.max(0, report.findings.length - MOST_LISTED);
  return {
    ...report,
    findings: report.findings.slice(0, MOST_LISTED),
    warnings: listed(
      [...report.warnings, ...(more ? [`${plural(more, "more finding")} not listed.`] : [])],
      (n) => `... and ${plural(n, "more part")} not checked.`
    ),
  };
}

/** JSON, with the characters that could steer a terminal escaped as well (still valid JSON). */
export function forMachines(report: Report): string {
  return escapeUnsafe(JSON.stringify(report, null, 2)) + "\n";
}
