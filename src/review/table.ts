/**
 * A table as a reviewer reads it: its header rows and label columns, what each row's and column's
 * label says, and every cell read once. Year-like cells become figures or labels by where they
 * stand; whole numbers under count labels are exact; every other figure is as precise as its
 * printing ("£948,688.00" to the penny, "£1.3m" to £100,000; see settings.ts for trailing zeros).
 */
import { CellPosition, cellRef, columnLetters } from "../core/a1";
import { hintsOf, LabelHints, NATION_TOTAL, saysPercentOutright } from "./labels";
import {
  CODES_AT_LEAST,
  EXACT_COUNTS_BELOW,
  ROUND_FIGURE_FROM,
  ROUND_FIGURE_UNIT,
  UNLABELLED_SUBTOTAL_PARTS,
  UNLABELLED_SUBTOTAL_AT,
  LABELLED_SUBTOTAL_AT,
  LAST_LINES_SUBTOTAL_AT,
  SECTION_SUBTOTAL_AT,
  COMMENT_WORDS,
  PRICE_STEPS,
  PRICE_STEP_FIGURES,
} from "./settings";
import { asCount, Cell, Figure, inLineUnits, readCell, Reading, yearAsFigure } from "./read";

/** Bare figures a £000 column must hold for its one amount with "£" to read as written in pounds. */
const LEAST_BARE_BESIDE_POUNDS = 3;

/** A column headed "Note" holds note numbers, references and not figures. */
const NOTE_HEADING = /^(?:notes?|note ref(?:erence)?s?|ref(?:erence)?s?)\.?$/i;

const PARTS_OF_A_NATION =
  /\b(?:england|scotland|wales|northern ireland|english regions?|north east|north west|south east|south west|east midlands|west midlands|yorkshire|london)\b/i;

/** "columns": the lines are columns and a relation holds along each row (C = B x 52); "rows": the reverse. */
export type Orientation = "columns" | "rows";
export const ORIENTATIONS: readonly Orientation[] = ["columns", "rows"];

export interface TableOptions {
  /** Where the table's top-left cell is in its sheet, so findings name the sheet's cells. */
  readonly origin?: CellPosition;
  /** Each cell's formula where the workbook has one (without or with its "="). */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
}

/** A heading over lines that are added up: "Add:", "Plus", "Financed by:", "Funded by". */
const GROUP_HEADING = /^(?:add|plus|financed by|funded by)\b/;

/** A line headed by a month alone: "July", "Sept.", "Mar". */
const MONTH_LABEL = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
/** Months enough to make a year's profile. */
const LEAST_MONTHS = 6;
/** A year or financial year in a label: "Budget Year 2014/15", "2016/17". */
const YEAR_IN_LABEL = /\b(?:19|20)\d\d(?: ?[/\-\u2013] ?\d\d(?:\d\d)?)?\b/;
const isFigure = (r: Reading): r is Extract<Reading, { kind: "figure" }> => r.kind === "figure";

export class Table {
  readonly rows: number;
  readonly cols: number;
  readonly origin: CellPosition;
  /** Leading rows of headings (no figures in them). */
  readonly headerRows: number;
  /** Leading columns of labels (no figures in them, or serial numbers). */
  readonly labelCols: number;
  /**
   * A row of bare years below the figures ("2023", "2022") heads a table stacked under the first
   * (a balance sheet under a statement of financial activities): totals down the columns start
   * again under it, and where its years are not those the columns were headed with (the "Total
   * 2023" column now 2022's), relations between the columns stop above it. So do rows of headings
   * restated in the body with a year among them (stackedHeadings).
   */
  private yearRow?: number;
  private columnsEnd: number;
  /** The row from which a column is renamed to another kind of figure by a restated heading. */
  private readonly renamedFrom: number[] = [];
  /** Every column of labels, leading or not ("Services" between the two years' columns). */
  private readonly labelColumns: boolean[];
  /** Leading columns of account codes: labels, but no words of a line's name. */
  private readonly codeColumns: boolean[];
  private readonly readings: Reading[][];
  private readonly formulas?: TableOptions["formulas"];
  private readonly texts: { readonly columns: string[]; readonly rows: string[] };
  private readonly hints: { readonly columns: LabelHints[]; readonly rows: LabelHints[] };
  /** Once every cell is read and every label weighed, each line's figures are worked out once. */
  private read = false;
  /** The width of each half of a list printed twice side by side, once read (0: it is not one). */
  private halfWidth?: number;
  private readonly lineFigures = new Map<string, readonly CellPosition[]>();
  private readonly percentLines = new Map<string, boolean>();

  constructor(cells: readonly (readonly Cell[])[], options: TableOptions = {}) {
    this.origin = options.origin ?? { row: 0, column: 0 };
    this.formulas = options.formulas;
    this.rows = cells.length;
    let cols = 0;
    for (const row of cells) cols = Math.max(cols, row.length);
    this.cols = cols;
    this.readings = cells.map((row) => Array.from({ length: cols }, (_, c) => readCell(row[c])));
    this.headerRows = this.countHeaderRows();
    this.readSignColumns();
    this.labelCols = this.countLabelColumns();
    this.columnsEnd = this.rows;
    this.labelColumns = Array.from(
      { length: cols },
      (_, c) => c < this.labelCols || this.isLabelColumn(c)
    );
    this.codeColumns = Array.from(
      { length: cols },
      (_, c) => c < this.labelCols && this.isCodeColumn(c)
    );
    this.texts = { columns: this.columnTexts(), rows: this.labelsAboveFigures(this.rowTexts()) };
    // A column of comments after the figures ("Includes 3% increase for 20/21") says nothing of
    // how a row counts, unless the row has no other label but a reference ("(a)").
    const comments = Array.from({ length: cols }, (_, c) => this.isCommentColumn(c));
    const uncommented = this.labelsAboveFigures(this.rowTexts((c) => !comments[c]));
    this.hints = {
      columns: this.texts.columns.map(hintsOf),
      rows: this.texts.rows.map((text, r) =>
        hintsOf(/[a-z]{3}/i.test(uncommented[r]) ? uncommented[r] : text)
      ),
    };
    this.readNationTotals();
    this.settleFigures();
    this.readRestatedHeadings();
    this.readPriceSteps();
    this.readGroupHeadings();
    this.readRunSubtotals();
    this.readYearTotals();
    this.readShareWords();
    this.read = true;
  }

