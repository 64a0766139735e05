import { Page } from "playwright-core";
import { SAMPLE_SHEET } from "../../src/preview/sampleTable";
import seeds from "../fixtures/seed-figures.json";
import { browserForFile, openPreview, screenshot, shown, valueAt } from "./harness";

jest.setTimeout(90_000);

const browser = browserForFile();
let page: Page;

beforeEach(async () => {
  page = await openPreview(browser.context, browser.base);
});

async function openTab(name: string) {
  await page.getByRole("tab", { name }).click();
}

async function fill(values: Record<string, string>) {
  for (const [field, value] of Object.entries(values)) {
    const input = page.locator(`[data-field="${field}"]`);
    if ((await input.evaluate((e) => e.tagName)) === "SELECT") await input.selectOption(value);
    else await input.fill(value);
  }
}

async function insert(): Promise<string> {
  await page.getByTestId("insert").click();
  return page.getByTestId("status").innerText();
}

async function sheetTabs(): Promise<string[]> {
  return page.locator("[data-sheet-tab]").allInnerTexts();
}

/** The chart drawn under the preview workbook's table (the pane draws its own above Insert). */
const gridChart = () => page.locator('section[aria-label="Preview workbook"] [data-testid=chart]');

interface GridCase {
  call: string;
  expected: number[][];
}

test("savings by occupancy with Hackney's inputs shows Hackney's Table 1", async () => {
  await openTab("Savings by occupancy");
  await fill({
    basis: "1",
    beds: "5",
    resoldBeds: "0",
    spotRate: "£184,308.80",
    years: "8",
    "levels.0.0": "Low",
    "levels.0.1": "125,400",
    "levels.1.0": "Medium",
    "levels.1.1": "133,300",
    "levels.2.0": "High",
    "levels.2.1": "137,100",
  });
  expect(await page.getByTestId("preview").innerText()).toContain("£294,544");
  expect(await insert()).toContain("Table inserted");
  expect(await sheetTabs()).toEqual(["Sheet1", SAMPLE_SHEET, "Savings by occupancy"]);

  const grids = (seeds.cases as unknown as GridCase[]).filter((c) => c.call === "SAVINGSGRID");
  for (const [level, grid] of grids.entries()) {
    for (const [i, [occupied, , annual, overTerm]] of grid.expected.entries()) {
      const row = 20 + i;
      expect(await valueAt(page, `A${row}`)).toBe(String(occupied));
      expect(Math.round(Number(await valueAt(page, `${"CDE"[level]}${row}`)))).toBe(
        Math.round(annual)
      );
      expect(Math.round(Number(await valueAt(page, `${"FGH"[level]}${row}`)))).toBe(
        Math.round(overTerm)
      );
    }
  }
  expect(await shown(page, "C20")).toBe("£294,544");
  expect(await shown(page, "C22")).toBe("-£74,074");
  expect(await shown(page, "H25")).toBe("-£5,484,000");
  expect(await shown(page, "B15")).toBe("3.40");
  expect(await page.locator('td[data-address="C20"]').getAttribute("title")).toBe(
    "=CARE.SPOTSAVING($B$8,B$13,$B$7,$A20,,$B$9)"
  );
  // The chart Excel gets, drawn: a line per support level and the break-even markers, placed below the table.
  const chart = gridChart();
  expect(await chart.getAttribute("aria-label")).toBe("Annual saving against occupied beds");
  expect(await chart.innerText()).toContain("Excel places this chart at A27");
  await chart.locator("svg").first().waitFor();
  for (const legend of ["Low", "Medium", "High", "Break-even"])
    expect(await chart.getByText(legend, { exact: true }).count()).toBeGreaterThan(0);
  expect(await chart.getByText("Occupied beds", { exact: true }).count()).toBe(1);
  await screenshot(page, "savings-by-occupancy");
});

test("whole-life cost: Hackney's £5,533,358.40 over 4+2+2", async () => {
  await openTab("Whole-life cost");
  await fill({ annualCost: "685,419.80", beds: "5", term: "4+2+2", uplift: "0", shareAtRisk: "7" });
  await fill({ annualFee: "10,000", feeFromYear: "4", rampUp: "" });
  expect(await insert()).toContain("Table inserted");
  expect(await shown(page, "A25")).toBe("Total, maximum term (years 1 to 8)");
  expect(await shown(page, "G25")).toBe("£5,533,358.40");
  expect(await shown(page, "G24")).toBe("£2,751,679.20");
  expect(await shown(page, "G26")).toBe("£5,533,358.40");
  await screenshot(page, "whole-life-cost");
});

