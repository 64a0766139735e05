/** Each kind of relation the checker discovers, and the finding a break in it gives. */
import { checkTable, findingRows, NO_INCONSISTENCIES } from "../../src/review";
import type { Cell } from "../../src/review";
import { hintsOf } from "../../src/review/labels";
import {
  eighteenthRoundTables,
  fifthRoundTables,
  fourthRoundTables,
  heldOutTables,
  nineteenthRoundTables,
  publishedTables,
  seventeenthRoundTables,
  sixteenthRoundTables,
  twentiethRoundTables,
  twentyFirstRoundTables,
  twentySecondRoundTables,
  twentyThirdRoundTables,
  twentyFourthRoundTables,
  twentyFifthRoundTables,
  twentySixthRoundTables,
  twentySeventhRoundTables,
  twentyEighthRoundTables,
  twentyNinthRoundTables,
  thirtiethRoundTables,
  thirtyFirstRoundTables,
  thirtySecondRoundTables,
  thirtyThirdRoundTables,
  thirtyFourthRoundTables,
  thirtyFifthRoundTables,
  thirtySixthRoundTables,
  thirtySeventhRoundTables,
  thirtyEighthRoundTables,
  fortiethRoundTables,
  unseenTables,
} from "./published";

const flagged = (cells: Cell[][]) => checkTable(cells).findings.map((f) => f.cell);
const withCell = (cells: Cell[][], row: number, column: number, text: string) =>
  cells.map((r, i) => r.map((c, j) => (i === row && j === column ? text : c)));
const only = (cells: Cell[][]) => {
  const { findings } = checkTable(cells);
  expect(findings).toHaveLength(1);
  return findings[0];
};