  /**
   * "Share", "proportion" or "rate of" says percentage only of figures that could be one: a
   * "Business rates - share of central pool" line of £000 amounts over 100 is money; so is a
   * "share of operating results" in columns headed £m.
   */
  private readShareWords(): void {
    for (const o of ORIENTATIONS) {
      const across = o === "rows" ? "columns" : "rows";
      this.hints[o].forEach((h, line) => {
        if (!h.percent || saysPercentOutright(h.words)) return;
        const cells = this.figureCells(o, line);
        const scaled = (p: CellPosition) =>
          this.hints[across][this.lineOf(across, p)].scale !== undefined;
        if (
          cells.some((p) => !this.figure(p)!.percent && Math.abs(this.figure(p)!.value) > 100) ||
          (cells.length > 0 && cells.every((p) => scaled(p) && !this.figure(p)!.percent))
        )
          this.hints[o][line] = { ...h, percent: false };
      });
    }
  }

  /**
   * Lines under a heading that says how they count ("Less:", "Add:", "Financed by:") form a
   * group, and the unlabelled line that closes it is their subtotal: the printed layout of a net
   * budget or a council tax calculation ("Net budget / Less: / grant / rates / [unlabelled]").
   * Lines under "Less:" are taken away. A "Total to be met from council tax" inside a group so
   * closed is one of its lines, not a total of the lines above it.
   */
  private readGroupHeadings(): void {
    const rows = this.hints.rows;
    let under: "less" | "add" | undefined;
    let members: number[] = [];
    // Lines under "Less:" are taken away, unless the writer printed them signed already.
    const takeAway = () => {
      const signed = members.some((m) =>
        this.figureCells("rows", m).some((p) => this.figure(p)!.value < 0)
      );
      if (under === "less" && !signed)
        for (const m of members) rows[m] = { ...rows[m], less: true };
    };
    for (let r = this.headerRows; r < this.rows; r++) {
      if (!this.figureCells("rows", r).length) {
        if (rows[r].words) {
          takeAway();
          under = rows[r].less ? "less" : GROUP_HEADING.test(rows[r].words) ? "add" : undefined;
          members = [];
        }
        continue;
      }
      if (!under) continue;
      if (!rows[r].words) {
        takeAway();
        for (const m of members) rows[m] = { ...rows[m], aggregate: undefined, net: false };
        rows[r] = { ...rows[r], aggregate: "subtotal" };
        under = undefined;
      } else if (under === "less" && (rows[r].aggregate !== undefined || rows[r].net)) {
        // A total ends a group taken away.
        takeAway();
        under = undefined;
      } else members.push(r);
    }
    takeAway();
  }

  /**
   * A year's lines beside its months ("July" ... "June", then "Budget Year 2014/15", "Budget Year
   * +1 2015/16"): the first is the months' total, and none of them is a month like the others.
   */
  private readYearTotals(): void {
    for (const o of ORIENTATIONS) {
      const months = this.texts[o].flatMap((t, line) => (MONTH_LABEL.test(t.trim()) ? [line] : []));
      if (months.length < LEAST_MONTHS) continue;
      const last = months[months.length - 1];
      this.texts[o].forEach((t, line) => {
        if (line > last && YEAR_IN_LABEL.test(t) && this.hints[o][line].aggregate === undefined)
          this.hints[o][line] = { ...this.hints[o][line], aggregate: "total" };
      });
    }
  }

  /**
   * Subtotals of runs of labelled lines: a line with figures and no label, straight after the run,
   * as printed under a rule (a parish budget's "Administration" items, then the section's
   * figure); or a labelled line that the figures show adds up the run (labelledSubtotal).
   */
  private readRunSubtotals(): void {
    const figureColumns = Array.from({ length: this.cols }, (_, c) => c).filter(
      (c) => this.figureCells("columns", c).length > 0
    );
    if (!figureColumns.length) return;
    // In a list of single figures no sum can be weighed, so the layout alone says subtotal; across
    // several columns the line must add up its run in at least as many columns as it breaks in,
    // counting only columns where it is not nought (a line of noughts under a form's empty lines
    // adds up nothing).
    const single = figureColumns.length === 1;
    const rows = this.hints.rows;
    const run = new RunSums(this, figureColumns);
    // The lines since the last total, across headings: "Cost of generating funds:" and "Direct
    // charitable expenditure:", each with its lines, then one unlabelled line for both.
    const section = new RunSums(this, figureColumns);
    const clear = () => {
      run.clear();
      section.clear();
    };
    for (let r = this.headerRows; r < this.rows; r++) {
      if (!this.figureCells("rows", r).length) {
        run.clear();
        continue;
      }
      if (rows[r].words) {
        // A net line ends the run where it is the run's net; one that is not ("Net fund raising"
        // among the income lines) is one of them.
        const ends =
          rows[r].aggregate !== undefined ||
          (rows[r].net &&
            (run.lines === 0 || run.addsUp(r, (holds, breaks) => holds > 0 && holds >= breaks)));
        if (ends) clear();
        else if (this.labelledSubtotal(r, run)) {
          rows[r] = { ...rows[r], aggregate: "subtotal" };
          clear();
        } else {
          run.add(r);
          section.add(r);
        }
        continue;
      }
      // Or a total less one line ("Council tax requirement", "Less parish precepts", then the net).
      const netOfLess = rows[r - 1]?.less && rows[r - 2]?.aggregate !== undefined;
      if (netOfLess) rows[r] = { ...rows[r], aggregate: "subtotal" };
      else if (
        run.lines >= UNLABELLED_SUBTOTAL_PARTS &&
        rows[r].aggregate === undefined &&
        (single ||
          run.addsUp(r, (holds, breaks) => holds >= UNLABELLED_SUBTOTAL_AT && breaks <= holds) ||
          run.lastLinesAddUp(r) ||
          (section.lines > run.lines &&
            section.addsUp(r, (holds, breaks) => holds >= SECTION_SUBTOTAL_AT && breaks === 0)))
      )
        rows[r] = { ...rows[r], aggregate: "subtotal" };
      clear();
    }
  }

