/**
 * The preview grid as a workbook a user can try, in a real browser: typing a table, pasting one
 * from the clipboard, moving and selecting from the keyboard, and the Check tab on the result.
 */
import { Page } from "playwright-core";
import { browserForFile, openPreview, screenshot, shown, valueAt } from "./harness";

jest.setTimeout(90_000);

const browser = browserForFile();
let page: Page;

beforeAll(async () => {
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: browser.base,
  });
});

beforeEach(async () => {
  page = await openPreview(browser.context, browser.base);
});

const cell = (address: string) => page.locator(`[data-testid=grid] td[data-address="${address}"]`);

/** What has the focus: the grid cell's address, the editor, or something else. */
const focused = () =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e?.dataset.address ?? e?.dataset.testid ?? e?.tagName ?? "";
  });

/**
 * Types as on a UK keyboard, where £ is Shift+3 and arrives as a key press like any other
 * character; Playwright's keyboard is a US one, which has no £ key.
 */
async function typeText(text: string) {
  const cdp = await page.context().newCDPSession(page);
  const pound = { key: "£", code: "Digit3", modifiers: 8, windowsVirtualKeyCode: 51 };
  for (const part of text.split(/(£)/)) {
    if (part !== "£") await page.keyboard.type(part);
    else {
      await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", text: "£", ...pound });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...pound });
    }
  }
  await cdp.detach();
}

/** Hackney's contract-value table (5.2.4), with its printed slip in the annual total. */
const HACKNEY = [
  ["Contract Element", "Annual Cost (£ ex VAT)", "Total Contract Cost (£ ex VAT)"],
  ["Low Support Cost", "£4,388,575.80", "£35,108,606.40"],
  ["Medium Support Cost", "£276,480.24", "£2,211,841.92"],
  ["High Support Cost", "£132,900.12", "£1,063,200.96"],
  ["Total (£ ex VAT)", "£4,797,965.16", "£38,383,649.28"],
];

async function checkSelection(): Promise<string> {
  await page.getByRole("tab", { name: "Check" }).click();
  await page.getByTestId("check-table").click();
  return page.getByTestId("status").innerText();
}

test("the grid is an ARIA grid: one cell in the tab order, the selection announced", async () => {
  const grid = page.getByRole("grid", { name: "Sheet Sheet1" });
  expect(await grid.getAttribute("aria-multiselectable")).toBe("true");
  expect(await grid.getByRole("columnheader", { name: "C", exact: true }).count()).toBe(1);
  expect(await grid.getByRole("rowheader", { name: "3", exact: true }).count()).toBe(1);
  expect(await grid.locator("td[tabindex='0']").count()).toBe(1);
  expect(await cell("A1").getAttribute("tabindex")).toBe("0");
  expect(await cell("A1").getAttribute("aria-selected")).toBe("true");
  expect(await cell("B1").getAttribute("aria-selected")).toBe("false");
  expect(await grid.getByRole("gridcell").count()).toBe(20 * 8);
  // Each cell is named by its address, then what it shows; a formula is its description.
  await cell("B2").click();
  await page.keyboard.type("=6*7");
  await page.keyboard.press("Enter");
  const b2 = grid.getByRole("gridcell", { name: "B2 42", exact: true });
  expect(await b2.getAttribute("title")).toBe("=6*7");
  expect(await grid.getByRole("gridcell", { name: "B3", exact: true }).count()).toBe(1);
});

