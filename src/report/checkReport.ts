/**
 * Checks a whole report: every table through the table checker, every figure in the prose against
 * the tables and the figures around it. The result is what reviewers read: findings (each stated
 * as written, where it is, the sentence, what it should be and why) and a figure map (every figure
 * and where it comes from).
 */
import { extractFigures, ProseFigure } from "./extract";
import type { Block, Paragraph, ReportDocument, ReportTable } from "./model";
import { figureWords, reconcile, Source } from "./reconcile";
import { tableCells } from "./tableCells";
import { checkReportTable } from "./tableEngine";

export interface ReportFinding {
  /** "prose" for a figure in the text, "table" for a cell that breaks its table's arithmetic. */
  readonly source: "prose" | "table";
  /** The figure exactly as written. */
  readonly stated: string;
  /** The paragraph's printed number ("5.2.7"), where it has one. */
  readonly paragraph?: string;
  /** The heading it sits under, for paragraphs without a number ("Financial implications"). */
  readonly section?: string;
  readonly line: number;
  /** The sentence (or, for a table, the row) it is in. */
  readonly quote: string;
  /** What it should be, written as the report writes it; absent where nothing says. */
  readonly expected?: string;
  /** The relation in words: "the same figure as the table at 5.2.6, E4 ...", "£3.564m a year x 10 years". */
  readonly relation: string;
  readonly diagnosis?: string;
  /** The figure map's id (prose) or the table cell ("5.2.4 table, B5"). */
  readonly ref: string;
}

export type FigureStatus = "agrees" | "finding" | "unverified";

export interface MappedFigure {
  readonly id: string;
  readonly stated: string;
  readonly paragraph?: string;
  readonly section?: string;
  readonly line: number;
  /** What it is: "money a year", "count of beds", "percentage"... */
  readonly meaning: string;
  readonly status: FigureStatus;
  /** Where it comes from, in words. */
  readonly source: string;
  /** The figures and cells it comes from. */
  readonly from: readonly string[];
}

export interface TableSummary {
  readonly paragraph?: string;
  readonly section?: string;
  readonly line: number;
  readonly title?: string;
  readonly rows: number;
  readonly columns: number;
  /** Checked by the table checker, or why not (too large, or no figures). */
  readonly checked: boolean;
  readonly note?: string;
}

export interface ReportCheck {
  readonly findings: readonly ReportFinding[];
  readonly figures: readonly MappedFigure[];
  readonly tables: readonly TableSummary[];
  readonly notes: readonly string[];
}

function meaningOf(f: ProseFigure): string {
  const kind = {
    money: "money",
    percent: "percentage",
    count: "count",
    duration: "duration",
    number: "number",
  }[f.kind];
  const parts = [kind];
  if (f.noun) parts.push(`of ${f.noun}`);
  if (f.period === "term") parts.push(f.termYears ? `over ${f.termYears} years` : "over the term");
  else if (f.period) parts.push(`a ${f.period}`);
  if (f.perUnit) parts.push(`per ${f.perUnit}`);
  if (f.bound === "upper") parts.push("(up to)");
  if (f.bound === "lower") parts.push("(at least)");
  if (f.approximate) parts.push("(approximate)");
  if (f.exVat) parts.push("(ex VAT)");
  if (f.rangeEnd) parts.push(`(${f.rangeEnd} end of a range)`);
  return parts.join(" ");
}

function sourceWords(source: Source, blocks: readonly Block[]): { words: string; from: string[] } {
  switch (source.kind) {
    case "table": {
      const table = blocks[source.cell.block] as ReportTable;
      const where = table.number ?? table.title ?? `line ${table.line}`;
      const labels = [source.cell.rowLabel, source.cell.columnLabel].filter(Boolean).join("; ");
      return {
        words: `table at ${where}, ${source.cell.address}${labels ? ` (${labels})` : ""}${source.rounded ? `, ${source.cell.text.trim()} rounded` : ""}`,
        from: [`${where} ${source.cell.address}`],
      };
    }
    case "derived":
      return { words: `derived: ${source.words}`, from: [...source.from] };
    case "restated": {
      const there = blocks[source.of.block] as Paragraph;
      return {
        words: `restates ${figureWords(source.of)} (${source.of.id}${there.number ? `, ${there.number}` : ""})`,
        from: [source.of.id],
      };
    }
    default:
      return { words: "unverified: nothing in the report gives it", from: [] };
  }
}

