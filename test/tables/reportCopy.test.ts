/** Copy for report: what goes on the clipboard for Word (HTML) and for anything else (text). */
import { partnershipTable } from "../../src/tables/partnershipTable";
import { reportClipboard, reportTableFromCells } from "../../src/tables/reportCopy";

const partnership = () => {
  const result = partnershipTable.build({ ...partnershipTable.defaults, pence: "pounds" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.preview;
};

describe("a builder's table", () => {
  const { html, text } = reportClipboard(partnership());

  test("text: title, units note, headings and rows, tab-separated, as shown", () => {
    const lines = text.split("\r\n");
    expect(lines.slice(0, 4)).toEqual([
      "Table 4: Partnership cost share",
      "£, excluding VAT",
      "Partner\tBeds or share\tShare\tAnnual\tOver the term",
      // Two of the seven £685,422.31s print as £685,423 so that the column adds up to £4,797,956.
      "Borough A\t5\t14.3%\t£685,423\t£5,483,379",
    ]);
    expect(lines[10]).toBe("Total\t35\t100.0%\t£4,797,956\t£38,383,649");
  });

  test("HTML: title bold, units note italic, figures right-aligned, the total row bold", () => {
    expect(html).toMatch(/^<p style="[^"]*font-weight:bold">Table 4: Partnership cost share<\/p>/);
    expect(html).toContain('font-style:italic">£, excluding VAT</p>');
    expect(html).toMatch(/<td style="[^"]*text-align:left;">Borough A<\/td>/);
    expect(html).toMatch(/<td style="[^"]*text-align:right;">£685,423<\/td>/);
    expect(html).toMatch(
      /<td style="[^"]*text-align:right;font-weight:bold;border-top:1px solid #000">£4,797,956<\/td>/
    );
    // No gridlines: rules only under the headings and above the totals.
    expect(html).not.toMatch(/border:1px|border-left|border-right/);
  });

  test("the rounding note follows the table", () => {
    expect(html).toMatch(/<\/table><p[^>]*>Figures rounded so the table adds up/);
  });
});

test("text in cells is escaped, so a partner called <A & B> stays text", () => {
  const { html } = reportClipboard({ rows: [{ cells: ["<A & B>", "£1"] }] });
  expect(html).toContain("&lt;A &amp; B&gt;");
});

test("selected cells: title, units note, headings and a total found from the text shown", () => {
  const table = reportTableFromCells([
    ["", "", "", ""],
    ["", "Table 7: Contract value", "", ""],
    ["", "£, excluding VAT", "", ""],
    ["", "Contract element", "Annual cost", "Total cost"],
    ["", "Low support", "£4,388,575.80", "£35,108,606.40"],
    ["", "Total", "£4,797,956.16", "£38,383,649.28"],
  ]);
  expect(table).toEqual({
    title: "Table 7: Contract value",
    unitsNote: "£, excluding VAT",
    columns: ["Contract element", "Annual cost", "Total cost"],
    rows: [
      { cells: ["Low support", "£4,388,575.80", "£35,108,606.40"], total: false },
      { cells: ["Total", "£4,797,956.16", "£38,383,649.28"], total: true },
    ],
  });
});

test("selected cells without a title or headings: rows as they are", () => {
  expect(
    reportTableFromCells([
      ["Low", "£1,000"],
      ["High", "£2,000"],
    ])
  ).toEqual({
    title: undefined,
    unitsNote: undefined,
    columns: undefined,
    rows: [
      { cells: ["Low", "£1,000"], total: false },
      { cells: ["High", "£2,000"], total: false },
    ],
  });
});
