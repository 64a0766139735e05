/**
 * Word documents are zip packages someone sent: what the reader refuses before mammoth unpacks
 * anything. The packages are written here byte by byte, with deflate from Node's zlib.
 */
import { deflateRawSync } from "node:zlib";
import { readDocx } from "../../src/report";
import { refuseIfZipTooLarge } from "../../src/report/zipLimits";
import { wordDocument } from "./wordReport";

jest.setTimeout(60_000);

interface Part {
  name: string;
  /** What is stored: deflated (method 8) or as it is (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** The unpacked size the headers declare. */
  size: number;
}

/** A zip package: local headers and data, the central directory, its end record (CRCs left 0). */
function zip(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(part.data));
    directory.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...directory, end]));
}

const deflated = (name: string, content: Buffer, size = content.length): Part => ({
  name,
  data: new Uint8Array(deflateRawSync(content)),
  method: 8,
  size,
});

test("a Word document as Word writes it passes, and is read", async () => {
  const word = await wordDocument("1.1 The block costs £413,504 a year.");
  expect(() => refuseIfZipTooLarge(word)).not.toThrow();
  expect((await readDocx(word)).blocks).toHaveLength(1);
});

test("a package of 5,001 files is refused before anything is unpacked", async () => {
  const parts = Array.from({ length: 5001 }, (_, i): Part => ({
    name: `word/media/image${i}.png`,
    data: new Uint8Array(0),
    method: 0,
    size: 0,
  }));
  await expect(readDocx(zip(parts))).rejects.toThrow(
    /it holds 5,001 files in its package; a Word report holds a few hundred at most/
  );
});

test("a part that unpacks to more than its headers declare is refused as damaged", async () => {
  // 1 MB of zeros deflates to about 1 KB; the headers claim 1,000 bytes.
  const part = deflated("word/document.xml", Buffer.alloc(1024 * 1024), 1000);
  await expect(readDocx(zip([part]))).rejects.toThrow(/its zip package is damaged/);
});

test("parts that unpack past the ceiling are refused after the ceiling's worth of work", () => {
  // 9 MB of spaces deflates to about 9 KB: the shape of a zip bomb, against a ceiling of 8 MB
  // (the reader's own is MOST_UNZIPPED_BYTES, 400 MB). Two parts: the ceiling is for the whole.
  const MB = 1024 * 1024;
  const part = (name: string) => deflated(name, Buffer.alloc(4.5 * MB, 0x20));
  const bomb = zip([part("word/document.xml"), part("word/styles.xml")]);
  expect(bomb.length).toBeLessThan(64 * 1024);
  expect(() => refuseIfZipTooLarge(bomb, 8 * MB)).toThrow(
    /its text unpacks to more than 8 MB \(a Word report's is a few MB\)/
  );
  expect(() => refuseIfZipTooLarge(bomb, 10 * MB)).not.toThrow();
});

test("a package whose directory points nowhere is refused as damaged", async () => {
  const whole = zip([deflated("word/document.xml", Buffer.from("<w:document/>"))]);
  // Move the directory's offset past the end of the file.
  const view = new DataView(whole.buffer);
  view.setUint32(whole.length - 6, whole.length + 100, true);
  await expect(readDocx(whole)).rejects.toThrow(/its zip package is damaged/);
});
