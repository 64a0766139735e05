import { createServer, Server } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { BrowserContext, chromium, Page } from "playwright-core";

/*
 * The preview host in a real browser: the built dist/ served on a random localhost port, and the
 * machine's own Chromium (CARECALC_BROWSER) driven by playwright-core. Nothing is downloaded.
 */

export const DIST = join(__dirname, "../../dist");
export const SCREENSHOTS = join(__dirname, "../../test-output/screenshots");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** The browser to use; a clear failure, never a skip, when there is none. */
export function browserPath(): string {
  const path = process.env.CARECALC_BROWSER;
  if (!path) {
    throw new Error(
      "CARECALC_BROWSER is not set, so the real-browser tests cannot run and are NOT passing. " +
        "Run them with `npm test`, which finds Chromium, Chrome or Edge, or set CARECALC_BROWSER " +
        "to a browser executable (Debian: apt-get install -y chromium; CARECALC_BROWSER=/usr/bin/chromium)."
    );
  }
  if (!existsSync(path)) throw new Error(`CARECALC_BROWSER is ${path}, which does not exist.`);
  if (!existsSync(join(DIST, "preview.html"))) {
    throw new Error(
      "dist/preview.html is missing: build first with npx webpack --mode production."
    );
  }
  return path;
}

export function serveDist(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    )
  );
}

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "carecalc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1400, height: 900 },
  });
  // Nothing outside localhost: the preview must work offline.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For a whole test file (jest's beforeAll and afterAll): dist/ served and the browser launched,
 * then closed. Read `context` and `base` from the tests and their hooks.
 */
export function browserForFile(): { readonly context: BrowserContext; readonly base: string } {
  let served: { server: Server; base: string } | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });
  return {
    get context() {
      return browser!.context;
    },
    get base() {
      return served!.base;
    },
  };
}

export async function openPreview(context: BrowserContext, base: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/preview.html`);
  await page.waitForSelector("body[data-ready=true] [data-testid=grid]");
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** What the preview grid shows in a cell of the active sheet. */
export async function shown(page: Page, address: string): Promise<string> {
  return (
    await page.locator(`[data-testid=grid] td[data-address="${address}"]`).innerText()
  ).trim();
}

export async function valueAt(page: Page, address: string): Promise<string> {
  return (
    (await page
      .locator(`[data-testid=grid] td[data-address="${address}"]`)
      .getAttribute("data-value")) ?? ""
  );
}
