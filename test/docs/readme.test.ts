/** The README's function reference is generated from functions.json; this keeps the two in step. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { functionReference, readmeReference } from "../../scripts/function-reference";
import { bundle } from "../support/bundle";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

it("lists every function exactly as functions.json describes it (run `npm run docs` to update)", () => {
  expect(readmeReference(readme)).toBe(functionReference(bundle().metadata));
});

it("documents the commands CI runs", () => {
  const ci = readFileSync(join(__dirname, "..", "..", ".ci", "run"), "utf8");
  expect(ci).toMatch(/npm ci/);
  expect(ci).toMatch(/^npm test$/m);
  expect(readme).toMatch(/npm ci/);
  expect(readme).toMatch(/npm test/);
});