describe("totals", () => {
  const placements: Cell[][] = [
    ["Type", "Current", "Future"],
    ["Internal", "12", "16"],
    ["External", "41", "25"],
    ["Specialist", "25", "21"],
    ["Total", "78", "62"],
  ];

  test("a column that foots is a relation, not a finding", () => {
    const result = checkTable(placements);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Total = Internal + External + Specialist"
    );
  });

  test("a component with transposed digits is located, not the total", () => {
    const cells = placements.map((row) => [...row]);
    cells[2][1] = "14";
    const finding = only(cells);
    expect(finding).toMatchObject({ cell: "B3", stated: 14, expected: 41, difference: -27 });
    expect(finding.diagnosis).toMatch(/digits transposed/);
  });

  test("the cell named is the one whose correction also makes a total that held only within rounding exact", () => {
    const cells: Cell[][] = [
      ["", "Ashworth", "Broadmoor", "Total"],
      ["Northern", "10", "20", "30"],
      ["Yorkshire", "5", "7", "12"],
      ["Trent", "4", "9", "13"],
      ["Wessex", "8", "6", "14"],
      ["Oxford", "3", "11", "14"],
      ["Wales", "6", "2", "8"],
      ["Total", "36", "55", "91"],
    ];
    expect(flagged(cells)).toEqual([]);
    // 17 breaks its row's total; its column still foots within six figures' rounding, exactly only with 20.
    const slipped = cells.map((r, i) => (i === 1 ? ["Northern", "10", "17", "30"] : r));
    expect(only(slipped)).toMatchObject({ cell: "C2", expected: 20 });
  });

  test("totals that add exactly far more often than rounding would are read without rounding", () => {
    // Twelve areas' figures in six kinds, each row's total exact: independently rounded figures
    // would leave every one of them exact about once in 2,500 tables.
    const rows = Array.from({ length: 12 }, (_, i) => {
      const parts = [3, 7, 2, 5, 11, 4].map((p) => (p * (i + 3)) % 17);
      return [`Area ${i + 1}`, ...parts.map(String), String(parts.reduce((a, b) => a + b))];
    });
    const cells: Cell[][] = [["Area", "A", "B", "C", "D", "E", "F", "Total"], ...rows];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.evidence)).toContainEqual(
      expect.stringMatching(/exact to the figure in 12 of 12 places, so read without rounding$/)
    );
    // One total out by one, within what six rounded parts would allow, is a break.
    const total = Number(cells[5][7]);
    const slipped = cells.map((r, i) => (i === 5 ? [...r.slice(0, 7), String(total + 1)] : r));
    expect(only(slipped)).toMatchObject({
      cell: "H6",
      expected: total,
      allowance: 0,
      sentence: expect.stringContaining(`gives ${total}, 1 out, with no rounding to allow for`),
    });
  });

  test("a total off by a round amount is a typo in the total", () => {
    const cells = [
      ["Cost", "2019/20", "2020/21"],
      ["Placements", "£1,234,567", "£1,300,000"],
      ["Staff", "£250,000", "£260,000"],
      ["Total", "£1,484,567", "£1,560,000"],
    ];
    const finding = only(
      cells.map((r, i) => (i === 3 ? ["Total", "£1,494,567", "£1,560,000"] : r))
    );
    expect(finding.cell).toBe("B4");
    expect(finding.diagnosis).toMatch(/typo in the total: off by exactly 10,000/);
  });

  test("row totals (cross-footing) are checked against a 'Total' heading", () => {
    const cells = [
      ["Bidder", "Technical", "Commercial", "Total"],
      ["A", "35.500", "47.297", "82.797"],
      ["B", "29.500", "50.000", "79.500"],
      ["C", "41.000", "38.419", "79.491"],
    ];
    expect(flagged(cells)).toEqual(["D4"]);
  });

  test("a subtotal above its components is not footed into the grand total twice", () => {
    const cells = [
      ["Criteria", "Weight"],
      ["Quality subtotal", "50%"],
      ["Service delivery", "25%"],
      ["Safeguarding", "10%"],
      ["Outcomes", "10%"],
      ["Staffing", "5%"],
      ["Price", "50%"],
      ["Total", "100%"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
  });

  test("group headings that carry their group's total, and a total of the headings", () => {
    const cells = [
      ["", "2011", "2019", "2020", "2021"],
      ["In the community", "14,770", "14,500", "13,022", "11,969"],
      ["At home with parents", "5,476", "5,100", "3,563", "2,859"],
      ["With kinship carers", "3,910", "4,200", "4,456", "4,399"],
      ["With foster carers", "5,068", "4,900", "4,744", "4,467"],
      ["With prospective adopters", "316", "300", "259", "244"],
      ["Residential accommodation", "1,461", "1,450", "1,436", "1,286"],
      ["In local authority home", "615", "600", "556", "525"],
      ["In residential school", "460", "400", "329", "323"],
      ["In other residential", "386", "450", "551", "438"],
      ["Total looked after children", "16,231", "15,950", "14,458", "13,255"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toEqual(
      expect.arrayContaining([
        "Total looked after children = In the community + Residential accommodation",
        "In the community = At home with parents + With kinship carers + With foster carers + With prospective adopters",
      ])
    );
    expect(checkTable(cells).findings).toEqual([]);
    // Three years beside the one mistyped bear the group's total out.
    cells[8][3] = "392";
    expect(flagged(cells)).toEqual(["D9"]);
  });

  test("a total that does not add up, with nothing to say which line is wrong, is queried at the total", () => {
    const cells = [
      ["Town council", "2023/24 £", "2024/25 £"],
      ["Administration", "135,900", "143,050"],
      ["Parks and open spaces", "400", "1,129"],
      ["Grants", "26,000", "28,000"],
      ["Civic centre", "42,450", "40,585"],
      ["Net requirement", "204,750", "212,764"],
      ["Precept", "204,750", "212,764"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    cells[5][1] = "210,550";
    cells[6][1] = "210,550";
    expect(only(cells)).toMatchObject({ cell: "B6", expected: 204750 });
  });

  test("a line named a total that, with the lines above, makes the unlabelled sum below is a part", () => {
    const cells = [
      ["Financed by", "£000"],
      ["Government grants", "724,533"],
      ["Non-domestic rates", "143,471"],
      ["Total amount to be met from Council Tax", "192,939"],
      ["", "1,060,943"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
  });

  test("a rate per unit between the parts is not one of them", () => {
    const cells = [
      ["Service", "2024/25", "2025/26"],
      ["Children's services", "£41,257", "£43,912"],
      ["Adult services", "£52,118", "£55,347"],
      ["Cost per resident", "£93", "£99"],
      ["Libraries", "£3,406", "£3,151"],
      ["Total", "£96,781", "£102,410"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    cells[4][1] = "£3,460";
    expect(flagged(cells)).toEqual(["B5"]);
  });

  test("a sum with a subtraction: income written as a positive figure under 'Less'", () => {
    const cells = [
      ["", "2021/22", "2022/23"],
      ["Gross cost", "£900,000", "£950,000"],
      ["Less income", "£100,000", "£120,000"],
      ["Net total", "£800,000", "£830,000"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    const broken = cells.map((r, i) => (i === 3 ? ["Net total", "£800,000", "£803,000"] : r));
    expect(flagged(broken)).toEqual(["C4"]);
  });
});

describe("factors between columns", () => {
  const weekly: Cell[][] = [
    ["Level", "Weekly", "Annual"],
    ["Low", "2,411.30", "125,387.60"],
    ["Medium", "2,563.21", "133,286.92"],
    ["High", "2,636.23", "137,083.96"],
    ["Enhanced", "2,801.15", "145,659.80"],
  ];

  test("x 52 is found and a rate rounded before multiplying is diagnosed", () => {
    expect(checkTable(weekly).relations.map((r) => r.words)).toContain("Annual = Weekly x 52");
    const cells = weekly.map((r, i) => (i === 2 ? ["Medium", "2,563.21", "133,276.00"] : r));
    const finding = only(cells);
    expect(finding).toMatchObject({
      cell: "C3",
      relation: "Annual = Weekly x 52, in Medium",
      expected: 133286.92,
    });
    expect(finding.diagnosis).toMatch(/rate rounded before multiplying: 2,563 x 52/);
  });

  test("x 365/7 is found where annual figures use a 365-day year", () => {
    const cells = [
      ["", "2016/17", "2017/18", "2018/19"],
      ["Weekly", "3,397", "3,264", "3,535"],
      ["Annual", "177,129", "170,194", "184,325"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain("Annual = Weekly x 365/7");
    const broken = cells.map((r, i) =>
      i === 2 ? ["Annual", "177,129", "170,194", "-184,325"] : r
    );
    const finding = only(broken);
    expect(finding.cell).toBe("D3");
    expect(finding.diagnosis).toMatch(/sign error/);
  });

  test("VAT at 1.2 and a unit slip", () => {
    const cells = [
      ["Item", "Net", "Gross"],
      ["Rent", "£10,000", "£12,000"],
      ["Fees", "£2,500", "£3,000"],
      ["Repairs", "£4,150", "£4,980"],
      ["Travel", "£800", "£960"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain("Gross = Net x 1.2");
    const finding = only(cells.map((r, i) => (i === 3 ? ["Repairs", "£4,150", "£4,980,000"] : r)));
    expect(finding.cell).toBe("C4");
    expect(finding.diagnosis).toMatch(/unit slip/);
  });

  test("a ratio fitted between like amounts needs far closer agreement than similar rates give", () => {
    // GOV.UK's national minimum fostering allowances, 2024/25: regions move together, with no rule.
    const regions: Cell[][] = [
      ["Region", "Age 0 to 2", "Age 3 to 4", "Age 5 to 10", "Age 11 to 15", "Age 16 to 17"],
      ["London", "£191", "£195", "£217", "£248", "£289"],
      ["South East", "£183", "£189", "£208", "£238", "£278"],
      ["Rest of England", "£165", "£170", "£187", "£213", "£249"],
    ];
    expect(checkTable(regions).relations).toEqual([]);
    // A discount to the penny is a rule: 25% off for a single adult.
    const single: Cell[][] = [
      ["Band", "Council tax", "Single adult"],
      ["A", "£1,480.32", "£1,110.24"],
      ["B", "£1,727.03", "£1,295.27"],
      ["C", "£1,973.75", "£1,480.31"],
      ["D", "£2,220.47", "£1,665.35"],
    ];
    expect(checkTable(single).relations.map((r) => r.words)).toContain(
      "Single adult = Council tax x 0.75"
    );
  });

  test("shares of a total: a fitted factor needs three rows behind it", () => {
    const cells = [
      ["Borough", "Beds", "Share of cost"],
      ["Hackney", "5", "£685,422"],
      ["Camden", "10", "£1,370,844"],
      ["Islington", "7", "£959,591"],
      ["Haringey", "3", "£411,253"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    const finding = only(cells.map((r, i) => (i === 3 ? ["Islington", "7", "£959,519"] : r)));
    expect(finding.cell).toBe("C4");
    expect(finding.diagnosis).toMatch(/digits transposed/);
  });
});

describe("differences, ratios and products between columns", () => {
  test('"X per Y" names its two lines, and holds on the totals line as a ratio of totals', () => {
    const cells: Cell[][] = [
      ["", "Establishments", "Staff", "Places", "Staff per place", "Places per establishment"],
      ["Children's home", "123", "1,721", "779", "2.2", "6"],
      ["Home for disabled children", "9", "137", "52", "2.6", "6"],
      ["Residential school", "3", "175", "90", "1.9", "30"],
      ["Hostel", "2", "22", "20", "1.1", "10"],
      ["Total", "137", "2,055", "941", "2.2", "7"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => `${r.words}: ${r.holds}`)).toEqual(
      expect.arrayContaining([
        "Staff per place = Staff / Places: 5",
        "Places per establishment = Places / Establishments: 5",
      ])
    );
    // A ratio beside a "home" line is a quotient, rounded like any figure, not an exact count.
    expect(only(cells.map((r, i) => (i === 2 ? [...r.slice(0, 5), "9"] : r)))).toMatchObject({
      cell: "F3",
    });
    expect(
      only(cells.map((r, i) => (i === 5 ? [...r.slice(0, 4), "2.7", r[5]] : r)))
    ).toMatchObject({ cell: "E6" });
  });

  test("savings = spot - block", () => {
    const cells = [
      ["Beds", "Spot", "Block", "Saving"],
      ["5", "921,544", "627,000", "294,544"],
      ["4", "737,235", "627,000", "110,235"],
      ["3", "552,926", "627,000", "-74,074"],
      ["2", "368,618", "627,000", "-258,382"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    const finding = only(
      cells.map((r, i) => (i === 4 ? ["2", "368,618", "627,000", "-258,832"] : r))
    );
    expect(finding.cell).toBe("D5");
    expect(finding.diagnosis).toMatch(/digits transposed/);
  });

  test("occupancy = occupied / beds", () => {
    const cells = [
      ["Home", "Beds", "Occupied", "Occupancy"],
      ["A", "4", "3", "75%"],
      ["B", "5", "4", "80%"],
      ["C", "8", "6", "75%"],
      ["D", "10", "9", "90%"],
      ["E", "6", "3", "60%"],
    ];
    expect(flagged(cells)).toEqual(["D6"]);
  });

  test("annual = weekly x beds x 52", () => {
    const cells = [
      ["Provider", "Weekly", "Beds", "Annual"],
      ["A", "£2,149", "4", "£446,992"],
      ["B", "£3,170", "2", "£329,680"],
      ["C", "£4,557", "15", "£3,554,460"],
      ["D", "£2,809", "3", "£438,204"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 2 ? ["B", "£3,170", "2", "£329,860"] : r)))).toEqual([
      "D3",
    ]);
  });
});

describe("repeated figures", () => {
  test("a figure repeated along a row, with one copy mistyped", () => {
    const cells = [
      ["Beds used", "5", "4", "3", "2", "1"],
      ["Block cost", "685,500", "685,500", "658,500", "685,500", "685,500"],
    ];
    const finding = only(cells);
    expect(finding).toMatchObject({ cell: "D2", expected: 685500 });
    expect(finding.diagnosis).toMatch(/digits transposed/);
  });

  test("a column repeating another, rounded for the text, once four rows bear it out", () => {
    const cells = [
      ["", "Table", "Text"],
      ["Partnership, 8 years", "£38,383,649", "£38.4m"],
      ["Hackney, 8 years", "£5,483,378", "£5.5m"],
      ["Partnership, a year", "£4,797,956", "£4.8m"],
      ["Hackney, a year", "£685,422", "£685k"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    const finding = only(
      cells.map((r, i) => (i === 4 ? ["Hackney, a year", "£685,422", "£658k"] : r))
    );
    expect(finding).toMatchObject({ cell: "C5", expected: 685422 });
    expect(finding.relation).toMatch(/^Text = Table, in Hackney, a year/);
    expect(finding.diagnosis).toMatch(/digits transposed/);
  });

  test("two rows of £m figures rounded to £0.1m are not enough to call a repeat", () => {
    // Each agrees by a chance of about 1 in 50: too likely among the hundreds of relations tried.
    const cells = [
      ["", "Table", "Text"],
      ["Hackney share", "£5,483,378", "£5.5m"],
      ["Annual", "£685,422", "£658k"],
      ["Partnership", "£38,383,649", "£38.4m"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
  });
});

describe("figures from running text", () => {
  test("a product within a list of figures", () => {
    const cells = [
      ["Average weekly cost", "£4,557"],
      ["Beds", "15"],
      ["Commitment a year", "£3.564m"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    const finding = only([cells[0], cells[1], ["Commitment a year", "£3.654m"]]);
    expect(finding.cell).toBe("B3");
    expect(finding.diagnosis).toMatch(/transposed/);
  });

  test("money that cannot be read, and a thousands comma in a £m figure", () => {
    expect(flagged([["Lower end", "£5.M"]])).toEqual(["B1"]);
    const finding = only([["Ten-year commitment", "£30,564m"]]);
    expect(finding.diagnosis).toMatch(/comma where a decimal point belongs/);
  });
});

describe("what is not a figure", () => {
  test("dates, notes and blanks give no relations", () => {
    const cells = [
      ["Stage", "Date", "Note"],
      ["ITT", "27.07.2020 (complete)", "n/a"],
      ["Evaluation", "26.08.2020 - 04.09.2020", ""],
      ["Award", "14.10.20", "-"],
    ];
    // Dates are not figures, nor is anything in a column headed Note, its "-" included.
    expect(checkTable(cells)).toEqual({ relations: [], findings: [], notes: [], figures: 0 });
  });

  test("a year heading with its units is a heading, and a pound sign apart from its brackets a figure", () => {
    const cells = [
      ["", "2023-24 £m", "2024-25 (£ m)", "2021 £"],
      ["Grants", "12.1", "13.4", "£ (1,200)"],
      ["Fees", "3.3", "3.6", "£5,000"],
      ["Total", "15.4", "17.0", "£3,800"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 3 ? [...r.slice(0, 3), "£3,080"] : r)))).toEqual([
      "D4",
    ]);
  });

  test("a column headed Note holds note numbers, and a total of one year is not of another year's funds", () => {
    const cells = [
      [
        "",
        "Note",
        "Unrestricted funds 2022 £",
        "Restricted funds 2022 £",
        "Total funds 2022 £",
        "Total funds 2021 £",
      ],
      ["Donations and legacies", "2", "41,220", "5,000", "46,220", "39,874"],
      ["Charitable activities", "3", "512,118", "", "512,118", "498,530"],
      ["Investment income", "4", "1,334", "", "1,334", "978"],
      ["Total income", "", "554,672", "5,000", "559,672", "539,382"],
      [
        "Expenditure on charitable activities",
        "5",
        "(520,410)",
        "(6,100)",
        "(526,510)",
        "(515,006)",
      ],
      ["Net movement in funds", "", "34,262", "(1,100)", "33,162", "24,376"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 5), "593,382"] : r)))).toEqual([
      "F5",
    ]);
    // Two charities' accounts from the fifth round, false flags at its unseen score.
    for (const id of [
      "charity-243592-2022-balance-sheet",
      "charity-263466-2022-statement-of-financial-activities",
    ])
      expect(flagged(fifthRoundTables().find((t) => t.id === id)!.cells)).toEqual([]);
  });

  test('"-" is nil: a column with a dash still foots', () => {
    const cells = [
      ["", "Cost"],
      ["Fees", "£10,000"],
      ["Uplift", "-"],
      ["Rent", "£5,000"],
      ["Total", "£15,000"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
  });
});

describe("shares", () => {
  test("a percentage of the total with no total printed is of the column's sum", () => {
    const cells = [
      ["Care home type", "Beds", "Percentage of total beds"],
      ["Nursing", "668", "50%"],
      ["Dementia", "350", "26%"],
      ["Mental health", "174", "13%"],
      ["Learning disability", "139", "10%"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Percentage of total beds = Beds / the sum of Beds"
    );
    cells[2][2] = "62%";
    expect(flagged(cells)).toEqual(["C3"]);
  });

  test("an amount every share is worked from, mistyped, is found though most shares then break", () => {
    const cells = [
      ["Care home type", "Beds", "Percentage of total beds"],
      ["Nursing", "668", "33%"],
      ["Residential", "350", "17%"],
      ["Dementia", "347", "17%"],
      ["Mental health", "174", "9%"],
      ["Learning disability", "139", "7%"],
      ["Physical disability", "112", "6%"],
      ["Council homes", "215", "11%"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], "-139", r[2]] : r)))).toEqual(["B6"]);
  });

  test("shares rounded together so that they add up to 100% are accepted, as CARE.ROUNDTOTAL rounds them", () => {
    // 258.56 / 708.09 is 36.5%: printed 36 so that the column adds up to 100 (Aberdeen, 2019).
    const cells = [
      ["Where our money comes from", "£million", "%"],
      ["Fees, charges and other income", "243.28", "34"],
      ["General revenue grant", "53.55", "8"],
      ["Non domestic rates", "258.56", "36"],
      ["Council Tax", "132.36", "19"],
      ["Ring fenced grants", "20.34", "3"],
      ["Total income", "708.09", "100"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    cells[4][2] = "21";
    cells[5][2] = "1";
    expect(flagged(cells)).toEqual(["C5", "C6"]);
  });

  test("a row of shares above the row of pounds it divides", () => {
    const cells = [
      ["Age", "Food", "Clothing", "Transport", "Total"],
      ["0 - 4", "53%", "34%", "12%", "100%"],
      ["", "£56.58", "£36.61", "£13.31", "£106.50"],
      ["5 - 10", "49%", "40%", "11%", "100%"],
      ["", "£60.02", "£48.77", "£13.13", "£121.92"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "5 - 10 = row 5 / row 5 at Total"
    );
    expect(checkTable(cells).findings).toEqual([]);
    cells[4][2] = "£84.77";
    expect(flagged(cells)).toEqual(["C5"]);
  });
});

describe("budget monitoring layouts", () => {
  const outturn = [
    ["Service", "Forecast", "Budget", "Overspend", "Underspend"],
    ["", "1", "2", "3", "4"],
    ["", "£'000", "£'000", "£'000", "£'000"],
    ["Support services", "592", "597", "", "5"],
    ["Highways", "6,035", "5,980", "55", ""],
    ["Access management", "2,814", "2,836", "", "22"],
    ["Car parking", "(4,658)", "(4,642)", "", "16"],
    ["Total", "4,783", "4,771", "55", "43"],
  ];

  test("numbered column headings are headings, and split over- and underspends total as printed", () => {
    expect(checkTable(outturn).findings).toEqual([]);
  });

  test("a sparse additions column: each subtotal sums the lines the others do, less those left blank", () => {
    const cells: Cell[][] = [
      ["Service", "Approved", "Additions", "Revised"],
      ["Planning", "85", "30", "115"],
      ["Waste", "26", "", "26"],
      ["Sub-Total", "111", "30", "141"],
      ["Housing", "11,212", "", "11,212"],
      ["Community safety", "33", "87", "120"],
      ["Sub-Total", "11,245", "87", "11,332"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 6 ? [...r.slice(0, 2), "78", r[3]] : r)))).toEqual([
      "C7",
    ]);
  });

  test("a total over a section of one line is that line, and does not hide a break in the total above", () => {
    const cells: Cell[][] = [
      ["Service", "Forecast £'000", "Budget £'000"],
      ["Support Services", "592", "597"],
      ["Highways", "6,035", "5,980"],
      ["Total - Transport", "6,627", "6,577"],
      ["Education", "81,078", "81,197"],
      ["Adult Education", "", ""],
      ["Total - Life Long Learning", "81,078", "81,197"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 3 ? [r[0], "6,672", r[2]] : r)))).toEqual(["B4"]);
  });

  test("an underspend that is not the budget less the forecast is found", () => {
    const cells = outturn.map((row) => [...row]);
    cells[5][4] = "32";
    cells[7][4] = "53";
    expect(flagged(cells)).toContain("E6");
  });
});

describe("council tax calculations", () => {
  const bands: Cell[][] = [
    ["Band", "£"],
    ["Band A (6/9th)", "1,200.00"],
    ["Band B (7/9th)", "1,400.00"],
    ["Band C (8/9th)", "1,600.00"],
    ["Band D", "1,800.00"],
    ["Band E (11/9th)", "2,200.00"],
    ["Band F (13/9th)", "2,600.00"],
    ["Band G (15/9th)", "3,000.00"],
    ["Band H (18/9th)", "3,600.00"],
  ];

  test("a band's stated fraction of Band D is a relation, checked in every band", () => {
    const result = checkTable(bands);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain("Band A (6/9th) = Band D x 6/9");
    expect(only(withCell(bands, 6, 1, "2,060.00"))).toMatchObject({ cell: "B7", expected: 2600 });
  });

  test("Band D itself mistyped is the one cell named, as it breaks every band", () => {
    expect(flagged(withCell(bands, 4, 1, "1,080.00"))).toEqual(["B5"]);
  });

  test("a proportion column names the fractions; a column of dwellings is not held to them", () => {
    const cells: Cell[][] = [
      ["Band", "Proportion of Band D", "Dwellings", "Charge"],
      ["A", "6/9", "1,234", "£1,200.00"],
      ["B", "7/9", "2,345", "£1,400.00"],
      ["C", "8/9", "3,456", "£1,600.00"],
      ["D", "9/9", "1,111", "£1,800.00"],
      ["E", "11/9", "987", "£2,200.00"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(withCell(cells, 2, 3, "£1,410.00"))).toEqual(["D3"]);
  });

  test("a proportion column that prints Band D's own as 1, and the proportions as decimals", () => {
    const cells: Cell[][] = [
      ["Valuation band", "Ratio", "Percentage", "Council tax"],
      ["A", "6/9", "0.667", "£66.45"],
      ["B", "7/9", "0.778", "£77.53"],
      ["C", "8/9", "0.889", "£88.60"],
      ["D", "1", "1.000", "£99.68"],
      ["E", "11/9", "1.222", "£121.83"],
      ["F", "13/9", "1.444", "£143.98"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => `${r.words}: ${r.holds}`)).toContain(
      "E 11/9 = D 1 x 11/9: 2"
    );
    expect(only(withCell(cells, 5, 3, "£121.38"))).toMatchObject({
      cell: "D6",
      relation: expect.stringMatching(/^E 11\/9 = D 1 x 11\/9, in Council tax/),
    });
    expect(only(withCell(cells, 2, 2, "0.787"))).toMatchObject({
      cell: "C3",
      relation: expect.stringContaining("B 7/9 = D 1 x 7/9, in Percentage"),
    });
  });

  test("bands named only by letter keep their proportions in law, England's or Scotland's", () => {
    // Stirling 2024/25: council tax in Scotland's proportions, water charges in the ninths.
    const cells: Cell[][] = [
      ["Band", "Council Tax", "Water charges", "Waste water charges", "Total"],
      ["A", "£987.67", "£168.60", "£195.66", "£1351.93"],
      ["B", "£1152.28", "£196.70", "£228.27", "£1577.25"],
      ["C", "£1316.89", "£224.80", "£260.88", "£1802.57"],
      ["D", "£1481.50", "£252.90", "£293.49", "£2027.89"],
      ["E", "£1946.53", "£309.10", "£358.71", "£2614.34"],
      ["F", "£2407.44", "£365.30", "£423.93", "£3196.67"],
      ["G", "£2901.27", "£421.50", "£489.15", "£3811.92"],
      ["H", "£3629.68", "£505.80", "£586.98", "£4722.46"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toEqual(
      expect.arrayContaining(["E = D x 473/360", "E = D x 11/9"])
    );
    // A band's council tax slipped is named, not the row's total it breaks too.
    expect(only(withCell(cells, 6, 1, "£2407.94"))).toMatchObject({
      cell: "B7",
      relation: expect.stringContaining("F = D x 585/360"),
    });
    expect(only(withCell(cells, 7, 2, "£412.50"))).toMatchObject({ cell: "C8" });
    // Pennies a week keep the ninths; Scotland's H (882/360) would break there: each column is
    // held to the law it keeps with the fewest breaks.
    const weekly: Cell[][] = [
      ["Property band", "Weekly increase (£)"],
      ...["A", "B", "C", "D", "E", "F", "G", "H"].map((band, i) => [
        band,
        ["0.05", "0.06", "0.07", "0.08", "0.10", "0.12", "0.14", "0.16"][i],
      ]),
    ];
    expect(flagged(weekly)).toEqual([]);
  });

  test("a council tax requirement is what is left of the total above it after the lines since", () => {
    const cells: Cell[][] = [
      ["", "£000"],
      ["Gross expenditure", "60,778"],
      ["Income", "-43,969"],
      ["Total net expenditure", "16,809"],
      ["Retained business rates", "-6,150"],
      ["Government support", "-1,200"],
      ["Council Tax requirement", "9,459"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(withCell(cells, 6, 1, "9,549"))).toEqual(["B7"]);
    // Financing printed as positive sources is taken away from the budget.
    const financed: Cell[][] = [
      ["", "£m"],
      ["Net revenue budget", "310.406"],
      ["Financed by", ""],
      ["Business rates", "58.938"],
      ["Grants", "68.773"],
      ["Council Tax Requirement", "182.695"],
    ];
    expect(flagged(financed)).toEqual([]);
    expect(flagged(withCell(financed, 5, 1, "182.965"))).toEqual(["B6"]);
  });

  test("a requirement printed first, with nothing above it, is one of the parts of the total", () => {
    const cells: Cell[][] = [
      ["", "£"],
      ["Council Tax Requirement", "106,980,346"],
      ["Retained business rates", "37,338,000"],
      ["Central government grants", "14,857,473"],
      ["TOTAL", "159,175,819"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test('"Difference %" is a change over the earlier year, on the net budget line too', () => {
    const cells: Cell[][] = [
      ["", "2024/25 £000", "2023/24 £000", "Difference %"],
      ["Net budget", "20,000", "16,000", "25.00"],
      ["Grant", "4,500", "5,000", "-10.00"],
      ["Fees", "1,300", "1,250", "4.00"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(withCell(cells, 2, 3, "-12.00"))).toEqual(["D3"]);
    expect(flagged(withCell(cells, 1, 3, "52.00"))).toEqual(["D2"]);
  });

  test('lines under a "Less:" heading are taken away by the unlabelled line that closes them', () => {
    const cells: Cell[][] = [
      ["", "£000"],
      ["Net budget", "18,120"],
      ["Less:", ""],
      ["Business rates - share of central pool", "4,501"],
      ["Revenue support grant", "5,212"],
      ["", "8,407"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(only(withCell(cells, 5, 1, "8,470"))).toMatchObject({ cell: "B6", expected: 8407 });
  });

  test('a "Financed by:" group, with its own "Total ..." line, is closed by the unlabelled line below', () => {
    const cells: Cell[][] = [
      ["", "£000"],
      ["Net service expenditure", "1,060,943"],
      ["Financed by:", ""],
      ["Government grants", "724,533"],
      ["Non-domestic rates", "143,471"],
      ["Total amount to be met from council tax", "192,939"],
      ["", "1,060,943"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(withCell(cells, 4, 1, "134,471"))).toContain("B5");
  });
});

describe("sections", () => {
  test("an 'All sectors' section repeats the sections above it, line by line", () => {
    const cells: Cell[][] = [
      ["", "Homes", "Places"],
      ["Local authority sector", "", ""],
      ["Children's home", "123", "779"],
      ["Residential school", "3", "90"],
      ["Voluntary sector", "", ""],
      ["Children's home", "14", "76"],
      ["Residential school", "19", "700"],
      ["Private sector", "", ""],
      ["Children's home", "7", "32"],
      ["Residential school", "11", "257"],
      ["All sectors", "", ""],
      ["Children's home", "144", "887"],
      ["Residential school", "33", "1,047"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Children's home (all sectors) = Children's home (local authority sector) + Children's home (voluntary sector) + Children's home (private sector)"
    );
    expect(flagged(cells.map((r, i) => (i === 12 ? [r[0], "33", "1,074"] : r)))).toEqual(["C13"]);
  });
});

describe("lines that are not summed or compared", () => {
  test("salary bands are labels: their pounds are not figures", () => {
    const cells = [
      ["Salary band", "Staff"],
      ["£40,001 - £52,000", "12"],
      ["£52,001 - £64,000", "7"],
      ["£64,001 - £76,000", "3"],
      ["Total", "22"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
  });

  test("percentages of each line's own whole are not footed into the total line", () => {
    const cells = [
      ["Ward", "Population", "Of whom under 18"],
      ["North", "10,412", "21%"],
      ["South", "8,237", "23%"],
      ["East", "6,153", "20%"],
      ["Total", "24,802", "21%"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    cells[2][1] = "8,273";
    expect(flagged(cells)).toEqual(["B3"]);
  });

  test("lines differing in what they describe are not restatements; lines differing in source are", () => {
    expect(
      flagged([
        ["Figure", "£"],
        ["Weekly cost (self funder)", "£900"],
        ["Weekly cost (council)", "£850"],
      ])
    ).toEqual([]);
    expect(
      flagged([
        ["Figure", "£"],
        ["Saving (5.2.6)", "£1.2m"],
        ["Saving (Table 2)", "£1.5m"],
      ])
    ).toEqual(["B3"]);
  });
});

describe("readings corrected after the unseen set's false flags", () => {
  test("round amounts a budget repeats year on year are not a rule that the changed lines break", () => {
    const cells: Cell[][] = [
      ["Item", "19/20 budget", "Projected 19/20", "Draft 20/21", "Notes"],
      ["Insurance", "£250.00", "£225.00", "£250.00", ""],
      ["Website", "£170.00", "£150.00", "£170.00", ""],
      ["Contingency", "£100.00", "£100.00", "£100.00", "£100.85"],
      ["Parish meeting", "£40.00", "£40.00", "£50.00", ""],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test('line numbers "(1)", "(2)", "(3)" are labels, not negative amounts', () => {
    const gla = unseenTables().find(
      (t) => t.id === "gla-2016-council-tax-requirement-precept-calculation"
    )!;
    expect(checkTable(gla.cells).findings.filter((f) => f.cell.startsWith("A"))).toEqual([]);
  });

  test('"£1,147m" that the lines above add up to is written as meant', () => {
    const cells: Cell[][] = [
      ["Service", "Spend"],
      ["Adult social care", "£408m"],
      ["Children's services", "£465m"],
      ["Economy and infrastructure", "£179m"],
      ["Corporate services", "£95m"],
      ["Total spend", "£1,147m"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("a line named net expenditure is not a total of the lines below it", () => {
    const cells: Cell[][] = [
      ["Expenditure", "Allocation", "Plan £m", "Actual £m"],
      ["ICB net expenditure", "177,018", "176,843", "176,778"],
      ["Provider expenditure", "", "147,742", "152,745"],
      ["DSF withheld", "91", "91", ""],
      ["Central costs", "16,326", "16,326", "16,232"],
      ["Other directly commissioned", "3,009", "3,012", "2,924"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test('lines under "Less:" printed signed already are not taken away twice', () => {
    const cells: Cell[][] = [
      ["", "£"],
      ["Total requirement", "435,673,645"],
      ["Less revenue support:", ""],
      ["Business rates", "(69,031,372)"],
      ["Collection fund deficit", "£1,225,256"],
      ["Top up", "(60,610,852)"],
      ["Total external support", "(128,416,968)"],
      ["Net requirement", "307,256,677"],
    ];
    expect(flagged(cells)).toEqual([]);
  });
});

describe("readings corrected after the fourth round's false flags", () => {
  const fourth = (id: string) => fourthRoundTables().find((t) => t.id === id)!.cells;

  test("nought equal to nought bears out no reading of the labels", () => {
    // Warwickshire 2010: "Extra cost/(saving)" beside allocations; most rows hold nothing at all.
    expect(flagged(fourth("warwickshire-2010-spending-allocations"))).toEqual([]);
  });

  test("a variance printed unsigned is the size of the change, whichever way it falls", () => {
    const cells: Cell[][] = [
      ["Section 2", "2016/17 £", "2017/18 £", "Variance £"],
      ["Precept", "£600", "£800", "£200"],
      ["Other receipts", "£164", "£8", "£156"],
      ["Staff costs", "0", "0", "0"],
      ["Other payments", "£1144", "£558", "£586"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Variance £ = the difference between 2016/17 £ and 2017/18 £"
    );
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 3), "£568"] : r)))).toEqual([
      "D5",
    ]);
  });

  test('"Remaining" is what is left of the budget after what is spent', () => {
    const cells: Cell[][] = [
      ["Receipts", "Budget 2024-25", "YTD", "Remaining"],
      ["Precept", "11458", "11458", "0"],
      ["Interest received", "160", "278", "-118"],
      ["Grant income", "694", "687", "7"],
      ["VAT reclaimed", "300", "310", "-10"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Remaining = Budget 2024-25 - YTD"
    );
    expect(only(cells.map((r, i) => (i === 2 ? [...r.slice(0, 3), "-181"] : r)))).toMatchObject({
      cell: "D3",
      diagnosis: expect.stringMatching(/digits transposed/),
    });
  });

  test("weekly amounts alike add up, one of them labelled per child", () => {
    const cells: Cell[][] = [
      ["Age", "Weekly allowance for child", "Weekly reward payment to carer per child", "Total"],
      ["0-4", "£143", "£100", "£243"],
      ["5-10", "£163", "£100", "£263"],
      ["11-15", "£203", "£150", "£353"],
      ["16-18", "£247", "£150", "£397"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(only(cells.map((r, i) => (i === 3 ? [...r.slice(0, 3), "£335"] : r)))).toMatchObject({
      cell: "D4",
      diagnosis: expect.stringMatching(/digits transposed/),
    });
  });

  test("a total named for what it totals sums the lines of that name in every section", () => {
    const cells: Cell[][] = [
      ["Directorate", "Spend/Income", "Original £000", "Latest £000"],
      ["Children", "Gross Expenditure", "397,389", "404,974"],
      ["", "Gross Income", "-290,793", "-298,306"],
      ["", "", "106,596", "106,668"],
      ["Adults", "Gross Expenditure", "219,371", "217,551"],
      ["", "Gross Income", "-6,478", "-5,006"],
      ["", "", "212,893", "212,545"],
      ["Environment", "Gross Expenditure", "123,432", "119,022"],
      ["", "Gross Income", "-61,011", "-48,132"],
      ["", "", "62,421", "70,890"],
      ["Directorate Expenditure Total", "", "740,192", "741,547"],
      ["Directorate Income Total", "", "-358,282", "-351,444"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 10 ? [r[0], r[1], "740,912", r[3]] : r)))).toEqual([
      "C11",
    ]);
    expect(
      flagged(fourth("oxfordshire-2016-financial-monitoring-directorate-summary"))
    ).not.toContain("E21");
  });

  test("a first row of column numbers over a row of headings is a heading", () => {
    const cells: Cell[][] = [
      ["1", "2", "3", "4"],
      ["level of care", "description", "weekly cost", "daily cost"],
      ["1", "Person requiring some care", "£744.38", "£106.34"],
      ["2", "Person requiring more care", "£951.93", "£135.99"],
      ["3", "Person requiring most care", "£1,220.24", "£174.32"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain("weekly cost = daily cost x 7");
  });
});

describe("readings found in the fourth round's misses", () => {
  test("a line that is two others added is found though another sum of the same lines holds by noughts", () => {
    // Gateshead 2024: after reserves = before reserves + reserves used; where no reserves are
    // used, "before = used + after" holds too, by noughts, and must not take the sum's place.
    const cells: Cell[][] = [
      ["£m", "2025/26", "2026/27", "2027/28", "2028/29", "2029/30"],
      ["Base budget", "320.647", "338.095", "354.069", "366.571", "377.341"],
      ["Funding", "(307.323)", "(315.048)", "(324.053)", "(333.879)", "(342.987)"],
      ["Gap before reserves", "13.324", "23.047", "30.016", "32.692", "34.354"],
      ["Reserves used", "(8.500)", "(4.000)", "0.000", "0.000", "0.000"],
      ["Gap after reserves", "4.824", "19.047", "30.016", "32.692", "34.354"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], "4.284", ...r.slice(2)] : r)))).toEqual([
      "B6",
    ]);
  });

  test("a percentage of two lines holds on the totals line too", () => {
    const cells: Cell[][] = [
      ["Receipts", "Budget", "YTD", "%"],
      ["Precept", "11458", "11458", "100%"],
      ["Interest", "160", "278", "174%"],
      ["Grants", "694", "687", "99%"],
      ["VAT reclaimed", "300", "310", "103%"],
      ["Total", "12612", "12733", "101%"],
    ];
    expect(flagged(cells)).toEqual([]);
    const wrong = only(cells.map((r, i) => (i === 5 ? [...r.slice(0, 3), "110%"] : r)));
    expect(wrong).toMatchObject({ cell: "D6" });
    // Reported as printed, a percentage.
    expect(wrong.sentence).toMatch(/gives 101%/);
  });

  test("a variance percentage is of the change in the figures, printed unsigned", () => {
    // Ilam 2018: "Variance %" beside "Variance £", both the size of the change.
    const cells: Cell[][] = [
      ["Section 2", "2016/17 £", "2017/18 £", "Variance £", "Variance %"],
      ["Box 2 Precept", "£600", "£800", "£200", "33%"],
      ["Box 3 Total other receipts", "£164", "£8", "£156", "95%"],
      ["Box 4 Staff costs", "0", "0", "0", "0"],
      ["Box 6 All other payments", "£1144", "£558", "£586", "51%"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Variance % = the difference between 2016/17 £ and 2017/18 £ as a percentage of 2016/17 £"
    );
    // The variance on a total line is worked from that line's own figures; one wrong input breaks
    // both variances, and is the one cell put right that mends both.
    expect(only(cells.map((r, i) => (i === 2 ? [r[0], "£614", ...r.slice(2)] : r)))).toMatchObject({
      cell: "B3",
      expected: 164,
      diagnosis: expect.stringMatching(/digits transposed/),
    });
  });

  test("a signed percentage change is preferred to an unsigned one where both miss", () => {
    const cells: Cell[][] = [
      ["Service", "Rates 21/22", "Proposed 22/23", "% increase"],
      ["Main", "£2.85", "£2.95", "3.5%"],
      ["Sweet", "£1.05", "£1.10", "4.8%"],
      ["Full Meal", "£3.90", "£4.05", "3.8%"],
      ["Laundry", "£5.25", "£5.45", "3.8%"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(only(cells.map((r, i) => (i === 2 ? [r[0], "£1.50", ...r.slice(2)] : r)))).toMatchObject(
      {
        cell: "B3",
        diagnosis: expect.stringMatching(/digits transposed/),
      }
    );
  });

  test("a deficit is what the funding total leaves of the spending total, funding printed negative", () => {
    const cells: Cell[][] = [
      ["", "2023/24 £'000", "2024/25 £'000", "2025/26 £'000", "2026/27 £'000"],
      ["Employees", "37,491", "40,552", "41,746", "42,632"],
      ["Premises", "4,073", "4,663", "4,788", "4,883"],
      ["Income", "-2,883", "-2,689", "-2,309", "-2,028"],
      ["Net Budget Requirement", "38,681", "42,526", "44,225", "45,487"],
      ["Funding", "", "", "", ""],
      ["Precept", "-28,590", "-29,652", "-30,542", "-31,458"],
      ["Business rates", "-10,091", "-12,874", "-13,458", "-13,679"],
      ["Total Funding", "-38,681", "-42,526", "-44,000", "-45,137"],
      ["Projected Surplus (-) / Deficit", "0", "0", "225", "350"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Projected Surplus (-) / Deficit = Net Budget Requirement + Total Funding"
    );
    expect(flagged(cells)).toEqual([]);
    expect(only(cells.map((r, i) => (i === 9 ? [...r.slice(0, 4), "530"] : r)))).toMatchObject({
      cell: "E10",
      diagnosis: expect.stringMatching(/digits transposed/),
    });
  });

  test("a total of one figure in a sparse row takes the lines the other rows' totals take", () => {
    const cells: Cell[][] = [
      ["£000", "2024/25", "2025/26", "2026/27", "Total"],
      ["Funding to schools", "2,419", "2,479", "2,479", "7,377"],
      ["Saving approved 2023", "-100", "", "", "-100"],
      ["Savings approved 2024", "-3,920", "-3,394", "", "-7,314"],
      ["Looked after placements", "6,500", "", "", "6,500"],
      ["Unaccompanied children", "2,200", "", "", "2,200"],
      ["International new arrivals", "300", "", "", "300"],
      ["Home to school transport", "1,300", "1,300", "1,300", "3,900"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 4), "6,050"] : r)))).toEqual([
      "E5",
    ]);
    // Not a figure in a note beside the table: Brockhampton's tax base under its contingency line.
    const brockhampton = unseenTables().find((t) => t.id.startsWith("brockhampton"))!.cells;
    expect(flagged(brockhampton)).toEqual([]);
  });

  test("a line that adds nothing makes a sum a copy, weighed as one", () => {
    // Brockhampton: "Precept = Transfer + Total income" holds where no transfer is made, by copy.
    const brockhampton = unseenTables().find((t) => t.id.startsWith("brockhampton"))!.cells;
    expect(checkTable(brockhampton).relations.map((r) => r.words)).not.toContainEqual(
      expect.stringMatching(/^Annual Precept = /)
    );
  });

  test("a correction is checked against the shares it feeds by working them out, not by a symmetric allowance", () => {
    // Scottish Executive 2003: a total that shares are worked from; the 1% share of 11 allows the
    // total anywhere from 733 to 2,200, so correcting the total to 1,783 contradicts nothing.
    const cells = publishedTables("dev").find((t) =>
      t.id.startsWith("scottish-executive-2003-child-protection")
    )!.cells;
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 8 ? [r[0], "1,738", ...r.slice(2)] : r)))).toEqual([
      "B9",
    ]);
  });

  test("an overspend column clipped at nothing totals its overspends, read unsigned or not", () => {
    for (const id of [
      "bath-ne-somerset-2004-provisional-outturn-transport-education",
      "bath-ne-somerset-2005-provisional-outturn-transport-education",
    ])
      expect(flagged(heldOutTables().find((t) => t.id === id)!.cells)).toEqual([]);
  });
});

describe("addresses and the rows CARE.CHECKTABLE spills", () => {
  const cells = [
    ["Contract Element", "Annual", "Total"],
    ["Low", "£4,388,575.80", "£35,108,606.40"],
    ["Medium", "£276,480.24", "£2,211,841.92"],
    ["High", "£132,900.12", "£1,063,200.96"],
    ["Total", "£4,797,965.16", "£38,383,649.28"],
  ];

  test("findings name the sheet's cells when the range starts elsewhere", () => {
    expect(checkTable(cells, { origin: "C3" }).findings.map((f) => f.cell)).toEqual(["D7"]);
    expect(checkTable(cells, { origin: { row: 2, column: 2 } }).findings[0].position).toEqual({
      row: 4,
      column: 1,
    });
  });

  test("one seven-wide row a finding, in the table's own words", () => {
    expect(findingRows(checkTable(cells))).toEqual([
      [
        "B5",
        // The tighter relation leads: B5 = C5 / 8 pins the figure to within 0.005625.
        "Total = Annual x 8, in Total; Total = Low + Medium + High, in Annual",
        4797965.16,
        4797956.16,
        9,
        // (C5's rounding 0.005 + 8 x B5's 0.005) / 8.
        0.005625,
        'digits transposed: "65" written for "56"',
      ],
    ]);
  });

  test('a single "No inconsistencies found" row', () => {
    expect(findingRows(checkTable([["a", "1"]]))).toEqual([
      [NO_INCONSISTENCIES, "", "", "", "", "", ""],
    ]);
  });
});

describe("readings found in the fifth round's misses", () => {
  test("a sum of rounded parts that comes out exact is weighed by how close it comes, not by the rounding it could use", () => {
    // Five £000 provisions and the column that adds them: where one part slips, the other four
    // rows, exact to the thousand, still show the rule (the allowance of ±3 would not).
    const cells: Cell[][] = [
      [
        "£000",
        "Duty system",
        "Car leasing",
        "Legal costs",
        "Ill health",
        "Rates appeals",
        "Short term",
      ],
      ["Held at start", "(21)", "(225)", "0", "0", "(375)", "(621)"],
      ["Added", "0", "0", "(50)", "(85)", "(42)", "(177)"],
      ["Used", "0", "0", "0", "0", "0", "0"],
      ["Reversed", "21", "155", "0", "0", "0", "176"],
      ["Held at end", "0", "(70)", "(50)", "(85)", "(417)", "(622)"],
    ];
    const words = "Short term = sum of Duty system ... Rates appeals (5 lines)";
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(words);
    const slipped = checkTable(
      cells.map((r, i) => (i === 2 ? [...r.slice(0, 4), "(58)", ...r.slice(5)] : r))
    );
    expect(slipped.relations.map((r) => r.words)).toContain(words);
    expect(slipped.findings.map((f) => f.cell)).toContain("E3");
  });

  test("a run's total closes it: the next run is totalled from the line below", () => {
    const cells: Cell[][] = [
      ["£000", "2022/23", "2023/24", "2024/25"],
      ["Expenditure", "470,115", "488,822", "517,929"],
      ["Contingencies", "12,006", "15,531", "4,643"],
      ["Levies", "440", "457", "457"],
      ["Gross expenditure", "482,561", "504,810", "523,029"],
      ["Income", "(401,322)", "(421,088)", "(448,188)"],
      ["Contingencies used", "(6,010)", "(7,320)", "-"],
      ["Taken from balances", "(9,900)", "(13,371)", "(1,744)"],
      ["Gross income", "(417,232)", "(441,779)", "(449,932)"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Gross income = Income + Contingencies used + Taken from balances"
    );
    expect(flagged(cells.map((r, i) => (i === 7 ? [r[0], r[1], "(13,317)", r[3]] : r)))).toEqual([
      "C8",
    ]);
  });

  test("a balance carried forward is the balance brought forward with the year's income and spending", () => {
    // Corby Glen 2024: next year opens with the balance this year closes with.
    const cells: Cell[][] = [
      ["Budget", "2023-24", "2024-25"],
      ["Balance b/f at start of year", "£14,406", "£13,813"],
      ["Income", "£16,581", "£18,029"],
      ["o Precept", "£14,300", "£17,000"],
      ["o Other", "£2,281", "£1,029"],
      ["Predicted expenditure", "£17,174", "£19,177"],
      ["Expected balance c/f at year end", "£13,813", "£12,665"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toEqual(
      expect.arrayContaining([
        "Expected balance c/f at year end = Balance b/f at start of year + Income - Predicted expenditure",
        "Balance b/f at start of year = Expected balance c/f at year end the year before",
      ])
    );
    expect(only(cells.map((r, i) => (i === 1 ? [r[0], r[1], "£13,831"] : r)))).toMatchObject({
      cell: "C2",
      expected: 13813,
    });
    expect(only(cells.map((r, i) => (i === 2 ? [r[0], "£16,518", r[2]] : r)))).toMatchObject({
      cell: "B3",
    });
  });

  test("a year opens with the cash the year before closed with, the latest year printed first", () => {
    const cells: Cell[][] = [
      ["£", "2022", "2021", "2020"],
      ["Cash from operations", "70,012", "175,148", "51,930"],
      ["Purchases of fixed assets", "(21,268)", "(17,441)", "(9,012)"],
      ["Change in cash in the year", "48,744", "157,707", "42,918"],
      ["Cash at beginning of year", "574,088", "416,381", "373,463"],
      ["Cash at end of year", "622,832", "574,088", "416,381"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Cash at beginning of year = Cash at end of year the year before"
    );
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], r[1], "547,088", r[3]] : r)))).toEqual([
      "C6",
    ]);
  });

  test("a balance at 31 March is the balance at 1 April and the movements printed signed", () => {
    const cells: Cell[][] = [
      ["£000", "General fund", "Earmarked"],
      ["Balance at 1 April 2020", "(4,126)", "(9,881)"],
      ["Surplus or deficit", "1,218", "0"],
      ["Transfers to or from reserves", "(1,302)", "1,302"],
      ["Balance at 31 March 2021", "(4,210)", "(8,579)"],
    ];
    expect(checkTable(cells).findings).toEqual([]);
    // Two columns are too few for the search to stand on once one breaks: the labels say it.
    expect(only(cells.map((r, i) => (i === 4 ? [r[0], r[1], "(8,759)"] : r)))).toMatchObject({
      cell: "C5",
      expected: -8579,
    });
  });

  test("a band D charge is the council tax requirement over the tax base, scaled from £m", () => {
    const cells: Cell[][] = [
      ["£m unless stated", "2020-21", "2021-22", "2022-23"],
      ["Council Tax requirement", "118.3", "123.0", "128.6"],
      ["Divided by council tax base", "104,390", "105,678", "107,267"],
      ["Which equals band D Council Tax", "1,133.25", "1,164.14", "1,198.95"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Which equals band D Council Tax = Council Tax requirement / Divided by council tax base x 1,000,000"
    );
    expect(only(cells.map((r, i) => (i === 3 ? [...r.slice(0, 3), "1,918.95"] : r)))).toMatchObject(
      {
        cell: "D4",
      }
    );
  });

  test("a surplus is income less the expenses printed in brackets just above it", () => {
    // Great Western Hospitals 2012: two years, so the search has no third column to stand on.
    const cells: Cell[][] = [
      ["£000", "2011/12", "2010/11"],
      ["Operating income", "290,475", "202,712"],
      ["Operating expenses", "(275,274)", "(187,835)"],
      ["Operating surplus", "15,201", "14,877"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Operating surplus = Operating income + Operating expenses"
    );
    expect(flagged(cells.map((r, i) => (i === 1 ? [r[0], "290,745", r[2]] : r)))).toEqual(["B2"]);
  });

  test("a column of shares before the amounts it shares out, named alike but for its units", () => {
    // Blackpool 2024.
    const cells: Cell[][] = [
      ["Service", "Expenditure %", "Expenditure £m"],
      ["Children's services", "30.6%", "158.7"],
      ["Adult services", "21.7%", "112.3"],
      ["Housing", "13.0%", "67.4"],
      ["Community and environmental services", "12.3%", "63.9"],
      ["Treasury management", "5.7%", "29.7"],
      ["Resources", "5.7%", "29.5"],
      ["Other (*)", "5.0%", "26.0"],
      ["Public health", "4.4%", "22.6"],
      ["Communications and regeneration", "1.5%", "7.9"],
      ["Expenditure totals", "100.0%", "518.0"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Expenditure % = Expenditure £m / Expenditure £m at Expenditure totals"
    );
  });

  // Tynwald 2019: bids, bids approved and bids not approved, for two years side by side.
  const bids = [
    [5, 3, 2, 0],
    [11, 5, 2, 4],
    [1, 2, 1, 1],
    [1, 1, 1, 1],
    [5, 6, 2, 5],
    [1, 4, 1, 3],
    [1, 5, 1, 2],
    [2, 8, 2, 6],
    [10, 14, 7, 4],
    [8, 17, 2, 11],
    [2, 1, 1, 1],
    [3, 2, 2, 2],
    [5, 7, 5, 4],
  ];
  const bidCells: Cell[][] = [
    [
      "",
      "Bids 19/20",
      "Bids 20/21",
      "Approved 19/20",
      "Approved 20/21",
      "Not approved 19/20",
      "Not approved 20/21",
    ],
    ...bids.map(([b1, b2, a1, a2], i) => [
      `Body ${i + 1}`,
      ...[b1, b2, a1, a2, b1 - a1, b2 - a2].map(String),
    ]),
  ];

  test("one rule in each year's columns is weighed with the evidence of both", () => {
    expect(checkTable(bidCells).relations.map((r) => r.words)).toEqual(
      expect.arrayContaining([
        "Not approved 19/20 = Bids 19/20 - Approved 19/20",
        "Not approved 20/21 = Bids 20/21 - Approved 20/21",
      ])
    );
  });

  test("of two cells that would mend a break, the one whose correction keeps to its column's sign and scale", () => {
    // Body 4 has 1 bid, 1 approved, none refused: "1,000" bids is the slip, not 1 approved that
    // would have to be 1,000; "-1" bids, not 1 approved that would have to be -1.
    const body4 = (bids: string) =>
      bidCells.map((r, i) => (i === 4 ? [r[0], bids, ...r.slice(2)] : r));
    expect(flagged(body4("1000"))).toEqual(["B5"]);
    expect(flagged(body4("-1"))).toEqual(["B5"]);
  });
});

describe("readings corrected after the sixth round's false flags", () => {
  test("a total that adds up nowhere, across a heading over a line whose figure is not printed, is a guess", () => {
    // Dundee 2023: the lair's own fee is not printed, so its total adds up to nothing on the page.
    const cells: Cell[][] = [
      ["Interments", "Usual hours"],
      ["Age 17 and under", "£0.00"],
      ["18 and over", "£687.50"],
      ["Sale of lair", ""],
      ["Fee for sale of lair", ""],
      ["Fee for title deeds", "£82.50"],
      ["Fee for perpetuities", "£766.00"],
      ["Total", "£1,645.50"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("where a total's lines have no rule across it, each position's own run that holds is the one meant", () => {
    // Wandsworth: the older child's weekly total adds an enhancement the younger's does not have.
    const cells: Cell[][] = [
      ["Payments", "Child aged 0 to 10", "Child aged 11-18"],
      ["Weekly fee", "£173.40", "£204"],
      ["Weekly allowance", "£200.70", "£261.10"],
      ["Standard weekly total", "£374.10", "£465.10"],
      ["Enhancement", "n/a", "£200"],
      ["Weekly total", "£374.10", "£665.10"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("a movement is the difference of the balances either side of it", () => {
    // North Norfolk 2012: balances at each 1 April with the budgeted movement between them.
    const cells: Cell[][] = [
      [
        "Reserve",
        "Balance at 1/4/2013 £",
        "Budgeted 2013/14 Movement £",
        "Balance at 1/4/2014 £",
        "Budgeted 2014/15 Movement £",
        "Balance at 1/4/2015 £",
      ],
      ["General reserve", "1,645,066", "(200,000)", "1,445,066", "(100,000)", "1,345,066"],
      ["Asset management", "10,952", "0", "10,952", "0", "10,952"],
      ["Benefits", "640,242", "0", "640,242", "0", "640,242"],
      ["Big Society fund", "381,625", "674,275", "1,055,900", "674,275", "1,730,175"],
      ["Carbon management", "15,880", "0", "15,880", "0", "15,880"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.relations.map((r) => r.words)).toContain(
      "Budgeted 2014/15 Movement £ = Balance at 1/4/2015 £ - Balance at 1/4/2014 £"
    );
  });

  test("a break at a figure the table footnotes is a note, not a finding", () => {
    // MPA 2009: "0.2%*" is a variance taken against another budget, which its footnote gives.
    const cells: Cell[][] = [
      ["Business group", "Budget (£000)", "Forecast (£000)", "Variance (£000)", "Variance (%)"],
      ["Territorial policing", "1,407,388", "1,432,225", "24,837", "1.8%"],
      ["Specialist crime", "401,884", "398,935", "-2,949", "-0.7%"],
      ["Specialist operations", "5,467", "6,023", "556", "0.2%*"],
      ["Central operations", "200,269", "206,153", "5,884", "2.9%"],
    ];
    const result = checkTable(cells);
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => n.cell)).toEqual(["E4"]);
    const unmarked = cells.map((r, i) => (i === 3 ? [...r.slice(0, 4), "0.2%"] : r));
    expect(flagged(unmarked)).toEqual(["E4"]);
  });
});

describe("readings corrected after the test half's false flags", () => {
  test("a total of funds raised runs past band D's charge and the tax base it is levied on", () => {
    // West Norfolk 2024: the council tax line is band D's charge times the tax base, both printed
    // among the funds; the total is of the money only.
    const cells: Cell[][] = [
      ["", "2024/2025 Estimated"],
      ["Revenue Support Grant", "(£1,015,160)"],
      ["New Homes Bonus", "(£338,620)"],
      ["Business Rates", "(£14,066,580)"],
      ["Council Tax Band D", "£148.37"],
      ["Council Tax Base", "53,748"],
      ["Council Tax", "(£7,974,440)"],
      ["Total", "(£23,394,800)"],
    ];
    expect(flagged(cells)).toEqual([]);
    const slipped = cells.map((r, i) => (i === 6 ? [r[0], "(£7,947,440)"] : r));
    expect(flagged(slipped)).toEqual(["B7"]);
  });
});

describe("readings corrected after the fifth round's false flags", () => {
  test("a ratio between two bands the labels make fractions of Band D is theirs, not the search's", () => {
    // Perth and Kinross 2024: the bands' upper value limits are in no proportion to each other.
    const cells: Cell[][] = [
      ["Band", "Upper limit (£)", "Fraction of Band D", "Council tax", "Water", "Total"],
      ["A", "27,000", "240/360", "£865.44", "£144.36", "£1,009.80"],
      ["B", "35,000", "280/360", "£1,009.68", "£168.42", "£1,178.10"],
      ["C", "45,000", "320/360", "£1,153.92", "£192.48", "£1,346.40"],
      ["D", "58,000", "360/360", "£1,298.16", "£216.54", "£1,514.70"],
      ["E", "80,000", "473/360", "£1,705.64", "£264.66", "£1,970.30"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("a statement of financial activities: last year's total, its donations and the funds brought forward", () => {
    // Charity SOFAs (1010701, 204859): last year's total sits beside this year's lines, adds a line
    // this year has none of, and "Total funds brought forward" is carried from the year before.
    const cells: Cell[][] = [
      ["", "Unrestricted funds £", "Restricted funds £", "Total 2023 £", "Total 2022 £"],
      ["Donations", "", "", "", "4,120"],
      ["Charitable activities", "702,315", "", "702,315", "688,540"],
      ["Investment income", "48", "", "48", "212"],
      ["Total income", "702,363", "", "702,363", "692,872"],
      ["Charitable activities", "611,204", "", "611,204", "597,118"],
      ["Total expenditure", "611,204", "", "611,204", "597,118"],
      ["Net income", "91,159", "", "91,159", "95,754"],
      ["Transfers between funds", "1,210", "(1,210)", "", ""],
      ["Net movement in funds", "92,369", "(1,210)", "91,159", "95,754"],
      ["Total funds brought forward", "812,460", "14,300", "826,760", "731,006"],
      ["Total funds carried forward", "904,829", "13,090", "917,919", "826,760"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 4), "692,827"] : r)))).toEqual([
      "E5",
    ]);
  });

  test("a sum found between bands the labels make fractions of Band D is theirs, not the search's", () => {
    // Wirral 2024: F = A + B is 13/9 = 6/9 + 7/9, and the pence each band's parts round to leave
    // F's total 3p from A's and B's. Its two genuine discrepancies are still found.
    const cells: Cell[][] = [
      [
        "",
        "Wirral Council",
        "Adult Social Care",
        "City Region",
        "Police",
        "Fire and Rescue",
        "Total",
      ],
      ["A", "£1077.37", "£181.45", "£12.67", "£176.65", "£60.83", "£1,508.97"],
      ["B", "£1,256.93", "£211.69", "£14.78", "£206.09", "£70.97", "£1,760.46"],
      ["C", "£1,436.49", "£241.93", "£16.89", "£235.53", "£81.11", "£2,011.95"],
      ["D", "£1,616.05", "£272.17", "£19.00", "£264.97", "£91.25", "£2,263.44"],
      ["E", "£1975.17", "£322.65", "£23.22", "£323.85", "£111.53", "£2,766.42"],
      ["F", "£2,334.29", "£393.13", "£27.44", "£382.73", "£131.81", "£3,269.40"],
      ["G", "£2,693.42", "£453.62", "£31.67", "£441.62", "£152.08", "£3,772.41"],
      ["H", "£3232.10", "£544.34", "£38.00", "£529.94", "£177.22", "£4,526.88"],
    ];
    expect(flagged(cells)).toEqual(["C6", "F9"]);
  });
});

describe("readings found in the sixth round's misses", () => {
  // Argyll and Bute 2017: each band states council tax's proportion and water and sewerage's.
  const scottishBands: Cell[][] = [
    [
      "Band",
      "Council tax proportion",
      "Council tax £",
      "Water proportion",
      "Water £",
      "Sewerage £",
      "Total £",
    ],
    ["A", "240/360", "865.44", "6/9", "144.36", "166.14", "1,175.94"],
    ["B", "280/360", "1,009.68", "7/9", "168.42", "193.83", "1,371.93"],
    ["C", "320/360", "1,153.92", "8/9", "192.48", "221.52", "1,567.92"],
    ["D", "360/360", "1,298.16", "9/9", "216.54", "249.21", "1,763.91"],
    ["E", "473/360", "1,705.64", "11/9", "264.66", "304.59", "2,274.89"],
    ["F", "585/360", "2,109.51", "13/9", "312.78", "359.97", "2,782.26"],
  ];
  const withCell = (cells: Cell[][], row: number, column: number, text: string) =>
    cells.map((line, r) => line.map((c, k) => (r === row && k === column ? text : c)));

  test("a line stating two fractions holds each where its columns follow it", () => {
    expect(flagged(scottishBands)).toEqual([]);
    expect(flagged(withCell(scottishBands, 5, 4, "246.66"))).toEqual(["E6"]);
    expect(flagged(withCell(scottishBands, 5, 2, "1,750.63"))).toEqual(["C6"]);
    // Sewerage slipped and the total carried it: only water and sewerage's own 13/9 shows it.
    const carried = withCell(withCell(scottishBands, 6, 5, "395.97"), 6, 6, "2,818.26");
    expect(flagged(carried)).toEqual(["F7"]);
  });

  test("a total found by search runs past a column holding no figures at all", () => {
    const unlabelled = withCell(scottishBands, 0, 6, "Payable £");
    expect(checkTable(unlabelled).relations.map((r) => r.words)).toContain(
      "Payable £ = Council tax £ + Water £ + Sewerage £"
    );
    expect(flagged(withCell(unlabelled, 2, 6, "1,317.93"))).toEqual(["G3"]);
  });

  test("a sum found by search reads a blank as nothing, where the line adds something", () => {
    // Cairngorms 2021: revisions and settlements are left blank on most lines of a revised budget.
    const cells: Cell[][] = [
      ["", "Original budget", "Revisions", "Settlement", "Revised budget"],
      ["Rent", "48,200", "", "", "48,200"],
      ["Staff", "3,351,000", "", "121,000", "3,472,000"],
      ["Travel", "12,750", "2,500", "", "15,250"],
      ["Training", "9,300", "", "", "9,300"],
      ["Equipment", "27,640", "1,200", "3,100", "31,940"],
      ["Legal", "5,000", "", "", "5,000"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 4), "9,800"] : r)))).toEqual([
      "E5",
    ]);
  });
});

// Scottish Office 1986: expenditure by district and its per cent of the unlabelled sum below,
// printed 99.9 by the shares' rounding.
const districts: Cell[][] = [
  ["District", "Total £'000", "Per cent."],
  ["Clydebank", "1,413", "4.8"],
  ["Glasgow City", "12,900", "43.9"],
  ["Eastwood", "14", "—"],
  ["Motherwell", "2,667", "9.1"],
  ["Inverclyde", "12,380", "42.1"],
  ["", "29,374", "99.9"],
];

describe("readings corrected after the seventh round's false flags", () => {
  test("a figure written with its scale under a heading in that scale is in the heading's units", () => {
    // West Sussex 2024: "296.6 million" closes a column headed £million.
    const cells: Cell[][] = [
      ["Area of spend", "£million"],
      ["Physical support", "26.1"],
      ["Learning disability", "89.1"],
      ["Mental health", "11.7"],
      ["Total", "126.9 million"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [r[0], "129.6 million"] : r)))).toEqual(["B5"]);
  });

  test("a label stating a percentage does not make its line's figures percentages", () => {
    // Watford 2024: "deliver 20% efficiency" names a saving in £m.
    const cells: Cell[][] = [
      ["Savings", "2024/25 £m", "2025/26 £m", "2026/27 £m", "Total £m"],
      ["Remove advisor post", "(0.057)", "(0.058)", "(0.059)", "(0.174)"],
      ["Digital magazine", "(0.026)", "(0.026)", "(0.026)", "(0.078)"],
      ["Redesign team to deliver 20% efficiency", "(0.055)", "(0.055)", "(0.055)", "(0.165)"],
      ["Total savings", "(0.138)", "(0.139)", "(0.140)", "(0.417)"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Total savings = Remove advisor post + Digital magazine + Redesign team to deliver 20% efficiency"
    );
  });

  test("a percentage line's amounts are not taken from across a heading", () => {
    // South Oxfordshire 2022: an interest rate exposure limit under "Investments", below the
    // borrowing limits.
    const cells: Cell[][] = [
      ["", "Estimate £m", "Actual £m"],
      ["Borrowing", "30", "0"],
      ["Other liabilities", "0", "0"],
      ["", "30", "0"],
      ["Investments", "", ""],
      ["Limit on fixed rate exposure %", "100%", "82%"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("an annual cost is worked from the weekly cost of the same thing, not another's", () => {
    // carehome.co.uk: weekly, monthly (four weeks) and annual costs of residential and nursing care.
    const cells: Cell[][] = [
      ["Average costs", ""],
      ["The average weekly cost of residential care", "£1,291"],
      ["The average monthly cost of residential care", "£5,164"],
      ["The average annual cost of residential care", "£67,132"],
      ["The average weekly cost of nursing care", "£1,545"],
      ["The average monthly cost of nursing care", "£6,180"],
      ["The average annual cost of nursing care", "£80,340"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 6 ? [r[0], "£80,430"] : r)))).toEqual(["B7"]);
  });

  test("shares of an unlabelled total, in a column of amounts headed Total, with '—' for the smallest", () => {
    expect(flagged(districts)).toEqual([]);
    expect(flagged(districts.map((r, i) => (i === 2 ? [r[0], r[1], "49.3"] : r)))).toEqual(["C3"]);
  });
});

describe("readings found in the seventh round's misses", () => {
  const withAmount = (row: number, text: string) =>
    districts.map((r, i) => (i === row ? [r[0], text, r[2]] : r));

  test("an unlabelled whole is the sum of the amounts it is the whole of", () => {
    expect(checkTable(districts).relations.map((r) => r.words)).toContain(
      "Total £'000 at row 7 = sum of Clydebank ... Inverclyde (5 lines), in Total £'000"
    );
    expect(flagged(withAmount(2, "21,900"))).toEqual(["B3"]);
    expect(flagged(withAmount(6, "29,734"))).toEqual(["B7"]);
  });

  test("the whole is still found where a slip makes a part the largest figure", () => {
    expect(flagged(withAmount(1, "1,413,000"))).toEqual(["B2"]);
  });

  test("periods named by their length: a 6 month cost is half the annual, a 3 month cost half that", () => {
    // Folkestone and Hythe: car park season tickets by days a week valid.
    const cells: Cell[][] = [
      ["Type of season ticket", "Annual cost", "6 month cost", "3 month cost"],
      ["Valid 7 days per week", "£657", "£329", "£165"],
      ["Valid 5 days per week", "£468", "£234", "£117"],
      ["Valid 3 days per week", "£280", "£140", "£70"],
      ["Valid 1 day per week", "£94", "£47", "£24"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toEqual(
      expect.arrayContaining(["Annual cost = 6 month cost x 2", "6 month cost = 3 month cost x 2"])
    );
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 2 ? [r[0], r[1], "£243", r[3]] : r)))).toEqual([
      "C3",
    ]);
  });

  test("a quarterly figure is three months', a four-weekly figure four weeks', and an age band no period", () => {
    const cells: Cell[][] = [
      ["Charge", "Monthly", "Quarterly", "Annual"],
      ["Garden waste", "£5.00", "£15.00", "£60.00"],
      ["Bulky waste", "£8.50", "£25.50", "£102.00"],
      ["Trade waste", "£12.25", "£36.75", "£147.00"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 2 ? [r[0], r[1], "£52.50", r[3]] : r)))).toEqual([
      "C3",
    ]);
    expect(hintsOf("Four-weekly payment").period).toBe("four weeks");
    expect(hintsOf("Half-yearly charge").period).toBe("half year");
    expect(hintsOf("Aged 0-3 months").period).toBeUndefined();
  });

  test("gross expenditure and gross income total the lines above them, where they add up", () => {
    // Blackpool 2024: the council tax requirement worked from gross expenditure and gross income.
    const cells: Cell[][] = [
      ["Description", "2023/24 £000", "2024/25 £000"],
      ["Expenditure", "488,822", "517,929"],
      ["Contributions and contingencies", "15,531", "4,643"],
      ["Levies", "457", "457"],
      ["Added to balances", "6,471", "1,658"],
      ["Gross expenditure - Council services", "511,281", "524,687"],
      ["Income", "(421,088)", "(448,188)"],
      ["Contributions and contingencies", "(7,320)", "-"],
      ["Taken from balances", "(13,371)", "(1,744)"],
      ["Gross income - Council services", "(441,779)", "(449,932)"],
      ["Council Tax requirement", "69,502", "74,755"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 10 ? [r[0], "65,902", r[2]] : r)))).toEqual(["B11"]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], "511,821", r[2]] : r)))).toEqual(["B6"]);
    // Newcastle-under-Lyme 2023: with nothing above it, gross expenditure is a line of its own.
    const first: Cell[][] = [
      ["", "2022-23 (£000's)", "2023-24 (£000's)"],
      ["Gross expenditure", "60,778", "59,032"],
      ["Income", "-43,969", "-40,482"],
      ["Total net expenditure", "16,809", "18,550"],
    ];
    expect(flagged(first)).toEqual([]);
    expect(flagged(first.map((r, i) => (i === 1 ? [r[0], "60,787", r[2]] : r)))).toEqual(["B2"]);
  });

  test("a sum whose total and parts all end in hundreds is read as rounded to the hundred throughout", () => {
    // DfES 2002: estimates of pupils with statements, each rounded to the nearest hundred.
    const cells: Cell[][] = [
      ["", "1996", "2001"],
      ["Nursery", "425", "600"],
      ["Primary", "61,698", "75,300"],
      ["Secondary", "65,137", "82,100"],
      ["Special", "92,450", "91,900"],
      ["Independent", "5,810", "6,600"],
      ["Total", "225,520", "256,600"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 6 ? [r[0], r[1], "257,600"] : r)))).toEqual(["C7"]);
    expect(flagged(cells.map((r, i) => (i === 6 ? [r[0], "225,620", r[2]] : r)))).toEqual(["B7"]);
  });
});

describe("readings corrected after the eighth round's false flags", () => {
  test("years of a plan that cost the same are not copies of one another, and a discount factor adds nothing", () => {
    // National Audit Office 2007: a discounted cash flow, costs the same in each year of the lease.
    const flat = (figure: string) => Array.from({ length: 6 }, () => figure);
    const cells: Cell[][] = [
      ["All sums £", ...Array.from({ length: 9 }, (_, i) => `year ${i}`)],
      ["1.1 Capital", "0", "4,952", "29,751", ...flat("0")],
      ["2.1 Revenue", "0", "0", "0", ...flat("25,633")],
      ["Total cost", "0", "4,952", "29,751", ...flat("25,633")],
      ["3.1 Revenue e.g. staff time saved and cost savings", "0", "0", "0", ...flat("10,648")],
      ["Net cost (benefit)", "0", "4,952", "29,751", ...flat("14,985")],
      [
        "Discount factor",
        "1",
        "0.9662",
        "0.9335",
        "0.9019",
        "0.8714",
        "0.842",
        "0.8135",
        "0.786",
        "0.7594",
      ],
    ];
    const words = checkTable(cells).relations.map((r) => r.words);
    expect(words.filter((w) => /^year \d = year \d/.test(w))).toEqual([]);
    expect(words.filter((w) => w.includes("Discount factor"))).toEqual([]);
    expect(flagged(cells)).toEqual([]);
  });

  test("a heading of years with its units printed close is a heading, and a space before the pence is no typo", () => {
    const cells: Cell[][] = [
      ["Department", "2006-07(£m)", "2007-08 (£m)", "2008-09(£m)"],
      ["BIS", "£31", "£15", "£32"],
      ["DCLG", "£25", "£64", "£38"],
      ["Totals", "£56", "£79", "£70"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(
      flagged([
        ["Age", "Holiday"],
        ["0-4", "£340 .00"],
        ["5-10", "£310.00"],
      ])
    ).toEqual([]);
  });

  test("a total percentage score adds the scores above it; two percentages are never multiplied", () => {
    // FCDO Services 2024: weighted scores per question and their total, by bidder.
    const cells: Cell[][] = [
      ["Technical Questions", "Bidder A", "Bidder B", "Bidder C"],
      ["Question 1 (5.5%)", "4.40%", "3.30%", "3.30%"],
      ["Question 2 (10%)", "8.00%", "6.00%", "6.00%"],
      ["Question 3 (10%)", "6.00%", "8.00%", "8.00%"],
      ["Question 5 (4%)", "2.40%", "2.40%", "2.40%"],
      ["Question 8 (8.0%)", "6.40%", "6.40%", "6.40%"],
      ["Total Technical Question Percentage Score", "27.20%", "26.10%", "26.10%"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 6 ? [r[0], "29.20%", r[2], r[3]] : r)))).toEqual([
      "B7",
    ]);
  });

  test("a line of percentages with a nil among them is a line of percentages", () => {
    // Barking and Dagenham 2025: the premium on long-term empty homes, and the tax payable.
    const cells: Cell[][] = [
      ["Empty duration", "Premium amount added to Council Tax", "Total Council Tax Payable"],
      ["Less than 1 year", "nil", "100%"],
      ["Between 1 and 5 years", "100%", "200%"],
      ["Between 5 and 10 years", "200%", "300%"],
      ["Over 10 years", "300%", "400%"],
    ];
    expect(flagged(cells)).toEqual([]);
  });

  test("a nought total over lines left blank in its column is their total", () => {
    // Havering 2021: a movement in reserves statement, a reserve with no comprehensive income.
    const cells: Cell[][] = [
      ["", "General Fund Balance £000", "Earmarked General Fund Reserves £000"],
      ["(Deficit)/surplus on provision of services", "(14,543)", ""],
      ["Other comprehensive expenditure and income", "(1,200)", ""],
      ["Total comprehensive expenditure and income", "(15,743)", "0"],
      ["Net (decrease)/increase before transfers", "(11,642)", "0"],
      ["Transfers to/(from) Earmarked Reserves", "12,042", "(11,652)"],
      ["Decrease/increase in Year", "400", "(11,652)"],
    ];
    expect(flagged(cells)).toEqual([]);
  });
});

describe("readings found in the eighth round's misses", () => {
  test("a parish's band D is its precept over its tax base, and its change on the previous year is worked across the years", () => {
    // Barnacre-with-Bonds 2024: precept, tax base and band D, with the change on the year before.
    const cells: Cell[][] = [
      ["", "2023/24", "2024/25"],
      ["Precept", "£8000", "£17000"],
      ["Taxbase", "1,124.37", "1104.03"],
      ["Band D equivalent", "£7.12", "£15.40"],
      ["Change on previous year", "£0.27", "£8.28"],
      ["% change on previous year", "3.94%", "116.3%"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toEqual(
      expect.arrayContaining([
        "Band D equivalent = Precept / Taxbase",
        "Change on previous year = Band D equivalent - Band D equivalent the year before",
      ])
    );
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [r[0], r[1], "£8.82"] : r)))).toEqual(["C5"]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], r[1], "161.3%"] : r)))).toEqual(["C6"]);
    expect(flagged(cells.map((r, i) => (i === 3 ? [r[0], r[1], "£15.04"] : r)))).toEqual(["C4"]);
  });

  test("words saying a body did not exist stand for nothing in a column's total", () => {
    // Cabinet Office 2010: consultancy spend by department, DECC formed in 2008.
    const cells: Cell[][] = [
      ["", "2007-08 (£m)", "2009-10 (£m)"],
      ["BIS", "£15", "£14"],
      ["DCLG", "£64", "£37"],
      ["DECC", "DECC did not exist", "£25"],
      ["DCMS", "£1", "£1"],
      ["Totals", "£80", "£77"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], "£89", r[2]] : r)))).toEqual(["B6"]);
  });

  test("the share printed on a labelled total's line is its 100%", () => {
    // Greater Manchester 2022: where the police and crime budget will be spent.
    const cells: Cell[][] = [
      ["Description", "£millions", "Percentage"],
      ["Employee Related", "£642.917", "68.0%"],
      ["Pensions", "£116.135", "12.3%"],
      ["Premises Related", "£35.822", "3.8%"],
      ["Supplies & Services", "£151.153", "16.0%"],
      ["Total planned spend", "£946.027", "100.0%"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [r[0], r[1], "110.0%"] : r)))).toEqual(["C6"]);
    // DfE 2024: beside the total's 100%, foster placements print their share of all placements.
    const placements: Cell[][] = [
      [
        "",
        "Number Total",
        "Number Foster placements",
        "Percentage Total",
        "Percentage Foster placements",
      ],
      ["All Placements", "66,070", "36,560", "100%", "55%"],
      ["Change to/Implementation of care plan", "20,700", "12,490", "31%", "34%"],
      ["Change in the status of placement", "16,110", "6,790", "24%", "19%"],
      ["Carer requests", "29,260", "17,280", "44%", "47%"],
    ];
    expect(flagged(placements)).toEqual([]);
  });

  test("totals per saving type are totals, not rates per unit", () => {
    // National Audit Office 2013: savings by the evidence found for them, and by type.
    const cells: Cell[][] = [
      ["", "Cash-releasing £ million", "Other efficiency £ million", "Totals £ million"],
      ["Sufficient evidence", "801", "253", "1,054"],
      ["Partial evidence", "Nil", "48", "48"],
      ["Insufficient evidence", "92", "Nil", "92"],
      ["Totals per saving type", "893", "301", "1,194"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [r[0], "839", r[2], r[3]] : r)))).toEqual(["B5"]);
  });
});

describe("readings found in the studied rounds' wrong-cell misses", () => {
  // Bristol 2013: a service subtotal, then other budgets, then an unlabelled grand total of both.
  const bristol: Cell[][] = [
    [
      "Directorate",
      "Base Budget £000",
      "Inflation £000",
      "Virement £000",
      "Other Variations £000",
      "Savings £000",
      "Capital Charges £000",
      "Total Budget £000",
    ],
    [
      "Children and Young People's Services",
      "63,360",
      "706",
      "-",
      "7,114",
      "-",
      "13,151",
      "84,331",
    ],
    ["Corporate Services", "19,046", "103", "-", "2,778", "-", "1,910", "23,837"],
    ["Health and Social Care", "125,908", "637", "-", "1,479", "-", "873", "128,897"],
    ["", "208,314", "1,446", "0", "11,371", "0", "15,934", "237,065"],
    ["Other budgets:", "", "", "", "", "", "", ""],
    ["Unapportionable Central Overheads", "3,910", "-", "-", "500", "-", "-", "4,410"],
    ["Capital: Net capital financing", "14,899", "-", "-", "380", "-", "(23,682)", "(8,403)"],
    ["RCCO", "4,180", "-", "-", "-", "-", "", "4,180"],
    ["Levies", "1,098", "-", "-", "19", "-", "2", "1,119"],
    ["", "232,401", "1,446", "0", "12,270", "0", "(7,746)", "238,371"],
  ];

  test("a grand total may carry a subtotal on, with the lines after it", () => {
    expect(checkTable(bristol).relations.map((r) => r.words)).toContain(
      "row 11 = sum of row 5 ... Levies (5 lines)"
    );
    expect(flagged(bristol)).toEqual([]);
    // A slip in an other budget is that line's, not its row total's. Noughts adding up to a nought
    // (Virement) must not close a run at RCCO, or the grand total is never found.
    expect(flagged(bristol.map((r, i) => (i === 6 ? [r[0], "3,917", ...r.slice(2)] : r)))).toEqual([
      "B7",
    ]);
  });

  test("the first column may total the columns after it", () => {
    // Houses of the Oireachtas 2017: children in care by region, then by kind of care.
    const cells: Cell[][] = [
      [
        "Region",
        "Children in care",
        "In general foster care",
        "In relative care",
        "In residential care",
        "In other care",
      ],
      ["Dublin Mid-Leinster", "1,507", "949", "427", "104", "27"],
      ["Dublin North East", "1,485", "930", "437", "87", "31"],
      ["South", "1,803", "1150", "535", "84", "34"],
      ["West", "1,463", "1073", "316", "41", "33"],
      ["Total", "6,258", "4,102", "1,715", "316", "125"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Children in care = In general foster care + In relative care + In residential care + In other care"
    );
    expect(flagged(cells)).toEqual([]);
    expect(
      flagged(cells.map((r, i) => (i === 3 ? [r[0], r[1], "1350", ...r.slice(3)] : r)))
    ).toEqual(["C4"]);
    expect(
      flagged(cells.map((r, i) => (i === 4 ? [r[0], r[1], r[2], "216", ...r.slice(4)] : r)))
    ).toEqual(["D5"]);
  });
});

describe("readings corrected after the ninth round's false flags", () => {
  test("a year alone on its row heads the section below it, not a column of figures", () => {
    // DCMS 1997: lottery awards in one constituency, by year and distributing body.
    const cells: Cell[][] = [
      ["Distributing body", "Total amount £", "Number of awards"],
      ["1995", "", ""],
      ["Arts Council of England", "0", ""],
      ["National Lottery Charities Board", "53,328", "3"],
      ["Sports Council", "43,523", "1"],
      ["Total for 1995", "96,851", "4"],
      ["1996", "", ""],
      ["Heritage Lottery Fund", "97,130", "2"],
      ["National Lottery Charities Board", "324,313", "10"],
      ["Sports Council", "9,118", "1"],
      ["Total for 1996", "430,561", "13"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 10 ? [r[0], "430,651", r[2]] : r)))).toEqual(["B11"]);
  });

  test("an amount printed to the thousand is read to ±500 as the input of a fitted ratio", () => {
    // Lichfield 2021: net spend by priority, and what it costs a band D property.
    const cells: Cell[][] = [
      [
        "Council priorities",
        "2021/22 net spend is set to be",
        "2021/22 amount per band D property",
      ],
      ["Enabling people", "£1,469,000", "£37.77"],
      ["Shaping place", "£3,402,000", "£87.47"],
      ["Developing prosperity", "-£733,000", "-£18.85"],
      ["A good council", "£6,335,000", "£162.89"],
      ["Covid-19 - Response and ongoing impact", "£289,000", "£7.43"],
      ["Covid-19 - Risk or recovery contingency", "£1,141,000", "£29.34"],
      ["Net cost of services", "£11,903,000", "£306.06"],
      ["Business rates", "-£3,122,000", "-£80.27"],
      ["New homes bonus", "-£1,282,000", "-£32.96"],
      ["Amount to be raised from council tax", "£7,198,000", "£185.07"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 2 ? [r[0], r[1], "£78.47"] : r)))).toEqual(["C3"]);
  });
});

describe("readings found in the ninth round's misses", () => {
  test("a line is never worked from another year's line of a measure its own year has", () => {
    // SESLIP 2024: children looked after by region, and the share placed in their own region.
    const cells: Cell[][] = [
      ["", "2023", "", "", "2024", "", ""],
      [
        "Region",
        "Count of CLA",
        "Count placed",
        "% CLA placed",
        "Count of CLA",
        "Count placed",
        "% CLA placed",
      ],
      ["East Midlands", "6620", "5520", "83%", "6570", "5440", "83%"],
      ["East of England", "7050", "5870", "83%", "6870", "5710", "83%"],
      ["London", "9680", "7470", "77%", "9640", "7430", "77%"],
      ["North East", "5970", "5510", "92%", "6110", "5570", "91%"],
      ["North West", "15150", "14210", "94%", "15090", "14140", "94%"],
      ["South East", "11260", "9160", "81%", "11180", "8990", "80%"],
      ["England", "55730", "47740", "86%", "55460", "47280", "85%"],
    ];
    const words = checkTable(cells).relations.map((r) => r.words);
    expect(words).not.toContain("2024 % CLA placed = 2023 % CLA placed");
    expect(words.filter((w) => w.startsWith("2024") && w.includes("2023"))).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [...r.slice(0, 5), "4730", r[6]] : r)))).toEqual([
      "F5",
    ]);
  });

  test("a balance for the year is what income leaves of spending", () => {
    // Sandwell 2018: parking income and expenditure, income printed negative.
    const cells: Cell[][] = [
      ["", "Excluding Bus Lane", "Bus Lane", "Total"],
      ["Expenditure", "", "", ""],
      ["Premises Costs", "£255,564.43", "£0.00", "£255,564.43"],
      ["Supplies and Services", "£1,406,032.54", "£124,101.09", "£1,530,133.63"],
      ["Support Services Costs", "£36,400.00", "£0.00", "£36,400.00"],
      ["Total Expenditure", "£1,697,996.97", "£124,101.09", "£1,822,098.06"],
      ["Income", "", "", ""],
      ["Penalty Charges", "-£872,663.65", "-£989,691.78", "-£1,862,355.43"],
      ["Pay and Display Machines", "-£707,452.29", "£0.00", "-£707,452.29"],
      ["Season Tickets, Permits, Fees Etc.", "-£680,614.21", "£0.00", "-£680,614.21"],
      ["Other Income", "-£14,021.50", "£0.00", "-£14,021.50"],
      ["Total Income", "-£2,274,751.65", "-£989,691.78", "-£3,264,443.43"],
      ["Balance 2017-18", "-£576,754.68", "-£865,590.69", "-£1,442,345.37"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "Balance 2017-18 = Total Expenditure + Total Income"
    );
    expect(flagged(cells)).toEqual([]);
    expect(
      flagged(cells.map((r, i) => (i === 12 ? [r[0], "-£576,745.68", r[2], r[3]] : r)))
    ).toEqual(["B13"]);
  });

  test("a surplus below a total and the line after it is their difference, by its labels", () => {
    // Elmbridge: off-street car parking, income after total expenditure (two years added to its one).
    const cells: Cell[][] = [
      ["Item", "2023/24", "2022/23", "2021/22"],
      ["Expenditure: Employees", "£251,507", "£240,000", "£230,000"],
      ["Expenditure: Running expenses", "£1,377,259", "£1,300,000", "£1,250,000"],
      ["Expenditure: Depreciation", "£96,302", "£90,000", "£85,000"],
      ["Expenditure: Central costs charges", "£427,615", "£400,000", "£380,000"],
      ["Total expenditure", "£2,152,683", "£2,030,000", "£1,945,000"],
      ["Income", "£4,035,945", "£3,900,000", "£3,500,000"],
      ["Surplus", "£1,883,262", "£1,870,000", "£1,555,000"],
    ];
    const surplus = checkTable(cells).relations.find(
      (r) => r.words === "Surplus = Income - Total expenditure"
    );
    expect(surplus?.source).toBe("labels");
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 7 ? [r[0], "£1,833,262", r[2], r[3]] : r)))).toEqual([
      "B8",
    ]);
  });

  test("a line carried onto a total may be blank where there is nothing to carry", () => {
    // A charity's 2023 statement of financial activities: transfers between funds, none in 2022.
    const cells: Cell[][] = [
      ["", "Unrestricted funds £", "Restricted funds £", "Total 2023 £", "Total 2022 £"],
      ["Total income", "811,291", "", "811,291", "903,265"],
      ["Total expenditure", "934,738", "", "934,738", "901,844"],
      ["Net (expenditure) income", "(123,447)", "", "(123,447)", "1,421"],
      ["Transfers between funds", "16,219", "(16,219)", "", ""],
      ["Net movement in funds", "(107,228)", "(16,219)", "(123,447)", "1,421"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 5 ? [...r.slice(0, 4), "1,241"] : r)))).toEqual([
      "E6",
    ]);
  });

  test("Great Britain is the total of its countries", () => {
    // DWP 2004: the cost of administering council tax benefit, £ million.
    const cells: Cell[][] = [
      ["", "£ million"],
      ["England", "229"],
      ["Wales", "12"],
      ["Scotland", "19"],
      ["Great Britain", "259"],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 4 ? [r[0], "295"] : r)))).toEqual(["B5"]);
  });

  test("an N year total under the lines of its years is their sum", () => {
    // DEFRA 2008: flood and coastal erosion funding, a baseline year and the three CSR years.
    const cells: Cell[][] = [
      ["£ millions", "LA Own Spend", "Retained in DEFRA", "EA Resource", "Capital Programme"],
      ["2007-08 Baseline", "86", "0", "247", "259"],
      ["2008-09", "87", "4", "251", "308"],
      ["2009-10", "87", "20.5", "258", "334.5"],
      ["2010-11", "87", "38", "279", "400"],
      ["CSR 3 Year total", "261", "62.5", "788", "1,042.5"],
    ];
    expect(checkTable(cells).relations.map((r) => r.words)).toContain(
      "CSR 3 Year total = 2008-09 + 2009-10 + 2010-11"
    );
    expect(flagged(cells)).toEqual([]);
    expect(flagged(cells.map((r, i) => (i === 3 ? [r[0], r[1], r[2], "285", r[4]] : r)))).toEqual([
      "D4",
    ]);
  });
});

