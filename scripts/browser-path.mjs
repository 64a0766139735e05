import { existsSync } from "node:fs";

/** A browser already on this machine for the real-browser tests. CareCalc never downloads one. */
const CANDIDATES = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/microsoft-edge",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

export function findBrowser() {
  const chosen = process.env.CARECALC_BROWSER;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return (CANDIDATES[process.platform] ?? []).find((path) => existsSync(path));
}
