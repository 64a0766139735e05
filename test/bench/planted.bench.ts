/**
 * `npx tsx test/bench/planted.bench.ts`: the held-out planted errors (test/report/planted.ts),
 * scored for each half separately: the dev half, looked at while tuning, and the test half, only
 * ever scored here.
 */
import { describe, generateCases, score, summarise } from "../report/planted";

const generated = generateCases();
console.log(
  `${generated.cases.length} copies of the five seed reports, one planted prose error each, split by a hash of the case's id`
);
for (const half of ["dev", "test"] as const) {
  const cases = generated.cases.filter((c) => c.half === half);
  const scores = cases.map((c) => score(c, generated.clean.get(c.seed)!));
  console.log(describe(half, summarise(scores)));
  for (const s of scores)
    for (const f of s.falseFindings)
      console.log(
        `  false finding in ${s.id}: ${f.paragraph ?? f.section ?? f.line} ${f.stated}: ${f.relation}`
      );
}