  /**
   * A labelled line that adds up the run of lines above it wherever it is not nought, in
   * LABELLED_SUBTOTAL_AT columns or more, is their subtotal whatever it is called ("SHA (inc
   * MTFS)" over its five lines): a total below takes it, not its lines again.
   */
  private labelledSubtotal(line: number, run: RunSums): boolean {
    if (run.lines < UNLABELLED_SUBTOTAL_PARTS || this.isPercentLine("rows", line)) return false;
    const h = this.hints.rows[line];
    if (h.less || h.difference || h.perUnit || h.percentChange) return false;
    return run.addsUp(line, (holds, breaks) => holds >= LABELLED_SUBTOTAL_AT && breaks === 0);
  }

  /**
   * A column with no heading that holds nothing but dashes, each just left of a positive figure,
   * prints those figures' minus signs in a narrow column of their own ("-  11,552" for a deficit):
   * a nil there would leave the figure beside it unsigned.
   */
  private readSignColumns(): void {
    const dash = (r: Reading) =>
      isFigure(r) && r.figure.nil && /^[-\u2212\u2013]$/.test(r.text.trim());
    for (let c = 1; c + 1 < this.cols; c++) {
      const signed: number[] = [];
      let other = false;
      for (let r = 0; r < this.rows && !other; r++) {
        const here = this.readings[r][c];
        if (here.kind === "blank") continue;
        const beside = this.readings[r][c + 1];
        if (r >= this.headerRows && dash(here) && isFigure(beside) && beside.figure.value > 0)
          signed.push(r);
        else other = true;
      }
      if (other) continue;
      for (const r of signed) {
        const { figure, text } = this.readings[r][c + 1] as Extract<Reading, { kind: "figure" }>;
        this.readings[r][c + 1] = {
          kind: "figure",
          text,
          figure: { ...figure, exact: figure.exact.neg(), value: -figure.value },
        };
        this.readings[r][c] = { kind: "blank", text: "" };
      }
    }
  }

  private countHeaderRows(): number {
    let r = 0;
    for (;;) {
      while (
        r < this.rows - 1 &&
        !this.readings[r].some((x) => isFigure(x) || x.kind === "amounts")
      )
        r++;
      // Headings numbered 1, 2, 3 ... across ("(1) Forecast (2) Budget") are headings too; so is
      // a first row of column numbers over a row of headings.
      const headingsNext = () => !this.readings[r + 1].some((x) => isFigure(x));
      if (r < this.rows - 1 && this.numbersColumns(r) && (r > 0 || headingsNext())) r++;
      else if (r < this.rows - 1 && this.currencyMarks(r)) r++;
      else return r;
    }
  }

  /**
   * A row headed "Note" whose other cells repeat one digit ("Note | 2 | 2 | 2 | 2"): the "£" over
   * each column as OCR read it. No line of a statement repeats one digit under every column.
   */
  private currencyMarks(r: number): boolean {
    const row = this.readings[r];
    const marks = row.filter((x) => x.kind !== "blank" && !NOTE_HEADING.test(x.text.trim()));
    return (
      marks.length >= 2 &&
      marks.length < row.filter((x) => x.kind !== "blank").length &&
      marks.every((x) => /^\d$/.test(x.text.trim()) && x.text.trim() === marks[0].text.trim())
    );
  }

  /** A row of nothing but 1, 2, 3 ... from left to right (at least three): column numbers. */
  private numbersColumns(r: number): boolean {
    let count = 0;
    for (const x of this.readings[r]) {
      if (x.kind === "blank") continue;
      if (!isFigure(x) || !x.figure.whole || x.figure.value !== count + 1) return false;
      count++;
    }
    return count >= 3;
  }

  /** 1, 2, 3 ... down a column, perhaps ending in "Total": row numbers, not quantities. */
  private isSerial(c: number): boolean {
    let count = 0;
    let ended = false;
    for (let r = this.headerRows; r < this.rows; r++) {
      const x = this.readings[r][c];
      if (x.kind === "blank") continue;
      if (x.kind === "label") {
        ended = true;
        continue;
      }
      // Numbered 1, 2, 3 or "(1)", "(2)", "(3)" (which read as negative amounts).
      if (ended || !isFigure(x) || Math.abs(x.figure.value) !== count + 1) return false;
      count++;
    }
    return count >= 3;
  }