test("keyboard only: into the grid, move, type a table, select it and check it", async () => {
  // Tab from the sheet buttons lands on the active cell, and only on it.
  await page.locator('[data-sheet-tab="Sheet1"]').focus();
  for (let i = 0; i < 3 && (await focused()) !== "A1"; i++) await page.keyboard.press("Tab");
  expect(await focused()).toBe("A1");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toBe("B2");
  expect(await cell("B2").getAttribute("aria-selected")).toBe("true");
  expect(await cell("A1").getAttribute("aria-selected")).toBe("false");
  expect(await page.getByText("Selected: Sheet1!B2.").count()).toBe(1);

  // Typed as a reviewer copies a report's table: Tab between cells, Enter at the end of a row
  // (back to the column the row started in, as in Excel).
  for (const row of HACKNEY) {
    for (const [i, text] of row.entries()) {
      await typeText(text);
      await page.keyboard.press(i === row.length - 1 ? "Enter" : "Tab");
    }
  }
  expect(await focused()).toBe("B7");
  expect(await shown(page, "C3")).toBe("£4,388,575.80");
  expect(await valueAt(page, "C3")).toBe("4388575.8");
  expect(await shown(page, "D6")).toBe("£38,383,649.28");

  // Select B2:D6 from the keyboard: up to B2, then Shift+arrows.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowUp");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowDown");
  for (let i = 0; i < 2; i++) await page.keyboard.press("Shift+ArrowRight");
  expect(await page.getByText("Selected: Sheet1!B2:D6.").count()).toBe(1);
  expect(await cell("D6").getAttribute("aria-selected")).toBe("true");
  expect(await focused()).toBe("B2");

  // £4,388,575.80 + £276,480.24 + £132,900.12 = £4,797,956.16, not the £4,797,965.16 printed.
  expect(await checkSelection()).toContain("1 figure does not add up");
  expect(
    await page.locator('[data-testid=findings] [data-finding="C6"] td').allInnerTexts()
  ).toEqual(
    expect.arrayContaining([
      "4,797,965.16",
      "4,797,956.16",
      expect.stringMatching(/^Diagnosis: digits transposed: "65" written for "56"/),
    ])
  );
  await screenshot(page, "grid-typed-and-checked");
});

test("F2 edits what the cell holds, Escape cancels, Enter keeps, and typing replaces", async () => {
  await cell("A1").click();
  await page.keyboard.type("=2+3");
  await page.keyboard.press("Enter");
  expect(await shown(page, "A1")).toBe("5");
  expect(await focused()).toBe("A2");

  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("F2");
  expect(await page.getByTestId("cell-editor").inputValue()).toBe("=2+3");
  // After F2 the arrows move the caret, not the cell.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("0");
  expect(await page.getByTestId("cell-editor").inputValue()).toBe("=2+03");
  await page.keyboard.press("Escape");
  expect(await page.getByTestId("cell-editor").count()).toBe(0);
  expect(await shown(page, "A1")).toBe("5");
  expect(await focused()).toBe("A1");

  await page.keyboard.press("F2");
  await page.keyboard.type("*10");
  await page.keyboard.press("Tab");
  // F2 then "*10": =2+3*10, which is 32.
  expect(await shown(page, "A1")).toBe("32");
  expect(await focused()).toBe("B1");

  // Typing into a cell that holds something replaces it, as in Excel; an arrow keeps the entry.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("12.5%");
  await page.keyboard.press("ArrowDown");
  expect(await shown(page, "A1")).toBe("12.5%");
  expect(await focused()).toBe("A2");
});

test("a formula that does not parse is not entered: the editor stays, with what to change", async () => {
  await cell("B2").click();
  await page.keyboard.type("=SUM(A1:A3");
  await page.keyboard.press("Enter");
  const message = page.getByTestId("grid-status");
  expect(await message.getAttribute("role")).toBe("alert");
  expect(await message.innerText()).toContain("=SUM(A1:A3 is not a formula");
  expect(await focused()).toBe("cell-editor");
  await page.keyboard.type(")");
  await page.keyboard.press("Enter");
  expect(await shown(page, "B2")).toBe("0");
  expect(await message.count()).toBe(0);
});

