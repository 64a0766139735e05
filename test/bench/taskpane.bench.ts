/*
 * Task pane budgets (npx tsx test/bench/taskpane.bench.ts, after a production build):
 * taskpane.js gzip size (budget 200 KB), first render of the preview in headless Chromium, and the
 * time to insert the largest tables into the preview host's in-memory workbook. Like the browser
 * tests it uses the browser in CARECALC_BROWSER (scripts/browser-path.mjs finds one) and fails without.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { registerCareFunctions } from "../../src/hyperformula/carePlugin";
import { loadFunctionsBundle } from "../../src/hyperformula/loadFunctionsBundle";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { TableBuilder } from "../../src/tables";
import { optionsTable } from "../../src/tables/optionsTable";
import { savingsTable } from "../../src/tables/savingsTable";
import { tenderTable } from "../../src/tables/tenderTable";
import { DIST, launch, openPreview, serveDist } from "../browser/harness";

const BUDGET_KB = 200;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function bundleSizes(): boolean {
  const sizes = ["taskpane.js", "functions.js", "preview.js"].map((file) => {
    const gzip = gzipSync(readFileSync(join(DIST, file))).length;
    console.log(`${file.padEnd(13)} ${kb(gzip)} gzip`);
    return gzip;
  });
  const ok = sizes[0] <= BUDGET_KB * 1024;
  console.log(`taskpane.js budget ${BUDGET_KB} KB gzip: ${ok ? "within" : "OVER"}`);
  return ok;
}

/** The biggest tables the forms allow. */
const LARGEST: [string, TableBuilder, Record<string, unknown>][] = [
  [
    "savings, 200 beds x 6 support levels",
    savingsTable,
    {
      beds: "200",
      levels: Array.from({ length: 6 }, (_, i) => [`Level ${i + 1}`, `${125000 + i * 1000}`]),
    },
  ],
  [
    "tender, 40 bidders x 12 criteria",
    tenderTable,
    {
      criteria: Array.from({ length: 12 }, (_, i) => [`Criterion ${i + 1}`, i < 10 ? "4" : "5"]),
      priceMarks: "50",
      bidders: Array.from({ length: 40 }, (_, i) => [
        `Bidder ${i + 1}`,
        `${1000000 + i * 7919}`,
        Array(12)
          .fill(String(1 + (i % 5)))
          .join(", "),
        "Pass",
      ]),
    },
  ],
  [
    "options, 12 options x 60 years",
    optionsTable,
    {
      years: "60",
      options: Array.from({ length: 12 }, (_, i) => [`Option ${i + 1}`, "0", `${500000 + i}`, "2"]),
    },
  ],
];

async function insertTimes(): Promise<void> {
  const { metadata, runtime } = loadFunctionsBundle(DIST);
  registerCareFunctions(metadata, runtime.registry);
  for (const [name, builder, changes] of LARGEST) {
    const result = builder.build({ ...builder.defaults, ...(changes as object) });
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    const workbook = new PreviewWorkbook();
    const start = performance.now();
    await workbook.insertTable(result.plan, { kind: "newSheet" });
    const cells = result.plan.cells.length * result.plan.cells[0].length;
    console.log(
      `insert ${name} (${cells} cells) into the preview host: ${(performance.now() - start).toFixed(0)} ms`
    );
  }
}

async function firstRender(): Promise<void> {
  const { server, base } = await serveDist();
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await openPreview(browser.context, base);
      times.push(await page.evaluate(() => performance.now()));
      const start = Date.now();
      await page.getByTestId("insert").click();
      await page.getByTestId("status").waitFor();
      if (i === 2)
        console.log(
          `insert savings table (Hackney) by clicking Insert in the preview: ${Date.now() - start} ms`
        );
    }
    console.log(
      `first render of the preview (task pane + grid) in headless Chromium: ${Math.min(...times).toFixed(0)} ms (best of 3; median ${times.sort((a, b) => a - b)[1].toFixed(0)} ms)`
    );
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const ok = bundleSizes();
  await insertTimes();
  await firstRender();
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
