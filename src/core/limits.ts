/**
 * Every bound CareCalc puts on what it reads, in one place, each with its reason. Files come from
 * other people and a crafted one must meet a limit and a sentence saying so, never exhaust memory
 * or time. Where a limit is met the reader stops and says which limit, and what to do; nothing
 * beyond it is reported as checked.
 */

/** Excel's grid: rows and columns of a worksheet. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** Bytes of one file read by `carecalc check`: a 1,048,576-row workbook is about 20 MB, a 200,000-row CSV about 10 MB. */
export const MOST_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Entries in a zip package (.xlsx, .docx), read from its central directory before anything is
 * inflated: a workbook or a report has a few dozen parts, one with many sheets or pictures a few
 * hundred.
 */
export const MOST_ZIP_ENTRIES = 10_000;

/**
 * Bytes a zip package's parts inflate to, all together, as its central directory declares them
 * before anything is inflated; each part is then stopped the moment it inflates past what it
 * declared, so this is also the most inflating any package costs (a zip bomb declares or inflates
 * to thousands of times its size). The XML of 1,048,576 rows of a few columns is about 150 MB, the
 * text of a Word report a few MB.
 */
export const MOST_INFLATED_BYTES = 1024 * 1024 * 1024;

/** Filled cells read from one file: 1,048,576 rows of four columns, or 200,000 rows of twenty-five. */
export const MOST_CELLS = 5_000_000;

/**
 * Cells of a workbook's sheets (rows x columns) that the formula engine lays out to recalculate
 * them. It takes every cell of the rectangle, filled or not, so a sheet with a cell at A1 and one
 * at XFD1048576 would be 17 billion.
 */
export const MOST_GRID_CELLS = 6_000_000;

/** Characters of one cell's text or formula in a file: Excel's own limit for a cell; only a crafted file holds more. */
export const MOST_CELL_CHARACTERS = 32_767;

/** Characters in one formula: Excel's own limit; a longer one was not written by Excel. */
export const MOST_FORMULA_CHARACTERS = 8192;

/**
 * Cells that one formula's ranges may cover, together, for the command line to recalculate it:
 * two whole columns (2 x 1,048,576). The engine visits every cell of a range, so =SUM(E1:ZZ40000)
 * would hold 731 million.
 */
export const MOST_FORMULA_RANGE_CELLS = 2 * 1_048_576;

/** Cells one formula may spill (=SEQUENCE(rows, columns), =MUNIT(n)): the size of a large sheet's table. */
export const MOST_SPILL_CELLS = 1_000_000;

/**
 * Cells of one range passed to a CARE function (bids, weights, cash flows): far beyond any tender
 * or partnership, and small enough that reading them takes milliseconds in Excel.
 */
export const MOST_ARGUMENT_CELLS = 100_000;

/**
 * Cells of a table pasted into the browser preview's grid at once. The grid draws every cell of a
 * sheet; with 5,000 filled, a typed entry takes about a quarter of a second to appear (20,000:
 * a second). Report tables are tens or hundreds of cells.
 */
export const MOST_PASTED_CELLS = 5_000;

/** Seconds `carecalc check` spends on one file: the largest files within the limits above take about a minute. */
export const MOST_SECONDS = 180;

/** Megabytes of JavaScript heap the check of one file may use; the machine, not the file, should decide what is left. */
export const MOST_HEAP_MEGABYTES = 4096;

/** Characters of a cell's text or a formula quoted in a message: enough to recognise it, never a 1 MB formula. */
export const MOST_QUOTED_CHARACTERS = 120;

/** Findings and warnings listed for one file; the count of the rest is given. */
export const MOST_LISTED = 1000;

/** What a CARE function says of a range argument past MOST_ARGUMENT_CELLS (in Excel and in the engine alike). */
export function tooManyCells(name: string, cells: number): string {
  return `${name} has ${cells.toLocaleString("en-GB")} cells; CareCalc reads at most ${MOST_ARGUMENT_CELLS.toLocaleString("en-GB")} in one range. Select only the cells with the figures.`;
}
