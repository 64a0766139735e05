/**
 * The functions bundle as Excel's runtime sees it: loaded into a bare JavaScript context whose only
 * Office global is CustomFunctions, it registers every function functions.json lists, and nothing else.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { bundle, call, DIST } from "../support/bundle";

const metadata = () => bundle().metadata;

it("registers exactly the functions in functions.json", () => {
  expect([...bundle().runtime.registry.keys()].sort()).toEqual(
    metadata()
      .functions.map((f) => f.id)
      .sort()
  );
});

it("lists every function of the catalogue", () => {
  expect(metadata().functions.map((f) => f.name)).toEqual(
    expect.arrayContaining([
      "ANNUAL",
      "WEEKLY",
      "BLOCKCOST",
      "SPOTCOST",
      "SPOTSAVING",
      "BREAKEVEN",
      "SAVINGSGRID",
      "TERMYEARS",
      "WHOLELIFE",
      "TIERRATE",
      "ATRISK",
      "UPLIFT",
      "PRICESCORE",
      "QUALITYSCORE",
      "TENDERSCORE",
      "LOWBIDFLAG",
      "SHARE",
      "DISCOUNTFACTOR",
      "NPV",
      "MONEY",
    ])
  );
});

it("describes every function and every parameter, with an example for each function", () => {
  for (const fn of metadata().functions) {
    expect(fn.description).toMatch(new RegExp(`Example: =CARE\\.${fn.name}\\(`));
    fn.parameters.forEach((p) => expect(p.description?.length).toBeGreaterThan(10));
  }
});

it.each([
  ["ANNUAL", [2411.3], 125387.6],
  ["WEEKLY", [125387.6], 2411.3],
  ["SPOTCOST", [4557, 15, 1, "365/7"], 3564225],
  ["TERMYEARS", ["4+2+2"], 8],
  ["ATRISK", [2636.23, 0.07], 184.5361],
  ["UPLIFT", [1000, 0.03, 2], 1060.9],
  ["PRICESCORE", [125, [[100, 125, 200]], 50], 40],
  ["QUALITYSCORE", [[[4, 3]], [[25, 10]], 5], 26],
  ["TENDERSCORE", [35.5, 125, [[100, 125, 200]], 50], 75.5],
  ["LOWBIDFLAG", [100, [[100, 120, 125, 130, 200]]], true],
  ["DISCOUNTFACTOR", [0], 1],
  ["NPV", [[[100], [0]]], 100],
  ["MONEY", ["c£10k"], 10000],
  ["MONEY", [4557], 4557],
])("CARE.%s(%j) = %j when called as Excel calls it", (name, args, expected) => {
  expect(call(name, ...args)).toEqual(expected);
});

it("spills SHARE in the shape of its weights", () => {
  expect(call("SHARE", 10, [[1], [2]])).toEqual([[3.33], [6.67]]);
});

it("omitted optional arguments arrive as null and take their defaults", () => {
  expect(call("SPOTSAVING", 2149, 1988, 4, null, null, null)).toBe(33488);
  expect(call("WHOLELIFE", 100, 2, null, null, null)).toBe(200);
});

describe("the bundle Excel loads", () => {
  /** functions.js, and the chunks it loads itself: for CHECKTABLE, and for the occupancy functions. */
  const FILES = ["functions.js", "checker.js", "occupancy.js"];
  const source = (file: string) => readFileSync(join(DIST, file), "utf8");

  it("functions.js is at most 60 KB minified", () => {
    expect(statSync(join(DIST, "functions.js")).size).toBeLessThanOrEqual(60 * 1024);
  });

  it.each(FILES)("%s makes no network calls and sends no telemetry", (file) => {
    // The chunks are fetched from beside the page by a script tag, never by fetch or XHR.
    expect(source(file)).not.toMatch(
      /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/
    );
  });

  it.each(FILES)(
    "%s does not carry HyperFormula (GPL-3.0), which only the preview and command line use",
    (file) => {
      expect(source(file)).not.toMatch(/hyperformula|HyperFormula/);
    }
  );
});
