/**
 * Zip archives (.xlsx, .docx) from people who may mean harm: the central directory is read and
 * checked against the limits (entry count, declared inflated size) before anything is inflated,
 * and each entry then inflates in chunks that stop as soon as it passes what it declared.
 */
import { createInflateRaw } from "node:zlib";

export interface ZipLimits {
  readonly mostEntries: number;
  readonly mostInflatedBytes: number;
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it; inflating never goes past it. */
  readonly inflatedSize: number;
  readonly headerOffset: number;
}

/** The archive breaks a limit or its own structure: the message says which. */
export class ZipRefused extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 65_535);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipRefused("it is not a zip archive (no central directory)");
}

/** ZIP64 sizes for fields the entry marks 0xFFFFFFFF, in the order the format gives them. */
function zip64Sizes(extra: Buffer, fields: number[]): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let read = at + 4;
      return fields.map((field) => {
        if (field !== UNKNOWN_32) return field;
        if (read + 8 > at + 4 + size) throw new ZipRefused("its ZIP64 sizes are cut short");
        const value = Number(extra.readBigUInt64LE(read));
        read += 8;
        return value;
      });
    }
    at += 4 + size;
  }
  return fields;
}

/**
 * The entries of a zip, from its central directory alone. Refuses, before inflating a byte, an
 * archive with more entries than the limit, entries declared to inflate past the limit together,
 * encrypted entries, or entries outside the file.
 */
export function inspectZip(bytes: Buffer, limits: ZipLimits): ZipEntry[] {
  if (bytes.length < 22) throw new ZipRefused("it is not a zip archive (too short)");
  const end = endOfDirectory(bytes);
  const declaredEntries = bytes.readUInt16LE(end + 10);
  if (declaredEntries > limits.mostEntries) {
    throw new ZipRefused(
      `it holds ${declaredEntries.toLocaleString("en-GB")} entries, more than the ${limits.mostEntries.toLocaleString("en-GB")} CareCalc opens`
    );
  }
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryStart = bytes.readUInt32LE(end + 16);
  if (directoryStart + directorySize > end)
    throw new ZipRefused("its central directory is damaged");
  const entries: ZipEntry[] = [];
  let inflated = 0;
  for (let at = directoryStart; at < directoryStart + directorySize;) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new ZipRefused("its central directory is damaged");
    if (entries.length === limits.mostEntries) {
      throw new ZipRefused(
        `it holds more than the ${limits.mostEntries.toLocaleString("en-GB")} entries CareCalc opens`
      );
    }
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const [inflatedSize, compressedSize, headerOffset] = zip64Sizes(extra, [
      bytes.readUInt32LE(at + 24),
      bytes.readUInt32LE(at + 20),
      bytes.readUInt32LE(at + 42),
    ]);
    if (flags & 1) throw new ZipRefused("it is encrypted: save it without a password");
    if (method !== 0 && method !== 8)
      throw new ZipRefused(`its entry ${name} uses a compression method Office does not write`);
    if (headerOffset + 30 + compressedSize > bytes.length)
      throw new ZipRefused(`its entry ${name} lies outside the file`);
    inflated += inflatedSize;
    if (inflated > limits.mostInflatedBytes) {
      throw new ZipRefused(
        `its parts would inflate to more than ${(limits.mostInflatedBytes / 2 ** 20).toLocaleString("en-GB")} MB, the most CareCalc inflates (declared before inflating)`
      );
    }
    entries.push({ name, method, compressedSize, inflatedSize, headerOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's data as stored (compressed), from its local header. */
function storedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.headerOffset;
  if (bytes.readUInt32LE(at) !== LOCAL_HEADER)
    throw new ZipRefused(`its entry ${entry.name} is damaged`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new ZipRefused(`its entry ${entry.name} lies outside the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's bytes in chunks as they inflate; it stops with ZipRefused the moment they pass the
 * size the central directory declared (which inspectZip held to the limit).
 */
export async function* inflateEntry(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = storedData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > entry.inflatedSize)
      throw new ZipRefused(`its entry ${entry.name} is larger than it declares`);
    yield data;
    return;
  }
  const inflater = createInflateRaw();
  inflater.end(data);
  let inflated = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > entry.inflatedSize) {
        throw new ZipRefused(
          `its entry ${entry.name} inflates beyond the ${entry.inflatedSize.toLocaleString("en-GB")} bytes it declares: the file is damaged or crafted`
        );
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused(
      `its entry ${entry.name} cannot be inflated (${(error as Error).message})`
    );
  } finally {
    inflater.destroy();
  }
}

/** A whole entry's text (UTF-8), for the small parts: a workbook's list of sheets, its relationships. */
export async function entryText(bytes: Buffer, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(bytes, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