describe("readings corrected after the tenth round's false flags", () => {
  test("noughts among a sum's parts are no evidence that it adds without rounding", () => {
    // Hurunui 2012: governance funding impact statement, $000, one year a thousand out by rounding.
    const years = ["2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17"];
    const more = ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"];
    const zeros = Array.from({ length: 11 }, () => "0");
    const cells: Cell[][] = [
      ["$000", ...years, ...more],
      [
        "General rates",
        "882",
        "991",
        "1,052",
        "1,158",
        "1,096",
        "1,186",
        "1,245",
        "1,205",
        "1,310",
        "1,374",
        "1,336",
      ],
      ["Targeted rates", ...zeros],
      ["Subsidies and grants", ...zeros],
      ["Fees and charges", ...zeros],
      ["Internal charges", ...zeros],
      [
        "Fuel tax, fines and other receipts",
        "28",
        "16",
        "17",
        "17",
        "18",
        "18",
        "19",
        "19",
        "20",
        "20",
        "21",
      ],
      [
        "Total operating funding",
        "910",
        "1,007",
        "1,069",
        "1,175",
        "1,114",
        "1,204",
        "1,264",
        "1,224",
        "1,330",
        "1,395",
        "1,357",
      ],
    ];
    expect(flagged(cells)).toEqual([]);
    expect(
      flagged(cells.map((r, i) => (i === 7 ? [...r.slice(0, 4), "1,096", ...r.slice(5)] : r)))
    ).toEqual(["E8"]);
  });
});

