/**
 * The carecalc command line. `carecalc check FILE [--json]` prints the figures that do not add up.
 * Exit status: 0 when everything was checked and nothing found, 1 when there are findings, 2 when
 * the file, or part of it, could not be checked (the reason is given).
 *
 * The check runs in a child process held to a heap limit and a deadline, so that no file, however
 * crafted, can exhaust the machine or print a stack trace: the parent reports the limit instead.
 */
import { spawn } from "node:child_process";
import { MOST_HEAP_MEGABYTES, MOST_SECONDS } from "../core/limits";
import { escapeUnsafe } from "./quote";
import type { Report } from "./report";
import type { DocumentCheck } from "./checkReport";

const USAGE =
  "usage: carecalc check FILE.csv|FILE.xlsx|REPORT.docx|REPORT.txt|REPORT.md [--json]\n";
/** Set in the child's environment: this process runs the check itself. */
const CHILD = "CARECALC_CHECK_CHILD";

type ChildAnswer =
  | { readonly report: Report }
  | { readonly document: DocumentCheck }
  | { readonly unreadable: string };

/** In the child: checks the file and writes one JSON answer on standard output. */
async function runCheck(file: string): Promise<void> {
  const { checkFile } = await import("./checkFile");
  const { capped } = await import("./report");
  const { UnreadableFile } = await import("./unreadable");
  const { checkDocument, isReportFile } = await import("./checkReport");
  let answer: ChildAnswer;
  try {
    // A report (Word, text, Markdown) is read as prose and tables; a sheet as tables and formulas.
    // The functions bundle sits beside this bundle in dist/.
    answer = isReportFile(file)
      ? { document: await checkDocument(file) }
      : { report: capped(await checkFile(file, __dirname)) };
  } catch (error) {
    answer = {
      unreadable:
        error instanceof UnreadableFile
          ? error.message
          : `cannot check ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  process.stdout.write(JSON.stringify(answer));
}

/** In the parent: runs the check in a child held to the limits and turns its end into an answer. */
function supervise(file: string): Promise<ChildAnswer> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${MOST_HEAP_MEGABYTES}`,
        "--stack-size=4000",
        __filename,
        "check",
        file,
      ],
      { env: { ...process.env, [CHILD]: "1" }, stdio: ["ignore", "pipe", "pipe"] }
    );
    const out: Buffer[] = [];
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    // Kept only to recognise running out of memory; never printed.
    child.stderr.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4096)));
    let late = false;
    const deadline = setTimeout(() => {
      late = true;
      child.kill("SIGKILL");
    }, MOST_SECONDS * 1000);
    child.on("close", (code) => {
      clearTimeout(deadline);
      if (late) {
        resolve({
          unreadable: `cannot check ${file}: checking took longer than ${MOST_SECONDS} s, the most CareCalc spends on one file. Check its tables in a smaller file.`,
        });
        return;
      }
      try {
        if (code === 0) {
          resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as ChildAnswer);
          return;
        }
      } catch {
        // Falls through to the failure below.
      }
      const memory = /heap limit|out of memory/i.test(errors);
      resolve({
        unreadable: memory
          ? `cannot check ${file}: it needs more than the ${MOST_HEAP_MEGABYTES.toLocaleString("en-GB")} MB of memory CareCalc allows for one file. Check its tables in a smaller file.`
          : `cannot check ${file}: the check stopped unexpectedly (exit ${code}).`,
      });
    });
  });
}

async function main(args: readonly string[]): Promise<number> {
  const json = args.includes("--json");
  const [command, file, ...rest] = args.filter((a) => a !== "--json");
  if (command !== "check" || !file || rest.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (process.env[CHILD]) {
    await runCheck(file);
    return 0;
  }
  const answer = await supervise(file);
  if ("unreadable" in answer) {
    process.stderr.write(`carecalc: ${escapeUnsafe(answer.unreadable)}\n`);
    return 2;
  }
  if ("document" in answer) {
    const { printDocument } = await import("./checkReport");
    return printDocument(answer.document, json);
  }
  const { exitStatus, forMachines, forPeople, warningLines } = await import("./report");
  process.stderr.write(warningLines(answer.report));
  process.stdout.write(json ? forMachines(answer.report) : forPeople(answer.report));
  return exitStatus(answer.report);
}

// main settles with an exit status: every error it meets becomes status 2.
void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
