// `npm stop`: undoes `npm start`. Stops only the process npm start launched, by its recorded id.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = resolve(root, "node_modules/.cache/carecalc/dev-server.pid");

if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  rmSync(PID_FILE);
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the preview server (process ${pid}).`);
  } catch {
    console.log(`The preview server (process ${pid}) was not running.`);
  }
} else {
  let debugging = false;
  try {
    createRequire(resolve(root, "package.json")).resolve("office-addin-debugging/package.json");
    debugging = true;
  } catch {
    // Not installed: nothing was sideloaded.
  }
  if (debugging && (process.platform === "win32" || process.platform === "darwin")) {
    const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    process.exit(result.status ?? 1);
  }
  console.log("Nothing to stop: npm start is not running here.");
}
