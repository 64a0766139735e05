/**
 * Zip packages (.xlsx, .docx) from people who may mean harm, read the same way by the command line
 * and by the task pane (so no node: modules: pako inflates in both). The central directory is read
 * and held to the limits (entry count, inflated size as declared) before a byte is inflated, and
 * each part then inflates in chunks that stop the moment it passes the size it declared: a part
 * never costs more than it declares, nor all of them together more than MOST_INFLATED_BYTES.
 */
import { Inflate } from "pako";
import { MOST_INFLATED_BYTES, MOST_ZIP_ENTRIES } from "../core/limits";

/** The Office application that saves a kind of package: the one a message sends the reader back to. */
export type OfficeApplication = "Excel" | "Word";

export interface ZipLimits {
  readonly mostEntries: number;
  readonly mostInflatedBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  mostEntries: MOST_ZIP_ENTRIES,
  mostInflatedBytes: MOST_INFLATED_BYTES,
};

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it; inflating never goes past it. */
  readonly inflatedSize: number;
  readonly headerOffset: number;
}

/** A package whose directory was read within the limits. */
export interface ZipPackage {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly application: OfficeApplication;
}

/** A package refused: the message says what is wrong with it and what to do. */
export class UnreadablePackage extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/**
 * Bytes of a part's data taken at a time: what one step inflates is handed on before the next, so
 * a sheet of hundreds of MB is never held whole (a step inflates to at most about 16 MB, deflate's
 * largest ratio being about 1,000).
 */
const STEP = 16 * 1024;

const count = (n: number) => n.toLocaleString("en-GB");
const megabytes = (bytes: number) =>
  (bytes / 2 ** 20).toLocaleString("en-GB", { maximumFractionDigits: 1 });

const sendAgain = (application: OfficeApplication) =>
  `Open it in ${application} and save it again, or ask whoever sent it for a copy saved by ${application}.`;

function damaged(application: OfficeApplication, what: string): UnreadablePackage {
  return new UnreadablePackage(`its zip package is damaged (${what}). ${sendAgain(application)}`);
}

/** Little-endian reads that refuse, as damage, a field beyond the end of the file. */
class ZipReader {
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly application: OfficeApplication
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private within(at: number, length: number): number {
    if (at < 0 || at + length > this.bytes.length)
      throw damaged(this.application, "it is cut short");
    return at;
  }
  u16 = (at: number) => this.view.getUint16(this.within(at, 2), true);
  u32 = (at: number) => this.view.getUint32(this.within(at, 4), true);
  u64 = (at: number) => Number(this.view.getBigUint64(this.within(at, 8), true));
  text = (at: number, length: number) =>
    new TextDecoder().decode(this.bytes.subarray(this.within(at, length), at + length));
}

function endOfDirectory(reader: ZipReader): number {
  // The record is 22 bytes and may be followed by a comment of up to 65,535.
  const last = reader.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--)
    if (reader.u32(at) === END_OF_DIRECTORY) return at;
  throw damaged(reader.application, "it has no central directory");
}

/** ZIP64 sizes for the sizes an entry marks 0xFFFFFFFF, in the order the format gives them. */
function zip64Sizes(
  reader: ZipReader,
  extraStart: number,
  extraEnd: number,
  sizes: number[]
): number[] {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const size = reader.u16(at + 2);
    if (reader.u16(at) === ZIP64_EXTRA) {
      let read = at + 4;
      return sizes.map((size32) => {
        if (size32 !== UNKNOWN_32) return size32;
        if (read + 8 > Math.min(at + 4 + size, extraEnd))
          throw damaged(reader.application, "its ZIP64 sizes are cut short");
        read += 8;
        return reader.u64(read - 8);
      });
    }
    at += 4 + size;
  }
  return sizes;
}

const tooManyEntries = (entries: string, limits: ZipLimits, application: OfficeApplication) =>
  new UnreadablePackage(
    `it holds ${entries} files in its zip package, more than the ${count(limits.mostEntries)} CareCalc opens (a file saved by ${application} holds a few hundred at most). ${sendAgain(application)}`
  );

/**
 * The package's entries, from its central directory alone. Refuses, before inflating a byte, a
 * package of more entries than the limit, entries declared to inflate past the limit together,
 * encrypted entries, compression Office does not write, or entries outside the file.
 */