  /**
   * Whether a cell below the headings holds a figure, or could: a year-like whole number ("2003",
   * a weekly rate of £2,003) is a figure unless the column's heading says it holds years or it is
   * alone on its row.
   */
  private figureLike(r: number, c: number): boolean {
    const x = this.readings[r][c];
    if (isFigure(x) || x.kind === "amounts") return true;
    if (x.kind !== "label" || !x.yearLike) return false;
    // A year alone on its row heads the section below it ("1995" over that year's awards).
    if (this.readings[r].every((y, k) => k === c || y.kind === "blank")) return false;
    let calendar = this.calendarHeading.get(c);
    if (calendar === undefined) {
      const heading = this.readings
        .slice(0, this.headerRows)
        .map((row) => (row[c].kind === "blank" ? "" : row[c].text))
        .join(" ");
      calendar = hintsOf(heading).calendar;
      this.calendarHeading.set(c, calendar);
    }
    return !calendar;
  }

  /** Whether each column's heading says it holds years, worked out once per column. */
  private readonly calendarHeading = new Map<number, boolean>();

  /** A column with words and no figures below the headings, or a column of note numbers. */
  private isLabelColumn(c: number): boolean {
    for (let r = 0; r < this.headerRows; r++) {
      const x = this.readings[r][c];
      if (x.kind !== "blank" && NOTE_HEADING.test(x.text.trim())) return true;
    }
    let words = 0;
    let ratios = 0;
    let ones = 0;
    for (let r = this.headerRows; r < this.rows; r++) {
      const x = this.readings[r][c];
      if (isFigure(x) && x.figure.value === 1) ones++;
      else if (this.figureLike(r, c)) return false;
      if (x.kind === "label") {
        words++;
        if (hintsOf(x.text).ratios.length) ratios++;
      }
    }
    // A column of band proportions ("6/9" ... "18/9") may print Band D's own as "1".
    return words > 0 && (ones === 0 || (ones === 1 && ratios >= 2));
  }

  private countLabelColumns(): number {
    let c = 0;
    const hasFigures = (col: number) => {
      for (let r = this.headerRows; r < this.rows; r++) if (this.figureLike(r, col)) return true;
      return false;
    };
    while (c < this.cols - 1 && (!hasFigures(c) || this.isSerial(c) || this.isCodeColumn(c))) c++;
    return c;
  }

  /**
   * Account codes before the labels they code ("4000 | Salaries", "110 | Central Services"): a
   * column of bare whole numbers, each printed without a separator, beside a column of words.
   */
  private isCodeColumn(c: number): boolean {
    let codes = 0;
    let words = 0;
    for (let r = this.headerRows; r < this.rows; r++) {
      const x = this.readings[r][c];
      if (x.kind === "blank") continue;
      if (x.kind === "label" && !x.yearLike) return false;
      if (!/^\d{2,6}$/.test(x.text.trim())) return false;
      codes++;
      if (this.readings[r][c + 1]?.kind === "label") words++;
    }
    return codes >= CODES_AT_LEAST && words * 2 > codes;
  }

  /**
   * The column a list printed in two halves side by side repeats ("Parish", "Grant", "Parish",
   * "Grant"): the same column of the left half, for a column of the right half; else undefined.
   */
  twinColumn(column: number): number | undefined {
    if (this.halfWidth === undefined) this.halfWidth = this.readHalfWidth();
    return this.halfWidth > 0 && column >= this.halfWidth ? column - this.halfWidth : undefined;
  }

  /** The width of each half of a list printed in two halves side by side; 0 if it is not one. */
  private readHalfWidth(): number {
    const half = this.cols / 2;
    if (!Number.isInteger(half) || half < 2 || this.headerRows === 0) return 0;
    const headings = (c: number) =>
      Array.from({ length: this.headerRows }, (_, r) => this.readings[r][c].text.trim()).join("|");
    if (!/[a-z]/i.test(headings(0))) return 0;
    for (let c = 0; c < half; c++) if (headings(c) !== headings(c + half)) return 0;
    return half;
  }

  /**
   * A column's heading: its header cells top to bottom. A sparse upper heading row ("Last year",
   * "Current year" over their columns) spans to the right until the next heading; a full row names
   * each column itself.
   */
  private columnTexts(): string[] {
    const carried: string[][] = [];
    for (let r = 0; r < this.headerRows; r++) {
      // Column numbers name no column: "weekly cost", not "3 weekly cost".
      if (this.numbersColumns(r)) continue;
      const row = this.readings[r];
      // Nor do "£" signs OCR read as digits: "Total funds", not "Total funds 2".
      const marks = this.currencyMarks(r);
      let filled = 0;
      for (let c = this.labelCols; c < this.cols; c++) if (row[c].kind !== "blank") filled++;
      const spans = r < this.headerRows - 1 && filled * 2 <= this.cols - this.labelCols;
      let last = "";
      carried.push(
        row.map((x, c) => {
          const text = x.kind === "blank" || (marks && isFigure(x)) ? "" : x.text.trim();
          if (text) last = text;
          return text || (spans && c >= this.labelCols ? last : "");
        })
      );
    }
    return Array.from({ length: this.cols }, (_, c) =>
      carried
        .map((row) => row[c])
        .filter(Boolean)
        .join(" ")
    );
  }

