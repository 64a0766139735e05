/**
 * The Check tab's Report mode in the preview, in a real browser: a report pasted or opened in the
 * pane (a Word document the test writes, handed to the file picker), its findings and figure map,
 * and the review schedule written to a new sheet of the preview's workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Page } from "playwright-core";
import { wordDocument } from "../report/wordReport";
import { zip } from "../security/craft";
import { browserForFile, openPreview, screenshot, shown, valueAt } from "./harness";

jest.setTimeout(120_000);

const seed = (name: string) =>
  readFileSync(join(__dirname, `../fixtures/reports/${name}.txt`), "utf8");
const HACKNEY = "000_025702ac618c6035";
const KENT = "003_e8ff203e1703f230";

const browser = browserForFile();
let page: Page;
/** Every file the page asked for, to see when the report chunk loads. */
let requested: string[];

beforeEach(async () => {
  requested = [];
  browser.context.on("request", (request) => requested.push(new URL(request.url()).pathname));
  page = await openPreview(browser.context, browser.base);
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByRole("radio", { name: "A whole report" }).check();
});

afterEach(() => browser.context.removeAllListeners("request"));

const status = () => page.getByTestId("status").innerText();
const findings = () => page.locator("[data-testid=report-findings] > li");

async function paste(text: string) {
  await page.getByTestId("report-text").fill(text);
  await page.getByTestId("check-report-text").click();
  await page.getByTestId("status").waitFor();
}

test("pasted text: Kent's two findings at their places, and the figure map", async () => {
  expect(requested).not.toContain("/report.js");
  await paste(seed(KENT));
  // The reader, the checker and mammoth arrive only now, as a chunk of their own.
  expect(requested).toContain("/report.js");

  expect(await status()).toMatch(/^2 findings in the pasted text\.\s*27 figures in the text/);
  expect(await findings().count()).toBe(2);
  // 42 children placed in 336 beds is exactly 12.5%: rounded half away from zero, 13%.
  const occupancy = await findings().nth(0).innerText();
  expect(occupancy).toContain("12%");
  expect(occupancy).toContain("Expected 13%: 42 children / 336 beds");
  // £3.564m a year for 10 years is £35.64m; "£30,564m" as written is £30.564bn.
  const tenYears = await findings().nth(1).innerText();
  expect(tenYears).toMatch(/^"Financial implications": £30,564m/);
  expect(tenYears).toContain("Expected £35.64m: £3.564m a year x 10 years");

  const map = page.getByTestId("figure-map");
  const annual = map.locator("tr", { has: page.locator("th", { hasText: /^£3\.564m$/ }) });
  expect(await annual.locator("td").allInnerTexts()).toEqual([
    '"Financial implications"',
    "Traced",
    "derived: £4,557 a week x 15 beds x 365/7",
  ]);
  await page.getByTestId("figure-map-filter").selectOption("finding");
  expect(await map.locator("tbody th").allInnerTexts()).toEqual(["12%", "£30,564m"]);
  await screenshot(page, "report-pasted");
});

test("a Word document opened from the file picker: Hackney's findings, paragraph by paragraph", async () => {
  await page.getByTestId("report-file").setInputFiles({
    name: "hackney-2019.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await wordDocument(seed(HACKNEY))),
  });
  await page.getByTestId("status").waitFor();
  expect(await status()).toMatch(/^9 findings in "hackney-2019\.docx"\./);
  const items = await findings().allInnerTexts();
  expect(items).toHaveLength(9);
  // The seed discrepancies, worked out by hand in test/report/seeds.test.ts.
  expect(items[3]).toMatch(/^5\.2\.4: £4,797,965\.16 \(line \d+, in a table\)/);
  expect(items[3]).toContain('digits transposed: "65" written for "56"');
  expect(items[5]).toMatch(/^5\.2\.7: £5\.M/);
  expect(items[5]).toContain("Expected £5.02M");
  expect(items[8]).toMatch(/^11\.4: £685,620/);
  expect(items[8]).toContain("Expected £685,420");
  await screenshot(page, "report-word");
});

