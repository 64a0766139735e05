/**
 * Relations in the prose, on short reports worked out by hand: totals announced with their parts,
 * the column total of the table under a paragraph, and which of two restatements is blamed.
 */
import { checkReport, readText } from "../../src/report";

const findings = (text: string) =>
  checkReport(readText(text)).findings.map((f) => ({
    where: f.paragraph,
    stated: f.stated,
    expected: f.expected,
    says: `${f.relation} | ${f.diagnosis ?? ""}`,
  }));

describe("a total announced with its parts", () => {
  const beds = (total: string) =>
    `1.1 Overall, a total of ${total} beds will be available in the city; 25 through the new block contract and 16 through the internal service.`;

  test("that adds up is traced to them", () => {
    const check = checkReport(readText(beds("41")));
    expect(check.findings).toEqual([]);
    expect(check.figures.find((f) => f.stated === "41")?.source).toBe("derived: 25 + 16");
  });

  test.each(["44", "40", "14"])("of %s beds, when 25 + 16 = 41, is a finding", (total) => {
    expect(findings(beds(total))).toEqual([
      expect.objectContaining({ where: "1.1", stated: total, expected: "41" }),
    ]);
  });

  test("after its parts ('totalling')", () => {
    const savings = (total: string) =>
      `2.1 The plan achieves savings of £0.450m in 2025/26 and £0.615m in 2026/27, totalling ${total} by 31 March 2027.`;
    expect(findings(savings("£1.065m"))).toEqual([]);
    expect(findings(savings("£1.125m"))).toEqual([
      {
        where: "2.1",
        stated: "£1.125m",
        expected: "£1.065m",
        says: "£0.450m + £0.615m | the parts add up to £1.065m",
      },
    ]);
  });

  test("a total that only mentions other figures after it is not summed", () => {
    // £1.848m and the rest are another plan's figures, not the parts of £1.915m.
    const text =
      "3.1 This plan aimed to deliver a total saving of £1.915m over a 4-year period, replacing the original saving of £1.848m that was to deliver £0.787m in 23/24 and £1.061m in 2024/25.";
    expect(findings(text)).toEqual([]);
  });
});

describe("the total of a column of the table under a paragraph", () => {
  // 156 + 97 + 24 + 47 + 2 = 326.
  const report = (count: string) =>
    [
      `3.1 There are currently ${count} children and young people requiring placement provision. This provision is currently provided as follows:`,
      "",
      "Type of placement\tNumber of children and young people",
      "Independent Fostering Agencies\t156",
      "In house foster care\t97",
      "Residential\t24",
      "Supported Accommodation\t47",
      "Mother and baby placement\t2",
    ].join("\n");

  test("is traced", () => {
    const check = checkReport(readText(report("326")));
    expect(check.findings).toEqual([]);
    expect(check.figures[0].source).toBe(
      "derived: the total of the table's column B (156 + 97 + 24 + 47 + 2)"
    );
  });

  test("with two digits swapped, is a finding", () => {
    expect(findings(report("362"))).toEqual([
      expect.objectContaining({
        where: "3.1",
        stated: "362",
        expected: "326",
        says: expect.stringContaining('digits transposed: "62" written for "26"'),
      }),
    ]);
  });
});

test("of two restatements that disagree, the one the table does not support is the finding", () => {
  // 1,988 x 4 = 7,952 a week; x 52 = 413,504 a year. 1.1 has two digits swapped.
  const text = [
    "1.1 The block contract for the four beds will cost £413,540 a year.",
    "",
    "2.1 The annual costs of the four beds are as follows:",
    "",
    "Cost\tWeekly (£)\tAnnual (£)",
    "Block contract\t7,952\t413,504",
    "Spot purchase\t8,596\t446,992",
    "",
    "2.2 The block contract for the four beds will cost £413,504 a year.",
  ].join("\n");
  const found = findings(text);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ where: "1.1", stated: "£413,540", expected: "£413,504" });
});
