/**
 * Every setting of the reviewer engine, each with its reason. Nothing else in src/review holds a
 * threshold: change one here and the whole pipeline follows.
 */

/** A multiplier a reviewer reads aloud, kept as a fraction so that 365/7 is divided last. */
export interface Factor {
  readonly num: number;
  readonly den: number;
  readonly value: number;
  readonly words: string;
}

export function factorOf(num: number, den = 1, words?: string): Factor {
  return {
    num,
    den,
    value: num / den,
    words: words ?? (den === 1 ? amountText(num) : `${num}/${den}`),
  };
}

export function inverseOf(f: Factor): Factor {
  const words = f.words.startsWith("1/")
    ? f.words.slice(2)
    : f.words.includes("/")
      ? `${f.den}/${f.num}`
      : `1/${f.words}`;
  return factorOf(f.den, f.num, words);
}

export const ONE = factorOf(1);
export const THOUSAND = factorOf(1000, 1, "1,000");
export const MILLION = factorOf(1e6, 1, "1,000,000");
export const WEEKS_52 = factorOf(52);
export const WEEKS_365_7 = factorOf(365, 7);

function amountText(n: number): string {
  return n >= 10000 ? n.toLocaleString("en-GB") : String(n);
}

/**
 * The only constants a searched relation may multiply by: weeks a year (52 or 365/7), days a week,
 * months a year, days a year, percentages (100), £k and £m (1,000 and 1,000,000) and VAT (1.2).
 * Anything else has to be stated in the table ("x 2", "4 placements", a beds column, a term in
 * years). Inverses are tried too (a weekly figure from an annual one).
 */
export const VOCABULARY: readonly Factor[] = [
  WEEKS_52,
  WEEKS_365_7,
  factorOf(7),
  factorOf(12),
  factorOf(365),
  factorOf(100),
  THOUSAND,
  MILLION,
  factorOf(6, 5, "1.2"),
];

/**
 * How many coincidental relations a search may accept in one table, on average. A relation found
 * by search (not announced by a label or a formula) is accepted only when the chance that its
 * holding instances all hold by coincidence, multiplied by the number of candidate relations of
 * its family the search tried in that table, is below this. One noisy flag costs the tool its
 * credibility, so the bar is one table in a hundred for each of two families: totals by their
 * place (a few runs tried per line, TOTAL_BY_PLACE_HOLDS) and every other form (thousands of pairs
 * and factors), two in a hundred in all. See evidence.ts for how the chance is computed.
 */
export const COINCIDENCES_PER_TABLE = 0.01;

/**
 * Two lines of like amounts (regional rates, one age band beside the next) keep a nearly constant
 * ratio with no rule behind it. A ratio fitted between them is weighed against that: their ratio
 * is taken to wander by this share of itself from row to row, so the fit counts only where its
 * rows agree far more closely than similar amounts would by themselves (x 0.75 to the penny, not
 * "South East = London x 0.96" in whole pounds).
 */
export const LIKE_AMOUNTS_RATIO_SPREAD = 0.2;

/**
 * A relation's breaks are reported only where its holds outnumber them two to one: a relation that
 * fails on a third of its rows or more is not the table's rule there (a section computed another
 * way, a column that changes meaning), and its "breaks" would be nonsense flags. Relations that
 * labels or formulas announce are exempt: the writer said the relation applies.
 */
export const HOLDS_PER_BREAK = 2;

/**
 * A line that sums the run of lines above it (or a heading the run below it) is a total by its place, and a total is meant to add
 * up wherever it stands. Where it has only two figures to weigh (a table of two years), two holds
 * a break can never be had: one that holds with evidence chance cannot explain makes the other's
 * break an exception. Only for exactly one of each, so that a total holding in half of many
 * columns is still not taken for a rule.
 */
export const TOTAL_BY_PLACE_HOLDS = 1;

/**
 * Such a lone total flags its other figure whenever it holds by coincidence, where a relation
 * holding two to one rarely flags anything when it is one: its bar is a table in a thousand, so
 * that over a corpus of hundreds of tables fewer than one such coincidence is expected.
 */
export const LONE_TOTAL_COINCIDENCES = 0.001;

