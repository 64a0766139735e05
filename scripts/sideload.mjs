// What npm start and npm stop share: where things are, and whether Excel can be sideloaded here.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const manifest = resolve(root, "manifest.xml");
export const PID_FILE = resolve(root, "node_modules/.cache/carecalc/dev-server.pid");

const desktop = process.platform === "win32" || process.platform === "darwin";

function installed(name) {
  try {
    createRequire(resolve(root, "package.json")).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** Why Excel cannot be sideloaded on this machine, or undefined where it can. */
export function whyNoSideload() {
  if (!desktop) {
    return `office-addin-debugging sideloads only into Excel on Windows or macOS, and this machine runs ${process.platform}.`;
  }
  if (!installed("office-addin-debugging")) {
    return "office-addin-debugging, an optional dependency, is not installed (npm install office-addin-debugging).";
  }
  return undefined;
}

/** Ends a process started by npm start and everything it started. */
export function stopGroup(pid) {
  if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"]);
  else process.kill(-pid, "SIGTERM");
}
