/** The findings as a reviewer reads them: short, in the report's order, each at its paragraph. */
import type { ReportCheck, ReportFinding } from "./checkReport";

const QUOTE = 160;

function where(f: { paragraph?: string; section?: string; line: number }): string {
  return f.paragraph ?? (f.section ? `"${f.section}"` : `line ${f.line}`);
}

function quote(text: string): string {
  return text.length > QUOTE ? `${text.slice(0, QUOTE - 1)}…` : text;
}

function finding(f: ReportFinding): string[] {
  const expected = f.expected ? `expected ${f.expected}: ` : "";
  return [
    `${where(f)}  ${f.stated}  (line ${f.line}${f.source === "table" ? ", in a table" : ""})`,
    `  "${quote(f.quote)}"`,
    `  ${expected}${f.relation}`,
    ...(f.diagnosis ? [`  ${f.diagnosis}`] : []),
    "",
  ];
}

/** "no findings", "1 finding", "9 findings". */
export function findingsCount(check: ReportCheck): string {
  const count = check.findings.length;
  return count === 0 ? "no findings" : `${count} ${count === 1 ? "finding" : "findings"}`;
}

/** What was looked at: the figures traced and unverified, the tables checked. */
export function summaryLine(check: ReportCheck): string {
  const traced = check.figures.filter((f) => f.status === "agrees").length;
  const unverified = check.figures.filter((f) => f.status === "unverified").length;
  const checked = check.tables.filter((t) => t.checked).length;
  return `${check.figures.length} figures in the text: ${traced} traced to a table or to other figures, ${unverified} unverified; ${checked} of ${check.tables.length} tables checked.`;
}

export function readableReport(name: string, check: ReportCheck): string {
  const lines = [
    `${name}: ${findingsCount(check)}`,
    summaryLine(check),
    "",
    ...check.findings.flatMap(finding),
    ...check.notes.map((n) => `note: ${n}`),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