test("tender evaluation: Hackney's marks, rank and the stacked bar chart", async () => {
  await openTab("Tender evaluation");
  await fill({ priceMarks: "50", maxScore: "5", method: "lowest", places: "3" });
  await fill({ "bidders.0.1": "19,209,500", "bidders.1.1": "18,171,034.43" });
  expect(await insert()).toContain("Table inserted");
  expect([await shown(page, "E14"), await shown(page, "E15"), await shown(page, "E16")]).toEqual([
    "82.797",
    "79.500",
    "79.419",
  ]);
  expect([await shown(page, "F14"), await shown(page, "F15"), await shown(page, "F16")]).toEqual([
    "1",
    "2",
    "3",
  ]);
  const chart = gridChart();
  expect(await chart.getAttribute("aria-label")).toBe("Quality and price marks by bidder");
  await chart.locator("svg").first().waitFor();
  for (const label of ["Provider A", "Provider B", "Provider C", "Quality marks", "Price marks"])
    expect(await chart.getByText(label, { exact: true }).count()).toBeGreaterThan(0);
  await screenshot(page, "tender-evaluation");
});

test("partnership cost share: exact to the penny", async () => {
  await openTab("Partnership cost share");
  await fill({ annualCost: "4,797,956.16", term: "4+2+2" });
  expect(await insert()).toContain("Table inserted");
  expect(await shown(page, "D11")).toBe("£685,422.31");
  expect(await shown(page, "D17")).toBe("£685,422.30");
  expect(await shown(page, "E11")).toBe("£5,483,378.47");
  expect(await shown(page, "E18")).toBe("£38,383,649.28");
  expect(await shown(page, "D19")).toBe("£0.00");
  await screenshot(page, "partnership-cost-share");
});

test("options appraisal: totals, present values and the cheapest option", async () => {
  await openTab("Options appraisal");
  await fill({ years: "8", discountRate: "" });
  expect(await insert()).toContain("Table inserted");
  expect(await shown(page, "M9")).toBe("£7,372,352");
  expect(await shown(page, "N10")).toBe("£4,877,020");
  expect(await shown(page, "P11")).toBe("Cheapest");
  await screenshot(page, "options-appraisal");
});

test("keyboard only: change the partnership's annual cost and insert", async () => {
  const focused = () =>
    page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return {
        role: e?.getAttribute("role"),
        field: e?.dataset.field,
        test: e?.dataset.testid,
        text: e?.textContent,
      };
    });
  async function tabTo(match: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (match(await focused())) return;
    }
    throw new Error("Tab never reached the control");
  }
  await tabTo((f) => f.role === "tab");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  expect(
    await page.getByRole("tab", { name: "Partnership cost share" }).getAttribute("aria-selected")
  ).toBe("true");
  await tabTo((f) => f.field === "annualCost");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("700,000");
  await tabTo((f) => f.test === "insert");
  await page.keyboard.press("Enter");
  expect(await page.getByTestId("status").innerText()).toContain("Table inserted");
  expect(await shown(page, "D11")).toBe("£100,000.00");
  await screenshot(page, "keyboard-only");
});

test("invalid input shows a message by the field and writes nothing", async () => {
  await openTab("Savings by occupancy");
  await fill({ beds: "five" });
  expect(await page.getByText("Beds in the block must be a whole number").count()).toBe(1);
  expect(await insert()).toContain("Nothing was written");
  expect(await sheetTabs()).toEqual(["Sheet1", SAMPLE_SHEET]);
  await screenshot(page, "invalid-input");
});

test("a formula from the function reference, then an insert refused because a cell is in the way", async () => {
  await page.locator('[data-testid=grid] td[data-address="B2"]').click();
  await openTab("Functions");
  await page.locator('[data-field="search"]').fill("weekly annual");
  await page.getByRole("button", { name: "Insert CARE.ANNUAL into the selected cell" }).click();
  expect(await page.getByTestId("status").innerText()).toContain("Formula inserted");
  expect(await shown(page, "B2")).toBe("125387.6");

  await openTab("Partnership cost share");
  await page.getByRole("radio", { name: /At a cell I choose/ }).check();
  await fill({ address: "Sheet1!A1" });
  const status = await insert();
  expect(status).toContain("B2");
  expect(status).toContain("Nothing was written");
  expect(await shown(page, "A1")).toBe("");
  await screenshot(page, "refused-occupied");
});

