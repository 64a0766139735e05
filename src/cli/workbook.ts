/**
 * An .xlsx workbook read as it streams: the zip's directory checked against the limits first, then
 * each sheet's XML parsed as it inflates, keeping only filled cells (value and formula). Nothing is
 * written to disk and no rows x columns grid is built.
 */
import { posix } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";
import { EXCEL_COLUMNS, EXCEL_ROWS, MOST_CELL_CHARACTERS, MOST_CELLS } from "../core/limits";
import { inflateEntry, openZip, UnreadablePackage } from "../files/zip";
import type { ZipEntry, ZipPackage } from "../files/zip";
import { shiftFormula } from "./formula";
import { sheetOf } from "./sheet";
import type { CellValue, Sheet, SheetCell } from "./sheet";
import { UnreadableFile } from "./unreadable";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Runs `handle` on every XML event of a part as it inflates. */
function parsePart(
  zip: ZipPackage,
  entry: ZipEntry,
  handle: {
    open?: (tag: SaxesTagPlain) => void;
    text?: (text: string) => void;
    close?: (tag: SaxesTagPlain) => void;
  }
): void {
  const parser = new SaxesParser();
  if (handle.open) parser.on("opentag", handle.open);
  if (handle.text) parser.on("text", handle.text);
  if (handle.close) parser.on("closetag", handle.close);
  const decoder = new StringDecoder("utf8");
  try {
    for (const chunk of inflateEntry(zip, entry)) parser.write(decoder.write(chunk));
    parser.write(decoder.end()).close();
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    if (error instanceof UnreadablePackage) throw new UnreadableFile(error.message);
    throw new UnreadableFile(
      `its part ${entry.name} is not well-formed XML: ${(error as Error).message}`
    );
  }
}

/** Local name of a tag ("x:c" is "c"): Excel writes no prefix, other tools may. */
const local = (tag: SaxesTagPlain) => tag.name.slice(tag.name.indexOf(":") + 1);
const attribute = (tag: SaxesTagPlain, name: string) => {
  const found = Object.entries(tag.attributes).find(
    ([key]) => key === name || key.endsWith(`:${name}`)
  );
  return found?.[1];
};

/** Text gathered for one cell, refused past Excel's own limit (only a crafted file goes beyond it). */
function longer(text: string, more: string, where: string): string {
  if (text.length + more.length > MOST_CELL_CHARACTERS) {
    throw new UnreadableFile(
      `${where} holds more than ${MOST_CELL_CHARACTERS.toLocaleString("en-GB")} characters, Excel's limit for a cell: the file was not written by Excel`
    );
  }
  return text + more;
}

/** Text of each `<si>` (shared strings) or `<is>` (inline string): its runs joined, phonetic guides left out. */
class RichTextReader {
  private text: string | undefined;
  private inText = false;
  private phonetic = 0;
  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && !this.phonetic) {
      this.inText = true;
      this.text ??= "";
    }
  }
  add(text: string, where: string): void {
    if (this.inText) this.text = longer(this.text ?? "", text, where);
  }
  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inText = false;
  }
  take(): string {
    const text = this.text ?? "";
    this.text = undefined;
    return text;
  }
}

function sharedStrings(zip: ZipPackage, entry: ZipEntry | undefined): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  const rich = new RichTextReader();
  parsePart(zip, entry, {
    open: (tag) => rich.open(local(tag)),
    text: (text) => rich.add(text, `its shared string ${strings.length + 1}`),
    close: (tag) => {
      const name = local(tag);
      if (name !== "si") rich.close(name);
      else if (strings.push(rich.take()) > MOST_CELLS)
        throw new UnreadableFile(
          `it holds more than ${MOST_CELLS.toLocaleString("en-GB")} shared strings, the most CareCalc reads from one file`
        );
    },
  });
  return strings;
}

/** "B12" as zero-based row and column; undefined when it is not a cell of Excel's grid. */
function position(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return row >= 0 && row < EXCEL_ROWS && col < EXCEL_COLUMNS ? { row, col } : undefined;
}

