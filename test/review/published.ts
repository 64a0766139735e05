/**
 * The published-table corpus and its fixed split. A table's half follows from its id alone, so no
 * one picks which tables the checker is scored on: `dev` may be studied; `test` was scored once,
 * before it was studied. The held-out set, gathered after that score, was scored once unseen and
 * studied after; so was the unseen set, gathered after that, and the fourth and fifth rounds after
 * that, the sixth and seventh rounds after that, the eighth and ninth after that, and the tenth
 * after that, the eleventh after that, the twelfth after that, the thirteenth after that, the fourteenth
 * after that, the fifteenth after that, the sixteenth after that, the seventeenth after that, the
 * eighteenth after that, the nineteenth after that, the twentieth after that, the twenty-first
 * after that, the twenty-second after that, the twenty-third (its false flags) after that, and
 * the twenty-fourth after that, and the twenty-fifth after that, and the twenty-sixth after
 * that, and the twenty-seventh, scored once the twenty-sixth's study was committed, after that,
 * and the twenty-eighth, scored with the engine as the twenty-seventh's study left it, after that,
 * and the twenty-ninth, scored once the twenty-eighth's study was committed, after that, and the
 * thirtieth, scored once the twenty-ninth's study was committed, after that, and the
 * thirty-first, scored once the thirtieth's study was committed, after that, and the
 * thirty-second, scored once the thirty-first's study was committed, after that, and the
 * thirty-third, scored once the thirty-second's study was committed, after that, and the
 * thirty-fourth, scored once the thirty-third's study was committed, after that, and the
 * thirty-fifth, scored once the thirty-fourth's study was committed, after that, and the
 * thirty-sixth, scored once the thirty-fifth's study was committed, after that, and the
 * thirty-seventh, scored once the thirty-sixth's study was committed, after that, and the
 * thirty-eighth, scored once the thirty-seventh's study was committed, after that, and
 * the thirty-ninth, scored once the thirty-eighth's study was committed, after that, and
 * the fortieth, gathered with the thirty-ninth and scored once at the same commit, and the
 * forty-first, scored once the fortieth's study was committed, after that.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadPublished, PUBLISHED_DIR, PublishedTable } from "../../scripts/verify-published";

export const HOLDOUT_DIR = join(PUBLISHED_DIR, "..", "holdout");
export const UNSEEN_DIR = join(PUBLISHED_DIR, "..", "unseen");
export const FOURTH_DIR = join(PUBLISHED_DIR, "..", "fourth");
export const FIFTH_DIR = join(PUBLISHED_DIR, "..", "fifth");
export const SIXTH_DIR = join(PUBLISHED_DIR, "..", "sixth");
export const SEVENTH_DIR = join(PUBLISHED_DIR, "..", "seventh");
export const EIGHTH_DIR = join(PUBLISHED_DIR, "..", "eighth");
export const NINTH_DIR = join(PUBLISHED_DIR, "..", "ninth");
export const TENTH_DIR = join(PUBLISHED_DIR, "..", "tenth");
export const ELEVENTH_DIR = join(PUBLISHED_DIR, "..", "eleventh");
export const TWELFTH_DIR = join(PUBLISHED_DIR, "..", "twelfth");
export const THIRTEENTH_DIR = join(PUBLISHED_DIR, "..", "thirteenth");
export const FOURTEENTH_DIR = join(PUBLISHED_DIR, "..", "fourteenth");
export const FIFTEENTH_DIR = join(PUBLISHED_DIR, "..", "fifteenth");
export const SIXTEENTH_DIR = join(PUBLISHED_DIR, "..", "sixteenth");
export const SEVENTEENTH_DIR = join(PUBLISHED_DIR, "..", "seventeenth");
export const EIGHTEENTH_DIR = join(PUBLISHED_DIR, "..", "eighteenth");
export const NINETEENTH_DIR = join(PUBLISHED_DIR, "..", "nineteenth");
export const TWENTIETH_DIR = join(PUBLISHED_DIR, "..", "twentieth");
export const TWENTY_FIRST_DIR = join(PUBLISHED_DIR, "..", "twentyfirst");
export const TWENTY_SECOND_DIR = join(PUBLISHED_DIR, "..", "twentysecond");
export const TWENTY_THIRD_DIR = join(PUBLISHED_DIR, "..", "twentythird");
export const TWENTY_FOURTH_DIR = join(PUBLISHED_DIR, "..", "twentyfourth");
export const TWENTY_FIFTH_DIR = join(PUBLISHED_DIR, "..", "twentyfifth");
export const TWENTY_SIXTH_DIR = join(PUBLISHED_DIR, "..", "twentysixth");
export const TWENTY_SEVENTH_DIR = join(PUBLISHED_DIR, "..", "twentyseventh");
export const TWENTY_EIGHTH_DIR = join(PUBLISHED_DIR, "..", "twentyeighth");
export const TWENTY_NINTH_DIR = join(PUBLISHED_DIR, "..", "twentyninth");
export const THIRTIETH_DIR = join(PUBLISHED_DIR, "..", "thirtieth");
export const THIRTY_FIRST_DIR = join(PUBLISHED_DIR, "..", "thirtyfirst");
export const THIRTY_SECOND_DIR = join(PUBLISHED_DIR, "..", "thirtysecond");
export const THIRTY_THIRD_DIR = join(PUBLISHED_DIR, "..", "thirtythird");
export const THIRTY_FOURTH_DIR = join(PUBLISHED_DIR, "..", "thirtyfourth");
export const THIRTY_FIFTH_DIR = join(PUBLISHED_DIR, "..", "thirtyfifth");
export const THIRTY_SIXTH_DIR = join(PUBLISHED_DIR, "..", "thirtysixth");
export const THIRTY_SEVENTH_DIR = join(PUBLISHED_DIR, "..", "thirtyseventh");
export const THIRTY_EIGHTH_DIR = join(PUBLISHED_DIR, "..", "thirtyeighth");
export const THIRTY_NINTH_DIR = join(PUBLISHED_DIR, "..", "thirtyninth");
export const FORTIETH_DIR = join(PUBLISHED_DIR, "..", "fortieth");
export const FORTY_FIRST_DIR = join(PUBLISHED_DIR, "..", "fortyfirst");

export type Half = "dev" | "test";

export function halfOf(id: string): Half {
  return createHash("sha256").update(id).digest()[0] % 2 === 0 ? "dev" : "test";
}

export function publishedTables(half: Half): PublishedTable[] {
  return loadPublished()
    .map(({ table }) => table)
    .filter((table) => halfOf(table.id) === half);
}

export function heldOutTables(): PublishedTable[] {
  return loadPublished(HOLDOUT_DIR).map(({ table }) => table);
}

export function unseenTables(): PublishedTable[] {
  return loadPublished(UNSEEN_DIR).map(({ table }) => table);
}

export function fourthRoundTables(): PublishedTable[] {
  return loadPublished(FOURTH_DIR).map(({ table }) => table);
}

export function fifthRoundTables(): PublishedTable[] {
  return loadPublished(FIFTH_DIR).map(({ table }) => table);
}

export function sixthRoundTables(): PublishedTable[] {
  return loadPublished(SIXTH_DIR).map(({ table }) => table);
}

export function seventhRoundTables(): PublishedTable[] {
  return loadPublished(SEVENTH_DIR).map(({ table }) => table);
}

export function eighthRoundTables(): PublishedTable[] {
  return loadPublished(EIGHTH_DIR).map(({ table }) => table);
}

export function ninthRoundTables(): PublishedTable[] {
  return loadPublished(NINTH_DIR).map(({ table }) => table);
}

export function tenthRoundTables(): PublishedTable[] {
  return loadPublished(TENTH_DIR).map(({ table }) => table);
}

export function eleventhRoundTables(): PublishedTable[] {
  return loadPublished(ELEVENTH_DIR).map(({ table }) => table);
}

export function twelfthRoundTables(): PublishedTable[] {
  return loadPublished(TWELFTH_DIR).map(({ table }) => table);
}

export function thirteenthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTEENTH_DIR).map(({ table }) => table);
}

export function fourteenthRoundTables(): PublishedTable[] {
  return loadPublished(FOURTEENTH_DIR).map(({ table }) => table);
}

export function fifteenthRoundTables(): PublishedTable[] {
  return loadPublished(FIFTEENTH_DIR).map(({ table }) => table);
}

export function sixteenthRoundTables(): PublishedTable[] {
  return loadPublished(SIXTEENTH_DIR).map(({ table }) => table);
}

export function seventeenthRoundTables(): PublishedTable[] {
  return loadPublished(SEVENTEENTH_DIR).map(({ table }) => table);
}

export function eighteenthRoundTables(): PublishedTable[] {
  return loadPublished(EIGHTEENTH_DIR).map(({ table }) => table);
}

export function nineteenthRoundTables(): PublishedTable[] {
  return loadPublished(NINETEENTH_DIR).map(({ table }) => table);
}

export function twentiethRoundTables(): PublishedTable[] {
  return loadPublished(TWENTIETH_DIR).map(({ table }) => table);
}

export function twentyFirstRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_FIRST_DIR).map(({ table }) => table);
}

export function twentySecondRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_SECOND_DIR).map(({ table }) => table);
}

export function twentyThirdRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_THIRD_DIR).map(({ table }) => table);
}

export function twentyFourthRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_FOURTH_DIR).map(({ table }) => table);
}

export function twentyFifthRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_FIFTH_DIR).map(({ table }) => table);
}

export function twentySixthRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_SIXTH_DIR).map(({ table }) => table);
}

export function twentySeventhRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_SEVENTH_DIR).map(({ table }) => table);
}

export function twentyEighthRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_EIGHTH_DIR).map(({ table }) => table);
}

export function twentyNinthRoundTables(): PublishedTable[] {
  return loadPublished(TWENTY_NINTH_DIR).map(({ table }) => table);
}

export function thirtiethRoundTables(): PublishedTable[] {
  return loadPublished(THIRTIETH_DIR).map(({ table }) => table);
}

export function thirtyFirstRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_FIRST_DIR).map(({ table }) => table);
}

export function thirtySecondRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_SECOND_DIR).map(({ table }) => table);
}

export function thirtyThirdRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_THIRD_DIR).map(({ table }) => table);
}

export function thirtyFourthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_FOURTH_DIR).map(({ table }) => table);
}

export function thirtyFifthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_FIFTH_DIR).map(({ table }) => table);
}

export function thirtySixthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_SIXTH_DIR).map(({ table }) => table);
}

export function thirtySeventhRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_SEVENTH_DIR).map(({ table }) => table);
}

export function thirtyEighthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_EIGHTH_DIR).map(({ table }) => table);
}

export function thirtyNinthRoundTables(): PublishedTable[] {
  return loadPublished(THIRTY_NINTH_DIR).map(({ table }) => table);
}

export function fortiethRoundTables(): PublishedTable[] {
  return loadPublished(FORTIETH_DIR).map(({ table }) => table);
}

export function fortyFirstRoundTables(): PublishedTable[] {
  return loadPublished(FORTY_FIRST_DIR).map(({ table }) => table);
}