describe("readings corrected after the tenth round's false flags, studied", () => {
  // NHS Vale of York CCG 2016: key financial measures, each variance favourable positive.
  const measures: Cell[][] = [
    ["Indicator", "Target £000", "Actual £000", "Variance £000"],
    ["Achieve planned surplus", "2,959", "132", "-2,826"],
    ["Programme expenditure within allocation", "329,983", "330,428", "-445"],
    ["Running costs within allocation", "5,701", "5,124", "577"],
    ["Better Payment Practice Code (Value)", "95.00%", "99.58%", "4.58%"],
    ["Better Payment Practice Code (Number)", "95.00%", "97.19%", "2.19%"],
    ["Cash balance at month end", "464", "16", "448"],
  ];
  const edit = (row: number, text: string) =>
    measures.map((r, i) => (i === row ? [...r.slice(0, 3), text] : r));

  test("a variance signed line by line keeps each line's own way round", () => {
    expect(flagged(measures)).toEqual([]);
    expect(flagged(edit(3, "557"))).toEqual(["D4"]);
    expect(flagged(edit(4, "4.85%"))).toEqual(["D5"]);
  });

  test("noughts and rounding that let both ways round hold on the same lines are no convention", () => {
    // Warwickshire 2010: spending allocations, £000; "Carbon reduction commitment" is no variance.
    const allocations: Cell[][] = [
      ["Description", "2010/11", "2011/12", "2012/13", "2013/14"],
      ["Preparation of minerals and waste plan", "0", "75", "0", "(75)"],
      ["Medium term financial plan allocation", "1", "0", "0", "0"],
      ["Carbon reduction commitment", "0", "109", "(1)", "(108)"],
    ];
    expect(flagged(allocations)).toEqual([]);
  });
});

describe("causes weighed after the tenth round's study", () => {
  test("a figure rounded the wrong way is no more specific a cause than a slipped digit", () => {
    // Metropolitan Police Authority 2001: budget monitoring at month 4, £000 and whole per cent.
    const monitoring: Cell[][] = [
      ["", "Annual Budget", "Full Yr Forecast", "Full Yr Variance", "%"],
      ["Staffing Costs", "1,510", "1,499", "-11", "-1"],
      ["Members Allowances", "194", "173", "-21", "-11"],
      ["Recruitment", "45", "125", "80", "178"],
      ["Training & Conferences", "26", "44", "18", "69"],
      ["Membership Subscriptions", "75", "129", "54", "72"],
      ["Meetings", "75", "65", "-10", "-13"],
      ["Public Relations", "50", "66", "16", "32"],
      ["Office Supplies", "148", "132", "-16", "-11"],
      ["IS/IT", "100", "70", "-30", "-30"],
      ["Telephony", "18", "21", "3", "17"],
    ];
    expect(flagged(monitoring)).toEqual([]);
    expect(flagged(monitoring.map((r, i) => (i === 3 ? [...r.slice(0, 4), "172"] : r)))).toEqual([
      "E4",
    ]);
  });
});

describe("readings found in the tenth round's misses", () => {
  // LGA 2021: projected net expenditure by service, £ billions.
  const services: Cell[][] = [
    [
      "",
      "2021/22",
      "2022/23",
      "2023/24",
      "2024/25",
      "Average annual increase",
      "Change 21/22 to 24/25",
    ],
    ["Adult social care", "20.0", "21.1", "22.3", "23.3", "1.1", "16.6%"],
    ["Children's social care", "10.9", "11.4", "12.1", "12.6", "0.6", "15.9%"],
    ["Homelessness", "0.9", "1.0", "1.1", "1.2", "0.1", "27.2%"],
    ["All other services", "20.1", "20.9", "22.1", "22.6", "0.8", "12.5%"],
    ["Total net expenditure", "51.8", "54.3", "57.5", "59.6", "2.6", "15.0%"],
  ];
  const edit = (cells: Cell[][], row: number, column: number, text: string) =>
    cells.map((r, i) => r.map((c, j) => (i === row && j === column ? text : c)));

  test("a change named by its two years is worked from those years' lines", () => {
    expect(flagged(services)).toEqual([]);
    const words = checkTable(services).relations.map((r) => r.words);
    expect(words).toContain("Change 21/22 to 24/25 = (2024/25 - 2021/22) / 2021/22");
    expect(flagged(edit(services, 5, 6, "15.7%"))).toEqual(["G6"]);
  });

  test("a total that no longer adds up is blamed, not a part, where the change confirms it", () => {
    expect(flagged(edit(services, 5, 1, "52.8"))).toEqual(["B6"]);
  });

  // British Columbia 2003: totals in two columns of figures (a total and an adjusted total).
  const twoColumns: Cell[][] = [
    ["$000", "Total", "Adjustments", "Adjusted Total"],
    ["Boards, commissions and courts", "12,664", "—", "12,664"],
    ["Public servant travel", "61,595", "—", "61,595"],
    ["Professional services", "491,742", "(5,870)", "485,872"],
    ["Information systems", "276,306", "(137,730)", "138,576"],
    ["Office and business expenses", "85,353", "—", "85,353"],
    ["Operating costs", "927,660", "(143,600)", "784,060"],
    ["Transfers - grants", "670,828", "—", "670,828"],
    ["Transfers - entitlements", "13,441,257", "—", "13,441,257"],
    ["Transfers - agreements", "5,415,217", "—", "5,415,217"],
    ["Government transfers", "19,527,302", "—", "19,527,302"],
  ];

  test("a line summing the run above it is a total in both columns, so a break in one is a finding", () => {
    expect(flagged(twoColumns)).toEqual([]);
    expect(flagged(edit(twoColumns, 8, 1, "13,414,257"))).toEqual(["B9"]);
    expect(flagged(edit(twoColumns, 10, 1, "19,523,702"))).toEqual(["B11"]);
  });

  test("a total by its place is weighed against the runs the search screened, not every form it tried", () => {
    const twoYears: Cell[][] = [
      ["$", "2002/03", "2003/04"],
      ["Boards, commissions and courts", "12,664", "13,012"],
      ["Public servant travel", "61,595", "58,230"],
      ["Professional services", "491,742", "503,118"],
      ["Information systems", "276,306", "281,947"],
      ["Office and business expenses", "85,353", "90,006"],
      ["Operating costs", "927,660", "946,313"],
    ];
    expect(flagged(twoYears)).toEqual([]);
    expect(flagged(edit(twoYears, 6, 1, "972,660"))).toEqual(["B7"]);
  });

  test("a total weighed on one figure is not taken where its one break is at a figure another relation holds", () => {
    // A hospice charity's 2022 accounts (in £000 there; in pounds here, so that the one figure
    // where the wider total holds is evidence enough): the cost line above the labelled total's lines.
    const contribution: Cell[][] = [
      ["", "Income", "Expenditure", "Contribution", "2021"],
      ["Cost of delivering hospice services", "", "8,159,000", "(8,159,000)", "(7,883,000)"],
      ["This cost is funded by the following sources:", "", "", "", ""],
      ["Grants", "6,821,000", "o", "6,821,000", "7,335,000"],
      ["Fundraising", "1,766,000", "930,000", "836,000", "865,000"],
      ["Legacies", "9,727,000", "", "9,727,000", "2,405,000"],
      ["Lottery", "452,000", "184,000", "268,000", "283,000"],
      ["Trading", "4,156,000", "4,161,000", "(5,000)", "(459,000)"],
      ["Investment Income", "202,000", "38,000", "164,000", "170,000"],
      ["Gains/Losses in value of investments", "113,000", "o", "113,000", "965,000"],
      ["Other Income", "116,000", "116,000", "o", "(430,000)"],
      ["Total Contribution", "23,353,000", "5,429,000", "17,924,000", "11,134,000"],
    ];
    expect(flagged(contribution)).toEqual([]);
  });

  test("what the funding leaves of the budget requirement is met from reserves", () => {
    // Arun 2024: planned net expenditure and how it is financed, £'000.
    const financed: Cell[][] = [
      ["£'000", "2024 to 2025", "2023 to 2024"],
      ["Net cost of services", "28,372", "28,457"],
      ["Corporate costs", "4,803", "5,048"],
      ["Total Net Budget Requirement", "33,175", "33,505"],
      ["Retained Business Rates", "(8,032)", "(7,626)"],
      ["New Homes Bonus", "(1,378)", "(616)"],
      ["Other Non-Ringfenced Grants", "(1,080)", "(1,641)"],
      ["Council Tax Income", "(18,981)", "(18,283)"],
      ["Collection Fund: Deficit/(Surplus)", "(148)", "(152)"],
      ["Total Financed By", "(29,619)", "(28,318)"],
      ["Funded from Usable Revenue Reserves", "3,556", "5,187"],
    ];
    expect(flagged(financed)).toEqual([]);
    expect(flagged(edit(financed, 10, 1, "3,956"))).toEqual(["B11"]);
    expect(flagged(edit(financed, 10, 2, "1,587"))).toEqual(["C11"]);
  });

  test("in a long list, two lines that happen to add up to the next in one column are no total", () => {
    // DfE 2020 staying put allocations: 150 councils by region; the East of England's first two
    // add up to Cambridgeshire, within a pound, in 2019/20 alone.
    let seed = 7;
    const amount = () => {
      seed = (seed * 48271) % 2147483647;
      return 40000 + (seed % 500000);
    };
    const pounds = (n: number) => n.toLocaleString("en-GB");
    const councils: Cell[][] = Array.from({ length: 150 }, (_, i) => [
      `Council ${i + 1}`,
      pounds(amount()),
      `£${pounds(amount())}`,
    ]);
    councils[79] = ["East of England", "", ""];
    councils[80] = ["Bedford Borough", "82,345", "£67,789"];
    councils[81] = ["Central Bedfordshire", "91,846", "£58,105"];
    councils[82] = ["Cambridgeshire", "174,192", "£209,823"];
    const list: Cell[][] = [["", "2019/20 allocation", "2020/21 allocation"], ...councils];
    expect(flagged(list)).toEqual([]);
  });

  test("a total that holds in half of many columns is still not taken for a rule", () => {
    const half: Cell[][] = [
      ["", "North", "South", "East", "West"],
      ["Homes", "1,204", "2,311", "3,517", "4,102"],
      ["Hostels", "3,395", "1,452", "2,903", "1,877"],
      ["Either", "4,599", "3,763", "5,200", "5,000"],
    ];
    expect(flagged(half)).toEqual([]);
  });
});

describe("readings found in the eleventh round's misses", () => {
  test("columns headed 'per this report' are amounts, not rates per unit", () => {
    // Burnley 2017: capital budget monitoring, green spaces, in pounds.
    const capital: Cell[][] = [
      ["", "", "Adjustments Per This Report", "", ""],
      ["Scheme Name", "Budget as at Exec", "Adjustments", "Revised Budget", "Total Spend"],
      ["Restoration Project", "940,176", "", "940,176", "31,469"],
      ["Towneley Hall Building Works", "100,000", "", "100,000", "-"],
      ["Vehicle & Machinery Replacement", "88,138", "", "88,138", "11,111"],
      ["Extension of Cemetery", "421,087", "(400,000)", "21,087", "-"],
      ["Towneley Hall Overspill Car Park", "38,500", "", "38,500", "195"],
      ["Calder Park Sport & Play Equipment", "-", "13,700", "13,700", "-"],
      ["Brun Valley Forest Park", "-", "10,486", "10,486", "-"],
      ["", "1,587,901", "(375,814)", "1,212,087", "42,775"],
    ];
    expect(flagged(capital)).toEqual([]);
    expect(
      flagged(capital.map((r, i) => (i === 5 ? [...r.slice(0, 3), "21,807", r[4]] : r)))
    ).toEqual(["D6"]);
    expect(hintsOf("Revised budget as per this report").perUnit).toBe(false);
    expect(hintsOf("Cost per pupil").perUnit).toBe(true);
  });
});

describe("readings found in the twelfth round's misses", () => {
  const edit = (cells: Cell[][], row: number, column: number, text: string): Cell[][] =>
    cells.map((r, i) => (i === row ? r.map((c, j) => (j === column ? text : c)) : r));

  test("'% incr.' and '£ incr.' are a change, and one '(6 %)' among plain percentages is a note", () => {
    // Little Melton parish council's 2009/10 budget: each year's amount, % and £ increase.
    const budget: Cell[][] = [
      ["", "2008 / 2009", "", "", "2009 / 2010", "", ""],
      ["", "Amount", "% incr.", "£ incr.", "Amount", "% incr.", "£ incr."],
      ["Clerks renumeration", "£5,060", "20.2", "£852", "£5,566", "10.0", "£506"],
      ["Telephone", "£240", "3.7", "£8", "£252", "5.0", "£12"],
      ["Stationery", "£370", "3.3", "£12", "£389", "5.0", "£19"],
      ["Audit Fees", "£160", "3.7", "£6", "£168", "5.0", "£8"],
      ["Contingency", "£100", "", "", "£150", "(6 %)", "£50"],
    ];
    expect(flagged(budget)).toEqual([]);
    expect(flagged(edit(budget, 4, 5, "7.0"))).toEqual(["F5"]);
    expect(flagged(edit(budget, 3, 6, "£21"))).toEqual(["G4"]);
    // With no earlier year printed, 2008/09's % is of its amount less its £ increase.
    expect(flagged(edit(budget, 3, 2, "7.3"))).toEqual(["C4"]);
    // Ilam parish meeting 2018: noughts printed without "%" leave a column of percentages one.
    const variances: Cell[][] = [
      ["Section 2", "2016/17 £", "2017/18 £", "Variance £", "Variance %"],
      ["Box 2 Precept", "£600", "£800", "£200", "33%"],
      ["Box 3 Total other receipts", "£164", "£8", "£156", "95%"],
      ["Box 4 Staff costs", "0", "0", "0", "0"],
      ["Box 5 Loan interest", "0", "0", "0", "0"],
      ["Box 6 All other payments", "£1144", "£558", "£586", "51%"],
    ];
    expect(flagged(edit(variances, 2, 4, "59%"))).toEqual(["E3"]);
  });

  test("shares in two blocks are each of the total closing their block", () => {
    // Open College of the Arts 2017-18: income shares, then expenditure shares.
    const accounts: Cell[][] = [
      ["Income", "£", "%"],
      ["Tuition Fees", "1,572,599", "88%"],
      ["Funding Council Grants", "192,084", "11%"],
      ["Other Income", "16,712", "1%"],
      ["Total", "1,781,395", "100%"],
      ["Expenditure", "£", "%"],
      ["Staff Costs", "820,426", "47%"],
      ["Other Operating Expenses", "925,660", "52%"],
      ["Depreciation", "11,841", "1%"],
      ["Total", "1,757,927", "100%"],
    ];
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(edit(accounts, 6, 2, "57%"))).toEqual(["C7"]);
  });

  test("what a line includes, in brackets, makes it no total", () => {
    // 1966 Civil Estimates, Class VIII: a numbered list of museums' grants.
    const estimates: Cell[][] = [
      ["", "£"],
      ["1. British Museum", "1,192,000"],
      ["2. Science Museum", "325,000"],
      ["3. Victoria and Albert Museum (including a Supplementary sum of £30,000)", "538,000"],
      ["4. Imperial War Museum", "104,000"],
    ];
    expect(flagged(estimates)).toEqual([]);
    expect(hintsOf("Victoria and Albert Museum (including a Supplementary sum)").aggregate).toBe(
      undefined
    );
    expect(hintsOf("Sum of the above (excluding VAT)").aggregate).toBe("total");
  });

  test("account codes before the labels are no figures, and a heading with a stray nil heads its section", () => {
    // Newbury town council's 2020/21 budget: cost centres with their lines' codes.
    const budget: Cell[][] = [
      ["", "", "Agreed Budget", "Actual YTD", "Projected", "Budget 2020/21", "Variance", ""],
      ["100", "Staff", "", "", "", "", "", ""],
      ["4000", "Salaries/NI/PAYE", "431,000", "289,111", "431,000", "456,500", "(25,500)", ""],
      ["4010", "Misc Staff Expenses", "2,500", "1,632", "2,500", "2,500", "-", ""],
      [
        "4045",
        "Salary Reallocation",
        "(428,403)",
        "(289,048)",
        "(431,000)",
        "(451,625)",
        "23,222",
        "",
      ],
      ["", "Expenditure", "5,097", "1,695", "2,500", "7,375", "(2,278)", "-"],
      ["110", "Central Services", "", "", "", "", "", "-"],
      ["4045", "Salary Reallocation", "25,931", "17,496", "25,931", "28,394", "(2,463)", ""],
      ["4050", "Bank Charges", "2,000", "1,422", "2,000", "2,000", "-", ""],
      ["4055", "Election Expenses", "5,000", "-", "5,000", "-", "5,000", ""],
      ["4060", "NYC", "300", "9", "300", "300", "-", ""],
      ["4065", "Local Democracy Week", "300", "295", "295", "600", "(300)", ""],
      ["", "Expenditure", "33,531", "19,222", "33,526", "31,294", "2,237", "-"],
      ["1090", "Interest Received", "3,200", "3,918", "5,000", "5,000", "(1,800)", ""],
      ["1990", "Miscellaneous Income", "-", "5", "5", "5", "(5)", ""],
      ["", "Total Income", "3,200", "3,923", "5,005", "5,005", "(1,805)", "-"],
      ["110", "Net Expenditure", "30,331", "15,299", "28,521", "26,289", "4,042", "-"],
    ];
    // The cost centre's code is not its net expenditure.
    expect(flagged(budget)).toEqual([]);
    expect(flagged(edit(budget, 12, 3, "19,822"))).toEqual(["D13"]);
  });

  test("an unlabelled line under a run of items is their subtotal, and expenditure over income their difference", () => {
    // Waddington parish council's 2020/21 budget: a section's items, its income, what is left.
    const budget: Cell[][] = [
      ["Estimated Expenditure 2020/2021", ""],
      ["Administration", ""],
      ["Salaries - Clerk", "27,825"],
      ["Office Assistants (Admin & Project)", "10,870"],
      ["Pension", "1,573"],
      ["Insurance", "5,000"],
      ["", "45,268"],
      ["Interest Received", "50"],
      ["Photocopying Income", "50"],
      ["", "100"],
      ["Expenditure over income", "45,168"],
    ];
    expect(flagged(budget)).toEqual([]);
    expect(flagged(edit(budget, 10, 1, "45,268"))).toEqual(["B11"]);
    expect(flagged(edit(budget, 6, 1, "45,628"))).toEqual(["B7"]);
  });
});

describe("readings corrected after the twelfth round's false flags, studied", () => {
  test("a bank reconciliation takes away the cheques not presented, and a restated total is no copy", () => {
    // Manordeilo and Salem community council's 2018/19 accounts, as printed.
    const accounts: Cell[][] = [
      ["Audited Accounts For Financial Year Ending 31st March 2019", ""],
      ["Staff Costs", "5,120.00"],
      ["General Administration", "£1,633.80"],
      ["Other", "£1,516.07"],
      ["TOTAL EXPENDITURE", "£8,269.87"],
      ["Expenditure", "£8,269.87"],
      ["Income minus expenditure", "£5,241.69"],
      ["Bank Statement as at 31st March 2019", "£5,641.69"],
      [
        "Less Cheques not presented: 1291-£50.00,1295-£100.00, 1296-£100.00, 1299-£50.00",
        "£400.00",
      ],
      ["Closing Balance 31st March 2018", "£5,241.69"],
    ];
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(accounts.map((r, i) => (i === 9 ? [r[0], "£5,421.69"] : r)))).toEqual(["B10"]);
  });
});