  /**
   * A row of figures with no label, under a total's or a net line's words with no figures, is
   * that line printed on two ("TOTAL INCOME", then its figures): the words name it. Not other
   * words: under "Deduct unpresented cheques", with none to deduct, stands the balance.
   */
  private labelsAboveFigures(texts: string[]): string[] {
    const figures = (r: number) =>
      this.readings[r].some((x, c) => !this.labelColumns[c] && x.kind === "figure");
    const result = (words: string) => {
      const h = hintsOf(words);
      return h.aggregate !== undefined || h.net;
    };
    return texts.map((text, r) =>
      text === "" &&
      r > this.headerRows &&
      figures(r) &&
      !figures(r - 1) &&
      texts[r - 1] !== "" &&
      result(texts[r - 1])
        ? texts[r - 1]
        : text
    );
  }

  private rowTexts(keep: (column: number) => boolean = () => true): string[] {
    return this.readings.map((row) =>
      row
        .filter((_, c) => keep(c) && this.labelColumns[c] && !this.codeColumns[c])
        .map((x) => (x.kind === "blank" ? "" : x.text.trim()))
        .filter(Boolean)
        .join(" ")
    );
  }

  /**
   * A column of text after the figures that is prose: most of its entries run to
   * COMMENT_WORDS words or more. Fractions ("473/360") and short names are not comments.
   */
  private isCommentColumn(c: number): boolean {
    if (c < this.labelCols || !this.labelColumns[c]) return false;
    let prose = 0;
    let entries = 0;
    for (let r = this.headerRows; r < this.rows; r++) {
      const x = this.readings[r][c];
      if (x.kind === "blank") continue;
      entries++;
      if (x.kind === "label" && x.text.trim().split(/\s+/).length >= COMMENT_WORDS) prose++;
    }
    return entries > 0 && prose * 2 > entries;
  }

  /**
   * A line of years: its label says so ("Start year", "Year of award") and most of its whole
   * figures are years. "Year ending March 2012" heads a column of beds, not of years.
   */
  /** Whether each year in a row of years is one its column was headed with. */
  private sameYears(r: number): boolean {
    for (let c = this.labelCols; c < this.cols; c++) {
      const x = this.readings[r][c];
      if (x.kind === "blank") continue;
      const year = x.text.trim();
      const heading = this.texts.columns[c];
      if (!heading.includes(year) && !new RegExp(`[/.\\-]${year.slice(2)}\\b`).test(heading))
        return false;
    }
    return true;
  }

  /**
   * Rows of headings in the body, two or more together with no label and no figure, a year among
   * them and words of the table's own headings ("Total", "31 October", "2019"): the headings of a
   * statement stacked under the first (last year's under this year's), laid out afresh.
   */
  private stackedHeadings(): boolean[] {
    const own = new Set(
      this.readings
        .slice(0, this.headerRows)
        .flatMap((row) =>
          row.filter((x) => x.kind === "label").map((x) => x.text.trim().toLowerCase())
        )
    );
    const headingOnly = (r: number) =>
      !this.texts.rows[r].trim() &&
      this.readings[r].every(
        (x, c) => c < this.labelCols || x.kind === "blank" || x.kind === "label"
      );
    const rows: boolean[] = new Array(this.rows).fill(false);
    for (let r = this.headerRows; r < this.rows; r++) {
      if (!headingOnly(r)) continue;
      let end = r;
      while (end < this.rows && headingOnly(end)) end++;
      const cells = this.readings.slice(r, end).flatMap((row) => row.slice(this.labelCols));
      const year = cells.some((x) => x.kind === "label" && x.yearLike);
      const restated = cells.some(
        (x) => x.kind === "label" && !x.yearLike && own.has(x.text.trim().toLowerCase())
      );
      if (end - r >= 2 && year && restated) rows.fill(true, r, end);
      r = end;
    }
    return rows;
  }

  /** A row with no label whose cells are two or more bare years: a heading of years. */
  private yearHeading(r: number): boolean {
    if (this.texts.rows[r].trim()) return false;
    let years = 0;
    for (let c = this.labelCols; c < this.cols; c++) {
      const x = this.readings[r][c];
      if (x.kind === "blank") continue;
      if (x.kind !== "label" || !x.yearLike) return false;
      years++;
    }
    return years >= 2;
  }

  private calendarLine(o: Orientation, line: number): boolean {
    if (!this.hints[o][line].calendar) return false;
    let years = 0;
    let figures = 0;
    for (let pos = this.firstPosition(o); pos < this.lineLength(o); pos++) {
      const p = this.cellAt(o, line, pos);
      const x = this.readings[p.row][p.column];
      if (x.kind === "label" && x.yearLike) years++;
      else if (isFigure(x)) {
        figures++;
        if (x.figure.whole && x.figure.value >= 1900 && x.figure.value < 2100) years++;
      }
    }
    return years > 0 && years * 2 > figures;
  }

  /**
   * A column headed in £000 whose figures are bare but for one amount in pounds ("£982,000" at the
   * foot of "151", "30", ...): that one is written out in full.
   */
  private poundsAmongThousands(c: number): boolean {
    if (this.hints.columns[c].scale !== 1000) return false;
    let bare = 0;
    let pounds = 0;
    for (let r = this.headerRows; r < this.rows; r++) {
      const x = this.readings[r][c];
      if (!isFigure(x) || x.figure.value === 0) continue;
      if (x.figure.money) pounds++;
      else bare++;
    }
    return pounds === 1 && bare >= LEAST_BARE_BESIDE_POUNDS;
  }

