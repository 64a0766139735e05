// `npm run bench`: builds, then runs every benchmark in test/bench/ (functions, task pane, checker) in turn,
// with the browser `npm test` finds (scripts/browser-path.mjs).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { findBrowser } from "./browser-path.mjs";

const browser = findBrowser();
if (!browser) {
  console.error(
    "No Chromium, Chrome or Edge was found, so the task pane cannot be timed.\n" +
      "Install one (Debian/Ubuntu: apt-get install -y chromium) or set CARECALC_BROWSER to its executable."
  );
  process.exit(1);
}
const env = { ...process.env, CARECALC_BROWSER: browser };
const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32", env }).status ??
  1;

if (run("npx", ["webpack", "--mode", "production"]) !== 0) process.exit(1);
let failed = 0;
for (const file of readdirSync("test/bench")
  .filter((name) => name.endsWith(".bench.ts"))
  .sort()) {
  console.log(`\n=== ${file} ===`);
  failed += run("npx", ["tsx", `test/bench/${file}`]) === 0 ? 0 : 1;
}
process.exit(failed === 0 ? 0 : 1);
