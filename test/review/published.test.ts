/** The published-table corpus verifies against its own annotations, as transcribed. */
import { join } from "node:path";
import {
  loadPublished,
  PUBLISHED_DIR,
  PublishedTable,
  verify,
} from "../../scripts/verify-published";
import {
  EIGHTH_DIR,
  FIFTH_DIR,
  FOURTH_DIR,
  halfOf,
  HOLDOUT_DIR,
  SEVENTH_DIR,
  SIXTH_DIR,
  UNSEEN_DIR,
} from "./published";

const corpus = [
  PUBLISHED_DIR,
  HOLDOUT_DIR,
  UNSEEN_DIR,
  FOURTH_DIR,
  FIFTH_DIR,
  SIXTH_DIR,
  SEVENTH_DIR,
  EIGHTH_DIR,
].flatMap((dir) => loadPublished(dir).map(({ file, table }) => [join(dir, file), table] as const));

describe("published-table corpus (studied halves, held-out, unseen, fourth- to eighth-round sets)", () => {
  it.each(corpus)("%s keeps the relations its transcriber annotated", (path, table) => {
    expect(verify(table, path)).toEqual([]);
  });

  it("the held-out set shares no table with the studied corpus", () => {
    const studied = new Set(loadPublished().map(({ table }) => table.id));
    const heldOut = loadPublished(HOLDOUT_DIR).map(({ table }) => table.id);
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    expect(heldOut.filter((id) => studied.has(id))).toEqual([]);
  });

  // Each later round is of publishers no earlier round has, so no table is a relative of one studied.
  it.each([
    ["unseen set", UNSEEN_DIR, [PUBLISHED_DIR, HOLDOUT_DIR]],
    ["fourth round", FOURTH_DIR, [PUBLISHED_DIR, HOLDOUT_DIR, UNSEEN_DIR]],
    ["fifth round", FIFTH_DIR, [PUBLISHED_DIR, HOLDOUT_DIR, UNSEEN_DIR, FOURTH_DIR]],
    ["sixth round", SIXTH_DIR, [PUBLISHED_DIR, HOLDOUT_DIR, UNSEEN_DIR, FOURTH_DIR, FIFTH_DIR]],
    [
      "seventh round",
      SEVENTH_DIR,
      [PUBLISHED_DIR, HOLDOUT_DIR, UNSEEN_DIR, FOURTH_DIR, FIFTH_DIR, SIXTH_DIR],
    ],
    [
      "eighth round",
      EIGHTH_DIR,
      [PUBLISHED_DIR, HOLDOUT_DIR, UNSEEN_DIR, FOURTH_DIR, FIFTH_DIR, SIXTH_DIR, SEVENTH_DIR],
    ],
  ])("the %s shares no publisher with the rounds before it", (_, dir, before) => {
    const publisher = (table: PublishedTable) => table.source.publisher.toLowerCase();
    const earlier = new Set(
      before.flatMap((d) => loadPublished(d)).map(({ table }) => publisher(table))
    );
    const round = loadPublished(dir).map(({ table }) => table);
    expect(round.length).toBeGreaterThanOrEqual(40);
    expect(round.map(publisher).filter((p) => earlier.has(p))).toEqual([]);
  });

  it("splits by id alone, the same way every time", () => {
    expect(halfOf("hackney-2019-contract-value")).toBe(halfOf("hackney-2019-contract-value"));
    const halves = Array.from({ length: 200 }, (_, i) => halfOf(`table-${i}`));
    expect(halves.filter((h) => h === "dev").length).toBeGreaterThan(80);
    expect(halves.filter((h) => h === "test").length).toBeGreaterThan(80);
  });
});
