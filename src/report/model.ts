/**
 * A committee report as a reviewer reads it, whatever it came from (a PDF's text, Markdown, a Word
 * document): paragraphs with the numbers they are printed with, and tables as grids of cells.
 */

/** A sentence of a paragraph; `start` is its offset in the paragraph's text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

export interface Paragraph {
  readonly kind: "paragraph";
  /** The number printed before it ("5.2.4", "11.4", "3.1"), without it when it has none. */
  readonly number?: string;
  /** The heading the paragraph sits under ("Financial implications"), for paragraphs without a number. */
  readonly section?: string;
  /** 1-based line of the source where it starts (the paragraph's position in a Word document). */
  readonly line: number;
  /** Its text without the printed number. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** A heading ("5.2 Whole Life Costing/Budgets:", "Financial implications"): no figures to check in it as a rule. */
  readonly heading: boolean;
}

export interface ReportTable {
  readonly kind: "table";
  /** The paragraph it belongs to: the last numbered paragraph before it ("5.2.4"). */
  readonly number?: string;
  readonly section?: string;
  readonly line: number;
  /** A caption or block heading ("Support Level - Low", "Table 1: Potential Savings..."), when there is one. */
  readonly title?: string;
  /** Cell text as printed, row by row; rows may be ragged. */
  readonly rows: readonly (readonly string[])[];
}

export type Block = Paragraph | ReportTable;

export interface ReportDocument {
  /** What the report was read from: "text", "markdown" or "docx". */
  readonly format: "text" | "markdown" | "docx";
  readonly blocks: readonly Block[];
  /** Anything the reader could not keep (a Word feature it ignores), for the reviewer to know. */
  readonly notes: readonly string[];
}