describe("readings found in the thirteenth round's study", () => {
  test("shares under two headings, with no total printed, are each of their block's sum", () => {
    // Hospiscare 2011/12: income shares, then expenditure shares.
    const hospice: Cell[][] = [
      ["Hospiscare income 2011/12", "", ""],
      ["Voluntary funding", "£2,750,501", "55%"],
      ["Retail and Lottery", "£794,671", "16%"],
      ["NHS Devon grant", "£1,250,064", "25%"],
      ["Education", "£235,991", "5%"],
      ["Hospiscare expenditure 2011/12", "", ""],
      ["Patient care", "£4,295,588", "88%"],
      ["Other expenditure", "£581,513", "12%"],
    ];
    expect(flagged(hospice)).toEqual([]);
    expect(flagged(hospice.map((r, i) => (i === 6 ? [r[0], r[1], "78%"] : r)))).toEqual(["C7"]);
  });

  test("a total beside nothing but dashes was not broken down, and 'Lower Penn' is a place", () => {
    // Department of Social Security 1991: claimants in nursing homes (thousands).
    const claimants: Cell[][] = [
      ["Date", "Over pension age", "Under pension age", "Total"],
      ["December 1985", "12", "2", "14"],
      ["February 1986", "18", "2", "20"],
      ["August 1986", "—", "—", "28"],
      ["May 1987", "28", "4", "32"],
      ["May 1988", "39", "4", "43"],
    ];
    expect(flagged(claimants)).toEqual([]);
    expect(flagged(claimants.map((r, i) => (i === 4 ? [...r.slice(0, 3), "23"] : r)))).toEqual([
      "D5",
    ]);
    expect(hintsOf("Lower Penn").less).toBe(false);
    expect(hintsOf("Less: income").less).toBe(true);
  });
});

describe("readings found in the fourteenth round's stop, from the studied rounds", () => {
  // A charity's balance sheet (charity 1177626, 2023), as printed: row 11 is the current assets' sum.
  const balanceSheet: Cell[][] = [
    ["", "", "Unrestricted", "Restricted", "Total"],
    ["FIXED ASSETS", "", "", "", ""],
    ["Tangible assets", "7", "7,525", "", "7,525"],
    ["CURRENT ASSETS", "", "", "", ""],
    ["Debtors", "", "(30)", "760", "730"],
    ["Prepayments and accrued income", "", "9,665", "17,167", "26,832"],
    ["Cash at bank and in hand", "", "541,526", "215,857", "757,383"],
    ["", "", "551,161", "233,784", "784,945"],
    ["CREDITORS", "", "", "", ""],
    ["Amounts falling due within one year", "9", "(12,302)", "(227,092)", "(239,394)"],
    ["NET CURRENT ASSETS", "", "538,859", "6,692", "545,551"],
    ["TOTAL ASSETS LESS CURRENT LIABILITIES", "", "546,384", "6,692", "553,076"],
  ];

  test("an unlabelled line that adds up its run in every column is their subtotal", () => {
    expect(flagged(balanceSheet)).toEqual([]);
    expect(
      flagged(balanceSheet.map((r, i) => (i === 11 ? [...r.slice(0, 3), "6,962", r[4]] : r)))
    ).toEqual(["D12"]);
  });

  test("a total copied from the line above is not read as that line alone", () => {
    // A second charity's net current assets (charity 243592, 2022), over two years.
    const assets: Cell[][] = [
      ["", "2022", "2021"],
      ["Debtors", "11,174", "15,470"],
      ["Investments", "949,805", "897,588"],
      ["Cash at bank and in hand", "21,855", "20,640"],
      ["", "982,834", "933,698"],
      ["Amounts falling due within one year", "(27,436)", "(26,336)"],
      ["NET CURRENT ASSETS", "955,398", "907,362"],
    ];
    expect(flagged(assets)).toEqual([]);
    expect(flagged(assets.map((r, i) => (i === 6 ? [r[0], "(27,436)", r[2]] : r)))).toEqual(["B7"]);
  });
});

describe("readings found in the fourteenth round's study", () => {
  test("a line between two single figures is no total by its place (a garden club's movements)", () => {
    // Hartest and District Garden Club 2016/17, as printed: no line totals another here.
    const movements: Cell[][] = [
      ["Summary of Movements", "31/10/16", "16/07/2017"],
      ["Bank balance", "429.31", ""],
      ["Cash Balance", "269.98", "699.29"],
      ["Income", "3170.85", ""],
      ["Expenditure", "2442.03", "779.62"],
      ["Bank balance", "1295.03", ""],
      ["Cash balance", "183.88", "1478.91"],
    ];
    expect(flagged(movements)).toEqual([]);
  });

  test("a total per annum of a weekly allowance and a fee is their sum x 52, read exactly", () => {
    // Rochdale's foster carer allowances, level 2 (whole pounds, so x 52 is exact).
    const allowances: Cell[][] = [
      ["Age", "Basic weekly allowance", "Skills payment", "Total per annum"],
      ["0-4", "£128", "£75", "£10,556"],
      ["5-10", "£141", "£75", "£11,232"],
      ["11-15", "£161", "£75", "£12,272"],
      ["16+", "£188", "£75", "£13,676"],
    ];
    expect(flagged(allowances)).toEqual([]);
    // Nine pounds out is within what ±50p rates x 52 would allow, but these rates are exact.
    expect(
      flagged(allowances.map((r, i) => (i === 2 ? [...r.slice(0, 3), "£11,223"] : r)))
    ).toEqual(["D3"]);
    expect(
      flagged(allowances.map((r, i) => (i === 3 ? [r[0], "£116", ...r.slice(2)] : r)))
    ).toEqual(["B4"]);
  });

  test("daily allowances x 7 exact on four rows of five are not yet read without rounding", () => {
    // Middlesbrough's fostering allowances, 2023: £22.72 is £159.00 / 7 rounded up, as printed.
    const allowances: Cell[][] = [
      ["Age", "Weekly allowance", "Daily allowance"],
      ["0 – 2", "£154.00", "£22.00"],
      ["3 – 4", "£159.00", "£22.72"],
      ["5 – 10", "£175.00", "£25.00"],
      ["11 – 15", "£202.58", "£28.94"],
      ["16+", "£246.47", "£35.21"],
    ];
    expect(flagged(allowances)).toEqual([]);
  });

  test("a total 'excluding' a line leaves that line out", () => {
    // The Office of Rail Regulation's government support to the rail industry (£m).
    const support: Cell[][] = [
      [
        "Financial year",
        "Central government grants",
        "PTE grants",
        "Direct rail support",
        "Other elements of government support",
        "Total government support excluding PTE grants",
        "Total government support including PTE grants",
      ],
      ["2001-02", "731", "306", "684", "105", "1,520", "1,826"],
      ["2002-03", "935", "304", "1,166", "183", "2,284", "2,588"],
      ["2003-04", "1,359", "414", "1,670", "179", "3,208", "3,622"],
    ];
    expect(flagged(support)).toEqual([]);
    expect(
      flagged(support.map((r, i) => (i === 2 ? [...r.slice(0, 5), "2,248", r[6]] : r)))
    ).toEqual(["F3"]);
  });

  test("an unlabelled subtotal of two columns stays one when a slip breaks it in one", () => {
    // Ministry of Agriculture, Fisheries and Food, 1984 (£m; the Intervention Board's other lines taken together).
    const premiums: Cell[][] = [
      ["", "Outturn 1983-84", "Latest forecast of outturn 1984-85"],
      ["(i) Expenditure by the Intervention Board", "", ""],
      ["Cereals", "120.8", "357.8"],
      ["Beef and Veal", "263.9", "322.5"],
      ["Others", "894.5", "625.8"],
      ["", "1,279.2", "1,306.1"],
      ["(ii) Expenditure by the Agricultural Departments", "", ""],
      ["Milk Non-Marketing Premiums", "13.3", "12.7"],
      ["Suckler Cow Premium Scheme", "15.7", "27.8"],
      ["Annual Premium on Ewes", "66.3", "77.5"],
      ["", "95.3", "118.0"],
      ["Grand Total", "1,374.5", "1,424.1"],
    ];
    expect(flagged(premiums)).toEqual([]);
    expect(flagged(premiums.map((r, i) => (i === 10 ? [r[0], "59.3", r[2]] : r)))).toEqual(["B11"]);
  });

  test("a year's rate divided into weeks and into months is read from both", () => {
    // Belfast City Council's district rate increase, 2025/26.
    const rates: Cell[][] = [
      ["Property", "per week", "per month", "per year"],
      ["house", "£0.64", "£2.76", "£33.15"],
      ["office unit", "£10.39", "£45.01", "£540.14"],
      ["retail unit", "£8.51", "£36.87", "£442.49"],
    ];
    expect(flagged(rates)).toEqual([]);
    expect(flagged(rates.map((r, i) => (i === 1 ? [r[0], r[1], "£2.67", r[3]] : r)))).toEqual([
      "C2",
    ]);
  });

  test("a total whose lines are left blank in one column was not broken down there", () => {
    // Hartington Village Hall's budget plan, 2023/24: the half year's hire is given only in total.
    const income: Cell[][] = [
      ["", "2022/3 Actuals", "2023/4 Forecast", "Sept 2023 - Feb 2024 actuals"],
      ["Local Hire", "£10,423", "£11,000", ""],
      ["External Hire", "£2,078", "£2,500", ""],
      ["TOTAL HIRE", "£12,501", "£13,500", "£7530"],
      ["Small Society Lottery", "£5,700", "£5,650", "£2625"],
      ["Donations", "£1508", "£300", "£132"],
      ["Gift Aid", "£638", "£50", "£25"],
      ["TOTAL ADDITIONAL INCOME", "£7,846", "£6,000", "£2782"],
    ];
    expect(flagged(income)).toEqual([]);
    expect(flagged(income.map((r, i) => (i === 3 ? [r[0], "£12,051", r[2], r[3]] : r)))).toEqual([
      "B4",
    ]);
  });

  test("a cash flow is income less expenditure", () => {
    // Hadleigh and Monks' Eleigh United Reformed Church, December 2017.
    const summary: Cell[][] = [
      ["Summary.", "Last Period", "Present Period"],
      ["Income", "£   9,282.63", "£   5,945.50"],
      ["Expenditure", "£  10,892.86", "£   5,535.89"],
      ["Cash Flow", "(£1,610.23)", "£ 409.61"],
    ];
    expect(flagged(summary)).toEqual([]);
    expect(flagged(summary.map((r, i) => (i === 3 ? [r[0], "(£1,660.23)", r[2]] : r)))).toEqual([
      "B4",
    ]);
  });

  test("an amount transferred from reserves is what the funding leaves of the spending", () => {
    // Hereford and Worcester Fire Authority's council tax resolution, 2016/17, as printed.
    const resolution: Cell[][] = [
      ["a) the aggregate expenditure it will incur will be", "£33,055,000.00"],
      ["b) the aggregate income it will receive will be", "£11,572,980.00"],
      ["c) the net amount transferred from financial reserves will be", "£631,000.00"],
      ["d) the net amount of its Council Tax Requirement will be", "£20,851,020.00"],
      ["e) the basic amount of Council Tax will be", "£78.00 (Band D)"],
      ["f) the precept demands on the individual Billing Authorities are:", ""],
      ["- Bromsgrove", "£2,761,550.31"],
      ["- Herefordshire", "£5,216,038.18"],
      ["- Malvern Hills", "£2,291,088.98"],
      ["- Redditch", "£1,961,249.23"],
      ["- Worcester", "£2,390,128.42"],
      ["- Wychavon", "£3,678,286.20"],
      ["- Wyre Forest", "£2,552,678.68"],
    ];
    expect(flagged(resolution)).toEqual([]);
    expect(checkTable(resolution).relations.map((r) => r.words)).toContain(
      "d) the net amount of its Council Tax Requirement will be = a) the aggregate expenditure it will incur will be - b) the aggregate income it will receive will be - c) the net amount transferred from financial reserves will be"
    );
  });
});

describe("readings found in the fifteenth round's study", () => {
  test("a labelled line that adds up its run in every column is their subtotal", () => {
    // NHS London's month 4 financial position, 2011/12 (£m): "SHA (inc MTFS)" sums the five lines above it.
    const position: Cell[][] = [
      ["", "Outturn £m", "Plan £m", "Actual £m", "Forecast £m"],
      ["Trusts", "(19.1)", "(75.7)", "(93.3)", "(111.5)"],
      ["PCTs", "134.6", "39.9", "24.7", "116.1"],
      ["Sub Total PCTs/Trusts", "115.5", "(35.7)", "(68.6)", "4.5"],
      ["MPET (inc. MPET Admin)", "40.8", "3.5", "3.5", "10.0"],
      ["SHA Admin (inc. LPfIT)", "3.8", "-", "1.2", "-"],
      ["Hosted Services", "11.0", "-", "4.1", "-"],
      ["Carry Forward & Reserves", "106.3", "24.1", "24.1", "95.6"],
      ["MTFS", "95.3", "31.4", "31.4", "94.3"],
      ["SHA (inc MTFS)", "257.2", "59.0", "64.3", "199.9"],
      ["Total NHSL", "372.7", "23.3", "(4.3)", "204.4"],
    ];
    expect(flagged(position)).toEqual([]);
    expect(flagged(withCell(position, 10, 1, "382.7"))).toEqual(["B11"]);
  });

  test("a total in £000s is never a sum of percentages", () => {
    // Times Higher Education's university finances, 2015: "Total borrowing £'000s" beside
    // "Total staff costs as % of income"; Arts University Bournemouth's research grants not stated.
    const finances: Cell[][] = [
      [
        "Institution",
        "Research £’000s",
        "Total income £’000s",
        "Total staff costs £’000s",
        "Total staff costs as % of income",
        "Total borrowing £’000s",
        "Total borrowing as % of income",
      ],
      ["University of Aberdeen", "62,844", "239,824", "146,293", "61.0", "74,104", "30.9"],
      ["Arts University Bournemouth", "Not stated", "34,850", "14,324", "41.1", "23,257", "66.7"],
      ["Aston University", "14,436", "124,874", "74,240", "59.5", "40,661", "32.6"],
    ];
    expect(flagged(finances)).toEqual([]);
  });

  test("a comment after the figures does not say how a line counts", () => {
    // Snape with Thorp Parish Council's budget paper for 2020/21: the comments speak of increases.
    const budget: Cell[][] = [
      [
        "",
        "Budget",
        "Current position",
        "Expected year end",
        "Budget for 2020/21",
        "Comment re budget setting",
      ],
      ["Expected Year-end surplus for PC", "", "", "4707.33", "", "Excludes PFC funding of £788"],
      ["Payments", "", "", "", "", ""],
      [
        "Grass cutting & village maintenance",
        "2500.00",
        "1918.80",
        "1918.80",
        "2500.00",
        "Actual costs depends on growing season",
      ],
      [
        "Insurance",
        "460.00",
        "535.84",
        "535.84",
        "560.00",
        "Includes £60 for Bank Holiday event plus 3% increase for 20/21",
      ],
      [
        "Subscription - YLCA",
        "153.00",
        "132.00",
        "132.00",
        "135.00",
        "Notified of 2.25% increase for 20/21",
      ],
      ["Loan repayment", "1026.74", "513.37", "1026.74", "513.37", "Ends in August 2020"],
      ["Total", "4139.74", "3100.01", "3613.38", "3708.37", ""],
    ];
    expect(flagged(budget)).toEqual([]);
    expect(flagged(withCell(budget, 5, 3, "123.00"))).toEqual(["D6"]);
  });

  test("a line that speaks of a share is money in columns headed £m", () => {
    // Imperial College London's comprehensive income, 2019/20 (£m).
    const income: Cell[][] = [
      ["", "2020 £m", "2019 £m"],
      ["Total income", "1,026.4", "1,073.8"],
      ["Total expenditure", "961.6", "1,129.6"],
      [
        "Surplus/(deficit) before other gains/(losses) and share of operating results of joint ventures and associates",
        "64.8",
        "(55.8)",
      ],
    ];
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 3, 1, "46.8"))).toEqual(["B4"]);
  });

  test("a percentage is worked from amounts, never an amount from a percentage", () => {
    // Times Higher Education's university finances, 2015: a sign slipped in the percentage is the
    // percentage's, not the surplus's it was worked from.
    const finances: Cell[][] = [
      ["Institution", "Net surplus £’000s", "Surplus as % of income", "Total income £’000s"],
      ["University of Aberdeen", "−6,232", "−2.6", "239,824"],
      ["Aberystwyth University", "1,976", "1.5", "131,085"],
      ["Anglia Ruskin University", "9,587", "4.8", "198,762"],
      ["Arts University Bournemouth", "3,989", "11.4", "34,850"],
      ["Aston University", "3,001", "2.4", "124,874"],
      ["Bangor University", "1,241", "0.9", "143,178"],
    ];
    expect(flagged(finances)).toEqual([]);
    expect(checkTable(finances).relations.map((r) => r.words)).toEqual([
      "Surplus as % of income = Net surplus £’000s / Total income £’000s x 100",
    ]);
    expect(flagged(withCell(finances, 3, 2, "-4.8"))).toEqual(["C4"]);
  });

  test("a sum of some of a whole sum's lines, holding where the others are nought, is not a relation of its own", () => {
    // Cyngor Gwynedd's outturn adjustments, 2023/24: column D = A + B + C; A + B alone breaks
    // only where C moves money.
    const outturn: Cell[][] = [
      [
        "",
        "Gross Under / (Over) Spend £'000",
        "Recommended Adjustments £'000",
        "Other £'000",
        "Amended Over / Under Spend £'000",
      ],
      ["Adults, Health, and Well-being", "3,906", "(3,806)", "0", "100"],
      ["Children and Families", "2,611", "(2,511)", "0", "100"],
      ["Education", "0", "0", "0", "0"],
      ["Economy and Community", "308", "0", "(308)", "0"],
      ["Highways, Engineering and YGC", "687", "(587)", "0", "100"],
      ["Environment", "1,237", "(1,137)", "0", "100"],
      ["Housing and Property", "255", "(155)", "0", "100"],
      ["Corporate Management Team and Legal", "(11)", "0", "0", "(11)"],
      ["Corporate Support", "(10)", "0", "0", "(10)"],
      ["Finance", "(7)", "0", "0", "(7)"],
    ];
    expect(flagged(outturn)).toEqual([]);
    expect(checkTable(outturn).relations.map((r) => r.instances[0].inputs)).toEqual([
      ["B2", "C2", "D2"],
    ]);
  });

  test("a line of one figure throughout makes no product or ratio with another line", () => {
    // Chittlehamholt, Satterleigh and Warkleigh Parish Council's budget, 2018/19: training is 100
    // gross and net, so snow warden costs would be the village hall's hire times it over 100.
    const budget: Cell[][] = [
      ["INCOME", "", "", "", "", ""],
      ["2017/18", "", "Precept", "4,750.00", "", ""],
      ["2017/18", "", "North Devon Council Parish Grant", "295.00", "", ""],
      ["2017/18", "", "Council Tax Support Grant", "28.10", "", ""],
      ["2017/18", "", "Transparancy Fund Grant", "489.60", "", ""],
      ["", "", "Sub-total income", "5,562.70", "", ""],
      ["", "", "NET INCOME FOR 2018/2019 Financial Year", "", "", "5,562.70"],
      ["", "", "EXPENSE", "Gross", "Vat", "Net"],
      ["2017/18", "(1a)", "Grants to Parish Churches", "450.00", "0.00", "450.00"],
      ["", "(1b)", "Hire of Village Hall", "360.00", "0.00", "360.00"],
      ["2017/18", "", "Parish Council Training", "100.00", "0.00", "100.00"],
      ["2017/18", "(5)", "Playing Field Maintenance", "840.00", "15.00", "825.00"],
      ["2017/18", "(6)", "Snow Warden costs", "360.00", "0.00", "360.00"],
      ["2017/18", "", "DALC Subscription", "85.00", "11.05", "73.95"],
      ["2017/18", "(7)", "Asset maintenance", "540.00", "90.00", "450.00"],
      ["2017/18", "(2)", "AVIVA Insurance", "630.72", "0.00", "630.72"],
      ["2017/18", "(3)", "Internal Auditor", "100.00", "0.00", "100.00"],
      ["2017/18", "(4)", "Clerk related costs", "1,509.92", "0.00", "1,509.92"],
    ];
    expect(checkTable(budget).relations.map((r) => r.words)).not.toContain(
      "2017/18 Snow Warden costs = Hire of Village Hall x 2017/18 Parish Council Training x 1/100"
    );
    expect(checkTable(budget).relations.map((r) => r.words)).toContain(
      "column F = column D - column E"
    );
  });

  test("a label after the figures is the label when before them there is only a reference", () => {
    // Staffordshire Moorlands' council tax requirement, 2019/20: "(a)" and the words after the amount.
    const requirement: Cell[][] = [
      [
        "(a)",
        "£31,685,984",
        "being the aggregate of the amounts which the Council estimates for the items set out in Section 31A (2) of the Act. (Gross Expenditure on General Fund Services, Special District Expenses and Parish Precepts)",
      ],
      [
        "(b)",
        "£25,026,050",
        "being the aggregate of the amounts which the Council estimates for the items set out in Section 31A (3) of the Act. (Gross Income including External Financing and the Use of Reserves)",
      ],
      [
        "(c)",
        "£6,659,934",
        "being the amount by which the aggregate at (a) above exceeds the aggregate at (b) above calculated by the Council, in accordance with Section 31A (4) of the Act as its Council Tax requirement for the year (Amount to be Funded from Council Tax)",
      ],
      [
        "(d)",
        "£201.28",
        "being the amount at (c) above divided by the tax base, calculated by the Council, in accordance with Section 31 (B) of the Act, as the basic amount of its Council Tax for the year. (Average Local Council Tax)",
      ],
    ];
    expect(flagged(requirement)).toEqual([]);
    expect(flagged(withCell(requirement, 2, 1, "£25,026,050"))).toEqual(["B3"]);
  });

  test("where neither x 52 nor x 365/7 holds, a year is 52 weeks", () => {
    // Fostering Together's tax example for two carers: a slipped digit in the year's tax relief is
    // nearer 365/7 weeks' worth than 52, but the usual year is meant.
    const example: Cell[][] = [
      ["", "Per Week", "Per Year"],
      ["Paid to Family", "£650 + £675 = £1325", "£68,900"],
      ["Tax Relief", "£825", "£42,900"],
      ["Fixed Tax Exemption", "£18,140", ""],
    ];
    expect(flagged(example)).toEqual([]);
    expect(flagged(withCell(example, 2, 2, "£46,900"))).toEqual(["C3"]);
  });

  test("a line that says it is a total still totals where most of its columns break", () => {
    // The Solicitor-General's written answer of 2003 on prosecution caseloads and costs: two totals
    // are printed 10 out, so a third broken total leaves the rule holding in only two columns.
    const caseload: Cell[][] = [
      [
        "Financial year April to April",
        "Active caseload at year end",
        "Trials completed in year",
        "Number of defendants in trials completed",
        "Number of convictions in trials completed (by defendant)",
        "Annual total cost £million",
      ],
      ["1988–89", "66", "9", "14", "10", "6.86"],
      ["1989–90", "61", "17", "32", "24", "9.21"],
      ["1990–91", "56", "27", "72", "45", "13.19"],
      ["1991–92", "60", "28", "58", "38", "17.71"],
      ["1992–93", "57", "25", "49", "35", "20.99"],
      ["1993–94", "48", "23", "54", "32", "19.03"],
      ["1994–95", "50", "13", "31", "16", "18.03"],
      ["1995–96", "70", "11", "23", "18", "17.33"],
      ["1996–97", "82", "8", "14", "12", "16.58"],
      ["1997–98", "78", "14", "39", "37", "16.3"],
      ["1998–99", "65", "18", "38", "31", "16.1"],
      ["1999–2000", "81", "8", "12", "11", "15.9"],
      ["2000–01", "70", "24", "58", "51", "19.7"],
      ["2001–02", "75", "8", "13", "10", "23.03"],
      ["2002–03", "72", "13", "26", "17", "28.09"],
      ["Total", "991", "246", "519", "377", "258.05"],
    ];
    expect(flagged(caseload)).toEqual(["D17", "E17"]);
    expect(flagged(withCell(caseload, 16, 1, "-991"))).toEqual(["B17", "D17", "E17"]);
  });

  test("a line stating the uplift it applies is the line before it raised by that much", () => {
    // Hounslow's care home medians for 2022/23, uplifted by the agreed inflation rate.
    const medians: Cell[][] = [
      [
        "Bed Type",
        "Current Medians (21-22 Data)",
        "Applying agreed method of inflation rate (8%) Medians",
      ],
      ["Care Home occupied beds without nursing: Final Total", "£1,156.70", "£1,249.24"],
      [
        "Care Home occupied beds without nursing with dementia: Final Total",
        "£1,156.70",
        "£1,249.24",
      ],
      ["Care Home occupied beds with nursing: Final Total *inc FNC", "£1,338.30", "£1,445.36"],
    ];
    expect(flagged(medians)).toEqual([]);
    expect(flagged(withCell(medians, 1, 2, "£1,294.24"))).toEqual(["C2"]);
  });

  test("a bridge from one year's figure to another's is the first and the changes between", () => {
    // Cumbria's police and crime commissioner: gross expenditure from 2018/19 to 2020/21.
    const movement: Cell[][] = [
      ["Explanation of budget movement", "Amount £million"],
      ["Gross expenditure 2018 to 2019", "145.754"],
      ["Increase in the cost of providing services", "9.142"],
      ["Less: savings and efficiency gains", "-1.575"],
      [
        "Less: reduction in capital expenditure financed from revenue contributions and reserves",
        "-2.510",
      ],
      ["Increase in contribution to reserves", "0.005"],
      ["Reduction in contribution in reserves", "-0.087"],
      ["Gross expenditure 2020 to 2021", "150.729"],
    ];
    expect(flagged(movement)).toEqual([]);
    expect(flagged(withCell(movement, 2, 1, "9.412"))).toEqual(["B3"]);
  });

  test("a total of only some of the lines above it, breaking more often than it holds, is no rule", () => {
    // The Department of Social Security's 1991 answer on nursing home claimants (thousands): the
    // total is of the two pension ages; the kinds of care add to it only now and then.
    const claimants: Cell[][] = [
      [
        "Date",
        "Over pension age",
        "Under pension age",
        "Elderly",
        "Mentally ill",
        "Mentally handicapped",
        "Total",
      ],
      ["December 1985", "12", "2", "12", "1", "<1", "15"],
      ["February 1986", "18", "2", "17", "1", "<1", "20"],
      ["August 1986", "—", "—", "—", "—", "—", "28"],
      ["May 1987", "28", "4", "21", "3", "2", "32"],
      ["May 1988", "39", "4", "29", "4", "1", "44"],
      ["May 1989", "51", "5", "36", "5", "2", "56"],
      ["May 1990", "61", "2", "30", "5", "1", "64"],
      ["May 1991", "87", "7", "37", "4", "2", "94"],
    ];
    expect(flagged(claimants)).toEqual([]);
    expect(flagged(withCell(claimants, 8, 6, "49"))).toEqual(["G9"]);
  });

  test("a bridge runs between consecutive financial years, though both name the year they share", () => {
    // The usual budget bridge: 2023/24 and 2024/25 both name 2024.
    const bridge: Cell[][] = [
      ["", "£000"],
      ["Budget 2023/24", "12,500"],
      ["Pay inflation", "400"],
      ["Savings", "(250)"],
      ["Growth", "150"],
      ["Budget 2024/25", "12,800"],
    ];
    expect(flagged(bridge)).toEqual([]);
    expect(flagged(withCell(bridge, 2, 1, "4,000"))).toEqual(["B3"]);
  });

  test("a line stating the rise it adds is not the line raised", () => {
    // Southwark's band D charge for 2024/25: the 4.99% line is the increase itself, £62.80 of
    // £1,258.78 (4.99% of it is £62.81, out by more than its rounding).
    const charge: Cell[][] = [
      ["Charge", "£"],
      ["2023-24 band D charge", "1,258.78"],
      ["Add 4.99% increase", "62.80"],
      ["2024-25 band D charge", "1,321.58"],
    ];
    expect(flagged(charge)).toEqual([]);
  });
});

