/** CARE.CHECKTABLE, which loads the checker (checker.js) on first use, as the page in Excel lets it. */
import hackney from "../fixtures/tables/hackney-2019-contract-value.json";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import {
  createCustomFunctionsRuntime,
  CustomFunctionError,
} from "../../src/hyperformula/customFunctionsRuntime";
import { call, DIST } from "../support/bundle";
import { loadIntoPage } from "../support/page";

const table = hackney.cells;

it("finds Hackney's 5.2.4 annual total at its cell in the sheet, loading the checker from beside the page", async () => {
  const page = loadIntoPage("functions.js");
  const rows = await page.registry.get("CHECKTABLE")!(table, {
    parameterAddresses: ["Sheet1!B3:D7"],
  });
  expect(page.loaded).toEqual(["checker.js"]);
  expect(rows).toEqual([
    [
      "C7",
      expect.stringContaining(
        "Total (£ ex VAT) = Low Support Cost + Medium Support Cost + High Support Cost"
      ),
      4797965.16,
      4797956.16,
      9,
      expect.any(Number),
      'digits transposed: "65" written for "56"',
    ],
  ]);
});

it("says so in one row when the table adds up", async () => {
  const page = loadIntoPage("functions.js");
  const corrected = table.map((row) =>
    row.map((cell) => (cell === "£4,797,965.16" ? "£4,797,956.16" : cell))
  );
  expect(await page.registry.get("CHECKTABLE")!(corrected, undefined)).toEqual([
    ["No inconsistencies found", "", "", "", "", "", ""],
  ]);
});

it("settles with an error naming the cause where the checker cannot be loaded (no page)", async () => {
  // functions.js alone, where Excel's runtime would run it, with nothing to load a chunk into.
  const runtime = createCustomFunctionsRuntime();
  runInContext(
    readFileSync(join(DIST, "functions.js"), "utf8"),
    createContext({ CustomFunctions: runtime })
  );
  const result = runtime.registry.get("CHECKTABLE")!(table, undefined) as Promise<unknown>;
  await expect(result).rejects.toBeInstanceOf(CustomFunctionError);
  await expect(result).rejects.toMatchObject({
    code: "#VALUE!",
    message: expect.stringMatching(/^CareCalc could not load its checker \(checker.js\)/),
  });
});

it("checks a range of any size: 6,000 cells settle with an answer", async () => {
  const page = loadIntoPage("functions.js");
  const sheet = Array.from({ length: 200 }, (_, r) =>
    Array.from({ length: 30 }, (_, c) => ((r + 1) * 7919 + c * 104729) % 100003)
  );
  const rows = await page.registry.get("CHECKTABLE")!(sheet, undefined);
  expect(Array.isArray(rows)).toBe(true);
  expect((rows as unknown[][]).every((row) => row.length === 7)).toBe(true);
});

it.each([
  [
    [
      ["", ""],
      ["", ""],
    ],
    /^range is empty\. Select the table to check/,
  ],
  [[[1, 2], [3]], /^range must be a rectangular range of cells/],
])("refuses %j with a message, before loading anything", (range, message) => {
  const page = loadIntoPage("functions.js");
  expect(() => page.registry.get("CHECKTABLE")!(range, undefined)).toThrow(
    expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) })
  );
  expect(page.loaded).toEqual([]);
});

it("answers at once where the checker is already there, as in HyperFormula (preview, command line)", () => {
  expect(call("CHECKTABLE", table, undefined)).toEqual([
    expect.arrayContaining(["B5", 4797965.16, 4797956.16, 9]),
  ]);
  expect(call("CHECK", "£4,797,965.16", 4797956.16)).toMatch(/digits transposed/);
});
