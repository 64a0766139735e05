/**
 * The figure, money-like, footnote and term scanners read exactly what the regular expressions they
 * replaced read (kept here as the reference), on strings built from the characters those patterns
 * care about. Their time on hostile text is tested in test/security/text.test.ts.
 */
import fc from "fast-check";
import {
  looksLikeMoney,
  parseFigure,
  trailingZeroDigits,
  withoutFootnoteStars,
} from "../../src/core/figures";
import { Decimal, parseTerm } from "../../src/core";

const FIGURE =
  /^(?<open>\()?\s*(?<approx>c\.?|ca\.?|circa|approx\.?|approximately|~)?\s*(?<sign1>[-\u2212\u2013])?\s*(?<currency>£|gbp)?\s*(?<sign2>[-\u2212\u2013])?\s*(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<decimals>\d+))?\s*(?<scale>k|thousand|mn|m|million|bn|billion)?\s*(?<percent>%)?\s*(?<close>\))?$/i;
const SCALES: Record<string, number> = {
  "": 0,
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
};

/** parseFigure as it was, with regular expressions. */
function figureByPattern(text: string) {
  const cleaned = text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/(\d)\.$/, "$1");
  if (/^[-\u2212\u2013\u2014]$/.test(cleaned))
    return { value: "0", precision: "1", approximate: false, percent: false, scale: 1 };
  const g = FIGURE.exec(cleaned)?.groups;
  if (
    !g ||
    Boolean(g.open) !== Boolean(g.close) ||
    (g.sign1 && g.sign2) ||
    (g.percent && (g.scale || g.currency))
  )
    return undefined;
  const places = g.decimals?.length ?? 0;
  const exponent = SCALES[(g.scale ?? "").toLowerCase()] - (g.percent ? 2 : 0);
  const negative = Boolean(g.open || g.sign1 || g.sign2);
  const digits = `${negative ? "-" : ""}${g.digits.replace(/,/g, "")}.${g.decimals ?? "0"}`;
  return {
    value: `${digits}e${exponent}`,
    precision: `1e${exponent - places}`,
    approximate: Boolean(g.approx),
    percent: Boolean(g.percent),
    scale: 10 ** SCALES[(g.scale ?? "").toLowerCase()],
  };
}

const MONEY_LIKE = /^[(\-\u2212\u2013]?\s*(c\.?\s*)?£\s*[\d.,]*\s*[a-z]{0,8}\.?\s*\)?$/i;

/** Strings made of the pieces reports' figures are made of, in any order. */
const PIECES = [
  "£",
  "gbp",
  "GBP",
  "c",
  "C",
  "ca",
  "circa",
  "approx",
  "approximately",
  "~",
  ".",
  ",",
  "-",
  "\u2212",
  "\u2013",
  "\u2014",
  "(",
  ")",
  "%",
  "k",
  "K",
  "m",
  "mn",
  "million",
  "bn",
  "billion",
  "thousand",
  " ",
  "  ",
  "\u00a0",
  "\t",
  "0",
  "1",
  "5",
  "123",
  ",000",
  ",456",
  "*",
  "x",
  "e",
  "years",
  "yr",
  "+",
  "constructor",
];
const reportText = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((p) => p.join(""));

test("parseFigure reads what the pattern it replaced read", () => {
  fc.assert(
    fc.property(reportText, (text) => {
      const figure = parseFigure(text);
      const expected = figureByPattern(text);
      expect(
        figure && { ...figure, value: String(figure.value), precision: String(figure.precision) }
      ).toEqual(
        expected && {
          ...expected,
          value: String(new Decimal(expected.value)),
          precision: String(new Decimal(expected.precision)),
        }
      );
    }),
    { numRuns: 20000 }
  );
});

test("looksLikeMoney, withoutFootnoteStars and trailingZeroDigits agree with their patterns", () => {
  fc.assert(
    fc.property(reportText, (text) => {
      expect(looksLikeMoney(text)).toBe(MONEY_LIKE.test(text) && /\d/.test(text));
      expect(withoutFootnoteStars(text)).toBe(text.replace(/\*+$/, ""));
      expect(trailingZeroDigits(text)).toBe(/0*$/.exec(text.replace(/\D/g, ""))![0].length);
    }),
    { numRuns: 20000 }
  );
});

test("parseTerm reads the terms the pattern it replaced read", () => {
  const PART = /^\d+(?:\.\d+)?$/;
  const byPattern = (text: string) => {
    const parts = text.split("+").map((part) => part.trim().replace(/\s*(years?|yrs?)$/i, ""));
    return text.trim() === "" || parts.some((part) => !PART.test(part) || Number(part) === 0)
      ? undefined
      : parts;
  };
  const termText = fc
    .array(
      fc.constantFrom(
        "4",
        "2",
        "0",
        "1.5",
        ".",
        "+",
        " ",
        "years",
        "Year",
        "yrs",
        "YR",
        "s",
        "x",
        "\u00a0"
      ),
      {
        maxLength: 8,
      }
    )
    .map((p) => p.join(""));
  fc.assert(
    fc.property(termText, (text) => {
      const expected = byPattern(text);
      if (expected === undefined) expect(() => parseTerm(text)).toThrow(/is not a contract term/);
      else
        expect(parseTerm(text).periods.map(String)).toEqual(expected.map((p) => String(Number(p))));
    }),
    { numRuns: 5000 }
  );
});