test("Home, End, Ctrl+Home and Delete", async () => {
  await cell("B3").click();
  for (const text of ["a", "b", "c"]) {
    await page.keyboard.type(text);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Home");
  expect(await focused()).toBe("A3");
  await page.keyboard.press("End");
  expect(await focused()).toBe("D3");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Delete");
  expect([await shown(page, "B3"), await shown(page, "C3"), await shown(page, "D3")]).toEqual([
    "a",
    "",
    "",
  ]);
  await page.keyboard.press("Control+Home");
  expect(await focused()).toBe("A1");
});

test("PageDown and PageUp move by a screenful of rows", async () => {
  // The body rows wholly in the grid's scrolling box, below the column letters, which stay put.
  const inView = () =>
    page.locator("[data-testid=grid]").evaluate((grid) => {
      const box = grid.parentElement!;
      const top = grid.querySelector("thead th")!.getBoundingClientRect().bottom;
      const bottom = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
      return [...grid.querySelectorAll("tbody tr")].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= top - 0.5 && r.bottom <= bottom + 0.5;
      }).length;
    });
  const rowOf = (address: string) => Number(address.slice(1));
  /** Whether the cell is wholly in the box, and not under the column letters. */
  const inSight = (address: string) =>
    cell(address).evaluate((td) => {
      const box = td.closest("table")!.parentElement!;
      const letters = td.closest("table")!.querySelector("thead th")!.getBoundingClientRect();
      const r = td.getBoundingClientRect();
      const bottom = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
      return r.top >= letters.bottom - 0.5 && r.bottom <= bottom + 0.5;
    });
  await cell("A1").click();
  // From the top, every row shown is shown whole: exactly that many.
  const first = await inView();
  expect(first).toBeGreaterThan(1);
  await page.keyboard.press("PageDown");
  expect(await focused()).toBe(`A${1 + first}`);
  // Further down the box scrolls, and a row may be partly hidden: a screenful, give or take it.
  for (let i = 0; i < 3; i++) {
    const before = rowOf(await focused());
    const rows = await inView();
    await page.keyboard.press("PageDown");
    const after = await focused();
    expect(rowOf(after) - before).toBeGreaterThanOrEqual(rows);
    expect(rowOf(after) - before).toBeLessThanOrEqual(rows + 1);
    // The grid grows to the cursor, and the cell in focus is scrolled into view.
    expect(await inSight(after)).toBe(true);
  }
  const end = rowOf(await focused());
  await page.keyboard.press("Shift+PageUp");
  const selected = await page.getByText(/^Selected: Sheet1!A\d+:A\d+\.$/).innerText();
  expect(selected).toMatch(new RegExp(`:A${end}\\.$`));
  // Up past the top of the box: each cell comes into sight below the letters.
  for (let i = (await inView()) + 2; i > 0; i--) {
    await page.keyboard.press("ArrowUp");
    expect(await inSight(await focused())).toBe(true);
  }
  for (let i = 0; i < 6; i++) await page.keyboard.press("PageUp");
  expect(await focused()).toBe("A1");
});

test("Tab from the last column leaves the grid: the keyboard is never trapped", async () => {
  await cell("H1").click();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("[data-testid=grid]"))).toBe(
    false
  );
});

describe("pasting a table", () => {
  const tsv = HACKNEY.map((row) => row.join("\t")).join("\r\n") + "\r\n";

  test("from the clipboard (Ctrl+V) into empty cells: shown as the report printed it, then checked", async () => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
    await cell("C3").click();
    await page.keyboard.press("Control+V");
    const status = page.getByTestId("grid-status");
    // textContent: what the live region announces (innerText runs the title into the text).
    expect(await status.textContent()).toContain(
      "Pasted into C3:E7. A table of 5 rows by 3 columns, now selected."
    );
    expect(await status.getAttribute("role")).toBe("status");
    expect(await shown(page, "C3")).toBe("Contract Element");
    expect(await shown(page, "D4")).toBe("£4,388,575.80");
    expect(await valueAt(page, "D4")).toBe("4388575.8");
    expect(await shown(page, "E7")).toBe("£38,383,649.28");
    // The pasted table is selected, ready for Check.
    expect(await page.getByText("Selected: Sheet1!C3:E7.").count()).toBe(1);
    expect(await checkSelection()).toContain("1 figure does not add up");
    expect(await page.locator('[data-testid=findings] [data-finding="D7"]').count()).toBe(1);
    await screenshot(page, "grid-pasted-and-checked");
  });

  test("a paste event's text, as Word gives it, with a quoted cell", async () => {
    await cell("A1").click();
    await page.locator("[data-testid=grid]").evaluate((grid) => {
      const data = new DataTransfer();
      data.setData("text/plain", 'Placement\tWeekly\r\n"Home, ""Hub"""\t£4,557\r\n');
      const target = grid.querySelector('td[tabindex="0"]')!;
      target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    expect(await shown(page, "A2")).toBe('Home, "Hub"');
    expect(await shown(page, "B2")).toBe("£4,557");
    expect(await valueAt(page, "B2")).toBe("4557");
  });

  test("over a cell that holds something: refused, naming the cells, and nothing written", async () => {
    await cell("D5").click();
    await page.keyboard.type("keep me");
    await page.keyboard.press("Enter");
    await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
    await cell("C3").click();
    await page.keyboard.press("Control+V");
    const status = page.getByTestId("grid-status");
    expect(await status.getAttribute("role")).toBe("alert");
    expect(await status.innerText()).toContain("this cell is not empty: D5.");
    expect(await shown(page, "C3")).toBe("");
    expect(await shown(page, "D5")).toBe("keep me");
    // The focus stays in the grid, to pick another place.
    expect(await focused()).toBe("C3");
    await screenshot(page, "grid-paste-refused");
  });
});