/**
 * A reading of the labels that breaks only where a found relation holds, its other figures there
 * borne out, does not apply there; but only against a found relation beyond doubt: one not fitted
 * to the table, whose chance of coincidence is below this ("% Received = Actual / Budget x 100"
 * on every line, not "Amount = Percentage x 71,000" from whole percentages, nor Hackney's eight
 * years' contribution as a seventh of the contract, below 1 in 10^6 on two figures).
 */
export const FOUND_OUTWEIGHS_LABELS = 1e-8;

/**
 * A variance holding one way round on this many lines and the other way round on as many others is
 * signed line by line (favourable positive: a surplus above target, spending below its
 * allocation), so each line keeps the way round it holds (a line holding neither is checked the
 * way most lines hold). A single sign slip makes one line the other way round, never two.
 */
export const SIGN_CONVENTION_LINES = 2;

/**
 * Doubles carry about 16 significant digits; every interval is widened by this share of its size
 * so that binary error in the search never decides whether a relation holds. It is eight orders
 * below the finest rounding any report prints.
 */
export const FLOAT_NOISE = 1e-10;

/**
 * The search tries relations between any columns of a table with at most this many figure
 * columns: the number of candidates grows with the cube of the lines, and with it the evidence a
 * relation needs. Wider tables are searched between nearby columns only (ROW_RELATION_REACH).
 */
export const MOST_LINES_FOR_PAIRS = 20;

/**
 * A group heading that carries the total of the lines under it ("In the community" over its kinds
 * of placement) is looked for over at most this many lines below it: such groups are short, and a
 * longer reach would make a tall table's search quadratic.
 */
export const MOST_GROUP_LINES = 20;

/**
 * A total of independently rounded parts is consistent within the parts' rounding, but most
 * published totals are worked from the printed figures and add exactly. Where a sum adds exactly
 * at every instance but at most one, and the chance that independently rounded figures would do
 * so is below this, its figures are read as printed, with no rounding: a count or a penny that
 * slipped within what rounding would allow is then a break (evidence.ts, roundedSumsAddExactly).
 */
export const EXACT_SUMS_CHANCE = 0.01;

/**
 * The same for an amount worked from rates (x 52, x 7): stricter, because a rate may itself be
 * the figure worked out and rounded (a daily allowance of a weekly one divided by 7), and weekly
 * amounts set in whole multiples of 7p would make most of them exact anyway.
 */
export const EXACT_WORKED_CHANCE = 0.0001;

/**
 * Relations between rows (row 3 = row 2 x 52), and between the columns of a table wider than
 * MOST_LINES_FOR_PAIRS, are looked for among lines at most this far apart: such relations sit
 * next to each other in reports, and looking further makes a tall table's search quadratic or
 * worse. Totals are announced by their labels and have no such limit.
 */
export const ROW_RELATION_REACH = 6;

/**
 * Before a candidate relation is evaluated on every row, it is screened on this many rows spread
 * over the table: a relation that is the table's rule holds on most of them. This keeps the
 * search linear in the number of rows.
 */
export const SCREEN_ROWS = 12;

/** A cell's text or formula quoted in a message is cut to this many characters. */
export const MOST_QUOTED = 80;

/**
 * A block of cells is read as one table only while its rectangle holds at most this many cells
 * (50,000 rows of ten columns, checked in well under a minute on a two-core machine). A larger
 * block, or filled cells scattered so that no empty row or column separates them (a diagonal
 * staircase across a sheet), is reported as not checked, with its address: never laid out as a
 * vast grid, never silently passed.
 */
export const MOST_TABLE_AREA = 500_000;

/**
 * Trailing zeros are ambiguous in a whole figure: "177,100" may be exact or rounded to the £100
 * ("£177,129" in a table that rounds its annual figures). A whole figure of at least
 * ROUND_FIGURE_FROM ending in two zeros may be a result rounded to the hundred (never coarser: a
 * reviewer would not accept £500 of rounding in "£627,000" beside figures printed to the pound),
 * so where it is a relation's result it is read to ±50; where it is an input (the contract price
 * a saving is worked from) it is read as printed, so a slip in it still shows.
 */
export const ROUND_FIGURE_FROM = 10_000;
export const ROUND_FIGURE_UNIT = 100;

/**
 * Prices set in steps (allotment rents in 50p, hall charges in 5p): a table whose every figure
 * printed to the penny is a multiple of one of these steps, at least PRICE_STEP_FIGURES of them and
 * two or more off whole pounds, was set on that step, and where such a figure is a relation's
 * result it may be rounded to the step (a rent raised by a fifth from £22.00 is £26.40, charged
 * £26.50). Four figures printed to the penny fall on a 5p step together by chance once in 600.
 */
