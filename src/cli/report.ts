/** What `carecalc check` prints: findings for people, or JSON for machines. */

export interface Report {
  readonly file: string;
  readonly findings: readonly ReportedFinding[];
  readonly warnings: readonly string[];
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

function shown(value: ReportedFinding["stated"]): string {
  if (typeof value === "number")
    return value.toLocaleString("en-GB", { maximumFractionDigits: 10 });
  return value === null || value === "" ? "(blank)" : String(value);
}

export function forPeople(report: Report): string {
  if (!report.findings.length) return `${report.file}: no inconsistencies found\n`;
  const count = report.findings.length;
  const lines = [`${report.file}: ${count} ${count === 1 ? "finding" : "findings"}`, ""];
  for (const f of report.findings) {
    lines.push(`${f.sheet ? `${f.sheet}!` : ""}${f.cell}  ${f.relation}`);
    const difference = f.difference === "" ? "" : `  difference ${shown(f.difference)}`;
    lines.push(`  stated ${shown(f.stated)}  expected ${shown(f.expected)}${difference}`);
    lines.push(`  ${f.diagnosis}`, "");
  }
  return lines.join("\n");
}

export function forMachines(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
