/** The published-table corpus verifies against its own annotations, as transcribed. */
import { basename, join } from "node:path";
import {
  loadPublished,
  PUBLISHED_DIR,
  PublishedTable,
  verify,
} from "../../scripts/verify-published";
import {
  EIGHTEENTH_DIR,
  EIGHTH_DIR,
  ELEVENTH_DIR,
  FIFTEENTH_DIR,
  FIFTH_DIR,
  FOURTEENTH_DIR,
  FOURTH_DIR,
  halfOf,
  HOLDOUT_DIR,
  NINETEENTH_DIR,
  NINTH_DIR,
  SEVENTEENTH_DIR,
  SEVENTH_DIR,
  SIXTEENTH_DIR,
  SIXTH_DIR,
  TENTH_DIR,
  THIRTEENTH_DIR,
  TWELFTH_DIR,
  TWENTIETH_DIR,
  TWENTY_FIRST_DIR,
  TWENTY_SECOND_DIR,
  TWENTY_THIRD_DIR,
  TWENTY_FOURTH_DIR,
  TWENTY_FIFTH_DIR,
  TWENTY_SIXTH_DIR,
  TWENTY_SEVENTH_DIR,
  TWENTY_EIGHTH_DIR,
  TWENTY_NINTH_DIR,
  THIRTIETH_DIR,
  THIRTY_FIRST_DIR,
  THIRTY_SECOND_DIR,
  THIRTY_THIRD_DIR,
  THIRTY_FOURTH_DIR,
  THIRTY_FIFTH_DIR,
  THIRTY_SIXTH_DIR,
  THIRTY_SEVENTH_DIR,
  THIRTY_EIGHTH_DIR,
  THIRTY_NINTH_DIR,
  FORTIETH_DIR,
  FORTY_FIRST_DIR,
  UNSEEN_DIR,
} from "./published";

/** Every set in the order it was gathered: each round after the held-out set is checked against those before it. */
const ROUNDS = [
  PUBLISHED_DIR,
  HOLDOUT_DIR,
  UNSEEN_DIR,
  FOURTH_DIR,
  FIFTH_DIR,
  SIXTH_DIR,
  SEVENTH_DIR,
  EIGHTH_DIR,
  NINTH_DIR,
  TENTH_DIR,
  ELEVENTH_DIR,
  TWELFTH_DIR,
  THIRTEENTH_DIR,
  FOURTEENTH_DIR,
  FIFTEENTH_DIR,
  SIXTEENTH_DIR,
  SEVENTEENTH_DIR,
  EIGHTEENTH_DIR,
  NINETEENTH_DIR,
  TWENTIETH_DIR,
  TWENTY_FIRST_DIR,
  TWENTY_SECOND_DIR,
  TWENTY_THIRD_DIR,
  TWENTY_FOURTH_DIR,
  TWENTY_FIFTH_DIR,
  TWENTY_SIXTH_DIR,
  TWENTY_SEVENTH_DIR,
  TWENTY_EIGHTH_DIR,
  TWENTY_NINTH_DIR,
  THIRTIETH_DIR,
  THIRTY_FIRST_DIR,
  THIRTY_SECOND_DIR,
  THIRTY_THIRD_DIR,
  THIRTY_FOURTH_DIR,
  THIRTY_FIFTH_DIR,
  THIRTY_SIXTH_DIR,
  THIRTY_SEVENTH_DIR,
  THIRTY_EIGHTH_DIR,
  THIRTY_NINTH_DIR,
  FORTIETH_DIR,
  FORTY_FIRST_DIR,
];

const corpus = ROUNDS.flatMap((dir) =>
  loadPublished(dir).map(({ file, table }) => [join(dir, file), table] as const)
);

describe("published-table corpus (studied halves, held-out, unseen, fourth- to forty-first-round sets)", () => {
  it.each(corpus)("%s keeps the relations its transcriber annotated", (path, table) => {
    expect(verify(table, path)).toEqual([]);
  });

  it("the held-out set shares no table with the studied corpus", () => {
    const studied = new Set(loadPublished().map(({ table }) => table.id));
    const heldOut = loadPublished(HOLDOUT_DIR).map(({ table }) => table.id);
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    expect(heldOut.filter((id) => studied.has(id))).toEqual([]);
  });

  // Each later round is of publishers no earlier round has, so no table is a relative of one studied,
  // and holds enough tables to be a round at all (gathered as the clean tables that search reaches
  // run out, the thirty-eighth has 24 and the thirty-ninth 31; the others 35 or more).
  it.each(ROUNDS.slice(2).map((dir, i) => [basename(dir), dir, ROUNDS.slice(0, i + 2)] as const))(
    "the %s set shares no publisher with the sets before it",
    (_, dir, before) => {
      const publisher = (table: PublishedTable) => table.source.publisher.toLowerCase();
      const earlier = new Set(
        before.flatMap((d) => loadPublished(d)).map(({ table }) => publisher(table))
      );
      const round = loadPublished(dir).map(({ table }) => table);
      expect(round.length).toBeGreaterThanOrEqual(20);
      expect(round.map(publisher).filter((p) => earlier.has(p))).toEqual([]);
    }
  );

  it("splits by id alone, the same way every time", () => {
    expect(halfOf("hackney-2019-contract-value")).toBe(halfOf("hackney-2019-contract-value"));
    const halves = Array.from({ length: 200 }, (_, i) => halfOf(`table-${i}`));
    expect(halves.filter((h) => h === "dev").length).toBeGreaterThan(80);
    expect(halves.filter((h) => h === "test").length).toBeGreaterThan(80);
  });
});