/** Click one corner, Shift+click the other, as a reviewer selects a table. */
async function selectRange(from: string, to: string) {
  await page.locator(`[data-testid=grid] td[data-address="${from}"]`).click();
  await page.locator(`[data-testid=grid] td[data-address="${to}"]`).click({ modifiers: ["Shift"] });
}

const cellIn = (address: string) =>
  page.locator(`[data-testid=grid] td[data-address="${address}"]`);

test("Check finds the typo in Hackney's annual total, selects it, highlights it and clears it", async () => {
  await page.locator(`[data-sheet-tab="${SAMPLE_SHEET}"]`).click();
  await selectRange("A1", "C5");
  expect(await page.getByText(`Selected: ${SAMPLE_SHEET}!A1:C5.`).count()).toBe(1);
  await openTab("Check");
  await page.getByTestId("check-table").click();

  expect(await page.getByTestId("status").innerText()).toContain("1 figure does not add up");
  expect(await page.getByTestId("relations").innerText()).toContain(
    "Total Contract Cost (£ ex VAT) = Annual Cost (£ ex VAT) x 8"
  );
  const finding = page.locator('[data-testid=findings] [data-finding="B5"]');
  expect(await finding.locator("td").allInnerTexts()).toEqual([
    "4,797,965.16",
    "4,797,956.16",
    "+9",
    expect.stringMatching(/^±0\.0/),
    expect.stringMatching(/^Relation: Total Contract Cost/),
    expect.stringMatching(/^Diagnosis: digits transposed: "65" written for "56"/),
  ]);
  await screenshot(page, "check-findings");

  // Keyboard: the finding's cell is a button; Enter selects it in the sheet.
  await page.getByRole("button", { name: "Select B5 in the sheet" }).focus();
  await page.keyboard.press("Enter");
  expect(await cellIn("B5").getAttribute("data-selected")).toBe("true");
  expect(await cellIn("A1").getAttribute("data-selected")).toBeNull();

  await page.getByTestId("highlight").click();
  expect(await page.getByTestId("status").innerText()).toContain("Flagged cells highlighted");
  expect(await cellIn("B5").getAttribute("data-fill")).toBe("#FFC7CE");
  expect(await cellIn("B5").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
    "rgb(255, 199, 206)"
  );
  await screenshot(page, "check-highlighted");

  await page.getByTestId("clear-highlights").click();
  expect(await page.getByTestId("status").innerText()).toContain("Highlights cleared");
  expect(await cellIn("B5").getAttribute("data-fill")).toBeNull();
  expect(await shown(page, "B5")).toBe("£4,797,965.16");
  expect(await shown(page, "C5")).toBe("£38,383,649.28");
  await screenshot(page, "check-cleared");
});

test("Check on a single cell says to select the whole table", async () => {
  await page.locator(`[data-sheet-tab="${SAMPLE_SHEET}"]`).click();
  await page.locator('[data-testid=grid] td[data-address="B5"]').click();
  await openTab("Check");
  await page.getByTestId("check-table").click();
  expect(await page.getByTestId("status").innerText()).toContain("is a single cell");
  expect(await page.getByTestId("findings").count()).toBe(0);
});

test("Check whole sheet checks every table on the sheet, whatever is selected", async () => {
  await page.locator(`[data-sheet-tab="${SAMPLE_SHEET}"]`).click();
  await page.locator('[data-testid=grid] td[data-address="A1"]').click();
  await openTab("Check");
  await page.getByTestId("check-sheet").click();
  expect(await page.getByTestId("status").innerText()).toContain("1 figure does not add up");
  expect(await page.locator('[data-testid=findings] [data-finding="B5"]').count()).toBe(1);
});

test("Check on a table that adds up: No inconsistencies found", async () => {
  await page.locator(`[data-sheet-tab="${SAMPLE_SHEET}"]`).click();
  await selectRange("A1", "C4");
  await openTab("Check");
  await page.getByTestId("check-table").click();
  expect(await page.getByTestId("status").innerText()).toContain("No inconsistencies found");
  await screenshot(page, "check-no-inconsistencies");
});

