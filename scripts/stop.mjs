// `npm stop`: undoes `npm start`. Stops only the process npm start launched, by its recorded id.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE, root, stopGroup, whyNoSideload } from "./sideload.mjs";

if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  rmSync(PID_FILE);
  try {
    stopGroup(pid);
    console.log(`Stopped the preview server (process ${pid}).`);
  } catch {
    console.log(`The preview server (process ${pid}) was not running.`);
  }
} else {
  if (!whyNoSideload()) {
    const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    process.exit(result.status ?? 1);
  }
  console.log("Nothing to stop: npm start is not running here.");
}