/** Counts cells across the file, stopping at the limit. */
class CellBudget {
  private count = 0;
  take(): void {
    if (++this.count > MOST_CELLS) {
      throw new UnreadableFile(
        `it holds more than ${MOST_CELLS.toLocaleString("en-GB")} filled cells, the most CareCalc reads from one file: check the tables in a smaller file`
      );
    }
  }
}

interface PendingCell {
  ref: string | undefined;
  type: string;
  value: string | undefined;
  formula: string | undefined;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  arrayRange: string | undefined;
}

function savedValue(
  cell: PendingCell,
  strings: readonly string[],
  inline: string | undefined
): CellValue {
  if (cell.type === "inlineStr") return inline ?? null;
  if (cell.value === undefined) return null;
  switch (cell.type) {
    case "s": {
      const text = strings[Number(cell.value)];
      if (text === undefined)
        throw new UnreadableFile(`its cell ${cell.ref} names a shared string that is not there`);
      return text;
    }
    case "str":
    case "e":
      return cell.value;
    case "b":
      return cell.value.trim() === "1";
    case "d": {
      // An ISO date: Excel's day number, days since 30 December 1899.
      const time = Date.parse(cell.value);
      return Number.isNaN(time) ? cell.value : time / 86_400_000 + 25_569;
    }
    default: {
      const number = Number(cell.value);
      return cell.value.trim() !== "" && Number.isFinite(number) ? number : cell.value;
    }
  }
}

