/**
 * The adversarial suite: every crafted file of test/security/cases.ts against the BUILT command line
 * (`npm test` builds it), each run held to its time and its address space (prlimit), so that a
 * case that comes back fails here instead of taking the machine down.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CASES } from "./cases";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error("dist/cli.js is missing: run `npm run build` (npm test does) first.");
  dir = mkdtempSync(join(tmpdir(), "carecalc-crafted-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CASES.map((c) => [c.id, c] as const))("%s", (_, c) => {
  test(
    `${c.summary}: exit ${c.status} within ${c.seconds} s and ${c.megabytes} MB`,
    () => {
      const path = c.make(dir);
      const started = Date.now();
      // Address space per process, with room for V8's reservations beyond the heap it uses.
      const run = spawnSync(
        "prlimit",
        [`--as=${(c.megabytes + 1024) * 2 ** 20}`, "--", process.execPath, CLI, "check", path],
        { encoding: "utf8", timeout: c.seconds * 1000, killSignal: "SIGKILL", maxBuffer: 1 << 24 }
      );
      const seconds = (Date.now() - started) / 1000;
      rmSync(path, { force: true });
      expect({ status: run.status, signal: run.signal }).toEqual({
        status: c.status,
        signal: null,
      });
      expect(run.stdout + run.stderr).toMatch(c.says);
      expect(seconds).toBeLessThan(c.seconds);
      // Nothing a file holds reaches the terminal raw, and no stack trace is ever printed.
      expect(run.stdout + run.stderr).not.toMatch(
        /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]|\n\s+at /
      );
    },
    (c.seconds + 30) * 1000
  );
});