export function checkReport(document: ReportDocument): ReportCheck {
  const blocks = document.blocks;
  const paragraphs = blocks.flatMap((b, block) =>
    b.kind === "paragraph" ? [{ block, paragraph: b }] : []
  );
  const figures = extractFigures(paragraphs);
  const cells = tableCells(blocks);
  const reconciled = reconcile(blocks, figures, cells);
  const at = (b: { number?: string; section?: string }) => ({
    ...(b.number !== undefined && { paragraph: b.number }),
    ...(b.number === undefined && b.section !== undefined && { section: b.section }),
  });

  const findings: { order: number; finding: ReportFinding }[] = [];
  const findingFor = new Map<string, ReportFinding>();
  for (const p of reconciled.findings) {
    const paragraph = blocks[p.figure.block] as Paragraph;
    const finding: ReportFinding = {
      source: "prose",
      stated: p.figure.stated,
      ...at(paragraph),
      line: paragraph.line,
      quote: paragraph.sentences[p.figure.sentence].text,
      ...(p.expectedText && { expected: p.expectedText }),
      relation: p.relation,
      ...(p.diagnosis && { diagnosis: p.diagnosis }),
      ref: p.figure.id,
    };
    findingFor.set(p.figure.id, finding);
    findings.push({ order: p.figure.block * 1000 + p.figure.sentence, finding });
  }

  const tables: TableSummary[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "table") return;
    const figures = cells.filter((c) => c.block === index);
    const hasFigures = figures.length > 0;
    // A list of figures under a paragraph ("Core: £2412, Medium: £2564, High: £2637") has no
    // arithmetic of its own unless it has a total; its figures are traced with the prose.
    const list =
      new Set(figures.map((c) => c.col)).size === 1 &&
      !block.rows.some((r) => /total/i.test(r.join(" ")));
    const result = hasFigures && !list ? checkReportTable(block.rows) : undefined;
    tables.push({
      ...at(block),
      line: block.line,
      ...(block.title !== undefined && { title: block.title }),
      rows: block.rows.length,
      columns: block.rows.reduce((most, r) => Math.max(most, r.length), 0),
      checked: Boolean(result?.checked),
      ...(!hasFigures && { note: "no figures" }),
      ...(hasFigures &&
        list && { note: "a list of figures without a total: traced with the prose" }),
      ...(result && !result.checked && { note: `not checked: ${result.reason}` }),
    });
    if (!result?.checked) return;
    const where = block.number ?? block.title ?? `line ${block.line}`;
    for (const f of result.findings) {
      findings.push({
        order: index * 1000,
        finding: {
          source: "table",
          stated: block.rows[f.row][f.col].trim(),
          ...at(block),
          line: block.line + f.row,
          quote: block.rows[f.row]
            .map((c) => c.trim())
            .filter(Boolean)
            .join(" | "),
          ...(f.expected !== "" && {
            expected: f.expected.toLocaleString("en-GB", { maximumFractionDigits: 6 }),
          }),
          relation: `table at ${where}, ${f.cell}: ${f.relation}`,
          diagnosis: f.diagnosis,
          ref: `${where} ${f.cell}`,
        },
      });
    }
  });

  const mapped: MappedFigure[] = figures.map((f) => {
    const paragraph = blocks[f.block] as Paragraph;
    const finding = findingFor.get(f.id);
    const source = sourceWords(reconciled.sources.get(f.id) ?? { kind: "unverified" }, blocks);
    return {
      id: f.id,
      stated: f.stated,
      ...at(paragraph),
      line: paragraph.line,
      meaning: meaningOf(f),
      status: finding ? "finding" : source.from.length ? "agrees" : "unverified",
      source: finding ? `finding: ${finding.relation}` : source.words,
      from: finding ? [] : source.from,
    };
  });

  return {
    findings: findings.sort((a, b) => a.order - b.order).map((f) => f.finding),
    figures: mapped,
    tables,
    notes: document.notes,
  };
}
