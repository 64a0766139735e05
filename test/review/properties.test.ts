/**
 * Properties over generated tables: a table that adds up is never flagged, and one error put into
 * it is found at its cell.
 */
import fc from "fast-check";
import { checkTable } from "../../src/review";
import { writeLike } from "./scoring";

/** Weekly rates in pence, beds, annual = weekly x beds x 52, and a total row. */
const costTable = fc
  .uniqueArray(
    fc.record({
      pence: fc.integer({ min: 150_000, max: 600_000 }),
      beds: fc.integer({ min: 1, max: 9 }),
    }),
    // Distinct bed counts: with most rows at one bed, "annual = weekly x 52" would fit as well.
    { minLength: 4, maxLength: 8, selector: (r) => r.beds }
  )
  // Homes at one rate would make annual proportional to beds alone.
  .filter((rows) => new Set(rows.map((r) => r.pence)).size === rows.length)
  .map((rows) => {
    const body = rows.map((r, i) => {
      const weekly = r.pence / 100;
      const annual = (r.pence * r.beds * 52) / 100;
      return { label: `Home ${i + 1}`, weekly, beds: r.beds, annual };
    });
    const total = body.reduce((s, r) => s + Math.round(r.annual * 100), 0) / 100;
    const money = (v: number) => writeLike("£1,000.00", v);
    return [
      ["Home", "Weekly", "Beds", "Annual"],
      ...body.map((r) => [r.label, money(r.weekly), String(r.beds), money(r.annual)]),
      ["Total", "", "", money(total)],
    ];
  });

describe("generated cost tables", () => {
  test("a table that adds up flags nothing", () => {
    fc.assert(
      fc.property(costTable, (cells) => checkTable(cells).findings.length === 0),
      { numRuns: 60, seed: 4 }
    );
  });

  test("transposed digits in an annual figure are found at that cell", () => {
    fc.assert(
      fc.property(costTable, fc.nat(), (cells, pick) => {
        const row = 1 + (pick % (cells.length - 2));
        const text = cells[row][3];
        const digits = [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
        // A swap that puts a 0 first would shorten the figure: that is not a transposition.
        const at = digits
          .slice(0, -1)
          .findIndex(
            (p, i) => text[p] !== text[digits[i + 1]] && !(i === 0 && text[digits[1]] === "0")
          );
        fc.pre(at >= 0);
        const chars = [...text];
        [chars[digits[at]], chars[digits[at + 1]]] = [chars[digits[at + 1]], chars[digits[at]]];
        const mutated = cells.map((r, i) => (i === row ? [...r.slice(0, 3), chars.join("")] : r));
        const flagged = checkTable(mutated).findings.map((f) => f.cell);
        return flagged.length === 1 && flagged[0] === `D${row + 1}`;
      }),
      { numRuns: 60, seed: 7 }
    );
  });

  test("any sign flip of a weekly rate is found at that cell", () => {
    fc.assert(
      fc.property(costTable, fc.nat(), (cells, pick) => {
        const row = 1 + (pick % (cells.length - 2));
        const mutated = cells.map((r, i) => (i === row ? [r[0], `-${r[1]}`, r[2], r[3]] : r));
        return (
          checkTable(mutated)
            .findings.map((f) => f.cell)
            .join() === `B${row + 1}`
        );
      }),
      { numRuns: 60, seed: 11 }
    );
  });
});
