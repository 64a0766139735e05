/**
 * Builds the crafted files of the adversarial suite in memory: no large binaries are committed.
 * Workbooks are written by hand (a zip of XML parts) so that a case can be as hostile as an
 * attacker's file: a million rows, a cell at XFD1048576, sizes that lie, a thousand entries.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** Stored rather than deflated. */
  readonly stored?: boolean;
  /** A lie for the central directory's "uncompressed size" (a zip bomb's trick). */
  readonly declaredSize?: number;
  /** Its sizes in a ZIP64 extra field, as writers give a part past 4 GB. */
  readonly zip64?: boolean;
}

/** A zip archive as Office writes one: local headers, data, then the central directory. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.stored ? entry.data : deflateRawSync(entry.data);
    const method = entry.stored ? 0 : 8;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(entry.zip64 ? 20 : 0);
    if (entry.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(entry.zip64 ? 0xffffffff : body.length, 20);
    header.writeUInt32LE(entry.zip64 ? 0xffffffff : size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name, extra);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const xml = (text: string) =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet's XML; `rows` yields the `<row>` elements, so a million rows need not be held as one string. */
export interface SheetPart {
  readonly name: string;
  readonly rows: Iterable<string>;
}

function sheetXml(rows: Iterable<string>): Buffer {
  const chunks: string[] = [`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`];
  for (const row of rows) chunks.push(row);
  chunks.push("</sheetData></worksheet>");
  return xml(chunks.join(""));
}

/** An .xlsx with the given sheets (inline strings, so no shared-strings part is needed). */
export function workbook(sheets: readonly SheetPart[], extra: readonly ZipEntry[] = []): Buffer {
  const names = sheets.map(
    (s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  return zip([
    {
      name: "[Content_Types].xml",
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
          )
          .join("")}</Types>`
      ),
    },
    {
      name: "_rels/.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/workbook.xml",
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.join("")}</sheets></workbook>`
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.rows) })),
    ...extra,
  ]);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One cell's XML: a number, inline text, or a formula with its saved value. */
export function cellXml(
  ref: string,
  content: number | string | { formula: string; saved?: number }
) {
  if (typeof content === "number") return `<c r="${ref}"><v>${content}</v></c>`;
  if (typeof content === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(content)}</t></is></c>`;
  const saved = content.saved === undefined ? "" : `<v>${content.saved}</v>`;
  return `<c r="${ref}"><f>${escapeXml(content.formula)}</f>${saved}</c>`;
}

export function rowXml(row: number, cells: readonly string[]): string {
  return `<row r="${row}">${cells.join("")}</row>`;
}