  /** Years become figures or labels by their place; counts are exact. */
  private settleFigures(): void {
    const calendarColumns = Array.from({ length: this.cols }, (_, c) =>
      this.calendarLine("columns", c)
    );
    const stacked = this.stackedHeadings();
    const headingRows = Array.from(
      { length: this.rows },
      (_, r) => this.yearHeading(r) || stacked[r]
    );
    const calendarRows = headingRows.map((h, r) => this.calendarLine("rows", r) || h);
    const restart = headingRows.findIndex((h, r) => h && r >= this.headerRows);
    if (restart >= 0) {
      this.yearRow = restart;
      const years = (r: number) => this.readings[r].some((x) => x.kind === "label" && x.yearLike);
      const block = stacked.flatMap((s, r) => (s && r >= restart && years(r) ? [r] : []));
      if (!(stacked[restart] ? block : [restart]).every((r) => this.sameYears(r)))
        this.columnsEnd = restart;
    }
    // A column headed "Note" in a stacked statement's headings holds note numbers below them.
    const notesFrom = Array.from({ length: this.cols }, (_, c) =>
      stacked.findIndex((s, r) => s && NOTE_HEADING.test(this.readings[r][c].text.trim()))
    );
    const inFullPounds = Array.from({ length: this.cols }, (_, c) => this.poundsAmongThousands(c));
    for (let r = this.headerRows; r < this.rows; r++) {
      for (let c = this.labelCols; c < this.cols; c++) {
        const x = this.readings[r][c];
        const calendar = calendarColumns[c] || calendarRows[r];
        if (x.kind === "label" && x.yearLike && !calendar) this.readings[r][c] = yearAsFigure(x);
        let y = this.readings[r][c];
        if (!isFigure(y)) continue;
        if (this.labelColumns[c] || (notesFrom[c] >= 0 && r > notesFrom[c])) {
          this.readings[r][c] = { kind: "label", text: y.text, yearLike: false };
          continue;
        }
        // "296.6 million" under "£million" is in the line's own units, as its neighbours are.
        const lineScale = this.hints.columns[c].scale ?? this.hints.rows[r].scale;
        if (y.figure.scale > 1 && y.figure.scale === lineScale) {
          y = { ...y, figure: inLineUnits(y.figure) };
          this.readings[r][c] = y;
        } else if (inFullPounds[c] && y.figure.money && y.figure.value % 1000 === 0) {
          // "£982,000" under "In £000's", among bare thousands, is written out in pounds.
          y = { ...y, figure: inLineUnits({ ...y.figure, scale: 1000 }) };
          this.readings[r][c] = y;
        }
        const f = y.figure;
        if (calendar && f.whole && f.value >= 1900 && f.value < 2100 && !f.money) {
          this.readings[r][c] = { kind: "label", text: y.text, yearLike: true };
          continue;
        }
        if (this.isCount(r, c, f)) this.readings[r][c] = { ...y, figure: asCount(f) };
        else if (
          f.whole &&
          !f.percent &&
          Math.abs(f.value) >= ROUND_FIGURE_FROM &&
          f.value % ROUND_FIGURE_UNIT === 0
        )
          this.readings[r][c] = { ...y, figure: { ...f, resultHalf: ROUND_FIGURE_UNIT / 2 } };
      }
    }
  }

  /**
   * A row of headings in the body that restates the table's own for two columns or more heads a
   * table stacked under the first. A column it renames to another kind of figure ("Catering
   * Charge" where "Weekly Charge" stood: no longer a weekly rate) keeps its relations above it
   * only; one renamed to the same kind ("% Spent" under "% Received") keeps them throughout.
   */
  private readRestatedHeadings(): void {
    const text = (r: number, c: number) =>
      this.readings[r][c].text.replace(/\s+/g, " ").trim().toLowerCase();
    const kind = (h: LabelHints) =>
      [h.period, h.percent, h.money, h.count, h.perUnit, h.aggregate !== undefined].join();
    const headings = Array.from({ length: this.cols }, (_, c) =>
      Array.from({ length: this.headerRows }, (_, h) => text(h, c))
    );
    for (let r = this.headerRows; r < this.columnsEnd; r++) {
      if (this.readings[r].some((x) => isFigure(x))) continue;
      const restated = headings.flatMap((over, c) =>
        text(r, c) && over.includes(text(r, c)) ? [c] : []
      );
      if (restated.length < 2) continue;
      for (let c = this.labelCols; c < this.cols; c++) {
        const here = text(r, c);
        // The heading it restates: the lowest one printed over the column.
        const before = headings[c].filter((h) => h).pop();
        if (!here || !before || restated.includes(c)) continue;
        if (kind(hintsOf(here)) !== kind(hintsOf(before)))
          this.renamedFrom[c] = Math.min(this.renamedFrom[c] ?? this.rows, r);
      }
    }
  }

  /**
   * "United Kingdom" or "Great Britain" totals the nations and regions named beside it; among
   * other countries (staff in Nigeria, India and Kenya below the United Kingdom's) it is one of
   * them.
   */
  private readNationTotals(): void {
    for (const o of ORIENTATIONS) {
      const texts = this.texts[o];
      const lines = this.hints[o];
      if (!texts.some((t) => PARTS_OF_A_NATION.test(t))) {
        lines.forEach((h, l) => {
          if (h.aggregate !== undefined && NATION_TOTAL.test(h.words))
            lines[l] = { ...h, aggregate: undefined };
        });
      }
    }
  }

