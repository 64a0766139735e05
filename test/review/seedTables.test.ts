/**
 * One test per table of the seed reports: the figures a reviewer should query are found at the
 * right cell with a diagnosis in reviewers' words, and nothing else is flagged.
 */
import { checkTable } from "../../src/review";
import { loadCorpus } from "./seedCorpus";

/** Findings the fixtures mark "other" are roundings in the wrong direction: a checker may or may not report them. */
const optional = (kind: string) => kind === "other";

/** Words a diagnosis should use for each kind of mistake the fixtures record. */
const DIAGNOSIS_WORDS: Record<string, RegExp> = {
  "transposed digits": /transposed/,
  "rate rounded before multiplying": /rate rounded before multiplying/,
  "typo in total": /typo|unit slip|digit/,
};

describe.each(loadCorpus().map((fixture) => [fixture.name, fixture] as const))(
  "%s",
  (_, fixture) => {
    const { findings } = checkTable(fixture.cells);

    const required = fixture.expectedFindings.filter((f) => !optional(f.kind));
    if (required.length) {
      test.each(required.map((f) => [f.cell, f] as const))("finds %s", (cell, expected) => {
        const finding = findings.find((f) => f.cell === cell);
        expect(finding).toBeDefined();
        expect(finding!.diagnosis).toMatch(DIAGNOSIS_WORDS[expected.kind]);
        if (typeof finding!.expected === "number" && !/figure as written/.test(finding!.relation)) {
          // Within the rounding of the figures the expected value comes from.
          const allowance = typeof finding!.allowance === "number" ? finding!.allowance : 0;
          expect(Math.abs(finding!.expected - expected.expected)).toBeLessThanOrEqual(
            Math.max(1, allowance)
          );
        }
      });
    }

    test("flags nothing else", () => {
      const allowed = new Set(fixture.expectedFindings.map((f) => f.cell));
      expect(
        findings.filter((f) => !allowed.has(f.cell)).map((f) => `${f.cell}: ${f.relation}`)
      ).toEqual([]);
    });
  }
);
