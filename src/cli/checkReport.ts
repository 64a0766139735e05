/** `carecalc check report.docx|report.txt|report.md`: a whole report, its prose and its tables. */
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  checkReport,
  readableReport,
  readReport,
  refuseIfFileLarger,
  REPORT_KINDS,
  UnreadableReport,
} from "../report";

export function isReportFile(path: string): boolean {
  return (
    (REPORT_KINDS as readonly string[]).includes(extname(path).toLowerCase()) ||
    /\.markdown$/i.test(path)
  );
}

/** Prints the check and returns the exit status: 0 no findings, 1 findings, 2 unreadable (with the reason on stderr). */
export async function runReportCheck(path: string, json: boolean): Promise<number> {
  try {
    refuseIfFileLarger(path, statSync(path).size);
    const check = checkReport(await readReport(readFileSync(path), path));
    process.stdout.write(
      json
        ? `${JSON.stringify({ file: path, ...check }, null, 2)}\n`
        : readableReport(basename(path), check)
    );
    return check.findings.length ? 1 : 0;
  } catch (error) {
    const reason =
      error instanceof UnreadableReport
        ? error.message
        : (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "no such file"
          : String(error instanceof Error ? error.message : error);
    process.stderr.write(`carecalc: cannot read ${path}: ${reason}\n`);
    return 2;
  }
}