  /**
   * A table of prices set in steps: its figures may be results rounded to the step (settings.ts,
   * PRICE_STEPS). The step is read from every figure printed to the penny, so that one figure off
   * whole pounds (a slip in a column of whole pounds) never sets a step for itself.
   */
  private readPriceSteps(): void {
    const cells: CellPosition[] = [];
    for (let r = this.headerRows; r < this.rows; r++) {
      for (let c = this.labelCols; c < this.cols; c++) {
        const x = this.readings[r][c];
        if (isFigure(x) && x.figure.unit === 0.01 && x.figure.value !== 0)
          cells.push({ row: r, column: c });
      }
    }
    const figures = cells.map((p) => this.figure(p)!);
    const pence = figures.map((f) => Math.round(Math.abs(f.value) * 100));
    if (pence.length < PRICE_STEP_FIGURES || pence.filter((n) => n % 100 !== 0).length < 2) return;
    const step = PRICE_STEPS.find((s) => pence.every((n) => n % Math.round(s * 100) === 0));
    if (step === undefined) return;
    cells.forEach((p, i) => {
      const f = figures[i];
      const resultHalf = Math.max(f.resultHalf ?? 0, step / 2);
      this.readings[p.row][p.column] = {
        kind: "figure",
        text: this.readings[p.row][p.column].text,
        figure: { ...f, resultHalf },
      };
    });
  }

  private isCount(r: number, c: number, f: Figure): boolean {
    if (!f.whole || f.money || f.percent || f.half === 0) return false;
    const col = this.hints.columns[c];
    const row = this.hints.rows[r];
    // A rate per unit ("Places per establishment") is a quotient, rounded, whatever the line across counts.
    if (col.money || row.money || col.percent || row.percent || col.perUnit || row.perUnit)
      return false;
    // Beds, years and placements are exact; counts in statistics are often rounded.
    return (col.exactCount || row.exactCount) && Math.abs(f.value) < EXACT_COUNTS_BELOW;
  }

  reading(p: CellPosition): Reading {
    return this.readings[p.row]?.[p.column] ?? { kind: "blank", text: "" };
  }

  /**
   * Whether a blank cell is a total not printed, not nothing: a blank in a total column ("Total
   * funds 2022") on a line whose figures in its parts' columns, from the total column before it,
   * add up to something (transfers between funds, which cancel, leave it blank for nothing;
   * last year's total beside this year's takes none of this year's funds). A sum of lines that
   * takes it is then unchecked there, not read as adding nothing. So, too, a blank on a total
   * line under figures of its column that add up to something (a column of movements in the year
   * whose total is not printed under the balances' totals), and a blank on a net line under a
   * result of its column that, with the figures since, comes to something (last year's "Net
   * income before investment gains", not printed, under its net income).
   */
  unprinted(p: CellPosition): boolean {
    if (this.reading(p).kind !== "blank") return false;
    // A column with no heading holds note numbers, not parts.
    const across = (c: number) => (this.texts.columns[c] ? { row: p.row, column: c } : undefined);
    const down = (r: number) => ({ row: r, column: p.column });
    const row = this.hints.rows[p.row];
    return (
      (this.hints.columns[p.column]?.aggregate !== undefined &&
        this.addsUpAbove(p.column - 1, this.labelCols, "columns", across)) ||
      (row?.aggregate !== undefined &&
        this.addsUpAbove(p.row - 1, this.headerRows, "rows", down)) ||
      (row?.net === true && this.carriedOnAbove(p.row, down))
    );
  }

  /**
   * Whether the nearest net line above `row` with a figure, and the figures since, come to more
   * than their rounding. A total in between says nothing: a net of two totals may be nought.
   */
  private carriedOnAbove(row: number, at: (line: number) => CellPosition): boolean {
    let sum = 0;
    let rounding = 0;
    for (let line = row - 1; line >= this.headerRows; line--) {
      const f = this.figure(at(line));
      if (!f) continue;
      const h = this.hints.rows[line];
      if (h.aggregate !== undefined) return false;
      sum += f.value;
      rounding += f.half;
      if (h.net) return Math.abs(sum) > rounding;
    }
    return false;
  }

  /**
   * Whether the figures from line `from` back to `first`, stopping at a total, add up to more
   * than their rounding, with two of them or more not nought.
   */
  private addsUpAbove(
    from: number,
    first: number,
    o: Orientation,
    at: (line: number) => CellPosition | undefined
  ): boolean {
    let parts = 0;
    let sum = 0;
    let rounding = 0;
    // Down a column, a net line closes the run as a total does (a net movement in funds above
    // a brought forward blank for a charity's first year).
    const closes = (line: number) =>
      this.hints[o][line]?.aggregate !== undefined || (o === "rows" && this.hints.rows[line]?.net);
    for (let line = from; line >= first && !closes(line); line--) {
      const cell = at(line);
      const f = cell && this.figure(cell);
      if (!f || f.nil || f.value === 0) continue;
      parts++;
      sum += f.value;
      rounding += f.half;
    }
    return parts >= 2 && Math.abs(sum) > rounding;
  }

  figure(p: CellPosition): Figure | undefined {
    const x = this.reading(p);
    return x.kind === "figure" ? x.figure : undefined;
  }

  formula(p: CellPosition): string | undefined {
    const f = this.formulas?.[p.row]?.[p.column];
    return typeof f === "string" && f.trim() !== "" ? f.replace(/^=/, "") : undefined;
  }

  get hasFormulas(): boolean {
    return this.formulas !== undefined;
  }

  /** The sheet's address of a cell of the table. */
  address(p: CellPosition): string {
    return cellRef({ row: p.row + this.origin.row, column: p.column + this.origin.column });
  }

  lineCount(o: Orientation): number {
    return o === "columns" ? this.cols : this.rows;
  }

  lineLength(o: Orientation): number {
    return o === "columns" ? this.rows : this.cols;
  }

  cellAt(o: Orientation, line: number, pos: number): CellPosition {
    return o === "columns" ? { row: pos, column: line } : { row: line, column: pos };
  }

  /** The line of an orientation a cell is on: its column for columns, its row for rows. */
  lineOf(o: Orientation, cell: CellPosition): number {
    return o === "columns" ? cell.column : cell.row;
  }

