/**
 * The measure the issue sets: one error at a time injected into correct figures of the corpus,
 * detection (found at the right cell) >= 95% and false flags <= 1 per 100 correct figures.
 * `npx tsx test/bench/checker.bench.ts` prints the figures per kind of error.
 */
import { loadCorpus } from "./corpus";
import { ERROR_KINDS, measure, MutationReport } from "./mutation";

let report: MutationReport;
beforeAll(() => {
  report = measure(loadCorpus());
}, 120_000);

test("every kind of error is injected", () => {
  for (const kind of report.kinds) expect(kind.injected).toBeGreaterThan(0);
  expect(report.kinds.map((k) => k.kind)).toEqual([...ERROR_KINDS]);
});

test("false flags: at most 1 per 100 correct figures", () => {
  expect(report.falseFlagRate).toBeLessThanOrEqual(1);
});

test("no kind of error falls below the detection it has reached", () => {
  // Floors a change must not go below (measured with the default seed), besides the overall target.
  const floors: Record<string, number> = {
    "digits transposed": 0.97,
    "digit slipped": 0.86,
    "rate rounded before multiplying": 0.94,
    "unit slip": 0.98,
    "sign error": 0.99,
    "total off by a round amount": 0.88,
  };
  for (const kind of report.kinds)
    expect([kind.kind, kind.detected / kind.injected >= floors[kind.kind]]).toEqual([
      kind.kind,
      true,
    ]);
});

test("detection: at least 95% of injected errors found at their cell", () => {
  expect(report.detectionRate).toBeGreaterThanOrEqual(0.95);
});
