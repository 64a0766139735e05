// `npm start`: sideload into Excel where that is possible (Windows, macOS, with office-addin-debugging);
// otherwise say plainly why not, and serve the browser preview instead.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(root, "manifest.xml");
const PID_FILE = resolve(root, "node_modules/.cache/carecalc/dev-server.pid");
const PREVIEW_URL = "https://localhost:3000/preview.html";

function installed(name) {
  try {
    createRequire(resolve(root, "package.json")).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  return spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
}

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && installed("office-addin-debugging")) {
  // Starts the dev server and sideloads manifest.xml into Excel.
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]).on("exit", (code) =>
    process.exit(code ?? 1)
  );
} else {
  const why = desktop
    ? "office-addin-debugging, an optional dependency, is not installed (npm install office-addin-debugging)."
    : `office-addin-debugging sideloads only into Excel on Windows or macOS, and this machine runs ${process.platform}.`;
  console.log(`Excel cannot be sideloaded here: ${why}`);
  console.log("Serving the task pane's browser preview instead (an in-memory workbook, no Excel).");
  const server = run("npx", ["webpack", "serve", "--mode", "development"]);
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(server.pid));
  console.log(`\nPreview:  ${PREVIEW_URL}`);
  console.log("          (a self-signed certificate: the browser asks once to proceed)");
  console.log(`Manifest: ${manifest}`);
  console.log(
    "          to try it in Excel on the web: Insert > Add-ins > Upload My Add-in, while this server runs.\n"
  );
  server.on("exit", (code) => {
    rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
}
