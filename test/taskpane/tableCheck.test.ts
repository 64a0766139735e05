import { SAMPLE_TABLE } from "../../src/preview/sampleTable";
import {
  checkSelectedTable,
  shownAllowance,
  shownDifference,
  shownFigure,
  whereItHolds,
} from "../../src/taskpane/tableCheck";
import hackney from "../fixtures/tables/hackney-2019-contract-value.json";

const selected = (address: string, text: string[][]) => ({ sheet: "Report", address, text });

test("the preview's sample is Hackney's 5.2.4 table exactly as transcribed", () => {
  expect(SAMPLE_TABLE).toEqual(hackney.cells);
});

test("findings name the sheet's cells, wherever the table sits", async () => {
  const atA1 = await checkSelectedTable(selected("A1:C5", hackney.cells));
  expect(atA1).toMatchObject({ ok: true, sheet: "Report", address: "A1:C5" });
  if (!atA1.ok) return;
  expect(atA1.findings).toEqual([
    expect.objectContaining({
      cell: "B5",
      stated: 4797965.16,
      expected: 4797956.16,
      diagnosis: expect.stringMatching(/digits transposed/),
    }),
  ]);
  // The x 8 of the contract's term, fitted between two columns of pounds: found despite the break.
  expect(atA1.relations.map(whereItHolds)).toContainEqual(
    expect.stringMatching(
      /^holds in 3 places, breaks in 1 \(holds in 3 of 4; chance of coincidence below 1 in 10\^\d+\)$/
    )
  );

  const atD10 = await checkSelectedTable(selected("D10:F14", hackney.cells));
  expect(atD10.ok && atD10.findings.map((f) => f.cell)).toEqual(["E14"]);
});

test("selections that cannot be checked say what to select", async () => {
  expect(await checkSelectedTable(selected("B2", [["£4,797,965.16"]]))).toEqual({
    ok: false,
    message: expect.stringMatching(/^Report!B2 is a single cell\. Select the whole table/),
  });
  expect(await checkSelectedTable(selected("F1:G2", []))).toEqual({
    ok: false,
    message: expect.stringMatching(/Report!F1:G2\) are empty/),
  });
});

test("a whole sheet of figures is checked, with no limit on its size", async () => {
  const sheetful = Array.from({ length: 200 }, (_, r) =>
    Array.from({ length: 30 }, (__, c) => String(((r + 1) * 7919 + c * 104729) % 100003))
  );
  const result = await checkSelectedTable(selected("A1:AD200", sheetful));
  expect(result).toMatchObject({ ok: true, address: "A1:AD200" });
});

test("figures are shown as a reviewer in the UK reads them", () => {
  expect(shownFigure(4797956.16)).toBe("4,797,956.16");
  expect(shownFigure("n/a")).toBe("n/a");
  expect(shownFigure("")).toBe("");
  expect(shownDifference(9)).toBe("+9");
  expect(shownDifference(-1000)).toBe("-1,000");
  expect(shownDifference(0)).toBe("0");
  expect(shownDifference("")).toBe("");
  expect(shownAllowance(0.02)).toBe("±0.02");
  expect(shownAllowance("")).toBe("");
});
