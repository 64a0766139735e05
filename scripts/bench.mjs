// `npm run bench`: builds, then runs every benchmark in test/bench/ (functions, task pane, checker) in turn.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" }).status ?? 1;

if (run("npx", ["webpack", "--mode", "production"]) !== 0) process.exit(1);
let failed = 0;
for (const file of readdirSync("test/bench")
  .filter((name) => name.endsWith(".bench.ts"))
  .sort()) {
  console.log(`\n=== ${file} ===`);
  failed += run("npx", ["tsx", `test/bench/${file}`]) === 0 ? 0 : 1;
}
process.exit(failed === 0 ? 0 : 1);
