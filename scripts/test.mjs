// `npm test`: build, lint, then every jest suite (core, functions, bundle, manifest, Office adapter, real browser).
// Closes with the line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { findBrowser } from "./browser-path.mjs";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env,
  });
  return result.status ?? 1;
}

const browser = findBrowser();
if (!browser) {
  console.error(
    "No Chromium, Chrome or Edge was found, so the browser tests cannot run and the tests are NOT passing.\n" +
      "Install one (Debian/Ubuntu: apt-get install -y chromium) or set CARECALC_BROWSER to its executable."
  );
  console.log("0 passed, 1 failed");
  process.exit(1);
}

if (run("npx", ["webpack", "--mode", "production"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const lint = run("npm", ["run", "lint", "--silent"]);

const resultsFile = ".jest-results.json";
rmSync(resultsFile, { force: true });
const jestArgs = [
  "jest",
  "--ci",
  "--json",
  `--outputFile=${resultsFile}`,
  ...process.argv.slice(2),
];
const jest = run("npx", jestArgs, { ...process.env, CARECALC_BROWSER: browser });

let passed = 0;
let failed = lint === 0 ? 0 : 1;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, "utf8"));
  passed = results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failed += 1;
}
if (lint !== 0) console.error("Lint or formatting failed (npm run lint); counted as one failure.");
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(jest !== 0 || failed > 0 ? 1 : 0);