test("the pane says what CareCalc is, and the page that it is a preview", async () => {
  expect(await page.getByRole("heading", { name: "CareCalc", level: 1 }).count()).toBe(1);
  expect(await page.getByTestId("preview-banner").innerText()).toContain("Preview, not Excel.");
});

test("the insert's result appears beside Insert and takes the focus, so it is seen and read out", async () => {
  await openTab("Partnership cost share");
  await page.getByTestId("insert").click();
  const status = page.getByTestId("status");
  expect(await status.innerText()).toContain("Table inserted");
  expect(await status.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await status.getAttribute("role")).toBe("status");
});

test("Insert with a field to correct moves the focus to that field", async () => {
  await openTab("Whole-life cost");
  await fill({ beds: "five" });
  await page.getByTestId("insert").click();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.field)).toBe(
    "beds"
  );
  expect(await page.getByTestId("status").getAttribute("role")).toBe("alert");
});

test("an insert refused names the blocks of cells in the way, not every cell", async () => {
  await openTab("Partnership cost share");
  await page.getByTestId("insert").click();
  await page.locator('[data-sheet-tab="Partnership cost share"]').click();
  await page.getByRole("radio", { name: /At a cell I choose/ }).check();
  await fill({ address: "'Partnership cost share'!A1" });
  const status = await insert();
  // The table's own blocks: title and units note, the inputs, the partners and totals with the exact
  // shares after a gap column, the check row and the note.
  expect(status).toContain(
    "these cells are not empty: A1:A2, A4, A5:B8, A10:E18, G10:G18, A19:A20, D19:E19."
  );
  expect(status).not.toContain("B11,");
});