describe("readings found in the sixteenth round's study", () => {
  test("a line of noughts after a run of lines is no subtotal of them", () => {
    // Cross Way Seaford's receipts and payments (a church's form): empty lines print "-".
    const receipts: Cell[][] = [
      ["", "Unrestricted funds", "Restricted funds"],
      ["A1 Receipts", "", ""],
      ["Offerings & Tax Recovered", "33,639", "-"],
      ["Bank Interest", "21", "-"],
      ["Lettings", "29,229", "-"],
      ["", "-", "-"],
      ["Bequests and moneyraised", "13,702", "-"],
      ["", "-", "-"],
      ["Sub total (Gross income for AR)", "76,591", "-"],
    ];
    expect(flagged(receipts)).toEqual([]);
    expect(flagged(withCell(receipts, 8, 1, "76,951"))).toEqual(["B9"]);
  });

  test("a total printed in £ is never a sum of percentages", () => {
    // Broxtowe's car parks: the year's pay and display income over the shares paying each tariff.
    const parking: Cell[][] = [
      ["FINANCIAL YEAR", "2023/24", "2024/25"],
      ["Total Pay & Display Income (net) *", "£233,803.18", "£383,227.72"],
      ["% using free hour", "74.70%", "N/A"],
      ["% paying £1.00", "18.60%", "77.20%"],
      ["% paying £1.50", "3.80%", "0.30%"],
      ["% paying £2.00", "2.30%", "17.50%"],
      ["% paying £3.00 plus", "0.60%", "5.00%"],
    ];
    expect(flagged(parking)).toEqual([]);
  });

  test("a reading of the labels that breaks only where a found rule holds throughout gives way", () => {
    // Aldridge School's income, 2013/14: "% Received" is the year's actual over its budget, not
    // each line's share of the total (which the two lines at 100% happen to agree with).
    const income: Cell[][] = [
      [
        "Description",
        "Year to date Actual",
        "Year to date Budget",
        "Full Year Budget",
        "% Received",
      ],
      ["Total Restricted Income", "8,475,597", "8,439,593", "8,439,593", "100"],
      ["Total Unrestricted Income", "39,542", "42,000", "42,000", "94"],
      ["Total Income", "8,515,139", "8,481,593", "8,481,593", "100"],
      ["Staffing Total", "5,990,545", "5,985,477", "5,985,477", "100"],
      ["Premises and Occupation Costs", "778,021", "1,212,630", "1,212,630", "64"],
      ["Administration Total", "763,110", "888,534", "888,534", "86"],
      ["Curriculum Capitation", "206,352", "238,649", "238,649", "86"],
    ];
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 5, 4, "46"))).toEqual(["E6"]);
  });

  test("a parish precept is its net requirement, and its council tax charge the precept over the tax base", () => {
    // Bromyard and Winslow Town Council's budget, on Herefordshire Council's precepts page.
    const precept: Cell[][] = [
      ["Bromyard and Winslow Town Council", "2018/19 £", "2019/20 £"],
      ["Administration", "100,376", "104,410"],
      ["Park/open spaces/broadbridge", "7,985", "7,015"],
      ["Civic centre and car parks", "46,570", "55,275"],
      ["Net requirement", "154,931", "166,700"],
      ["Precept", "154,931", "166,700"],
      ["Band D equivalent properties", "1,395", "1,403"],
      ["Council Tax charge", "£111.06", "£118.82"],
    ];
    expect(flagged(precept)).toEqual([]);
    expect(flagged(withCell(precept, 5, 1, "159,431"))).toEqual(["B6"]);
    expect(flagged(withCell(precept, 7, 2, "£181.82"))).toEqual(["C8"]);
  });

  test("an unlabelled line after a total less one line is the net, and an average charge is worked from it", () => {
    // Northampton Borough Council's spending plans, 2016/17 (£000, the charge in pounds).
    const plans: Cell[][] = [
      ["", "2015/2016", "2016/17"],
      ["Expenditure across departments", "£000's", "£000's"],
      ["NBC SERVICE EXPENDITURE", "27,975", "29,533"],
      ["Parishes", "1,022", "1,045"],
      ["BUDGET REQUIREMENT", "28,997", "30,577"],
      ["Business Rates Retention Scheme", "-6,201", "-7,452"],
      ["Revenue Support Grant", "-4,964", "-3,256"],
      ["NHB", "-3,836", "-4,910"],
      ["Collection Fund Surplus", "-100", "-533"],
      ["COUNCIL TAX REQUIREMENT", "13,896", "14,426"],
      ["Less Parish Precepts", "-1,022", "-1,045"],
      ["", "12,874", "13,381"],
      ["COUNCIL TAX BASE", "61,927", "64,358"],
      ["AVERAGE COUNCIL TAX FOR YEAR (£)", "207.89", "207.92"],
    ];
    expect(flagged(plans)).toEqual([]);
    expect(flagged(withCell(plans, 11, 1, "12,784"))).toEqual(["B12"]);
    expect(flagged(withCell(plans, 13, 2, "270.92"))).toEqual(["C14"]);
  });

  test("a nought printed in Excel's accounting format is a figure", () => {
    // 1st Saltford Scout Group's income and expenditure, 2020/21: "£ -" where nothing came in.
    const income: Cell[][] = [
      ["", "2020/21", "2019/20"],
      ["Annual Subscriptions", "£6,448.25", "£15,174.50"],
      ["Net Fund Raising", "£ -", "£638.12"],
      ["Donations Received", "£20,726.00", "£1,865.19"],
      ["Uniform Sales", "£433.40", "£ -"],
      ["", "£27,607.65", "£17,677.81"],
    ];
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 5, 1, "£27,670.65"))).toEqual(["B6"]);
  });

  test("a line named net, among the lines of a run that does not net to it, is one of them", () => {
    // 1st Saltford Scout Group again: "Net Fund Raising" is one of the income lines, and the
    // surplus is the unlabelled income total less the unlabelled expenditure total.
    const account: Cell[][] = [
      ["", "2020/21", "2019/20"],
      ["Income", "", ""],
      ["Annual Subscriptions", "£6,448.25", "£15,174.50"],
      ["Net Fund Raising", "£35.00", "£638.12"],
      ["Donations Received", "£20,726.00", "£1,865.19"],
      ["", "£27,209.25", "£17,677.81"],
      ["Expenditure", "", ""],
      ["Capitation Fee", "£5,565.00", "£6,946.00"],
      ["Insurances", "£2,343.36", "£2,259.28"],
      ["", "£7,908.36", "£9,205.28"],
      ["Surplus/(Defcit) for the Year", "£19,300.89", "£8,472.53"],
    ];
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 10, 1, "£19,300.98"))).toEqual(["B11"]);
  });

  test("a line after adjustments is the line before them and the adjustments printed", () => {
    // Clackmannanshire's housing capital programme (£000): transfers printed only where made.
    const programme: Cell[][] = [
      [
        "£’000",
        "Approved Budget",
        "As per Mid Year Report",
        "Draft Final Position",
        "2007/08 Budget",
      ],
      ["Gross Expenditure before transfers", "9,370", "9,370", "9,742", "9,510"],
      ["Approved budgets transferred from 05/06", "", "225", "", ""],
      ["Budgets transferred from 07/08 to 06/07", "", "", "124", "(124)"],
      ["Budgets transferred from 06/07 to 07/08", "", "", "(1,047)", "1,047"],
      ["Gross Expenditure after Transfers", "9,370", "9,595", "8,819", "10,433"],
      ["Capital Receipts", "(3,825)", "(4,064)", "(3,873)", "(3,939)"],
      ["Net expenditure (Council borrowing/Reserves)", "5,545", "5,531", "4,946", "6,494"],
    ];
    expect(flagged(programme)).toEqual([]);
    expect(flagged(withCell(programme, 5, 2, "9,559"))).toEqual(["C6"]);
    expect(flagged(withCell(programme, 7, 2, "5,513"))).toEqual(["C8"]);
  });

  test("a total's break stands where a found rule holds at the total but not at the wrong part", () => {
    // Registered charity 1177626's balance sheet, 2023: total funds equal net assets, so a slip in
    // the unrestricted funds line breaks only the total of funds, which still flags it.
    const funds: Cell[][] = [
      ["", "Unrestricted funds", "Restricted fund", "2023 Total funds", "2022 Total funds"],
      ["Tangible assets", "7,525", "", "7,525", "9,364"],
      ["NET CURRENT ASSETS", "538,859", "6,692", "545,551", "530,435"],
      ["NET ASSETS", "546,384", "6,692", "553,076", "539,799"],
      ["Unrestricted funds", "", "", "546,384", "511,856"],
      ["Restricted funds", "", "", "6,692", "27,943"],
      ["TOTAL FUNDS", "", "", "553,076", "539,799"],
    ];
    expect(flagged(funds)).toEqual([]);
    expect(flagged(withCell(funds, 4, 3, "564,384"))).toEqual(["D5"]);
  });

  test("a ratio fitted to the table does not outweigh a total the labels announce", () => {
    // Kent and Medway Fire and Rescue Authority's funding, 2019/20: each amount is near its whole
    // percentage of £71m, which a slip in the council tax line keeps to at the total.
    const funding: Cell[][] = [
      ["Source", "Percentage", "Amount £000s"],
      ["Council Tax", "70%", "£49,951"],
      ["Business rates top-up grant", "12%", "£8,378"],
      ["Retained business rate share", "9%", "£6,463"],
      ["Revenue support grant", "9%", "£6,319"],
      ["Total", "100%", "£70,751"],
    ];
    expect(flagged(funding)).toEqual(["C2"]);
  });

  test("a relation found on two figures does not outweigh a reading of the labels", () => {
    // Hackney's headline figures for the joint residential block contract, 2019: the eight years'
    // contribution is a seventh of the contract value in both columns, which holds at the
    // contribution however its annual cost slips.
    const headline: Cell[][] = [
      ["", "Paragraphs 2.2, 2.3, 5.2.1, 5.2.5", "Paragraph 9.2"],
      ["Total contract value across all eight authorities", "£38,383,649", "£38.4m"],
      ["Hackney contribution over eight (8) years", "£5,483,378", "£5.5m"],
      ["Hackney annual cost", "£685,242", "£685k"],
      ["Average weekly price per placement (5 placements)", "£2,636", ""],
    ];
    expect(flagged(headline)).toEqual(["B4"]);
  });

  test("a total in a summary at the foot adds up the lines under the heading it names", () => {
    // 41st Medway Towns Scout Group's income and expense summary, 2023-24.
    const summary: Cell[][] = [
      ["", "2023-2024", "2022-2023"],
      ["Income", "", ""],
      ["Donaton", "10,917.50", "10,455.33"],
      ["Events - Beavers", "2,225.75", "1,492.00"],
      ["Membership Fees", "10,456.21", "8,994.50"],
      ["Expense", "", ""],
      ["Badges", "758.94", "616.98"],
      ["Insurance", "2,246.48", "1,811.74"],
      ["Utlites", "8,083.21", "2,290.18"],
      ["Summary", "", ""],
      ["Total income", "23,599.46", "20,941.83"],
      ["Total expenditure", "11,088.63", "4,718.90"],
      ["Net income", "12,510.83", "16,222.93"],
    ];
    expect(flagged(summary)).toEqual([]);
    expect(flagged(withCell(summary, 10, 2, "20,491.83"))).toEqual(["C11"]);
  });
});

describe("readings found in the seventeenth round's study", () => {
  test("a band letter before its values in pounds is a label, not a miswritten amount", () => {
    // Dumfries and Galloway's council tax charges, 2024/25.
    const charges: Cell[][] = [
      ["Band / valuation", "Council tax", "With water and waste water"],
      ["A  (up to £27,000)", "£889.90", "£1,254.16"],
      ["B  (£27,001 - £35,000)", "£1,038.22", "£1,463.19"],
      ["C  (£35,001 - £45,000)", "£1,186.53", "£1,672.21"],
    ];
    expect(flagged(charges)).toEqual([]);
  });

  test("next year's claim that repeats most of this year's precept does not copy it", () => {
    // Medbourne Parish Council's precept estimates for 2014/15: most lines are claimed again.
    const estimates: Cell[][] = [
      ["Payments and Expenses", "PRECEPT 2013 - 2014 £", "CLAIM 2014 - 2015 £"],
      ["Mower Fuel", "50.00", "50.00"],
      ["Sports Club Mower Fund", "250.00", "250.00"],
      ["Electricity Charges", "750.00", "750.00"],
      ["Repairs & Maintenance", "470.00", "470.00"],
      ["Church Gate Light", "24.00", "24.00"],
      ["Village Hall Committee", "700.00", "500.00"],
      ["Hire of Hall", "275.00", "275.00"],
      ["LRALC Subscription", "175.00", "175.00"],
      ["Contingency", "50.00", "250.00"],
      ["Clerks Salary", "870.00", "1,755.00"],
      ["Administration Expenses", "75.00", "130.00"],
      ["Councillor/Clerk Training", "50.00", "50.00"],
      ["RCC Subscription", "42.00", "42.00"],
      ["Insurance", "450.00", "450.00"],
      ["Audit", "140.00", "140.00"],
      ["Parish Council Website", "150.00", "150.00"],
    ];
    expect(flagged(estimates)).toEqual([]);
  });

  test("a year's cost on a row that names its contract's weeks is not read as 52 weeks'", () => {
    // The University of Brighton's hall costs, 2012/13: a 50-week contract charges 50 weeks.
    const halls: Cell[][] = [
      ["", "Annual costs", "Weekly costs", "Length of contract"],
      ["Catered", "£4,992 - £6,200", "£128 - £155", "39/40 weeks"],
      ["Self-catered", "£3,783 - £5,850", "£97 - £155", "39/40 weeks"],
      ["Self-catered", "£6,250", "£125", "50 weeks"],
    ];
    expect(flagged(halls)).toEqual([]);
    // Where rows name no other length, a year is still 52 weeks and a slip in it shows.
    const rates: Cell[][] = [
      ["Room", "Annual cost", "Weekly cost"],
      ["Standard", "£6,656", "£128"],
      ["En-suite", "£8,060", "£155"],
      ["Studio", "£9,360", "£180"],
    ];
    expect(flagged(rates)).toEqual([]);
    expect(flagged(withCell(rates, 2, 1, "£8,160"))).toEqual(["B3"]);
  });
});

describe("readings found in the eighteenth round's study", () => {
  // Four Marks Parish Council's annual return, 2019/20 and 2020/21, as printed.
  const annualReturn: Cell[][] = [
    ["", "Year ended 31 March 2020 £", "Year ended 31 March 2021 £"],
    ["1. Balances brought forward", "185,032", "208,959"],
    ["2. Annual precept", "113,200", "128,000"],
    ["3. Total other receipts", "62,129", "63,011"],
    ["4. Staff costs", "33,815", "40,023"],
    ["5. Loan", "0", "0"],
    ["6. Total other payments", "117,588", "116,898"],
    ["7. Balances carried forward", "208,959", "243,049"],
    ["8. Total cash & investments", "208,959", "243.049"],
    ["9. Total fixed assets", "661,779", "684,567"],
    ["10. Total Borrowings", "0", "0"],
  ];

  test("the annual return's 'total other receipts' and 'total other payments' are boxes, not totals", () => {
    // One year alone: no second column to show that the labels' reading never holds.
    expect(flagged(annualReturn.map((r) => r.slice(0, 2)))).toEqual([]);
  });

  test("a point where the thousands comma belongs, among whole amounts, is a typo", () => {
    const { findings } = checkTable(annualReturn);
    expect(findings.map((f) => f.cell)).toEqual(["C9"]);
    expect(findings[0].diagnosis).toMatch(/point where the thousands comma belongs/);
    // Among amounts in pounds and pence, "208.959" is no such typo.
    const pence: Cell[][] = [
      ["Item", "£"],
      ["Rent", "1,208.50"],
      ["Rates", "312.25"],
      ["Fuel", "208.959"],
    ];
    expect(flagged(pence)).toEqual([]);
  });
  test("a total written out in pounds under a £000 heading is the sum of the thousands above it", () => {
    // Doncaster Council's spending per day, 2016/17 (part).
    const perDay: Cell[][] = [
      ["Service", "In £000’s"],
      ["Children’s Social Care", "151"],
      ["Central education functions and youth services", "30"],
      ["Culture, Leisure & tourism", "11"],
      ["Public health", "69"],
      ["Adult Social Care & the elderly", "348"],
      ["TOTAL", "£609,000"],
    ];
    expect(flagged(perDay)).toEqual([]);
    expect(flagged(withCell(perDay, 6, 1, "£709,000"))).toEqual(["B7"]);
  });

  test("a year's line of one thing is not another thing's quarterly line times four", () => {
    // The National Union of Journalists' Brighton branch accounts, 2005/06 (part).
    const accounts: Cell[][] = [
      ["INCOME", ""],
      ["Four quarterly payments from NUJ", "£1,678.90"],
      ["Sundry payment into account", "£65"],
      ["Total", "£1,743.90"],
      ["EXPENDITURE", ""],
      ["Stamps", "£324"],
      ["Cost of sending an observer to Annual Delegate Meeting", "£277.50"],
      ["Total =", "£601.50"],
    ];
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(withCell(accounts, 7, 1, "£610.50"))).toEqual(["B8"]);
  });

  test("a total straight after a subtotal closes what is above it, not the lines below", () => {
    // Boughton Parish Council's expenditure and balances, 2012/13 (part).
    const balances: Cell[][] = [
      ["Boughton Parish Council", "Date", ""],
      ["EXPENDITURE", "", ""],
      ["Mower fuel", "13/04/2012", "£18.46"],
      ["NALC Subscription", "18/04/2012", "£86.55"],
      ["Kings Lynn Signs", "01/06/2012", "£104.11"],
      ["Sub Total", "", "£209.12"],
      ["", "", ""],
      ["Total", "", "£1,836.38"],
      ["Savers Acc", "", "£1,867.54"],
      ["Balance as bank statement - BPC", "", "£1,836.38"],
      ["AccTotals", "", "£3,703.92"],
      ["Budget amount", "", "£1,500.00"],
    ];
    expect(flagged(balances)).toEqual([]);
  });

  test("'totalled' names a total and 'deducting' a line taken away", () => {
    // Melton Parish Council's cash position, 2022.
    const cash: Cell[][] = [
      ["Cash in the Council’s bank accounts totalled", "£424,844.15"],
      ["Barclays Bank Current Account", "£23,336.90"],
      ["Barclays Bank Deposit Account", "£221,644.82"],
      ["Ipswich Building Society Deposit Account", "£101,368.97"],
      ["Lloyds Bank Treasurer’s Account", "£33,364.08"],
      ["Ipswich Building Society Rent Deposit Account", "£5,126.97"],
      ["Lloyds Instant Savings Account", "£40,002.41"],
      ["Adding as assets: VAT due", "£16,429.17"],
      ["Deducting as liabilities: rent deposit", "£5,126.97"],
      ["Total liquid assets", "£436,146.35"],
    ];
    expect(flagged(cash)).toEqual([]);
    expect(flagged(withCell(cash, 9, 1, "£436,164.35"))).toEqual(["B10"]);
  });

  test("a year-on-year percentage printed without % is in hundredths of the year before", () => {
    // The Prime Minister's written answer on the costs of his offices, 1987 (part).
    const costs: Cell[][] = [
      [
        "Year (April-March)",
        "Current prices £",
        "Constant prices (1985–86) £",
        "Year on year percentage variation",
      ],
      ["1979–80", "1,429,268", "2,311,908", ""],
      ["1980–81", "1,767,949", "2,410,719", "4.3"],
      ["1981–82", "2,442,406", "3,032,387", "25.8"],
      ["1982–83", "2,728,421", "3,158,553", "4.2"],
      ["1983–84", "3,055,684", "3,386,437", "7.2"],
    ];
    expect(flagged(costs)).toEqual([]);
    expect(flagged(withCell(costs, 4, 2, "3,185,553"))).toEqual(["C5"]);
    expect(flagged(withCell(costs, 5, 3, "2.7"))).toEqual(["D6"]);
  });

  test("a total of receipts under sub-headings is carried into the closing balance with the opening ones", () => {
    // An old scholars' association's receipts and payments, 2024 and 2023 (part).
    const account: Cell[][] = [
      ["", "2024", "2023"],
      ["RECEIPTS:", "", ""],
      ["Deposit account interest", "21.42", "1"],
      ["Interest – Life Memb. Fund", "2,231.07", "2,280"],
      ["Donations for magazine costs", "1,620.00", "1,060"],
      ["President’s Evening:", "", ""],
      ["-Net ticket income", "-", "3,084"],
      ["-Sponsorship", "-", "500"],
      ["", "3,872.49", "6,925"],
      ["Opening balances:", "", ""],
      ["Cash in hand", "31.20", "31"],
      ["Bank – deposit", "2,260.78", "6,260"],
      ["Bank – current", "1,792.65", "450"],
      ["", "7,957.12", "13,666"],
    ];
    const { relations, findings } = checkTable(account);
    expect(findings).toEqual([]);
    const closing = relations.find((r) => r.instances.some((i) => i.target === "B14"));
    expect(closing?.instances.map((i) => [i.target, ...i.inputs])).toEqual([
      ["B14", "B9", "B11", "B12", "B13"],
      ["C14", "C9", "C11", "C12", "C13"],
    ]);
  });

  test("an amount put in words straight before a run makes the run's total a guess", () => {
    // Shirley Parish Council's precept memo, 2015/16: the subvention is printed "Capped at £967".
    const receipts: Cell[][] = [
      ["Receipts", ""],
      ["Item", "Amount"],
      ["Burial ground subvention", "Capped at £967"],
      ["Burial ground income (variable)", "£400"],
      ["Reclaimed VAT (variable)", "£147"],
      ["Total receipts", "£1,514"],
    ];
    expect(flagged(receipts)).toEqual([]);
    // With the subvention printed as a figure, the total is footed and a slip in it shows.
    const printed = withCell(receipts, 2, 1, "£967");
    expect(flagged(printed)).toEqual([]);
    expect(flagged(withCell(printed, 5, 1, "£1,541"))).toEqual(["B6"]);
  });
});

describe("readings found in the nineteenth round's study", () => {
  test("a total of one line is not sure on its break, and carries on the total above it where that holds", () => {
    // Wretton Parish Council's finance position, December 2006.
    const position: Cell[][] = [
      ["Finance as at 29/12/06", ""],
      ["Community Account", "2180.12"],
      ["Business Premium Account", "1645.24"],
      ["Business Reserve Account", "12348.86"],
      ["", "16174.22"],
      ["Uncleared cheque", "58.50"],
      ["Total", "£16115.72"],
    ];
    const { relations, findings } = checkTable(position);
    expect(findings).toEqual([]);
    expect(relations.map((r) => r.words)).toContain("Total = row 5 - Uncleared cheque");
  });

  test("'Sum Up', a card machine, names no total", () => {
    // Loughries Integrated Primary School PTFA's other expenditure, 2024/25.
    const other: Cell[][] = [
      ["Expenditure - Other", "Date", "Expense"],
      ["Parentkind Annual Membership", "Dec-24", "£109.00"],
      ["Other", "Oct-24", "£7.80"],
      ["Fundraising Buckets", "Feb-25", "£45.00"],
      ["Sum Up Card Machine", "Mar-25", "£34.80"],
      ["Bank Charges", "Various", "£74.00"],
      ["TOTAL- OTHER EXPENDITURE", "", "£270.60"],
    ];
    expect(flagged(other)).toEqual([]);
    expect(flagged(withCell(other, 6, 2, "£207.60"))).toEqual(["C7"]);
  });

  test("a bare 'x 8' may count things: it is not sure on its one break", () => {
    // Wereham Parish Council's cheques for payment, May 2014 (part).
    const cheques: Cell[][] = [
      ["CHEQUES:", "", ""],
      ["", "£19.06", "GOOD COUNCILLOR GUIDES X 8"],
      ["", "£141.12", "NORFOLK ASSOCIATION OF LOCAL COUNCILS MEMBERSHIP"],
      ["", "£504.46", "PEARCE & KEMP STREET LIGHT MAINTENANCE 2013/14"],
      ["", "£450.99", "AON INSURANCE ANNUAL PREMIUM"],
      ["", "£1,115.63", "CHEQUES TOTAL"],
    ];
    expect(flagged(cheques)).toEqual([]);
  });

  test("a line beginning 'less' is taken away, though it names net income", () => {
    // The Parish of the Forest's owners' rate, 2024.
    const rate: Cell[][] = [
      ["", "£"],
      ["Parish Administration", ""],
      ["Cost of parochial notices and publications", "2,000.00"],
      ["Parochial Administration including legal costs", "25,550.00"],
      ["Public Needs", ""],
      ["Parish street lighting", "1,800.00"],
      ["Ordinary upkeep of the Parish Cemetery", "11,000.00"],
      ["Extra ordinary maintenance", "5,000.00"],
      ["Maintenance of Parish Land", "5,100.00"],
      ["Cadastre Expenses", "1,800.00"],
      ["Contribution to School Libraries", "1,600.00"],
      ["Contribution to Floral Forest", "1,000.00"],
      ["Extraordinary items", ""],
      ["Maintenance Costs for Rectory Barn", "15,000.00"],
      ["", "£69,850.00"],
      ["Less net Income from Property, Dog Tax, Licenses and Bornements", "£37,500.00"],
      ["Owners' Rate", "£32,350.00"],
    ];
    expect(flagged(rate)).toEqual([]);
  });

  test("a found relation over a ratio's lines and more approximates the ratio: it is no rule", () => {
    // NHS Shetland's freedom of information requests, October 2022 to March 2023.
    const requests: Cell[][] = [
      ["Month", "Received", "On time", "% on time", "Appealed?", "% appealed"],
      ["October 2022", "58", "41", "70.7%", "0", "0.0%"],
      ["November 2022", "99", "68", "68.7%", "1", "1.0%"],
      ["December 2022", "48", "62", "129.2%", "1", "2.1%"],
      ["January 2023", "92", "62", "67.4%", "3", "3.3%"],
      ["February 2023", "66", "70", "106.1%", "0", "0.0%"],
      ["01/03/2023 to 13/03/2023", "25", "28", "112.0%", "1", "4.0%"],
    ];
    expect(flagged(requests)).toEqual([]);
    expect(flagged(withCell(requests, 2, 2, "86"))).toEqual(["C3"]);
  });
});