  /** Where a cell stands along the lines of an orientation: its row for columns, its column for rows. */
  positionOf(o: Orientation, cell: CellPosition): number {
    return o === "columns" ? cell.row : cell.column;
  }

  /** The first line and position that hold figures: after the headings and label columns. */
  firstLine(o: Orientation): number {
    return o === "columns" ? this.labelCols : this.headerRows;
  }

  firstPosition(o: Orientation): number {
    return o === "columns" ? this.headerRows : this.labelCols;
  }

  /** The row of bare years or headings that heads a table stacked under the first, if any. */
  get restartRow(): number | undefined {
    return this.yearRow;
  }

  /** One past the last position the relations of an orientation run through, on a line if given. */
  endPosition(o: Orientation, line?: number): number {
    if (o === "rows") return this.cols;
    const renamed = line === undefined ? undefined : this.renamedFrom[line];
    return Math.min(this.columnsEnd, renamed ?? this.rows);
  }

  hintsOf(o: Orientation, line: number): LabelHints {
    return this.hints[o][line];
  }

  /** The label across a line, as printed; "" when it has none. */
  labelOf(o: Orientation, line: number): string {
    return this.texts[o][line];
  }

  /** What a reviewer calls a line: its label, or "column C" / "row 4". */
  lineName(o: Orientation, line: number): string {
    const label = this.texts[o][line].replace(/\s+/g, " ").trim();
    if (label) return label;
    return o === "columns"
      ? `column ${columnLetters(line + this.origin.column)}`
      : `row ${line + this.origin.row + 1}`;
  }

  /** A line of percentages: by its heading, or with every figure printed with "%". */
  isPercentLine(o: Orientation, line: number): boolean {
    const key = `${o}:${line}`;
    const known = this.percentLines.get(key);
    if (known !== undefined) return known;
    const percent = this.readPercentLine(o, line);
    if (this.read) this.percentLines.set(key, percent);
    return percent;
  }

  private readPercentLine(o: Orientation, line: number): boolean {
    if (this.hintsOf(o, line).percent) return true;
    // "nil" beside "100%" is a percentage of nothing.
    const cells = this.figureCells(o, line).map((p) => this.figure(p)!);
    return cells.some((f) => f.percent) && cells.every((f) => f.percent || f.nil);
  }

  /** The cells of a line that hold figures. */
  figureCells(o: Orientation, line: number): readonly CellPosition[] {
    const key = `${o}:${line}`;
    const known = this.lineFigures.get(key);
    if (known) return known;
    const cells: CellPosition[] = [];
    for (let pos = this.firstPosition(o); pos < this.lineLength(o); pos++) {
      const p = this.cellAt(o, line, pos);
      if (this.figure(p)) cells.push(p);
    }
    if (this.read) this.lineFigures.set(key, cells);
    return cells;
  }

  /** Every cell, row by row. */
  *cells(): Generator<CellPosition> {
    for (let row = 0; row < this.rows; row++)
      for (let column = 0; column < this.cols; column++) yield { row, column };
  }
}

/** The running sums, column by column, of a run of lines: kept as the run grows, so a long list stays linear. */
class RunSums {
  private readonly sums: Sums = new Map();
  private readonly members: number[] = [];
  /** How many lines the run holds. */
  lines = 0;

  constructor(
    private readonly table: Table,
    private readonly columns: readonly number[]
  ) {}

  add(line: number): void {
    this.members.push(line);
    this.lines++;
    this.addTo(this.sums, line);
  }

  clear(): void {
    this.sums.clear();
    this.members.length = 0;
    this.lines = 0;
  }

  /**
   * Whether `line` is the run's sum by `enough` of the columns it holds and breaks at; columns
   * where it is nought say nothing (noughts add up to noughts anywhere).
   */
  addsUp(line: number, enough: (holds: number, breaks: number) => boolean): boolean {
    const { holds, breaks } = this.weigh(line, this.sums);
    return enough(holds, breaks);
  }

  /**
   * Whether `line` adds up the run's last lines (UNLABELLED_SUBTOTAL_PARTS of them or more, short
   * of the whole run) in LAST_LINES_SUBTOTAL_AT columns or more and breaks in none.
   */
  lastLinesAddUp(line: number): boolean {
    const sums: Sums = new Map();
    for (let i = this.members.length - 1; i > 0; i--) {
      this.addTo(sums, this.members[i]);
      if (this.members.length - i < UNLABELLED_SUBTOTAL_PARTS) continue;
      const { holds, breaks } = this.weigh(line, sums);
      if (holds >= LAST_LINES_SUBTOTAL_AT && breaks === 0) return true;
    }
    return false;
  }

  private addTo(sums: Sums, line: number): void {
    for (const c of this.columns) {
      const part = this.table.figure({ row: line, column: c });
      if (!part) continue;
      const sum = sums.get(c) ?? { value: 0, half: 0 };
      sums.set(c, { value: sum.value + part.value, half: sum.half + part.half });
    }
  }

  private weigh(line: number, sums: Sums): { holds: number; breaks: number } {
    let holds = 0;
    let breaks = 0;
    for (const c of this.columns) {
      const target = this.table.figure({ row: line, column: c });
      if (!target || target.value === 0) continue;
      const sum = sums.get(c) ?? { value: 0, half: 0 };
      if (Math.abs(sum.value - target.value) <= sum.half + target.half + 1e-9) holds++;
      else breaks++;
    }
    return { holds, breaks };
  }
}

/** Each figure column's running sum and the half-units of rounding it carries. */
type Sums = Map<number, { value: number; half: number }>;