export const PRICE_STEPS: readonly number[] = [0.5, 0.25, 0.1, 0.05];
export const PRICE_STEP_FIGURES = 4;

/**
 * A ratio fitted between two lines (an amount per band D property from the net spend) is worked
 * from the unrounded amounts: where an input is printed to the thousand ("£7,198,000"), it is
 * read to ±500 for that ratio, or the penny-precise result of the true amount would look wrong.
 */
export const FITTED_INPUT_UNIT = 1000;

/** The half-unit an amount carries as the input of a fitted ratio (FITTED_INPUT_UNIT). */
export function fittedInputHalf(value: number, half: number): number {
  return Math.abs(value) >= ROUND_FIGURE_FROM && value % FITTED_INPUT_UNIT === 0
    ? Math.max(half, FITTED_INPUT_UNIT / 2)
    : half;
}

/**
 * A whole number below this under a label of beds, placements, years or weeks is an exact count
 * (5 beds, 8 years): it carries no rounding, so a rate times beds is checked to the rate's own
 * precision. Every other whole number is read to within half a unit like any figure: published
 * statistics round their counts ("totals may not equal the sum of their parts").
 */
export const EXACT_COUNTS_BELOW = 100;

/**
 * A correction that would leave a cell out of keeping with the figures of the line its relation
 * runs along (of the other sign from every one of them, or more than this many times the
 * largest) is the less likely one where two cells would mend a break equally: "1,000" in a column
 * of counts under ten is the slip, not the 1 beside it that would have to be 1,000.
 */
export const OUT_OF_SCALE = 10;

/**
 * A figure that stands at one position in this many lines or more besides its own is a flat run
 * (a plan's cost the same in each of ten years): two lines of the run agree because the run is
 * flat, so their agreement there is no evidence that one copies the other. Three car parks charged
 * alike are not yet a run: a slip in one of them still shows against the other two.
 */
export const REPEATED_LINES = 3;

/**
 * A leading column of bare whole numbers beside the labels is account codes ("4000 Salaries") when
 * it holds at least this many: fewer could be figures that happen to be whole.
 */
export const CODES_AT_LEAST = 3;

/**
 * An unlabelled line closes a run of at least this many labelled lines as their subtotal. One line
 * under one item would be a copy, which says nothing.
 */
export const UNLABELLED_SUBTOTAL_PARTS = 2;

/**
 * Across several columns, an unlabelled line closes its run as a subtotal only where it adds the
 * run up at this many columns or more, and breaks at no more columns than it holds: a slip in the
 * subtotal itself breaks one column of two.
 */
export const UNLABELLED_SUBTOTAL_AT = 1;

/**
 * An unlabelled line that adds up only the last lines of its run (three dues under a donation)
 * is their subtotal where it does so in this many columns or more and breaks in none: two years
 * agreeing to the pound is no coincidence, one could be.
 */
export const LAST_LINES_SUBTOTAL_AT = 2;

/**
 * An unlabelled line that adds up every line since the last total, across the headings between
 * them, is their subtotal where it does so in this many columns or more and breaks in none: the
 * same evidence as for the last lines of a run.
 */
export const SECTION_SUBTOTAL_AT = LAST_LINES_SUBTOTAL_AT;

/**
 * A running total ("Running Total", "balance") is read against an amount line only over this many
 * steps or more: over two, a line of amounts could agree with it by chance.
 */
export const RUNNING_TOTAL_INSTANCES = 3;

/**
 * A labelled line closes its run as a subtotal only where it adds the run up at this many columns
 * or more (leaving out noughts, which add up to noughts anywhere) and breaks at none: its label
 * does not say total, so only the figures can.
 */
export const LABELLED_SUBTOTAL_AT = 3;

/**
 * Of two readings of labels that hold and break equally often, the one whose holding figures sit
 * nearer exact is meant when it is nearer by more than this many rounding allowances in all:
 * whole-pound rates x 52 give the annual figures exactly, and x 365/7 only within their rounding.
 */
export const NEARLY_EXACT = 0.5;

/**
 * A column of text after the figures is comments when most of its entries run to this many words
 * or more: "Actual costs depends on growing season", not "240/360" or "Band D".
 */
export const COMMENT_WORDS = 4;
