/** The Functions tab's catalogue, read from the built functions.json, and what "Insert into selected cell" writes. */
import { catalogue, formulaForSelection, search } from "../../src/taskpane/functionCatalogue";
import { bundle } from "../support/bundle";

const entries = () => catalogue(bundle().metadata);
const entry = (name: string) => entries().find((e) => e.name === name)!;

it("lists every CARE function with its example taken out of the description", () => {
  expect(entries()).toHaveLength(bundle().metadata.functions.length);
  expect(entry("CARE.ANNUAL").example).toBe("=CARE.ANNUAL(2411.30)");
  expect(entry("CARE.ANNUAL").description).not.toMatch(/Example/);
});

it("finds functions by words in their descriptions and arguments", () => {
  expect(search(entries(), "break-even").map((e) => e.name)).toContain("CARE.BREAKEVEN");
  expect(search(entries(), "green book").map((e) => e.name)).toEqual(
    expect.arrayContaining(["CARE.DISCOUNTFACTOR", "CARE.NPV"])
  );
});

it("writes the example into a single selected cell", () => {
  expect(formulaForSelection(entry("CARE.BLOCKCOST"), "D4")).toEqual({
    address: "D4",
    formula: "=CARE.BLOCKCOST(2636.23, 5, 8)",
  });
});

it("takes a row of argument cells and writes the formula just after them", () => {
  expect(formulaForSelection(entry("CARE.SPOTSAVING"), "B2:D2")).toEqual({
    address: "E2",
    formula: "=CARE.SPOTSAVING(B2,C2,D2)",
  });
  expect(formulaForSelection(entry("CARE.ANNUAL"), "A1:A2")).toEqual({
    address: "A3",
    formula: "=CARE.ANNUAL(A1,A2)",
  });
});

it.each([
  ["CARE.SHARE", "A1:B1", /takes a range for weights/],
  ["CARE.PRICESCORE", "A1:C1", /takes a range for bids/],
  ["CARE.BLOCKCOST", "A1:B1", /takes 3 to 5 arguments; 2 cells are selected/],
  ["CARE.ANNUAL", "A1:B2", /a single row or column/],
])("%s with %s selected explains instead of writing a wrong formula", (name, address, message) => {
  const placement = formulaForSelection(entry(name), address);
  expect("message" in placement && placement.message).toMatch(message);
});
