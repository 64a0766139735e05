/**
 * A CSV or text file as Excel writes it, in any of its encodings and separators: "CSV UTF-8"
 * (UTF-8 with a BOM), "CSV" (Windows-1252, where £ is the byte 0xA3), "Unicode text" (UTF-16 LE
 * with a BOM, tab-separated), and the semicolons and decimal commas of continental settings.
 * Fields are read as RFC 4180 says: quoted fields may hold separators, quotes ("") and line breaks.
 */
import { MOST_CELL_CHARACTERS, MOST_CELLS } from "../core/limits";
import { sheetOf } from "./sheet";
import type { Sheet, SheetCell } from "./sheet";
import { UnreadableFile } from "./unreadable";

/** The text of a file's bytes: by its byte-order mark, else UTF-8 if it is valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16 LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped into little-endian order on a copy: the caller's bytes stay as they are.
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16();
    return { text: new TextDecoder("utf-16le").decode(swapped), encoding: "UTF-16 BE" };
  }
  if (bytes.includes(0))
    throw new UnreadableFile(
      "it holds NUL bytes, so it is not text: if it is UTF-16, save it again from Excel as Unicode text (which marks its encoding)"
    );
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Bytes that are not UTF-8 are what Excel's plain "CSV" writes on Windows.
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

const isSpecial = (c: string, separator: string) =>
  c === '"' || c === separator || c === "\n" || c === "\r";

/** Calls `field` for each field and `endRow` at each line break outside quotes. */
function scan(
  text: string,
  separator: string,
  visit: {
    field: (text: string, row: number, col: number) => void;
    stop?: (row: number) => boolean;
  }
): void {
  let row = 0;
  let col = 0;
  let field = "";
  let quoted = false;
  let started = false;
  const push = () => {
    visit.field(field, row, col);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    started = true;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        // A run of ordinary characters is added as one slice, not a character at a time.
        const end = text.indexOf('"', i);
        const stop = end === -1 ? text.length : end;
        field += text.slice(i, stop);
        i = stop - 1;
      }
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      push();
      col++;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      push();
      row++;
      col = 0;
      started = false;
      if (visit.stop?.(row)) return;
    } else {
      let stop = i + 1;
      while (stop < text.length && !isSpecial(text[stop], separator)) stop++;
      field += text.slice(i, stop);
      i = stop - 1;
    }
  }
  if (quoted) throw new UnreadableFile("a quoted field is not closed");
  if (started) push();
}

const SEPARATORS = [",", ";", "\t"];
/** Lines looked at to choose the separator. */
const SAMPLE_LINES = 100;

/** The separator that gives the same number of fields (more than one) on the most sampled lines. */
function separatorOf(text: string): string {
  let best = { separator: ",", score: 0 };
  for (const separator of SEPARATORS) {
    const widths: number[] = [];
    scan(text.slice(0, 1 << 20), separator, {
      field: (_, row, col) => (widths[row] = col + 1),
      stop: (row) => row >= SAMPLE_LINES,
    });
    const counts = new Map<number, number>();
    for (const width of widths) if (width > 1) counts.set(width, (counts.get(width) ?? 0) + 1);
    const score = [...counts.values()].reduce((most, n) => Math.max(most, n), 0);
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

/** A number written with a decimal comma, "4388575,80" or "4.388.575,80", optionally signed, in £ or %. */
const DECIMAL_COMMA = /^([-\u2212(]?£?)(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(%?\)?)$/;

/**
 * With semicolons or tabs between fields, "1234,5" is a decimal comma (continental settings). It
 * is read so when a field shows it for certain (not three digits after the comma, or points
 * between thousands); a file whose commas could be either is refused rather than guessed.
 */
function decimalCommas(fields: readonly string[]): "decimal" | "none" {
  let certain = false;
  let ambiguous: string | undefined;
  for (const field of fields) {
    const m = DECIMAL_COMMA.exec(field.trim());
    if (!m) continue;
    if (m[3].length !== 3 || m[2].includes(".")) certain = true;
    else ambiguous ??= field.trim();
  }
  if (certain) return "decimal";
  if (ambiguous !== undefined) {
    throw new UnreadableFile(
      `its numbers such as "${ambiguous}" may have a decimal comma or a thousands comma: save it with commas between fields, or write the numbers without thousands separators`
    );
  }
  return "none";
}

/** "4.388.575,80" as "4388575.80", the way the checker reads numbers. */
function withDecimalPoint(field: string): string {
  const m = DECIMAL_COMMA.exec(field.trim());
  return m ? `${m[1]}${m[2].replace(/\./g, "")}.${m[3]}${m[4]}` : field;
}

/** A CSV file's bytes as one sheet of its non-empty fields. */
export function readCsv(bytes: Buffer): Sheet & { encoding: string; separator: string } {
  const { text, encoding } = decodeText(bytes);
  const separator = separatorOf(text);
  const cells: SheetCell[] = [];
  scan(text, separator, {
    field(value, row, col) {
      if (value === "") return;
      if (value.length > MOST_CELL_CHARACTERS) {
        throw new UnreadableFile(
          `its field on line ${row + 1} holds more than ${MOST_CELL_CHARACTERS.toLocaleString("en-GB")} characters, Excel's limit for a cell`
        );
      }
      if (cells.length === MOST_CELLS) {
        throw new UnreadableFile(
          `it holds more than ${MOST_CELLS.toLocaleString("en-GB")} filled cells, the most CareCalc reads from one file: check the tables in a smaller file`
        );
      }
      cells.push({ row, col, value });
    },
  });
  if (separator !== "," && decimalCommas(cells.map((c) => String(c.value))) === "decimal") {
    for (let i = 0; i < cells.length; i++)
      cells[i] = { ...cells[i], value: withDecimalPoint(String(cells[i].value)) };
  }
  return { ...sheetOf(undefined, cells), encoding, separator };
}