test("a file that is not a Word document: nothing checked, and what to do instead", async () => {
  await page.getByTestId("report-file").setInputFiles({
    name: "report.docx",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n"),
  });
  await page.getByTestId("status").waitFor();
  expect(await status()).toMatch(
    /^Not checked\.\s*"report\.docx" was not checked: it is a PDF, not a Word document\. Save the PDF's text as a \.txt file/
  );
  expect(await findings().count()).toBe(0);
});

test("a Word document built to unpack to gigabytes (a zip bomb): refused in the pane, after its declared size", async () => {
  // 64 MB of spaces as the document's text, deflated to about 64 KB; its directory says 1,000 bytes.
  const bomb = zip([
    { name: "word/document.xml", data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 1000 },
  ]);
  await page.getByTestId("report-file").setInputFiles({
    name: "bomb.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: bomb,
  });
  await page.getByTestId("status").waitFor();
  expect(await status()).toMatch(
    /^Not checked\.\s*"bomb\.docx" was not checked: its part word\/document\.xml inflates beyond the 1,000 bytes it declares: the file is damaged, or built to exhaust memory \(a zip bomb\)\. Ask whoever sent it for a copy saved by Word\./
  );
  expect(await findings().count()).toBe(0);
});

test("the review schedule: a new sheet, one row a figure, comments to fill in", async () => {
  await paste(seed(KENT));
  await page.getByTestId("write-schedule").click();
  await page.getByText("Review schedule written.").waitFor();
  expect(await status()).toMatch(/Sheet "Review schedule", cells A1:F\d+/);
  expect(await page.locator("[data-sheet-tab]").allInnerTexts()).toContain("Review schedule");

  expect(await shown(page, "A1")).toBe("Review schedule: pasted text");
  expect(
    await Promise.all(["A4", "B4", "C4", "D4", "E4", "F4"].map((a) => shown(page, a)))
  ).toEqual(["Figure", "Paragraph", "Line", "Source", "Status", "Reviewer's comment"]);

  // Each figure's row, found by the figure as the report writes it.
  const column = await page
    .locator("[data-testid=grid] td[data-address^=A]")
    .evaluateAll((cells) =>
      cells.map((c) => [c.getAttribute("data-address"), c.getAttribute("data-value")])
    );
  const rowOf = (figure: string) => {
    const hit = column.find(([, value]) => value === figure);
    if (!hit) throw new Error(`${figure} is not in column A`);
    return Number(hit[0]!.slice(1));
  };
  const row = async (figure: string) =>
    Promise.all(["A", "B", "D", "E", "F"].map((c) => valueAt(page, `${c}${rowOf(figure)}`)));

  // Text as written, never a number: "12%" stays "12%", not 0.12.
  expect(await row("12%")).toEqual([
    "12%",
    "The scope of the project covers the following",
    expect.stringMatching(/^finding: .*42 children \/ 336 beds/),
    "Finding",
    "",
  ]);
  expect(await row("£3.564m")).toEqual([
    "£3.564m",
    "Financial implications",
    "derived: £4,557 a week x 15 beds x 365/7",
    "Agrees",
    "",
  ]);
  expect(Number(await valueAt(page, `C${rowOf("£3.564m")}`))).toBeGreaterThan(0);
  const last = Math.max(...column.map(([address]) => Number(address!.slice(1))));
  expect(await shown(page, `A${last - 1}`)).toBe("Reviewed by");
  expect(await shown(page, `A${last}`)).toBe("Date");
  await screenshot(page, "report-schedule");
});

test("keyboard only: choose Report mode, open the file picker, read the findings", async () => {
  // Listening first: the browser hands the picker over only once the listener is in place.
  const picker = page.waitForEvent("filechooser");
  await page.getByRole("radio", { name: "A table in the sheet" }).check();
  await page.getByRole("radio", { name: "A table in the sheet" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.getByRole("radio", { name: "A whole report" }).isChecked()).toBe(true);

  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Open a report…");
  await page.keyboard.press("Enter");
  const chooser = await picker;
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({
    name: "kent.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(seed(KENT)),
  });
  await page.getByTestId("status").waitFor();
  expect(await status()).toMatch(/^2 findings in "kent\.txt"\./);

  // The pasted-text box and its button, then on to the figure map's filter and the schedule.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    "Write the review schedule to a new sheet"
  );
  await page.keyboard.press("Enter");
  await page.getByText("Review schedule written.").waitFor();
});
