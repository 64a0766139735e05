/**
 * Runs every crafted case against a built command line and prints its exit status, wall time and
 * peak memory: `npx tsx test/security/measure.ts [dist/cli.js] [case ...]`. Each run is held to
 * 3 minutes and 6 GB of address space so that a case cannot take the machine down.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CASES } from "./cases";

const [cli = "dist/cli.js", ...only] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "carecalc-measure-"));
try {
  for (const c of CASES.filter((k) => !only.length || only.includes(k.id))) {
    const path = c.make(dir);
    const timing = join(dir, "time.txt");
    const run = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%e %M",
        "-o",
        timing,
        "timeout",
        "-s",
        "KILL",
        "180",
        "prlimit",
        `--as=${6 << 30}`,
        "--",
        process.execPath,
        resolve(cli),
        "check",
        path,
      ],
      { encoding: "utf8", maxBuffer: 1 << 30 }
    );
    const [seconds, kilobytes] = readFileSync(timing, "utf8").trim().split("\n").pop()!.split(" ");
    const said = (run.stderr + run.stdout).replace(/\s+/g, " ").slice(0, 110);
    const status = /Command terminated by signal 9/.test(readFileSync(timing, "utf8"))
      ? "killed"
      : run.status;
    console.log(
      `${c.id.padEnd(18)} exit ${String(status ?? run.signal).padEnd(4)} ${seconds.padStart(7)} s ${String(Math.round(Number(kilobytes) / 1024)).padStart(6)} MB  out ${(run.stdout.length + run.stderr.length).toString().padStart(8)} B  ${said}`
    );
    rmSync(path, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
