/** The published-table corpus verifies against its own annotations, as transcribed. */
import { join } from "node:path";
import { loadPublished, PUBLISHED_DIR, verify } from "../../scripts/verify-published";
import { halfOf } from "./published";

const tables = loadPublished();

describe("published-table corpus", () => {
  it.each(tables.map(({ file, table }) => [file, table] as const))(
    "%s keeps the relations its transcriber annotated",
    (file, table) => {
      expect(verify(table, join(PUBLISHED_DIR, file))).toEqual([]);
    }
  );

  it("splits by id alone, the same way every time", () => {
    expect(halfOf("hackney-2019-contract-value")).toBe(halfOf("hackney-2019-contract-value"));
    const halves = Array.from({ length: 200 }, (_, i) => halfOf(`table-${i}`));
    expect(halves.filter((h) => h === "dev").length).toBeGreaterThan(80);
    expect(halves.filter((h) => h === "test").length).toBeGreaterThan(80);
  });
});