export function openZip(
  bytes: Uint8Array,
  application: OfficeApplication,
  limits: ZipLimits = ZIP_LIMITS
): ZipPackage {
  const reader = new ZipReader(bytes, application);
  const end = endOfDirectory(reader);
  const declaredEntries = reader.u16(end + 10);
  if (declaredEntries > limits.mostEntries)
    throw tooManyEntries(count(declaredEntries), limits, application);
  const directoryStart = reader.u32(end + 16);
  const directoryEnd = directoryStart + reader.u32(end + 12);
  if (directoryEnd > end)
    throw damaged(application, "its central directory does not match its contents");
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let at = directoryStart; at < directoryEnd;) {
    if (at + 46 > directoryEnd || reader.u32(at) !== DIRECTORY_ENTRY)
      throw damaged(application, "its central directory does not match its contents");
    if (entries.length === limits.mostEntries)
      throw tooManyEntries(`more than ${count(limits.mostEntries)}`, limits, application);
    const flags = reader.u16(at + 8);
    const method = reader.u16(at + 10);
    const nameLength = reader.u16(at + 28);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + reader.u16(at + 30);
    const name = reader.text(at + 46, nameLength);
    const [inflatedSize, compressedSize, headerOffset] = zip64Sizes(reader, extraStart, extraEnd, [
      reader.u32(at + 24),
      reader.u32(at + 20),
      reader.u32(at + 42),
    ]);
    if (flags & 1)
      throw new UnreadablePackage(
        `its part ${name} is encrypted. Open the file in ${application}, remove any password and save it again.`
      );
    if (method !== STORED && method !== DEFLATED)
      throw new UnreadablePackage(
        `its part ${name} is compressed in a way ${application} never writes (method ${method}). ${sendAgain(application)}`
      );
    if (headerOffset + 30 + compressedSize > bytes.length)
      throw damaged(application, `its part ${name} lies outside the file`);
    declared += inflatedSize;
    if (declared > limits.mostInflatedBytes)
      throw new UnreadablePackage(
        `its parts would inflate to more than ${megabytes(limits.mostInflatedBytes)} MB, the most CareCalc inflates (as its directory declares, before anything is inflated): it is far larger than a file ${application} saves, or built to exhaust memory. Check a smaller file, or ask whoever sent it for a copy saved by ${application}.`
      );
    entries.push({ name, method, compressedSize, inflatedSize, headerOffset });
    at = extraEnd + reader.u16(at + 32);
  }
  return { bytes, entries, application };
}

/** The entry's data as stored (compressed), from its local header. */
function storedData(zip: ZipPackage, entry: ZipEntry): Uint8Array {
  const reader = new ZipReader(zip.bytes, zip.application);
  const at = entry.headerOffset;
  if (reader.u32(at) !== LOCAL_HEADER)
    throw damaged(zip.application, `its part ${entry.name} has no header`);
  const start = at + 30 + reader.u16(at + 26) + reader.u16(at + 28);
  if (start + entry.compressedSize > zip.bytes.length)
    throw damaged(zip.application, `its part ${entry.name} lies outside the file`);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

function largerThanDeclared(zip: ZipPackage, entry: ZipEntry): UnreadablePackage {
  return new UnreadablePackage(
    `its part ${entry.name} inflates beyond the ${count(entry.inflatedSize)} bytes it declares: the file is damaged, or built to exhaust memory (a zip bomb). Ask whoever sent it for a copy saved by ${zip.application}.`
  );
}

/**
 * An entry's bytes in chunks as they inflate, never all at once. It stops with UnreadablePackage
 * the moment they pass the size the central directory declared, and refuses an entry that ends
 * short of it or does not inflate.
 */
export function* inflateEntry(zip: ZipPackage, entry: ZipEntry): Generator<Uint8Array> {
  const data = storedData(zip, entry);
  if (entry.method === STORED) {
    if (data.length > entry.inflatedSize) throw largerThanDeclared(zip, entry);
    if (data.length < entry.inflatedSize)
      throw damaged(zip.application, `its part ${entry.name} is shorter than it declares`);
    for (let at = 0; at < data.length; at += STEP) yield data.subarray(at, at + STEP);
    return;
  }
  const inflater = new Inflate({ raw: true });
  let inflated = 0;
  let ready: Uint8Array[] = [];
  inflater.onData = (chunk) => {
    inflated += chunk.length;
    // Thrown out of push(): the inflater stops here, whatever its input would still give.
    if (inflated > entry.inflatedSize) throw largerThanDeclared(zip, entry);
    ready.push(chunk);
  };
  for (let at = 0; at === 0 || at < data.length; at += STEP) {
    inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (inflater.err)
      throw damaged(zip.application, `its part ${entry.name} does not inflate: ${inflater.msg}`);
    yield* ready;
    ready = [];
  }
  // A deflate stream cut short ends without an error: its size gives it away.
  if (inflated < entry.inflatedSize)
    throw damaged(zip.application, `its part ${entry.name} is shorter than it declares`);
}

/** Inflates an entry without keeping it, to refuse it now rather than when another reader opens it. */
export function refuseIfEntryUnsound(zip: ZipPackage, entry: ZipEntry): void {
  for (const chunk of inflateEntry(zip, entry)) void chunk;
}
