/**
 * Held-out planted errors (test/report/planted.ts): the generator plants exactly one error a copy,
 * and on the dev half (the half looked at while tuning) the checker finds them at their paragraph
 * without new false findings. The test half is scored only by the benchmark
 * (npx tsx test/bench/planted.bench.ts), never tuned against.
 */
import { generateCases, halfOf, PLANT_KINDS, score, seedText, summarise } from "./planted";

jest.setTimeout(120_000);

const generated = generateCases();
const dev = generated.cases.filter((c) => c.half === "dev");

test("every copy differs from its seed in the planted figure alone", () => {
  expect(generated.unplanted).toEqual([]);
  expect(new Set(generated.cases.map((c) => c.id)).size).toBe(generated.cases.length);
  for (const c of generated.cases) {
    expect(c.planted).not.toBe(c.site.figure.stated);
    const seed = seedText(c.seed);
    // Put the original back where the planted figure is, and the seed is whole again.
    const at = [...c.text].findIndex((ch, i) => ch !== seed[i]);
    const start = c.text.lastIndexOf(c.planted, at);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(
      c.text.slice(0, start) + c.site.figure.stated + c.text.slice(start + c.planted.length)
    ).toBe(seed);
  }
});

test("the split is by the case's id alone, and both halves hold every kind", () => {
  for (const c of generated.cases) expect(c.half).toBe(halfOf(c.id));
  for (const half of ["dev", "test"])
    expect(new Set(generated.cases.filter((c) => c.half === half).map((c) => c.kind))).toEqual(
      new Set(PLANT_KINDS)
    );
});

test("dev half: planted errors found at their paragraph, and no false findings", () => {
  const summary = summarise(dev.map((c) => score(c, generated.clean.get(c.seed)!)));
  // Targets: at least 45% found (a gap with no recognised cause is left alone by design, see the
  // README) and at most one new finding elsewhere in twenty copies.
  expect(summary.detected / summary.cases).toBeGreaterThanOrEqual(0.45);
  expect(summary.falseFindings / summary.cases).toBeLessThanOrEqual(0.05);
});
