// `npm start`: sideload into Excel where that is possible (Windows, macOS, with office-addin-debugging);
// otherwise say plainly why not, and serve the browser preview instead.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { manifest, PID_FILE, root, stopGroup, whyNoSideload } from "./sideload.mjs";

const PREVIEW_URL = "https://localhost:3000/preview.html";

const windows = process.platform === "win32";

/** Runs a command in its own process group (outside Windows), so npm stop can end all of it. */
function run(command, args) {
  return spawn(command, args, { cwd: root, stdio: "inherit", shell: windows, detached: !windows });
}

const why = whyNoSideload();
if (!why) {
  // Starts the dev server (npm run dev-server) and sideloads manifest.xml into desktop Excel.
  const args = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"];
  run("npx", [...args, "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]).on(
    "exit",
    (code) => process.exit(code ?? 1)
  );
} else {
  console.log(`Excel cannot be sideloaded here: ${why}`);
  console.log("Serving the task pane's browser preview instead (an in-memory workbook, no Excel).");
  const server = run("npx", ["webpack", "serve", "--mode", "development"]);
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(server.pid));
  console.log(`\nPreview:  ${PREVIEW_URL}`);
  console.log("          (a self-signed certificate: the browser asks once to proceed)");
  console.log(`Manifest: ${manifest}`);
  console.log(
    "          to try it in Excel on the web: Home → Add-ins → More Add-ins → Upload My Add-in, while this server runs.\n"
  );
  server.on("exit", (code) => {
    rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
  // Ctrl+C reaches only this process once the server has its own group: pass it on.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => stopGroup(server.pid));
  }
}