describe("readings found in the twentieth round's study", () => {
  // The Chiddingly Community Shop's income statement, year to 31 March 2019.
  const income: Cell[][] = [
    ["", "Notes", "31.3.19", "31.3.18"],
    ["", "", "£", "£"],
    ["REVENUE", "", "80,863", "74,605"],
    ["Cost of sales", "", "51,697", "49,248"],
    ["GROSS PROFIT", "", "29,166", "25,357"],
    ["Administrative expenses", "", "30,657", "30,346"],
    ["", "", "(1,491)", "(4,989)"],
    ["Other operating income", "", "5,893", "5,634"],
    ["OPERATING PROFIT", "4", "4,402", "645"],
    ["Interest receivable and similar income", "", "-", "1"],
    ["PROFIT BEFORE TAXATION", "", "4,402", "646"],
    ["Tax on profit", "", "1,540", "753"],
    ["PROFIT/(LOSS) FOR THE FINANCIAL YEAR", "", "2,862", "(107)"],
  ];

  test("a profit is a difference, carried on from the result above it by the lines since", () => {
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 10, 2, "4,420"))).toEqual(["C11"]);
    expect(flagged(withCell(income, 8, 3, "654"))).toEqual(["D9"]);
  });

  test("a profit for the year is the profit before tax less the tax", () => {
    expect(flagged(withCell(income, 12, 2, "8,262"))).toEqual(["C13"]);
    expect(flagged(withCell(income, 12, 3, "(117)"))).toEqual(["D13"]);
  });

  test("a net line that does not say it totals is of the lines since the last result", () => {
    // Leeds and York Partnership NHS Foundation Trust, statement of comprehensive income 2024/25 (part).
    const trust: Cell[][] = [
      ["", "Year ended 31 March 2025", "Year ended 31 March 2024"],
      ["", "£000", "£000"],
      ["Operating income", "277,431", "256,902"],
      ["Operating expenses", "(276,456)", "(258,572)"],
      ["OPERATING SURPLUS", "975", "(1,670)"],
      ["FINANCE COSTS", "", ""],
      ["Finance income", "6,034", "6,414"],
      ["Finance expense - financial liabilities", "(2,536)", "(5,176)"],
      ["Finance expense - unwinding of discount on provisions", "(29)", "(21)"],
      ["PDC dividend payable", "(90)", ""],
      ["NET FINANCE COSTS", "3,379", "1,217"],
      ["Gains (losses) on disposal of assets", "2", "(5)"],
      ["Surplus from operations", "4,356", "(458)"],
    ];
    expect(flagged(trust)).toEqual([]);
    expect(flagged(withCell(trust, 10, 1, "3,739"))).toEqual(["B11"]);
    expect(flagged(withCell(trust, 12, 1, "4,256"))).toEqual(["B13"]);
  });

  test("a surplus named among the parts of a total is one of its parts, not a result", () => {
    // Derbyshire Fire and Rescue Authority's revenue budget 2023-2028 (part).
    const budget: Cell[][] = [
      ["", "2026/27", "2027/28"],
      ["", "£'000", "£'000"],
      ["Net Budget Requirement", "54,620", "56,388"],
      ["Funding", "", ""],
      ["Precept Income And Surplus On Collection Fund", "-31,458", "-32,402"],
      ["Revenue Support Grant", "-9,215", "-9,413"],
      ["National Non Domestic Rates", "-13,597", "-13,869"],
      ["Total Funding", "-54,270", "-55,684"],
      ["Projected Surplus (-) / Deficit", "350", "704"],
    ];
    expect(flagged(budget)).toEqual([]);
    expect(flagged(withCell(budget, 8, 2, "740"))).toEqual(["C9"]);
  });

  test("two shares of one whole, side by side in every row, are the whole and the rest", () => {
    // The Board of Trade's answer on retained imports of food, 1931 (part).
    const shares: Cell[][] = [
      ["", "Proportion of Total Imports.", ""],
      ["Year.", "From British Countries.", "From Foreign Countries."],
      ["", "Per cent.", "Per cent."],
      ["1911", "28.5", "71.5"],
      ["1912", "29.5", "70.5"],
      ["1913", "26.9", "73.1"],
      ["1928", "38.6", "61.4"],
      ["1929", "36.4", "63.6"],
    ];
    expect(flagged(shares)).toEqual([]);
    expect(flagged(withCell(shares, 6, 2, "36.6"))).toEqual(["C7"]);
    expect(flagged(withCell(shares, 3, 2, "-71.5"))).toEqual(["C4"]);
  });

  test("a balance sheet balances: its funds at the foot are its net assets", () => {
    // Claverdon Community Shop's balance sheet, 2023.
    const sheet: Cell[][] = [
      ["", "2023", "2022"],
      ["", "£", "£"],
      ["Fixed assets", "", ""],
      ["Tangible assets", "32,197", "37,425"],
      ["Current assets", "", ""],
      ["Stocks", "4,000", "4,000"],
      ["Debtors", "2,342", "2,844"],
      ["Cash at bank and in hand", "18,189", "17,086"],
      ["", "24,531", "23,930"],
      ["Creditors: amounts falling due within one year", "(1,893)", "(3,387)"],
      ["Net current assets", "22,638", "20,543"],
      ["Net assets", "54,835", "57,968"],
      ["Capital and reserves", "", ""],
      ["Profit and loss account", "54,835", "57,968"],
      ["Reserves", "54,835", "57,968"],
    ];
    expect(flagged(sheet)).toEqual([]);
    expect(flagged(withCell(sheet, 14, 1, "45,835"))).toEqual(["B15"]);
    expect(flagged(withCell(sheet, 13, 2, "27,968"))).toEqual(["C14"]);
  });

  test("a line named net that adds up nowhere may be a line of its own: only an explained break is reported", () => {
    // Ducklington Parish Council's payments 2013/14, by heading.
    const payments: Cell[][] = [
      ["Item", "Amount"],
      ["Administration", "£14,259"],
      ["Sports and recreation", "£7,017"],
      ["Allotments", "£332"],
      ["Newsletter", "£826"],
      ["VAT net", "£484"],
      ["Open space maintenance", "£4,700"],
    ];
    expect(flagged(payments)).toEqual([]);
  });

  test("a total above its lines does not take the movement in funds or the balances below it", () => {
    // Townville Community Centre's statement of financial activities, 2021.
    const sofa: Cell[][] = [
      ["", "Unrestricted", "Restricted", "2021", "2020"],
      ["", "Funds", "Funds", "", ""],
      ["", "", "", "", ""],
      ["Income and Endowments", "", "", "", ""],
      ["Funds generated from commercial operations", "175,695", "", "175,695", "147,811"],
      ["Room hire and rental income", "3,180", "", "3,180", "1,850"],
      ["Snooker and pool income", "705", "", "705", "463"],
      ["Total Income", "179,580", "", "179,580", "150,124"],
      [
        "Less: Cost of generating funds from commercial operations",
        "151,428",
        "",
        "151,428",
        "110,370",
      ],
      ["Net income available for charitable application", "28,152", "", "28,152", "39,754"],
      ["Expenditure", "", "", "", ""],
      ["Direct Charitable Expenditure", "", "", "", ""],
      ["Rates and water", "6,561", "", "6,561", "5,957"],
      ["Insurance", "3,176", "", "3,176", "3,251"],
      ["Heat and light", "8,451", "", "8,451", "7,771"],
      ["Repairs and renewals", "2,738", "", "2,738", "4,923"],
      ["Depreciation", "805", "8,974", "9,779", "9,632"],
      ["", "21,731", "8,974", "30,705", "31,534"],
      ["Management and Administration", "", "", "", ""],
      ["Bookkeeping fees", "3,600", "", "3,600", "3,850"],
      ["Accountancy", "1,150", "", "1,150", "1,150"],
      ["Bank charges", "1,085", "", "1,085", "979"],
      ["Total Charitable Expenditure", "27,566", "8,974", "36,540", "37,513"],
      ["Total Expenditure", "178,994", "8,974", "187,968", "147,883"],
      ["NET MOVEMENT IN FUNDS", "586", "(8,974)", "(8,388)", "2,241"],
      ["Fund balances brought forward", "101,501", "271,909", "373,410", "371,169"],
      ["Fund balances carried forward", "102,087", "262,935", "365,022", "373,410"],
    ];
    expect(flagged(sofa)).toEqual([]);
  });

  test("a year's profit at its year end is a result, not a balance carried from the year before", () => {
    // Hutton U3A's income and expenditure (part).
    const account: Cell[][] = [
      ["2022-23", "", "2023-24"],
      ["27,862", "TOTAL INCOME", "47,341"],
      ["27,748", "TOTAL EXPENDITURE", "46,001"],
      ["114", "Year End Profit/(Loss) at 31st March", "1,340"],
      ["9,547", "Surplus  from previous years", "9,661"],
      ["9,661", "TOTAL RESERVES as at 31 March 2024", "11,001"],
    ];
    expect(flagged(account)).toEqual([]);
  });

  test("a total printed again under its own name restates the one above", () => {
    // Great Brickhill Cricket Club's playing costs, 2013.
    const costs: Cell[][] = [
      ["Item", "£"],
      ["Ground Costs", ""],
      ["Square Preparation and Maintenance", "£7,200"],
      ["Practice Square Prep & maint.", "£681"],
      ["Cutting Outfield", "£1,104"],
      ["Other Groundsman Costs", "£1,250"],
      ["Total Fixed Costs per annum", "£10,235"],
      ["Exceptional costs for 2013: Bungalow nets", "£989"],
      ["Ad Hoc", "£200"],
      ["Total Ground Costs for 2013", "£11,424"],
      ["Playing Costs", ""],
      ["3rd team pitch hire", "£448"],
      ["Cherwell League Registration", "£135"],
      ["Four Counties Registration", "£40"],
      ["Sunday League Registration", "£200"],
      ["Cricket Balls", "£1,096"],
      ["Teas - Home matches played at GBCC (others average at £60-£70 per match)", "1,561"],
      ["Insurance", "£1,000"],
      ["Total Playing Costs", "£4,480"],
      ["Summary of Costs", ""],
      ["Ground Costs (less exceptional costs)", "£10,235"],
      ["Playing Costs", "£4,480"],
      ["Total Costs", "£14,715"],
      ["Income", ""],
      ["Match Fees (including tea's)", "£8,100"],
      ["Indoor nets", "£383"],
      [
        "Adult playing social membership (However this is the standard social membership that all members pay)",
        "£420",
      ],
      ["Total Income", "£8,903"],
      ["Total Costs", "£14,715"],
      ["Deficit of", "(£5,812)"],
    ];
    expect(flagged(costs)).toEqual([]);
    expect(flagged(withCell(costs, 28, 1, "£14,751"))).toEqual(["B29"]);
  });

  test("a rate written in a line's label is a note on it: the line's figure is a part of the total", () => {
    const costs: Cell[][] = [
      ["Playing Costs", ""],
      ["3rd team pitch hire", "£448"],
      ["Cricket Balls", "£1,096"],
      ["Teas - Home matches (others average at £60-£70 per match)", "1,561"],
      ["Insurance", "£1,000"],
      ["Total Playing Costs", "£4,105"],
    ];
    expect(flagged(costs)).toEqual([]);
    expect(flagged(withCell(costs, 3, 1, "1,516"))).toEqual(["B4"]);
  });

  test("'.22' is a figure with its nought left out, and an increase column marked '...' where there is none is clipped", () => {
    // The Vestry of St Mary, Islington: rates by purpose, 1890-91, in pence.
    const rates: Cell[][] = [
      ["Rates for—", "Year 1890-91.", "Year 1889-90", "Increase.", "Decrease."],
      ["", "d.", "d.", "d.", "d."],
      ["Vestry purposes", "15.62", "15.40", ".22", "..."],
      ["Board of Guardians", "13.66", "13.03", ".63", ". . ."],
      ["County Council and Metropolitan Board of Works", "14.15", "13.05", "1.10", ". . ."],
      ["Metropolitan Police", "5.29", "5.35", "...", ".06"],
      ["School Board", "11.47", "9.17", "2.30", ". . ."],
      ["Baths and Washhouses", ".31", "...", ".31", "..."],
      ["", "60.50", "56.00", "4.56", ".06"],
    ];
    expect(flagged(rates)).toEqual([]);
    expect(flagged(withCell(rates, 3, 3, ".36"))).toEqual(["D4"]);
  });

  test("'£ 2018' heads a column, and the year's profit above the balance brought forward moves it", () => {
    // Benenden Community Shop's profit and loss account, 2018.
    const account: Cell[][] = [
      ["", "£ 2018", "£ 2017"],
      ["Sales Revenue", "433,550", "394,190"],
      ["Cost of Sales", "(297,294)", "(290,567)"],
      ["Gross Profit", "136,256", "103,623"],
      ["Post Office commission", "7,539", "7,360"],
      ["Grant income released to P&L account", "7,084", "6,364"],
      ["Other", "-", "742"],
      ["Admin expenses and loan interest", "(127,472)", "(115,759)"],
      ["Net Profit (Loss)", "23,407", "2,330"],
      ["Balance brought forward", "(10,344)", "(12,674)"],
      ["Balance carried forward", "13,063", "(10,344)"],
    ];
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 10, 1, "13,036"))).toEqual(["B11"]);
    expect(flagged(withCell(account, 9, 1, "(10,434)"))).toEqual(["B10"]);
  });
});

describe("readings found in the twenty-first round's study", () => {
  test("a result straight under two totals is the one less the other", () => {
    // Enstone Parish Hall's financials, July 2020 (part).
    const hall: Cell[][] = [
      ["Sales", "£"],
      ["Main Hall hire – regulars", "28.00"],
      ["Coronavirus Cash Grant", "10,000.00"],
      ["Total Sales", "10,028.00"],
      ["Expenses", "£"],
      ["Community First", "50.00"],
      ["Licences", "430.53"],
      ["Insurance", "341.97"],
      ["Electricity", "1,322.07"],
      ["Total Expenses", "2,144.57"],
      ["Net Profit", "7,883.43"],
    ];
    expect(flagged(hall)).toEqual([]);
    expect(flagged(withCell(hall, 10, 1, "7,838.43"))).toEqual(["B11"]);
  });

  test("a year's column beside its months is their total, and no month like them", () => {
    // Lukhanji Local Municipality's monthly revenue by source, 2014/15 (R thousand).
    const revenue: Cell[][] = [
      [
        "R thousand",
        "July",
        "August",
        "Sept.",
        "October",
        "November",
        "December",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "Budget Year 2014/15",
        "Budget Year +1 2015/16",
        "Budget Year +2 2016/17",
      ],
      ["Revenue By Source", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      [
        "Property rates",
        "4,417",
        "3,518",
        "10,734",
        "14,506",
        "5,612",
        "4,980",
        "5,539",
        "4,920",
        "4,471",
        "3,699",
        "4,867",
        "7,898",
        "75,162",
        "81,174",
        "87,668",
      ],
      [
        "Property rates - penalties & collection charges",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "Service charges - electricity revenue",
        "10,175",
        "19,218",
        "13,199",
        "16,090",
        "13,400",
        "10,284",
        "12,370",
        "20,860",
        "18,075",
        "19,306",
        "12,507",
        "13,444",
        "178,929",
        "198,265",
        "218,884",
      ],
      [
        "Service charges - water revenue",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "Service charges - sanitation revenue",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "Service charges - refuse revenue",
        "1,442",
        "1,164",
        "2,599",
        "1,973",
        "1,869",
        "1,336",
        "1,833",
        "1,714",
        "1,667",
        "1,403",
        "1,791",
        "11,716",
        "30,507",
        "33,558",
        "36,914",
      ],
      ["Service charges - other", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      [
        "Rental of facilities and equipment",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "206",
        "2,476",
        "2,476",
        "2,476",
      ],
      [
        "Interest earned - external investments",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "683",
        "8,200",
        "8,200",
        "8,200",
      ],
      [
        "Interest earned - outstanding debtors",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "1,014",
        "12,163",
        "13,229",
        "14,389",
      ],
      ["Dividends received", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
      [
        "Fines",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "29",
        "348",
        "348",
        "348",
      ],
      [
        "Licences and permits",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "324",
        "406",
        "3,971",
        "3,971",
        "3,971",
      ],
      [
        "Agency services",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "315",
        "3,774",
        "3,774",
        "3,774",
      ],
      [
        "Transfers recognised - operational",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "10,742",
        "128,899",
        "138,693",
        "137,306",
      ],
    ];
    expect(flagged(revenue)).toEqual([]);
    expect(flagged(withCell(revenue, 9, 13, "2,746"))).toEqual(["N10"]);
  });

  test("a row of bare years below the figures heads a table stacked under the first", () => {
    // Almshouse charity 1119426: statement of financial activities and balance sheet, 2023.
    const accounts: Cell[][] = [
      ["", "", "Unrestricted", "Unrestricted", "Total", "Unrestricted"],
      ["", "", "funds", "funds", "", "funds"],
      ["", "", "general", "designated", "", "general"],
      ["", "", "2023", "2023", "2023", "2022"],
      ["", "Notes", "£", "£", "£", "£"],
      ["Income from:", "", "", "", "", ""],
      ["Charitable activities", "", "49,326", "", "49,326", "49,373"],
      ["Investments", "", "2,016", "", "2,016", "464"],
      ["Total income", "", "51,342", "", "51,342", "49,837"],
      ["Charitable activities", "", "34,221", "", "34,221", "23,533"],
      ["Net income", "", "17,121", "", "17,121", "26,304"],
      ["Transfers between funds", "", "(138,738)", "138,738", "", ""],
      ["Net movement in funds", "", "(121,617)", "138,738", "17,121", "26,304"],
      ["Reconciliation of funds:", "", "", "", "", ""],
      ["Fund balances at 1 January 2023", "", "1,265,464", "", "1,265,464", "1,239,160"],
      ["Fund balances at 31 December 2023", "", "1,143,847", "138,738", "1,282,585", "1,265,464"],
      ["", "", "2023", "", "2022", ""],
      ["", "Notes", "£", "", "£", ""],
      ["Fixed assets", "", "", "", "", ""],
      ["Tangible assets", "", "", "1,186,238", "", "1,047,500"],
      ["Current assets", "", "", "", "", ""],
      ["Debtors", "", "2,245", "", "2,062", ""],
      ["Cash at bank and in hand", "", "96,744", "", "218,049", ""],
      ["", "", "98,989", "", "220,111", ""],
      ["Creditors: amounts falling due within one year", "10", "(2,642)", "", "(2,147)", ""],
      ["Net current assets", "", "", "96,347", "", "217,964"],
      ["Total assets less current liabilities", "", "", "1,282,585", "", "1,265,464"],
      ["Income funds", "", "", "", "", ""],
      ["Designated funds", "12", "1,186,238", "", "1,047,500", ""],
      ["General unrestricted funds", "", "96,347", "", "217,964", ""],
      ["", "", "", "1,282,585", "", "1,265,464"],
    ];
    expect(flagged(accounts).filter((c) => !["C16", "D16"].includes(c))).toEqual([]);
    expect(flagged(withCell(accounts, 22, 4, "281,049"))).toContain("E23");
  });

  test("a rise stated in a label is of its own column, not the total's, and is weighed where it is misprinted", () => {
    // The London Borough of Redbridge's band D build-up, 2021/22.
    const bandD: Cell[][] = [
      ["", "Redbridge", "GLA", "Total"],
      ["", "£", "£", "£"],
      ["Total Council Tax 2020/21", "1,357.97", "332.07", "1,690.04"],
      ["Increase in Redbridge Council Tax 1.99%", "27.02", "", "27.02"],
      ["Increase in Adult Social Care Precept 3%", "40.74", "", "40.74"],
      ["Greater London Authority Element 5.8%", "", "31.59", "31.59"],
      ["Total Increase in Council Tax 2021/22", "67.76", "31.59", "99.35"],
      ["Total Council Tax 2021/22", "1,425.73", "363.66", "1,789.39"],
    ];
    expect(flagged(bandD)).toEqual([]);
    expect(flagged(withCell(bandD, 3, 1, "27.20"))).toEqual(["B4"]);
  });

  test("lines lettered in their labels are worked by the formulas other labels print over the letters", () => {
    // Laois County Council's budget 2017, table A (the foot).
    const tableA: Cell[][] = [
      ["", "Budget Net Expenditure 2017"],
      ["", "€"],
      ["Adjusted Gross Expenditure & Income (A)", "21,509,000"],
      ["Provision for Credit Balance", "254,123"],
      ["Local Property Tax", "8,558,877"],
      ["Sub - Total (B)", "8,813,000"],
      ["Net Amount of Rates to be Levied (C)=(A-B)", "12,696,000"],
      ["Value of Base Year Adjustment", "0"],
      ["Amount of Rates to be Levied (Gross of BYA) (D)", "12,696,000"],
      ["Net Effective Valuation (E)", "190,717"],
      ["General Annual Rate on Valuation D/E", "66.57"],
    ];
    expect(flagged(tableA)).toEqual([]);
    expect(flagged(withCell(tableA, 10, 1, "65.57"))).toEqual(["B11"]);
    expect(flagged(withCell(tableA, 6, 1, "12,969,000"))).toEqual(["B7"]);
  });

  test("a reading that holds nowhere does not make a position one where the figures do not add up", () => {
    // Laois County Council's budget 2017, table A (the services): last year's net outturn beside
    // this year's expenditure, income and net.
    const services: Cell[][] = [
      [
        "Summary by Service Division",
        "Expenditure",
        "Income",
        "Budget Net Expenditure 2017",
        "",
        "Estimated Net Expenditure Outturn 2016 (as restated)",
        "",
      ],
      ["", "€", "€", "€", "%", "€", "%"],
      ["Gross Revenue Expenditure & Income", "", "", "", "", "", ""],
      [
        "Housing and Building",
        "11,270,238",
        "12,521,075",
        "-1,250,837",
        "-6%",
        "-1,249,201",
        "-6%",
      ],
      [
        "Road Transport & Safety",
        "14,747,129",
        "9,618,006",
        "5,129,123",
        "24%",
        "4,764,715",
        "23%",
      ],
      ["Water Services", "5,072,184", "4,922,851", "149,333", "1%", "262,604", "1%"],
      ["Development Management", "5,419,575", "2,363,660", "3,055,915", "14%", "3,100,855", "15%"],
      ["Environmental Services", "7,789,028", "1,745,545", "6,043,483", "28%", "5,862,780", "28%"],
      ["Recreation and Amenity", "4,224,363", "798,771", "3,425,592", "16%", "3,056,716", "15%"],
      [
        "Agriculture, Education, Health & Welfare",
        "786,020",
        "337,132",
        "448,889",
        "2%",
        "493,031",
        "2%",
      ],
      ["Miscellaneous Services", "9,932,463", "5,424,960", "4,507,503", "21%", "4,378,612", "21%"],
      ["", "59,241,000", "37,732,000", "21,509,001", "100%", "20,670,112", "100%"],
    ];
    expect(flagged(services)).toEqual([]);
    expect(flagged(withCell(services, 8, 1, "4,224,633"))).toEqual(["B9"]);
  });

  test("identical figures in a fund's column and the total beside it are each a sum's evidence", () => {
    // A housing charity's income and expenditure account, 2022.
    const account: Cell[][] = [
      ["", "Note", "Unrestricted Funds", "Restricted Funds", "2022", "2021"],
      ["Turnover", "", "86,317", "", "86,317", "84,753"],
      ["Net Operating Expenses.", "", "", "", "", ""],
      ["Administrative Expenses", "3", "111,986", "", "111,986", "63,344"],
      ["Operating Surplus", "5", "(25,669)", "", "(25,669)", "21,409"],
      ["Interest Receivable & Other Income", "", "804", "", "804", "8"],
      [
        "Surplus/(Deficit) on Ordinary Activities Before and After Taxation",
        "",
        "(24,865)",
        "",
        "(24,865)",
        "21,417",
      ],
      ["Transfers To (From) Designated Reserve.", "", "", "", "", ""],
      ["Extraordinary Repair Fund", "10", "(28,371)", "", "(28,371)", "9,964"],
      ["Cyclical Maintenance Fund", "11", "11,099", "", "11,099", "(14,302)"],
      ["Routine Maintenance Fund", "12", "(24,356)", "", "(24,356)", "8,774"],
      ["", "", "41,628", "", "41,628", "(4,437)"],
      ["Surplus for the Year", "", "16,764", "", "16,764", "16,980"],
      ["Statement of Retained Surplus", "", "", "", "", ""],
      ["Retained Surplus Brought Forward", "", "405,742", "", "405,742", "388,762"],
      ["Surplus (Deficit) for the Year", "", "16,764", "", "16,764", "16,980"],
      ["Retained Surplus Carried Forward", "", "422,506", "", "422,506", "405,742"],
    ];
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 12, 5, "61,980"))).toEqual(["F13"]);
  });

  test("a row of the same years as the columns' headings over a stacked table keeps the columns' relations", () => {
    // Charity 1103123: statement of financial activities and balance sheet, 2022.
    const accounts: Cell[][] = [
      ["", "", "", "", "2022", "2021"],
      ["", "", "Unrestricted", "Restricted", "Total", "Total"],
      ["", "", "funds", "funds", "funds", "funds"],
      ["", "Notes", "", "", "", ""],
      ["INCOME AND ENDOWMENTS FROM", "", "", "", "", ""],
      ["Donations and legacies", "", "47,243", "", "47,243", "47,313"],
      ["Other trading activities", "", "3,170", "", "3,170", "1,173"],
      ["Investment income", "", "568", "", "568", "1,020"],
      ["Total", "", "50,981", "", "50,981", "49,506"],
      ["EXPENDITURE ON", "", "", "", "", ""],
      ["Charitable activities", "", "", "", "", ""],
      [
        "Restoration and maintenance of commons, fields and hay meadows",
        "",
        "33,744",
        "",
        "33,744",
        "44,741",
      ],
      ["Other", "", "", "", "", "767"],
      ["Total", "", "33,744", "", "33,744", "45,508"],
      ["NET INCOME", "", "17,237", "", "17,237", "3,998"],
      ["Transfers between funds", "12", "1,400", "(1,400)", "", ""],
      ["Net movement in funds", "", "18,637", "(1,400)", "17,237", "3,998"],
      ["RECONCILIATION OF FUNDS", "", "", "", "", ""],
      ["Total funds brought forward", "", "669,086", "11,873", "680,959", "676,961"],
      ["TOTAL FUNDS CARRIED FORWARD", "", "687,723", "10,473", "698,196", "680,959"],
      ["", "", "", "", "2022", "2021"],
      ["", "", "Unrestricted", "Restricted", "Total", "Total"],
      ["", "", "funds", "funds", "funds", "funds"],
      ["", "Notes", "", "", "", ""],
      ["FIXED ASSETS", "", "", "", "", ""],
      ["Tangible assets", "", "436,008", "", "436,008", "434,258"],
      ["CURRENT ASSETS", "", "", "", "", ""],
      ["Debtors", "10", "389", "", "389", "1,639"],
      ["Cash at bank", "", "256,523", "10,473", "266,996", "246,935"],
      ["", "", "256,912", "10,473", "267,385", "248,574"],
      ["CREDITORS", "", "", "", "", ""],
      ["Amounts falling due within one year", "11", "(5,197)", "", "(5,197)", "(1,873)"],
      ["NET CURRENT ASSETS", "", "251,715", "10,473", "262,188", "246,701"],
      ["TOTAL ASSETS LESS CURRENT LIABILITIES", "", "687,723", "10,473", "698,196", "680,959"],
      ["NET ASSETS", "", "687,723", "10,473", "698,196", "680,959"],
    ];
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(withCell(accounts, 28, 4, "266,596"))).toEqual(["E29"]);
  });
});

describe("readings corrected after the twenty-second round's false flags", () => {
  const round = twentySecondRoundTables();
  const table = (id: string) => round.find((t) => t.id === id)!.cells;

  test("a line that adds or deducts a total carried from above is an item of the running balance", () => {
    // HK Parish Council's receipts and payments: "Add Total Income", "Deduct Total Expenditure".
    const account = table("hk-parish-2017-receipts-payments");
    expect(hintsOf("Add Total Income").aggregate).toBeUndefined();
    expect(hintsOf("Deduct Total Expenditure").aggregate).toBeUndefined();
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 38, 2, "£40,352.23"))).toEqual(["C39"]);
  });

  test("averages of counts by size band do not add up to the total line's; averages of money over one base do", () => {
    // A housing finance magazine's table of registered providers by size band.
    const bands = table("socialhousing-2018-rp-presence");
    expect(hintsOf("Average number of local authorities").averaged).toBe(true);
    expect(hintsOf("Average Band 'D' charge").averaged).toBe(false);
    expect(flagged(bands)).toEqual([]);
    expect(flagged(withCell(bands, 4, 1, "156"))).toEqual(["B5"]);
  });

  test("two lines equal on most lines may differ on another: only a known mistake there, or another relation breaking with it, is a break", () => {
    // Foreign Office, Lords written answer, 1940: the British Council's grant voted and issued.
    expect(flagged(table("foreign-office-1940-british-council-grant"))).toEqual([]);
    // Land and Property Services, 2009: Cookstown's regional rate apart from every other
    // district's, and its poundage not adding up with it (the guard).
    const poundages = unseenTables().find((t) => t.id.startsWith("lps-ni-2009"))!.cells;
    expect(flagged(poundages)).toEqual(["C13"]);
  });

  test("changes signed favourable positive, the income's one way round and the spending's the other, are not sign errors", () => {
    // University of Cambridge, the Chest's latest forecast against its updated budget, 2018-19.
    const chest = table("cambridge-2019-chest-forecast");
    expect(flagged(chest)).toEqual([]);
    expect(flagged(withCell(chest, 3, 4, "214.0"))).toEqual(["E4"]);
  });

  test("of two runs each holding in one year, the one under the line's own heading is the subtotal", () => {
    // Charity 289294's balance sheet, 2024: current assets under their heading, fixed assets above.
    const sheet = table("charity-289294-2024-balance-sheet");
    expect(flagged(sheet)).toEqual([]);
    expect(flagged(withCell(sheet, 9, 3, "1,003,421"))).toEqual(["D10"]);
  });

  test("a heading total whose lines below add up nowhere is a guess: only a known mistake there is a break", () => {
    // Hart District Council's council tax setting: a tax base in dwellings over the amounts.
    expect(flagged(table("hart-2024-council-tax-setting"))).toEqual([]);
  });

  test("a heading total over groups under headings of their own adds the groups' headings", () => {
    // Sunflowers Wales: "Total spending" over "Shipments to Ukraine" and "Funding used", each
    // over its own items.
    const report = table("sunflowers-wales-2022-aug-sep-report");
    expect(flagged(report)).toEqual([]);
    expect(flagged(withCell(report, 1, 1, "£15,945.58"))).toEqual(["B2"]);
    // The next quarter's total spending is £1,500 above its two groups: a published slip.
    expect(flagged(table("sunflowers-wales-2022-q4-report"))).toEqual(["B7"]);
  });

  test("a line named by what the lines just above it share at their ends is their subtotal", () => {
    // LCH NHS Trust's capital expenditure, 2024/25: "Disposals" under "Lease Disposals" and
    // "Owned Asset Disposals", then the total of the subtotals.
    const capital = twentiethRoundTables().find((t) => t.id === "lch-2025-capital-expenditure")!;
    expect(flagged(capital.cells)).toEqual([]);
    expect(flagged(withCell(capital.cells, 14, 1, "(104)"))).toEqual(["B15"]);
  });

  test("a line added to a total printed above its lines is not one of them", () => {
    // Melton Parish Council's cash position, 2022: the bank accounts' total over its six
    // accounts, then "Adding as assets: VAT due".
    const cash = eighteenthRoundTables().find((t) => t.id === "melton-2022-cash-position")!;
    expect(hintsOf("Adding as assets: VAT due").added).toBe(true);
    const finding = only(withCell(cash.cells, 0, 1, "£424,844.11"));
    expect(finding.cell).toBe("B1");
    expect(finding.relation).toMatch(/Lloyds Instant Savings Account \(6 lines\)/);
  });

  test("a reading that breaks nearly everywhere does not make a position one whose figures do not add up", () => {
    // Medbourne Parish Council's precept estimates, 2014: "Actual year total" is no total of the
    // columns after it, and must not hide a break in the estimated year total.
    const estimates = seventeenthRoundTables().find(
      (t) => t.id === "medbourne-pc-2014-precept-estimates"
    )!;
    expect(flagged(withCell(estimates.cells, 22, 5, "62.89"))).toEqual(["F23"]);
  });
});

