/**
 * The carecalc command line. `carecalc check FILE.csv|FILE.xlsx [--json]` prints the figures that
 * do not add up; exit status 0 when there are none, 1 when there are, 2 when the file cannot be read.
 */
import { checkFile, UnreadableFile } from "./checkFile";
import { isReportFile, runReportCheck } from "./checkReport";
import { forMachines, forPeople } from "./report";

const USAGE =
  "usage: carecalc check FILE.csv|FILE.xlsx|REPORT.docx|REPORT.txt|REPORT.md [--json]\n";

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes("--json");
  const [command, file, ...rest] = args.filter((a) => a !== "--json");
  if (command !== "check" || !file || rest.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (isReportFile(file)) return runReportCheck(file, json);
  try {
    // The functions bundle sits beside this bundle in dist/.
    const report = await checkFile(file, __dirname);
    report.warnings.forEach((w) => process.stderr.write(`carecalc: ${w}\n`));
    process.stdout.write(json ? forMachines(report) : forPeople(report));
    return report.findings.length ? 1 : 0;
  } catch (error) {
    const reason =
      error instanceof UnreadableFile ? error.message : `cannot check ${file}: ${String(error)}`;
    process.stderr.write(`carecalc: ${reason}\n`);
    return 2;
  }
}

// main settles with an exit status: every error it meets becomes status 2.
void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
