import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/* HyperFormula is GPL-3.0: it may be in preview.js, never in the bundles Excel loads. */
const DIST = join(__dirname, "../../dist");
const read = (file: string) => {
  const path = join(DIST, file);
  if (!existsSync(path))
    throw new Error(`dist/${file} is missing: build first (npx webpack --mode production).`);
  return readFileSync(path, "utf8");
};

test.each(["taskpane.js", "functions.js"])("%s does not contain HyperFormula", (file) => {
  expect(read(file)).not.toMatch(/hyperformula|HyperFormula/);
});

test("preview.js does contain it (so the check above would notice)", () => {
  expect(read("preview.js")).toMatch(/HyperFormula/);
});

test("taskpane.js is within its budget of 200 KB gzip", () => {
  expect(gzipSync(read("taskpane.js")).length).toBeLessThanOrEqual(200 * 1024);
});