describe("readings corrected after the twenty-third round's false flags", () => {
  test("shillings and pence carry into the pounds: their columns do not add up alone", () => {
    // Mines Department, 1926: the Miners' Welfare Fund's allocations to mining education, in £ s. d.
    const allocations = twentyThirdRoundTables().find((t) =>
      t.id.startsWith("mines-1926-welfare-fund")
    )!.cells;
    expect(hintsOf("From the District Funds. s.").subunit).toBe(true);
    expect(hintsOf("Band D").subunit).toBe(false);
    expect(flagged(allocations)).toEqual([]);
    expect(flagged(withCell(allocations, 4, 1, "4,580"))).toEqual(["B5"]);
  });

  test("a column of prices set in 50p steps may round a result to the step, and only within it", () => {
    // Brampton Bierlow's allotment rents, 2019/20: every rent raised by a fifth, £22.00 to
    // £26.50 where a fifth more is £26.40.
    const rents = twentyThirdRoundTables().find((t) =>
      t.id.startsWith("brampton-bierlow-2019")
    )!.cells;
    expect(flagged(rents)).toEqual([]);
    expect(flagged(withCell(rents, 4, 2, "28.00"))).toEqual(["C5"]);
    expect(flagged(withCell(rents, 3, 2, "33.50"))).toEqual(["C4"]);
  });

  test("an amount with £ under a heading of counts, its inputs there bare, is a line of its own", () => {
    // Ministry of Shipping, 1920: the estimated profit written below the table in the column of
    // numbers of ships sold.
    const sales = twentyThirdRoundTables().find((t) => t.id.startsWith("shipping-1920"))!.cells;
    expect(flagged(sales)).toEqual([]);
    expect(flagged(withCell(sales, 8, 1, "£2,500,000."))).toEqual(["B9"]);
    expect(flagged(withCell(sales, 3, 1, "165"))).toEqual(["B4"]);
  });

  test("a closing balance may be the opening one and the year's net printed last, on its own", () => {
    // A guide unit's receipts and payments, 2023: receipts, their total, payments, theirs, then
    // "Net Receipts over Payments" and the closing balance.
    const account = twentyThirdRoundTables().find((t) =>
      t.id.startsWith("ni-charity-107392")
    )!.cells;
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 35, 2, "-3,909.43"))).toEqual(["C36"]);
  });
});

describe("readings corrected after the twenty-fourth round's false flags and misses", () => {
  const table = (prefix: string) =>
    twentyFourthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("an unlabelled line that adds up only the last lines of its run, in both years, is their subtotal", () => {
    // Mevagissey harbour's income, 2022: the three dues under "Donations", then rents, then two
    // lines and their sum, under a total of them all.
    const income = table("mevagissey-harbour-2022-sofa");
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 13, 1, "274,084"))).toEqual(["B14"]);
  });

  test("the United Kingdom totals its nations, not the other countries listed with it", () => {
    // The Department of Technical Co-operation's research staff by country, 1964.
    expect(flagged(table("dtc-1964"))).toEqual([]);
    const nations: Cell[][] = [
      ["", "Staff"],
      ["England", "84"],
      ["Scotland", "12"],
      ["Wales", "7"],
      ["Northern Ireland", "4"],
      ["United Kingdom", "107"],
    ];
    expect(flagged(nations)).toEqual([]);
    expect(flagged(withCell(nations, 5, 1, "170"))).toEqual(["B6"]);
  });

  test("a running total is the one before it and the amount beside it", () => {
    // Hackspace Manchester's pledges, 2017, and a party's campaign ledger, 2015.
    const pledges = table("hacman-2017");
    expect(flagged(pledges)).toEqual([]);
    expect(flagged(withCell(pledges, 4, 1, "£52"))).toEqual(["B5"]);
    expect(flagged(withCell(pledges, 4, 2, "£107"))).toEqual(["C5"]);
    const ledger = table("something-new");
    expect(flagged(ledger)).toEqual([]);
    expect(flagged(withCell(ledger, 8, 4, "1000"))).toEqual(["E9"]);
  });

  test("a charge for a stated number of weeks is the weekly charge times the weeks, above a restated heading", () => {
    // Durham's residence charges, 2024/25: below the room charges, the heading restated with
    // "Catering Charge" where "Weekly Charge" stood.
    const charges = table("durham-ug");
    expect(flagged(charges)).toEqual([]);
    expect(flagged(withCell(charges, 2, 3, "£6,850.50"))).toEqual(["D3"]);
    // Aldridge School's income and expenditure, 2014: "% Spent" restates "% Received", a
    // percentage still, and its relations run on; only the two published mistakes are found.
    const school = sixteenthRoundTables().find((t) => t.id.startsWith("aldridge-school-2014"))!;
    expect(flagged(school.cells).sort()).toEqual(["G11", "K5"]);
  });
});

describe("readings corrected after the twenty-fifth round's false flags", () => {
  const table = (prefix: string) =>
    twentyFifthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("an unlabelled line that adds up every line since the last total, across headings, is their subtotal", () => {
    // A theatre charity's resources expended, 2021: "Cost of Generating Funds:" and "Direct
    // Charitable Expenditure:", each with its lines, then one unlabelled line for both.
    const theatre = table("charity-1076494-2021");
    expect(flagged(theatre)).toEqual([]);
    expect(flagged(withCell(theatre, 26, 2, "(50,836)"))).toEqual(["C27"]);
  });

  test("a total misprinted as digits wrongly grouped is reported there, and last year's total beside it does not take its lines", () => {
    // A congregation's receipts, 2022: this year's total of donations printed "11,8141".
    const receipts = table("ni-charity-104913-2022");
    expect(flagged(receipts)).toEqual(["F5"]);
    expect(flagged(withCell(receipts, 12, 6, "112,735"))).toEqual(["F5", "G13"]);
  });

  test("a total takes the subtotal of the lines it is named for, not those lines again", () => {
    // A congregation's payments, 2023: "Sub Total" of the payments, then purchases and loan
    // repayments, then "Total Payments", in columns where the loan repayments are blank.
    const payments = table("ni-charity-105348-2023");
    expect(flagged(payments)).toEqual([]);
    expect(flagged(withCell(payments, 20, 7, "113,451"))).toEqual(["H21"]);
  });

  test("a requirement is the total above less the lines under a restated heading that says Less", () => {
    // Devizes Town Council's precept, 2017/18 and 2018/19: "Less Income" restates the years; its
    // budget requirement is not the total less the income, in both years as published.
    const precept = table("devizes-tc-2018");
    expect(flagged(precept)).toEqual(["B10", "C10"]);
    const corrected = withCell(withCell(precept, 9, 1, "691,642"), 9, 2, "844,544");
    expect(flagged(corrected)).toEqual([]);
    expect(flagged(withCell(corrected, 6, 2, "700,831"))).toEqual(["C7"]);
  });

  test("a line that breaks a guessed reading by its sign at two positions or more is printed that way, not slipped", () => {
    // Sutton Coldfield's budget comparison, 2018: under a subtotal of every service across its
    // headings, the precept and a transfer to reserves printed positive and taken away.
    const budget = nineteenthRoundTables().find((t) =>
      t.id.startsWith("suttoncoldfield-2018-budget-comparison")
    )!.cells;
    expect(flagged(budget)).toEqual([]);
    expect(flagged(withCell(budget, 23, 2, "(97,162)"))).toContain("C24");
  });

  test("no total is read over a run that counts a figure and the items below it twice", () => {
    // As a festival budget prints its outgoings: the figure, then its items under it.
    const budget: Cell[][] = [
      ["", "", "£"],
      ["Income", "", "900"],
      ["", "Grants", "900"],
      ["Outgoings", "", "1,193"],
      ["", "Venue", "725"],
      ["", "Licences", "370"],
      ["", "Marketing", "98"],
      ["Reserves", "", "12.40"],
      ["Total", "", "-280.60"],
    ];
    expect(flagged(budget)).toEqual([]);
  });
});

describe("readings corrected after the twenty-sixth round's false flags and misses", () => {
  const table = (prefix: string) =>
    twentySixthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test.each(["charity-1104640-2022-sofa", "charity-527654-2023-sofa"])(
    "net gains on investments in %s are a line of the statement, not the net of the totals above",
    (id) => {
      const sofa = table(id);
      expect(flagged(sofa)).toEqual([]);
      expect(hintsOf("Net gains/(losses) on investments").net).toBe(false);
      expect(hintsOf("Net gain/(loss) on investments").difference).toBe(false);
    }
  );

  test("a total named for the heading its lines are taken away under totals them: Total Payments under Less Payments", () => {
    // A community garden's finance report, 2016/17: receipts and their total, then "Less
    // Payments" with its lines and "Total Payments".
    const report = table("charlton-community-gardens");
    expect(flagged(report)).toEqual([]);
    expect(flagged(withCell(report, 17, 1, "£993.26"))).toEqual(["B18"]);
  });

  test("a row printed again with the same figures throughout is no further evidence of a rule", () => {
    // A pipe band trust's prize list: six grades with the same five prizes, two grades with others.
    expect(flagged(table("sspdt-championships-prize-money"))).toEqual([]);
  });

  test("a total below a closing balance starts after it: the bank accounts that hold the cash", () => {
    // The Charity Commission's receipts and payments form: "Cash funds this year end", then "B1
    // Cash funds: Current Account" and "Total cash funds".
    expect(flagged(table("ukpa-2023-24"))).toEqual([]);
    expect(flagged(table("ukpa-2024-25"))).toEqual([]);
  });

  test("funds at the 1st of any month open a year, and at its last day close it", () => {
    // A grant-making charity's statement of financial activities, 2022: once its net gains on
    // investments are a line like the others, "Total Funds at 1st August 2021" must not take them.
    const sofa = twentyFirstRoundTables().find((t) => t.id === "charity-310860-2022-sofa")!.cells;
    expect(flagged(sofa)).toEqual([]);
  });

  test("dashes alone in a column with no heading, each beside a figure, are those figures' minus signs", () => {
    // A village hall's receipts and payments, 2021: last year's deficit printed "-  11,552", its
    // sign in a narrow column of its own, which the balances at 1st January and 31 December show.
    const hall = twentiethRoundTables().find((t) => t.id.startsWith("ew1070903-2021-hall"))!.cells;
    expect(flagged(hall)).toEqual([]);
    expect(flagged(withCell(hall, 37, 4, "11,525"))).toContain("E38");
  });

  test("a line over a heading and its lines may be their total: Overall, then Region and each region", () => {
    const vacancies = table("bis-2009-skills-shortage-vacancies");
    expect(flagged(vacancies)).toEqual([]);
    expect(flagged(withCell(vacancies, 2, 1, "619,765"))).toEqual(["B3"]);
    expect(flagged(withCell(vacancies, 6, 1, "126,785"))).toEqual(["B7"]);
    expect(hintsOf("SSVs per 1,000 employees").perUnit).toBe(true);
  });
});

describe("readings corrected after the twenty-seventh round's false flags", () => {
  const table = (prefix: string) =>
    twentySeventhRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("funds are what the last net assets line says, Net (liabilities)/assets among them", () => {
    // A football club's statement of financial position, 2017: last year's £50,000 creditor due
    // after a year sets total assets less current liabilities apart from the shareholders' funds.
    const position = table("aldershot-town-fc-2017");
    expect(flagged(position)).toEqual([]);
    expect(flagged(withCell(position, 19, 3, "55,727"))).toEqual(["D20"]);
  });

  test("a list printed in two halves side by side is totalled at the foot of the right-hand half", () => {
    // Allerdale's council tax support grants to parishes, 2015: two lists of parishes, one total.
    const grants = table("allerdale-2015");
    expect(flagged(grants)).toEqual([]);
    expect(flagged(withCell(grants, 35, 3, "92,353.40"))).toEqual(["D36"]);
  });

  test("an unlabelled total is of the lines since the last total before any run from the top", () => {
    // A heritage charity's balance sheet, 2020 column: fixed and current assets in one column,
    // the current assets' subtotal unlabelled under them.
    const sheet = table("charity-326323-2021-heritage-balance");
    expect(flagged(sheet)).toEqual([]);
    expect(flagged(withCell(sheet, 14, 4, "79,958"))).toContain("E15");
  });

  test("a percentage increase is between the same measure in two years, not the figure beside it", () => {
    // South Lakeland's parish precepts, 2021/22: tax base, precept and Band D for each year, then
    // "Council Tax Increase (%)", the change in Band D.
    const precepts = table("south-lakeland-2021");
    expect(flagged(precepts)).toEqual([]);
    expect(flagged(withCell(precepts, 4, 7, "2.10%"))).toEqual(["H5"]);
  });

  test("a closing balance restated below is not the balance brought forward the year after", () => {
    // A community council's accounting statement, 2022/23: its balance carried forward is the
    // "Totals" (brought forward and receipts) less "Total expenses", which breaks by £9 as published;
    // the statement of balances below restates it for the same year.
    const statement = eighteenthRoundTables().find((t) =>
      t.id.startsWith("wyevalleycc-2023-accounting-statement")
    )!.cells;
    const cells = flagged(statement);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => !["C7", "C11", "C12"].includes(c))).toEqual([]);
  });
});

describe("readings corrected after the twenty-eighth round's false flags", () => {
  const table = (prefix: string) =>
    twentyEighthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("last year's total never takes this year's funds past this year's total", () => {
    // A Scout county's statement of financial activities, 2022: "Total Funds 2022" is left blank on
    // the net line, beside the funds' figures and last year's total.
    const sofa = table("durham-scouts-2022");
    expect(flagged(sofa)).not.toContain("F14");
    expect(flagged(withCell(sofa, 13, 5, "83,912"))).toEqual(["F14"]);
  });

  test("a total left blank beside parts that add up to something is not printed, not nothing", () => {
    // The same statement: the net line's 2022 total, not printed, is no nought in the lines below.
    const sofa = table("durham-scouts-2022");
    expect(flagged(sofa)).toEqual([]);
    expect(flagged(withCell(sofa, 17, 4, "55,212"))).toEqual(["E18"]);
  });

  test("lines all taken away, with no total above to take them from, total to their own sum", () => {
    // A parish council's year-end accounts, 2016/17: "Less Payments", the payments, and their
    // total printed in the column beside them.
    const accounts = table("singleton-pc-2016");
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(withCell(accounts, 32, 2, "16996"))).toEqual(["C33"]);
  });

  test("a total off by just the figure of a column printed on its line alone adds that item", () => {
    // The Benefits Agency's Scottish district costs, 1999: central support services (CSUS) are
    // printed only on the total line, and the district spend total takes them.
    const costs = table("benefits-agency-1999");
    expect(flagged(costs)).toEqual([]);
    expect(flagged(withCell(costs, 12, 6, "117,386,000"))).toEqual(["G13"]);
  });
});

describe("readings found in the twenty-eighth round's misses", () => {
  const table = (prefix: string) =>
    twentyEighthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test('"c/fwd" carries a balance forward, and a year ended "31.12.19" is 2019', () => {
    // A heritage charity's summary accounts, 2019 and 2018: the surplus carried forward is the one
    // brought forward and the year's surplus, and opens the next year.
    const accounts = table("mitcham-cricket-green-2019");
    expect(flagged(accounts)).toEqual([]);
    expect(flagged(withCell(accounts, 22, 1, "£7,926"))).toEqual(["B23"]);
    expect(flagged(withCell(accounts, 21, 1, "£7,153"))).toEqual(["B22"]);
  });

  test("a balance sheet's unlabelled foot under Capital and reserves is its net assets", () => {
    // A home care company's balance sheet, 2020: share capital of £100 in both years is no
    // multiplier ("x 100 x 1/100").
    const sheet = table("domus-live-in-care-2020");
    expect(flagged(sheet)).toEqual([]);
    expect(checkTable(sheet).relations.filter((r) => /1\/100/.test(r.words))).toEqual([]);
    expect(flagged(withCell(sheet, 13, 2, "(76,689)"))).toEqual(["C14"]);
  });
});

describe("readings corrected after the twenty-ninth round's false flag, and found in its misses", () => {
  const table = (prefix: string) =>
    twentyNinthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("lines that add up to a closing balance by themselves are its breakdown, not its movements", () => {
    // A sea cadet unit's balance reconciliation, 2024: the opening balances and their total, then
    // the closing balances (bank, savings, petty cash) and theirs.
    const reconciliation = table("sea-cadets-liverpool-217");
    expect(flagged(reconciliation)).toEqual([]);
    expect(flagged(withCell(reconciliation, 10, 0, "£19,482.34"))).toEqual(["A11"]);
  });

  test('a "Per cent, change" under each amount, across consecutive years, is its change on the year before', () => {
    // A Training and Enterprise Council's funding, 1991-92 to 1993-94, as a Hansard answer gave it:
    // each programme, then its change; the total takes the programmes, not the changes.
    const funding = table("essex-tec-1994");
    expect(flagged(funding)).toEqual([]);
    expect(flagged(withCell(funding, 6, 3, "82.8"))).toEqual(["D7"]);
    expect(flagged(withCell(funding, 7, 1, "19.737"))).toEqual(["B8"]);
  });

  test("an increase column beside each year's amount is the change on the year before", () => {
    // The Department of Health and Social Care's NHS England budget growth, 2017-18 to 2020-21:
    // 2019-20's cash increase, 2.1%, is not the 1.7% its printed figures give (recorded since).
    const growth = twentySeventhRoundTables().find((t) => t.id.startsWith("dhsc-2018"))!.cells;
    expect(flagged(growth)).toEqual(["C4"]);
    expect(flagged(withCell(growth, 3, 4, "0.5%"))).toEqual(["C4", "E4"]);
  });
});

describe("readings corrected after the thirtieth round's false flags, and found in its misses", () => {
  const table = (prefix: string) =>
    thirtiethRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("last year's total never takes this year's funds, however its heading is capitalised", () => {
    // A heritage charity's statement of financial activities, 2023: "Total funds" 2023 stands
    // between the funds' columns and "Total Funds" 2022, whose gains of 12,534 have no parts.
    const statement = table("charity-1082128");
    expect(flagged(statement)).toEqual([]);
    expect(flagged(withCell(statement, 19, 4, "119,012"))).toEqual(["E20"]);
  });

  test('an "average (weighted)" line is not the plain mean of the lines above it', () => {
    // A select committee's annex of Ofwat's 2004 draft determination: each company's household
    // bills, then the weighted average of the water and sewerage companies.
    const bills = table("ofwat-2004");
    expect(flagged(bills)).toEqual([]);
    expect(flagged(withCell(bills, 5, 5, "51"))).toEqual(["F6"]);
  });

  test("items in an inner column add up to the figure beside them on the line below", () => {
    // A record-pressing group's income statement, 2020 and 2019: distribution costs and
    // administrative expenses in each year's first £ column, their sum in its second.
    const income = table("vinyl-factory-2020");
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 7, 3, "9,501,635"))).toEqual(["D8"]);
  });

  test("an unlabelled line in a profit and loss account is the running result", () => {
    // A housebuilding group's income statement, 2020 and 2019: gross profit less the costs is
    // printed unlabelled, then operating profit, then two more unlabelled running results.
    const income = table("pj-livesey-holdings-2020");
    expect(flagged(income)).toEqual([]);
    expect(flagged(withCell(income, 8, 3, "313,842"))).toEqual(["D9"]);
    expect(flagged(withCell(income, 12, 3, "519,153"))).toEqual(["D13"]);
  });

  test("a result is worked from the result above it across a section with its own total", () => {
    // A festival's profit and loss, 2017 to 2019: gross surplus is income less the event costs'
    // total of totals; operating surplus is gross surplus less administrative costs' total.
    const account = table("electromagnetic-field-2019");
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 55, 2, "25,959"))).toEqual(["C56"]);
    expect(flagged(withCell(account, 70, 1, "(10,835)"))).toEqual(["B71"]);
    expect(flagged(withCell(account, 78, 3, "(10,260)"))).toEqual(["D79"]);
  });
});

describe("readings corrected after the thirty-first round's false flags", () => {
  test("a sum off by exactly an opening balance that another relation takes keeps its column's basis", () => {
    // A Northern Ireland youth unit's receipts and payments, 2023 and 2022: this year's total
    // receipts take the opening balance printed among them, last year's do not; each column's
    // closing balance agrees with its own basis.
    const account = thirtyFirstRoundTables().find((t) => t.id.startsWith("ni107400"))!.cells;
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 16, 2, "310.00"))).toEqual(["C17"]);
  });
});

describe("readings corrected after the thirty-second round's false flag", () => {
  test('a row headed "Note" repeating one digit under each column is its "£" signs, misread', () => {
    // A charity's statement of financial activities, 2020 and 2019: OCR read the "£" over each
    // fund column as "2", under the headings and beside "Note".
    const statement = thirtySecondRoundTables().find((t) => t.id.startsWith("charity-1089224"))!;
    expect(flagged(statement.cells)).toEqual([]);
    expect(flagged(withCell(statement.cells, 9, 7, "585,260"))).toEqual(["H10"]);
  });
});

describe("readings corrected after the thirty-third round's false flag", () => {
  test("net income is the totals' difference carried on by the lines printed after them", () => {
    // A charity's statement of financial activities, 2024 and 2023: net income and movement in
    // funds is total income less total expenditure, plus the net gains or losses on investments
    // printed below them, which the restricted funds alone hold.
    const statement = thirtyThirdRoundTables().find((t) => t.id.startsWith("charity-279500"))!;
    expect(flagged(statement.cells)).toEqual([]);
    expect(flagged(withCell(statement.cells, 14, 4, "54,672"))).toEqual(["E15"]);
  });
});

describe("readings corrected after the thirty-fourth round's false flags", () => {
  test('a figure with a point among its thousands ("3.056,686") cannot be read, and is no label', () => {
    // A grant-making trust's statement of financial activities, 2020 and 2019: OCR printed this
    // year's total funds brought forward with a full stop for a comma. Read as a label, it made
    // its row a heading's and its neighbours' totals look wrong.
    const statement = thirtyFourthRoundTables().find((t) => t.id.startsWith("charity-1056624"))!;
    expect(flagged(statement.cells)).toEqual(["E16"]);
    expect(flagged(withCell(statement.cells, 15, 4, "3,056,686"))).toEqual([]);
  });
});

describe("readings corrected after the thirty-fifth round's false flags", () => {
  test("headings restated in the body, with a year among them, head last year's statement stacked below", () => {
    // A charity's statement of financial activities for 2020, with 2019's printed under it under
    // its own headings ("Total 31 October 2019", "Unrestricted funds", "Note") laid out afresh:
    // its year is a heading, its note numbers are no figures, and the columns' totals of this
    // year's funds stop above it.
    const statement = thirtyFifthRoundTables().find((t) => t.id.startsWith("charity1181822"))!;
    expect(flagged(statement.cells)).toEqual([]);
    expect(flagged(withCell(statement.cells, 26, 4, "25,330"))).toEqual(["E27"]);
  });

  test("a line with a figure in one column only, among a sum's lines, may be one of them there", () => {
    // A charity's statement of financial activities, 2021 and 2020: net movement in funds adds
    // the movement before gains and the properties' fair value adjustment, and in 2020 alone the
    // loss on investments printed between them.
    const statement = thirtyFifthRoundTables().find((t) => t.id.startsWith("charity-231486"))!;
    expect(flagged(statement.cells)).toEqual([]);
    expect(flagged(withCell(statement.cells, 17, 1, "1,624,500"))).toEqual(["B18"]);
  });
});

describe("readings corrected after the thirty-sixth round's false flags", () => {
  test("a total holds, too, where the lines blank there are left out of its run", () => {
    // A congregation's receipts and payments, 2022 and 2021: "Total Receipts" is the "Sub Total"
    // and the sales of assets, printed (as 0) only in the total column; read as the receipts
    // again, it left the subtotal for the net receipts below to take as well.
    const account = thirtySixthRoundTables().find((t) => t.id.startsWith("ringsend"))!.cells;
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 21, 6, "(2,519)"))).toEqual(["G22"]);
  });

  test("a blank on a total line under figures that add up to something is a total not printed", () => {
    // A pre-school's bank balances, with the movements in the year beside them: the movements'
    // total is not printed on the balances' total line, so "closing = opening + movement" is not
    // judged there.
    const account = thirtySixthRoundTables().find((t) => t.id.startsWith("litlington"))!.cells;
    expect(flagged(account)).toEqual([]);
    expect(flagged(withCell(account, 31, 1, "20942.08"))).toEqual(["B32"]);
  });
});

describe("readings corrected after the thirty-seventh round's false flag", () => {
  test("a blank on a net line under a result that comes to something is a figure not printed", () => {
    // A grant-making trust's statement of financial activities, 2022 and 2021: last year's "Net
    // income/(expenditure) before investment gains/(losses)" is not printed under its net income,
    // so its net income and movement in funds is not judged as the gains alone.
    const statement = thirtySeventhRoundTables().find((t) => t.id.startsWith("charity-276127"))!;
    expect(flagged(statement.cells)).toEqual([]);
    expect(flagged(withCell(statement.cells, 16, 5, "2,008,918"))).toEqual(["F17"]);
  });
});

describe("readings corrected after the thirty-eighth round's false flags", () => {
  const table = (prefix: string) =>
    thirtyEighthRoundTables().find((t) => t.id.startsWith(prefix))!.cells;

  test("a row of figures with no label is named by a total's words on the line above it", () => {
    // A fellowship fund's statement of financial activities prints "TOTAL INCOME" and "TOTAL
    // EXPENDITURE" on lines of their own, their figures on the line below: its net income is
    // their difference, not the fees and the expenditure added together.
    const statement = table("charity-207666");
    expect(flagged(statement)).toEqual([]);
    expect(flagged(withCell(statement, 21, 4, "(10,857)"))).toEqual(["E22"]);
  });

  test("a nought where a total's lines are all noughts is their total", () => {
    // A parish's restricted fund moved nothing: its "Reconciliation of Funds" nought is the sum
    // of the noughts above it, not the year's net expenditure carried on.
    const statement = table("drumgath");
    expect(flagged(statement)).toEqual([]);
    expect(flagged(withCell(statement, 21, 3, "9,702"))).toEqual(["D22"]);
  });

  test("a result under a balance sheet's funds heading is not worked from the total above it", () => {
    // A pre-school's balance sheet: the excess of income over expenditure, under "REPRESENTED
    // BY", is not the balance brought forward less the total net assets above the heading. Its
    // one published mistake, funds carried forward 5 short of the net assets, is still found.
    const sheet = table("willow-set");
    expect(flagged(sheet)).toEqual(["D15"]);
    expect(flagged(withCell(sheet, 6, 1, "76,251"))).toEqual(["B7", "D15"]);
  });
});

describe("readings corrected after the fortieth round's false flag", () => {
  test("a result under a balance sheet's funds heading is worked from no total above it", () => {
    // A hair salon's balance sheet: the profit and loss account, under "Capital and reserves", is
    // not the total assets less current liabilities, less the net assets, plus the share capital.
    const sheet = fortiethRoundTables().find((t) => t.id.startsWith("hairology"))!.cells;
    expect(flagged(sheet)).toEqual([]);
    expect(flagged(withCell(sheet, 13, 2, "(1,252)"))).toEqual(["C14"]);
  });
});
