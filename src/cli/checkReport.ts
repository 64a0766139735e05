/** `carecalc check report.docx|report.txt|report.md`: a whole report, its prose and its tables. */
import { basename, extname } from "node:path";
import { checkReport, readableReport, readReport, REPORT_KINDS, UnreadableReport } from "../report";
import type { ReportCheck } from "../report";
import { readRegularFile } from "./readFile";
import { UnreadableFile } from "./unreadable";

export function isReportFile(path: string): boolean {
  return (
    (REPORT_KINDS as readonly string[]).includes(extname(path).toLowerCase()) ||
    /\.markdown$/i.test(path)
  );
}

export interface DocumentCheck {
  readonly file: string;
  readonly check: ReportCheck;
}

/** Reads and checks a report; a file that cannot be read is an UnreadableFile with the reason. */
export async function checkDocument(path: string): Promise<DocumentCheck> {
  try {
    const bytes = readRegularFile(path);
    return { file: path, check: checkReport(await readReport(bytes, path)) };
  } catch (error) {
    if (error instanceof UnreadableReport || error instanceof UnreadableFile)
      throw new UnreadableFile(`cannot read ${path}: ${error.message}`);
    throw error;
  }
}

/** Prints the check and gives the exit status: 0 no findings, 1 findings. */
export function printDocument({ file, check }: DocumentCheck, json: boolean): number {
  process.stdout.write(
    json
      ? `${JSON.stringify({ file, ...check }, null, 2)}\n`
      : readableReport(basename(file), check)
  );
  return check.findings.length ? 1 : 0;
}