describe("Copy for report puts a Word table and plain text on the clipboard", () => {
  async function clipboard(): Promise<{ html: string; text: string }> {
    return page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item.getType(type)).text();
      return { html: await read("text/html"), text: await read("text/plain") };
    });
  }

  beforeEach(async () => {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: browser.base,
    });
  });

  test("from a builder: the table as printed, totals bold, figures right-aligned", async () => {
    await openTab("Partnership cost share");
    await fill({ pence: "pounds", annualCost: "1,000,000" });
    await page.getByTestId("copy-for-report").click();
    expect(await page.getByTestId("status").innerText()).toContain("Copied for the report");
    const { html, text } = await clipboard();
    const lines = text.split(/\r?\n/);
    expect(lines.slice(0, 5)).toEqual([
      "Table 4: Partnership cost share",
      "£, excluding VAT",
      "Partner\tBeds or share\tShare\tAnnual\tOver the term",
      "Borough A\t5\t14.3%\t£142,858\t£1,142,858",
      "Borough B\t5\t14.3%\t£142,857\t£1,142,857",
    ]);
    expect(lines).toContain("Total\t35\t100.0%\t£1,000,000\t£8,000,000");
    expect(html).toMatch(/font-weight:bold;border-top:1px solid #000">£1,000,000</);
    expect(html).toMatch(/text-align:right;">£142,857</);
  });

  test("from selected cells: as shown in the sheet, with the title and the total row", async () => {
    await page.locator(`[data-sheet-tab="${SAMPLE_SHEET}"]`).click();
    await selectRange("A1", "C5");
    await page.getByTestId("copy-selection").click();
    expect(await page.getByTestId("status").innerText()).toContain("Copied for the report");
    const { html, text } = await clipboard();
    expect(text.split(/\r?\n/)).toEqual([
      "Contract Element\tAnnual Cost (£ ex VAT)\tTotal Contract Cost (£ ex VAT)",
      "Low Support Cost\t£4,388,575.80\t£35,108,606.40",
      "Medium Support Cost\t£276,480.24\t£2,211,841.92",
      "High Support Cost\t£132,900.12\t£1,063,200.96",
      "Total (£ ex VAT)\t£4,797,965.16\t£38,383,649.28",
    ]);
    expect(html).toMatch(/font-weight:bold;border-top:1px solid #000">£4,797,965.16</);
  });
});

test("at task-pane width the pane stands above the workbook, and its chart is drawn", async () => {
  await page.setViewportSize({ width: 350, height: 900 });
  try {
    await openTab("Savings by occupancy");
    const paneChart = page.locator('aside [data-testid="chart"]');
    await paneChart.locator("svg").first().waitFor();
    const pane = await page.locator("aside").boundingBox();
    const grid = await page.getByTestId("grid").boundingBox();
    expect(pane!.width).toBeGreaterThan(300);
    expect(grid!.y).toBeGreaterThan(pane!.y + pane!.height - 1);
    await screenshot(page, "task-pane-width");
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test("occupancy risk: Hackney's block at 90% planned occupancy, and chances the officer enters", async () => {
  await openTab("Occupancy risk");
  expect(await page.getByTestId("preview").innerText()).toContain("59%");
  expect(
    await page
      .getByText(
        /High: at 90% planned occupancy the block is expected to save £143,890 a year; there is an 8% chance/
      )
      .count()
  ).toBe(1);
  expect(await insert()).toContain("Table inserted");
  expect(await sheetTabs()).toEqual(["Sheet1", SAMPLE_SHEET, "Occupancy risk"]);
  // Chances of 0 to 5 occupied beds (B16:B21), the saving at high support (F16:F21) and its risk.
  expect(await shown(page, "B16")).toBe("0.0%");
  expect(await shown(page, "B20")).toBe("32.8%");
  expect(await shown(page, "B21")).toBe("59.0%");
  expect(await shown(page, "F19")).toBe("-£132,574");
  expect(await shown(page, "D25")).toBe("£143,890");
  expect(await shown(page, "D27")).toBe("8.1%");
  expect(await shown(page, "D28")).toBe("-£132,574");
  expect(await shown(page, "D30")).toBe("£236,044");
  expect(await shown(page, "A34")).toBe(
    "High: at 90% planned occupancy the block is expected to save £143,890 a year; there is an 8% chance that it costs more than spot."
  );
  expect(await page.locator('td[data-address="B21"]').getAttribute("title")).toBe(
    "=INDEX(CARE.OCCUPANCYDIST($B$5,$B$8),$A21+1,2)"
  );
  // The chart Excel gets is drawn: its title, and the chances of 0 to 5 beds as stacked columns.
  const chart = page.getByTestId("chart").last();
  await chart.locator("svg").first().waitFor();
  expect(await chart.innerText()).toContain("Chance of each number of occupied beds");
  expect(await chart.locator("svg rect").count()).toBeGreaterThan(5);
  await screenshot(page, "occupancy-risk");

  await fill({ occupancyFrom: "entered", chances: "0, 1, 4, 10, 35, 50" });
  expect(await insert()).toContain("Table inserted");
  expect(await shown(page, "B8")).toBe("85.8%");
  expect(await shown(page, "D27")).toBe("15.0%");
  expect(await shown(page, "D29")).toBe("£51,735");
});

test("contract monitoring: a year of months, RAG against a 90% target, and a month not yet reported", async () => {
  await openTab("Contract monitoring");
  await fill({ "periods.11.3": "" });
  expect(await page.getByTestId("preview").innerText()).toContain("Amber");
  expect(await insert()).toContain("Table inserted");
  expect(await sheetTabs()).toEqual(["Sheet1", SAMPLE_SHEET, "Contract monitoring"]);
  // April: 135 of 150 bed-nights.
  expect(await shown(page, "F12")).toBe("90.0%");
  expect(await shown(page, "I12")).toBe("£11,866");
  expect(await shown(page, "L12")).toBe("£2,929.14");
  expect(await shown(page, "N12")).toBe("Green");
  expect(await shown(page, "N14")).toBe("Amber");
  expect(await shown(page, "N17")).toBe("Red");
  // March is not reported: blank in the table, a gap (#N/A) in the chart's column.
  expect(await shown(page, "F23")).toBe("");
  expect(await shown(page, "N23")).toBe("");
  expect(await shown(page, "P23")).toBe("#N/A");
  // To date, April to February: 1,491 of 1,670 bed-nights.
  expect(await shown(page, "E24")).toBe("1491");
  expect(await shown(page, "F24")).toBe("89.3%");
  expect(await shown(page, "N24")).toBe("Amber");
  expect(await page.locator('td[data-address="I12"]').getAttribute("title")).toBe(
    '=IF($E12="","",CARE.REALISEDSAVING($G12,$B$6,$E12))'
  );
  // Drawn as Excel's line chart: realised against forecast, month by month.
  const chart = page.getByTestId("chart").last();
  await chart.locator("svg").first().waitFor();
  expect(await chart.innerText()).toContain("Cumulative saving: realised against forecast");
  expect(await chart.locator("svg path").count()).toBeGreaterThan(1);
  await screenshot(page, "contract-monitoring");
});
