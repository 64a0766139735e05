/**
 * Linear time on text: every entry point that reads text from a file or a cell, fed hostile strings
 * of 1 MB, takes at most a bounded multiple of the time it takes on 64 KB of the same kind. A
 * linear reader takes about 16 times as long; a quadratic one 256 times, a cubic one 4,096.
 */
import { parseTerm } from "../../src/core";
import { readCell } from "../../src/review";
import {
  looksLikeMoney,
  parseFigure,
  trailingZeroDigits,
  withoutFootnoteStars,
} from "../../src/core/figures";
import { readCsv } from "../../src/cli/csv";
import { engineFormula, formulaCost, shiftFormula } from "../../src/cli/formula";
import { escapeUnsafe, quoted } from "../../src/cli/quote";

const SMALL = 1 << 16;
const LARGE = 1 << 20;
/** Linear is 16; this leaves room for a busy machine and the garbage collector, and none for n². */
const MOST_RATIO = 64;
/**
 * Below this a 1 MB reading is fast whatever its ratio: a quadratic one takes minutes, while a
 * linear one this quick is timed mostly by the machine's other work.
 */
const FAST_MS = 100;

/** Hostile text of about n characters, each repeating what one of the old patterns backtracked on. */
const HOSTILE: Record<string, (n: number) => string> = {
  "£ and spaces": (n) => `£${" ".repeat(n)}!`,
  "spaces between signs": (n) => `(${" -".repeat(n / 2)}x`,
  "stars after a figure": (n) => `1${"*".repeat(n)}x`,
  "zeros then a digit": (n) => `1${"0".repeat(n)}1`,
  "digit groups": (n) => `1${",123".repeat(n / 4)}.5x`,
  "scale words": (n) => `1${" k".repeat(n / 2)}x`,
  "years without a number": (n) => `4${" ".repeat(n)}x years`,
  "add-in prefixes": (n) => "_xldudf_CARE_".repeat(n / 13),
  references: (n) => "A1:B2,".repeat(n / 6),
  quotes: (n) => `"${'""'.repeat(n / 2)}`,
  "control characters": (n) => "\u009b\u202e".repeat(n / 2),
};

const ENTRY_POINTS: Record<string, (text: string) => unknown> = {
  parseFigure,
  looksLikeMoney,
  withoutFootnoteStars,
  trailingZeroDigits,
  readCell,
  parseTerm: (text) => {
    try {
      return parseTerm(text);
    } catch {
      return undefined;
    }
  },
  engineFormula,
  shiftFormula: (text) => shiftFormula(text, 3, 2),
  formulaCost: (text) => formulaCost(text, { rows: 10, columns: 10 }),
  readCsv: (text) => {
    try {
      return readCsv(Buffer.from(text));
    } catch {
      return undefined;
    }
  },
  escapeUnsafe,
  quoted,
};

/**
 * Milliseconds for one run over each of the inputs, best of three so that one pause of the machine
 * does not decide. The inputs differ (V8 caches the results of some string operations on the same
 * string, which would make a repeated small run look faster than it is).
 */
function time(read: (text: string) => unknown, inputs: readonly string[]): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const input of inputs) read(input);
    best = Math.min(best, (performance.now() - start) / inputs.length);
  }
  return best;
}

/** n distinct copies of a text, each with its own first character. */
const copies = (text: string, n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + i) + text.slice(1));

describe.each(Object.entries(ENTRY_POINTS))("%s", (_, read) => {
  test.each(Object.entries(HOSTILE))(
    "on %s, 1 MB takes at most 100 ms or 64 times 64 KB",
    (__, make) => {
      const small = copies(make(SMALL), LARGE / SMALL);
      const large = copies(make(LARGE), 2);
      read(small[0]);
      const largeMs = time(read, large);
      if (largeMs > FAST_MS) expect(largeMs / time(read, small)).toBeLessThan(MOST_RATIO);
    }
  );
});