function readSheet(
  zip: ZipPackage,
  entry: ZipEntry,
  name: string,
  strings: readonly string[],
  budget: CellBudget
): Sheet {
  const cells: SheetCell[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const rich = new RichTextReader();
  let row = -1;
  let col = -1;
  let cell: PendingCell | undefined;
  let reading: "v" | "f" | undefined;
  let inline = false;
  let inlineText: string | undefined;
  parsePart(zip, entry, {
    open(tag) {
      switch (local(tag)) {
        case "row": {
          const r = attribute(tag, "r");
          row = r === undefined ? row + 1 : Number(r) - 1;
          col = -1;
          if (!Number.isInteger(row) || row < 0 || row >= EXCEL_ROWS)
            throw new UnreadableFile(`its sheet ${name} has a row beyond Excel's 1,048,576`);
          break;
        }
        case "c":
          cell = {
            ref: attribute(tag, "r"),
            type: attribute(tag, "t") ?? "n",
            value: undefined,
            formula: undefined,
            formulaType: undefined,
            sharedIndex: undefined,
            arrayRange: undefined,
          };
          break;
        case "v":
          if (cell) {
            reading = "v";
            cell.value = "";
          }
          break;
        case "f":
          if (cell) {
            reading = "f";
            cell.formula = "";
            cell.formulaType = attribute(tag, "t");
            cell.sharedIndex = attribute(tag, "si");
            if (cell.formulaType === "array") cell.arrayRange = attribute(tag, "ref");
          }
          break;
        case "is":
          inline = true;
          break;
        default:
          if (inline) rich.open(local(tag));
      }
    },
    text(text) {
      if (!cell) return;
      const where = `its cell ${name}!${cell.ref ?? ""}`;
      if (reading === "v") cell.value = longer(cell.value ?? "", text, where);
      else if (reading === "f") cell.formula = longer(cell.formula ?? "", text, where);
      else if (inline) rich.add(text, where);
    },
    close(tag) {
      const tagName = local(tag);
      if (tagName === "v" || tagName === "f") reading = undefined;
      else if (tagName === "is") {
        inline = false;
        inlineText = rich.take();
      } else if (inline) rich.close(tagName);
      else if (tagName === "c" && cell) {
        const at = cell.ref === undefined ? { row, col: col + 1 } : position(cell.ref);
        if (!at)
          throw new UnreadableFile(
            `its sheet ${name} has a cell "${cell.ref}" outside Excel's grid`
          );
        col = at.col;
        let formula = cell.formula || undefined;
        if (cell.formulaType === "shared" && cell.sharedIndex !== undefined) {
          const anchor = shared.get(cell.sharedIndex);
          if (formula) shared.set(cell.sharedIndex, { formula, row: at.row, col: at.col });
          else if (anchor)
            formula = shiftFormula(anchor.formula, at.row - anchor.row, at.col - anchor.col);
        }
        const value = savedValue(cell, strings, inlineText);
        if (value !== null || formula !== undefined) {
          budget.take();
          cells.push({
            row: at.row,
            col: at.col,
            value,
            ...(formula !== undefined && { formula }),
            ...(cell.arrayRange && { arrayRange: cell.arrayRange }),
          });
        }
        cell = undefined;
        inlineText = undefined;
      }
    },
  });
  return sheetOf(name, cells);
}

/** Relationship targets of a part, by id, as paths inside the zip. */
function relationships(
  zip: ZipPackage,
  entries: ReadonlyMap<string, ZipEntry>,
  part: string
): Map<string, { target: string; type: string }> {
  const relsPath = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  const found = new Map<string, { target: string; type: string }>();
  const entry = entries.get(relsPath);
  if (!entry) return found;
  parsePart(zip, entry, {
    open(tag) {
      if (local(tag) !== "Relationship") return;
      const target = attribute(tag, "Target") ?? "";
      const path = target.startsWith("/")
        ? target.slice(1)
        : posix.join(posix.dirname(part), target);
      found.set(attribute(tag, "Id") ?? "", {
        target: posix.normalize(path),
        type: attribute(tag, "Type") ?? "",
      });
    },
  });
  return found;
}

/** Every worksheet of an .xlsx (or .xlsm) file's bytes, in the workbook's order. */
export function readWorkbook(bytes: Buffer): Sheet[] {
  // Excel 97-2003 workbooks and password-protected xlsx files are OLE compound files.
  if (bytes.subarray(0, 8).equals(OLE))
    throw new UnreadableFile(
      "it is an encrypted or Excel 97-2003 workbook: save it as .xlsx without a password"
    );
  if (!bytes.subarray(0, 4).equals(ZIP))
    throw new UnreadableFile("the file is not an Excel workbook");
  let zip: ZipPackage;
  try {
    zip = openZip(bytes, "Excel");
  } catch (error) {
    if (error instanceof UnreadablePackage) throw new UnreadableFile(error.message);
    throw error;
  }
  const entries = new Map(zip.entries.map((e) => [e.name, e]));
  const root = relationships(zip, entries, "");
  const workbookPart =
    [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookEntry = entries.get(workbookPart);
  // Any other zip (an .ods or .docx renamed) has no workbook part.
  if (!workbookEntry) throw new UnreadableFile("the file is not an Excel workbook");
  const sheets: { name: string; id: string }[] = [];
  parsePart(zip, workbookEntry, {
    open(tag) {
      if (local(tag) === "sheet")
        sheets.push({ name: attribute(tag, "name") ?? "", id: attribute(tag, "id") ?? "" });
    },
  });
  const rels = relationships(zip, entries, workbookPart);
  const sharedStringsPart = [...rels.values()].find((r) =>
    r.type.endsWith("/sharedStrings")
  )?.target;
  const strings = sharedStrings(
    zip,
    sharedStringsPart === undefined ? undefined : entries.get(sharedStringsPart)
  );
  const budget = new CellBudget();
  const read: Sheet[] = [];
  for (const sheet of sheets) {
    const rel = rels.get(sheet.id);
    const entry = rel && rel.type.endsWith("/worksheet") ? entries.get(rel.target) : undefined;
    // Chart sheets and dialog sheets hold no cells.
    if (entry) read.push(readSheet(zip, entry, sheet.name, strings, budget));
  }
  if (!read.length)
    throw new UnreadableFile("the file is not an Excel workbook (it has no worksheets)");
  return read;
}
