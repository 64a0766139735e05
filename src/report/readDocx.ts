/**
 * Reads a Word report (.docx) with mammoth, keeping Word's tables as tables. The single entry point
 * for Word documents: its size, that it is a zip, and its package (src/files/zip.ts) are checked
 * before mammoth sees it. External files a document points at are never fetched (mammoth's
 * externalFileAccess stays off) and images are not decoded.
 */
import mammoth from "mammoth";
import { openZip, refuseIfEntryUnsound, UnreadablePackage } from "../files/zip";
import { assemble, RawItem } from "./assemble";
import { MOST_DOCX_BYTES, refuseIfLarger, UnreadableReport } from "./limits";
import type { ReportDocument } from "./model";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;

/**
 * mammoth's HTML as the report's items: paragraphs and headings, list items numbered as Word
 * numbers nested lists (1, 1.1, 1.1.1), and tables as grids of their cells' text.
 */
export function itemsFromHtml(html: string): RawItem[] {
  const items: RawItem[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let text = "";
  let heading = false;
  let table: string[][] | undefined;
  let row: string[] | undefined;
  let cell: string | undefined;
  let position = 0;

  const emitText = (numbered: boolean) => {
    const content = text.replace(/\s+/g, " ").trim();
    text = "";
    if (!content) return;
    if (cell !== undefined) {
      cell = cell ? `${cell} ${content}` : content;
      return;
    }
    position++;
    const ordered = numbered && lists.length > 0 && lists.every((l) => l.ordered);
    items.push({
      kind: "text",
      text: content,
      line: position,
      separate: true,
      ...(heading && { heading: true }),
      ...(ordered && { number: lists.map((l) => l.count).join(".") }),
    });
  };

  for (const m of html.matchAll(TAG)) {
    const [, closing, rawName, content] = m;
    if (content !== undefined) {
      text += decode(content);
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing) {
      if (name === "table") {
        emitText(true);
        table = [];
      } else if (name === "tr") row = [];
      else if (name === "td" || name === "th") cell = "";
      else if (name === "ol" || name === "ul") {
        emitText(true);
        lists.push({ ordered: name === "ol", count: 0 });
      } else if (name === "li") {
        emitText(true);
        if (lists.length) lists[lists.length - 1].count++;
      } else if (/^h[1-6]$/.test(name)) heading = true;
      else if (name === "br") text += " ";
      continue;
    }
    if (name === "p" || /^h[1-6]$/.test(name)) {
      emitText(lists.length > 0);
      heading = false;
    } else if (name === "li") emitText(true);
    else if (name === "ol" || name === "ul") {
      emitText(true);
      lists.pop();
    } else if ((name === "td" || name === "th") && row) {
      emitText(false);
      row.push(cell ?? "");
      cell = undefined;
    } else if (name === "tr" && table && row) {
      table.push(row);
      row = undefined;
    } else if (name === "table" && table) {
      position++;
      items.push({ kind: "table", rows: table, line: position });
      table = undefined;
    }
  }
  emitText(false);
  return items;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/**
 * A .docx is a zip package. Files that are not are named by what they are, where that tells the
 * reviewer what to do: a PDF, or an older or password-protected Word file (both OLE containers).
 */
function refuseIfNotZip(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b])) return;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new UnreadableReport(
      "it is a PDF, not a Word document. Save the PDF's text as a .txt file (or copy all its text into one) and check that."
    );
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new UnreadableReport(
      "it is an older Word document (.doc) or a password-protected one. Open it in Word, remove any password, and save it as a Word Document (.docx)."
    );
  throw new UnreadableReport(
    "it is not a Word document: a .docx is a zip package and this file is not. Open it in Word and save it as a Word Document (.docx), or save its text as .txt."
  );
}

/** The parts mammoth reads: the document, styles, numbering, notes, relationships. */
const READ_BY_MAMMOTH = /\.(xml|rels)$/i;

/**
 * Refuses a package outside the limits, and inflates here every part mammoth will read, each
 * stopped at the size it declares: mammoth's unzipping (JSZip) inflates a part whole before it
 * compares its size, so a package built to unpack to gigabytes (a zip bomb) is refused here first,
 * after at most the ceiling's worth of work.
 * Images and other parts are never unpacked.
 */
function refuseUnsoundPackage(bytes: Uint8Array): void {
  try {
    const zip = openZip(bytes, "Word");
    for (const entry of zip.entries)
      if (READ_BY_MAMMOTH.test(entry.name)) refuseIfEntryUnsound(zip, entry);
  } catch (error) {
    if (error instanceof UnreadablePackage) throw new UnreadableReport(error.message);
    throw error;
  }
}

export async function readDocx(bytes: Uint8Array): Promise<ReportDocument> {
  refuseIfLarger(bytes.byteLength, MOST_DOCX_BYTES, "Word document");
  refuseIfNotZip(bytes);
  refuseUnsoundPackage(bytes);
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; both take the bytes as they are.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    result = await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      includeEmbeddedStyleMap: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
    });
  } catch (error) {
    throw new UnreadableReport(
      `it is not a Word document CareCalc can read (${error instanceof Error ? error.message : String(error)}). Save it again as a .docx from Word, or save its text as .txt.`
    );
  }
  const notes = [
    ...new Set(result.messages.filter((m) => m.type === "error").map((m) => m.message)),
  ];
  return { format: "docx", blocks: assemble(itemsFromHtml(result.value)), notes };
}
