/**
 * A Word document is a zip package someone sent: before mammoth unpacks it, its directory is read
 * and every part mammoth will read (the .xml and .rels parts) is inflated here with a ceiling, so a
 * package built to unpack to gigabytes (a "zip bomb") is refused after at most the ceiling's worth
 * of work, whatever sizes its headers claim. Images and other parts are never unpacked at all.
 */
import { Inflate } from "pako";
import { UnreadableReport } from "./limits";

/** A 40-page report has a few dozen parts; one with many images a few hundred. */
export const MOST_ZIP_ENTRIES = 5000;
/** Its text parts unpack to a few MB; 20 times the largest Word document read leaves room. */
export const MOST_UNZIPPED_BYTES = 400 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The parts mammoth reads: the document, styles, numbering, notes, relationships. */
const READ_BY_MAMMOTH = /\.(xml|rels)$/i;

class ZipView {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16 = (at: number) => (at + 2 <= this.bytes.length ? this.view.getUint16(at, true) : -1);
  u32 = (at: number) => (at + 4 <= this.bytes.length ? this.view.getUint32(at, true) : -1);
}

const broken = () =>
  new UnreadableReport(
    "its zip package is damaged (its directory does not match its contents). Open it in Word and save it again as a Word Document (.docx)."
  );

function endOfDirectory(zip: ZipView): number {
  // The record is 22 bytes and may be followed by a comment of up to 65,535.
  const last = zip.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--)
    if (zip.u32(at) === END_OF_DIRECTORY) return at;
  throw broken();
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly local: number;
}

function entries(zip: ZipView): Entry[] {
  const end = endOfDirectory(zip);
  const count = zip.u16(end + 10);
  if (count > MOST_ZIP_ENTRIES)
    throw new UnreadableReport(
      `it holds ${count.toLocaleString("en-GB")} files in its package; a Word report holds a few hundred at most, so CareCalc does not open it. Save it again from Word, or save its text as .txt.`
    );
  const found: Entry[] = [];
  let at = zip.u32(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.u32(at) !== DIRECTORY_ENTRY) throw broken();
    const nameLength = zip.u16(at + 28);
    const name = new TextDecoder().decode(zip.bytes.subarray(at + 46, at + 46 + nameLength));
    found.push({
      name,
      method: zip.u16(at + 10),
      compressed: zip.u32(at + 20),
      size: zip.u32(at + 24),
      local: zip.u32(at + 42),
    });
    at += 46 + nameLength + zip.u16(at + 30) + zip.u16(at + 32);
  }
  return found;
}

const tooLarge = (most: number) =>
  new UnreadableReport(
    `its text unpacks to more than ${most / 1024 / 1024} MB (a Word report's is a few MB), so CareCalc does not open it. Save it again from Word, or save its text as .txt.`
  );

/** Inflates one part, counting what comes out and stopping at its declared size or the ceiling. */
function unpackedSize(zip: ZipView, entry: Entry, room: number, most: number): number {
  if (zip.u32(entry.local) !== LOCAL_HEADER) throw broken();
  const start = entry.local + 30 + zip.u16(entry.local + 26) + zip.u16(entry.local + 28);
  const data = zip.bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw broken();
  const limit = Math.min(entry.size, room);
  let size = 0;
  const inflate = new Inflate({ raw: true });
  inflate.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw size > room ? tooLarge(most) : broken();
  };
  inflate.push(data, true);
  if (inflate.err) throw broken();
  return size;
}

/** Refuses a package with too many parts, or whose text parts unpack to more than `most` bytes. */
export function refuseIfZipTooLarge(bytes: Uint8Array, most = MOST_UNZIPPED_BYTES): void {
  const zip = new ZipView(bytes);
  let unpacked = 0;
  for (const entry of entries(zip)) {
    if (!READ_BY_MAMMOTH.test(entry.name)) continue;
    unpacked += unpackedSize(zip, entry, most - unpacked, most);
  }
}
