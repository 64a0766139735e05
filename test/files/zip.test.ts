/**
 * Zip packages from people who may mean harm (src/files/zip.ts), the one reader beneath the
 * workbook reader and the Word reader: the directory held to the limits before anything inflates,
 * each part inflated in chunks and stopped at the size it declares. The packages are built in the
 * test (test/security/craft.ts), then damaged byte by byte where a case needs it.
 */
import { deflateRawSync } from "node:zlib";
import { inflateEntry, openZip, UnreadablePackage } from "../../src/files/zip";
import type { ZipLimits } from "../../src/files/zip";
import { zip } from "../security/craft";
import type { ZipEntry as CraftedEntry } from "../security/craft";

const MB = 1024 * 1024;
const LIMITS: ZipLimits = { mostEntries: 2, mostInflatedBytes: MB };

const spaces = (name: string, size: number, declaredSize?: number): CraftedEntry => ({
  name,
  data: Buffer.alloc(size, 0x20),
  declaredSize,
});

/** The package with one field (2 or 4 bytes) of its first directory entry or its end record overwritten. */
function patched(
  bytes: Buffer,
  field: (directory: number, end: number) => number,
  width: 2 | 4,
  value: number
): Buffer {
  const copy = Buffer.from(bytes);
  const end = copy.length - 22;
  const at = field(copy.readUInt32LE(end + 16), end);
  if (width === 2) copy.writeUInt16LE(value, at);
  else copy.writeUInt32LE(value, at);
  return copy;
}

/** The first entry's bytes as they inflate, chunk by chunk, and the refusal they end with, if any. */
function inflateFirst(bytes: Uint8Array): { chunks: Uint8Array[]; refusal?: Error } {
  const pkg = openZip(bytes, "Excel", LIMITS);
  const chunks: Uint8Array[] = [];
  try {
    for (const chunk of inflateEntry(pkg, pkg.entries[0])) chunks.push(chunk);
  } catch (error) {
    return { chunks, refusal: error as Error };
  }
  return { chunks };
}

const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");

describe("the directory, read before anything inflates", () => {
  test("lists the entries with their declared sizes", () => {
    const pkg = openZip(zip([spaces("a.xml", 10), spaces("b.xml", 20)]), "Excel", LIMITS);
    expect(pkg.entries.map((e) => [e.name, e.inflatedSize])).toEqual([
      ["a.xml", 10],
      ["b.xml", 20],
    ]);
  });

  test("reads the sizes of a ZIP64 extra field", () => {
    const xml = "<sheetData/>";
    const bytes = zip([{ name: "a.xml", data: Buffer.from(xml), zip64: true }]);
    const pkg = openZip(bytes, "Excel", LIMITS);
    expect(pkg.entries.map((e) => [e.inflatedSize, e.compressedSize])).toEqual([
      [xml.length, deflateRawSync(xml).length],
    ]);
    expect(joined(inflateFirst(bytes).chunks)).toBe(xml);
  });

  test.each([
    [
      "more entries than the limit",
      zip([spaces("a", 1), spaces("b", 1), spaces("c", 1)]),
      /^it holds 3 files in its zip package, more than the 2 CareCalc opens \(a file saved by Excel holds a few hundred at most\)\. Open it in Excel and save it again/,
    ],
    [
      "more entries than its end record counts",
      patched(zip([spaces("a", 1), spaces("b", 1), spaces("c", 1)]), (_, end) => end + 10, 2, 2),
      /^it holds more than 2 files in its zip package/,
    ],
    [
      "entries declared to inflate past the limit together",
      zip([spaces("a", 1, MB / 2), spaces("b", 1, MB / 2 + 1)]),
      /^its parts would inflate to more than 1 MB, the most CareCalc inflates \(as its directory declares, before anything is inflated\)/,
    ],
    [
      "a file with no central directory",
      Buffer.from("PK\u0003\u0004 and nothing else, long enough"),
      /^its zip package is damaged \(it has no central directory\)\. Open it in Excel and save it again, or ask whoever sent it for a copy saved by Excel\.$/,
    ],
    [
      "a directory beyond its end record",
      patched(zip([spaces("a", 1)]), (_, end) => end + 16, 4, 1000),
      /^its zip package is damaged \(its central directory does not match its contents\)/,
    ],
    [
      "an encrypted part",
      patched(zip([spaces("a.xml", 1)]), (directory) => directory + 8, 2, 1),
      /^its part a\.xml is encrypted\. Open the file in Excel, remove any password and save it again\.$/,
    ],
    [
      "a compression Office never writes",
      patched(zip([spaces("a.xml", 1)]), (directory) => directory + 10, 2, 12),
      /^its part a\.xml is compressed in a way Excel never writes \(method 12\)/,
    ],
    [
      "a part outside the file",
      patched(zip([spaces("a.xml", 1)]), (directory) => directory + 42, 4, 5000),
      /^its zip package is damaged \(its part a\.xml lies outside the file\)/,
    ],
  ])("refuses %s, saying what to do", (_, bytes, message) => {
    expect(() => openZip(bytes, "Excel", LIMITS)).toThrow(UnreadablePackage);
    expect(() => openZip(bytes, "Excel", LIMITS)).toThrow(message);
  });

  test("names the application that saves the package in what to do", () => {
    expect(() =>
      openZip(Buffer.from("PK\u0003\u0004 and nothing else, long enough"), "Word")
    ).toThrow(
      /Open it in Word and save it again, or ask whoever sent it for a copy saved by Word\.$/
    );
  });
});

describe("a part as it inflates", () => {
  /** Sheet-like XML that deflates about tenfold, as a sheet's does. */
  const rowsXml = (count: number) =>
    Buffer.from(
      Array.from({ length: count }, (_, r) => `<row r="${r + 1}"><v>${r * 7}</v></row>`).join("")
    );

  test.each([
    ["deflated", false],
    ["stored", true],
  ])("comes in chunks, never whole, when %s", (_, stored) => {
    const xml = rowsXml(20_000);
    const { chunks, refusal } = inflateFirst(zip([{ name: "a.xml", data: xml, stored }]));
    expect(refusal).toBeUndefined();
    expect(Buffer.concat(chunks).equals(xml)).toBe(true);
    expect(chunks.reduce((most, c) => Math.max(most, c.length), 0)).toBeLessThanOrEqual(
      xml.length / 10
    );
  });

  test("comes as it inflates: a part that goes wrong partway has given its beginning first", () => {
    const xml = rowsXml(60_000);
    // Declared at half its size, it is refused halfway; the chunks before that were already given.
    const half = Math.floor(xml.length / 2);
    const { chunks, refusal } = inflateFirst(
      zip([{ name: "a.xml", data: xml, declaredSize: half }])
    );
    expect(refusal?.message).toMatch(/inflates beyond the [\d,]+ bytes it declares/);
    const given = Buffer.concat(chunks);
    expect(given.length).toBeGreaterThan(half / 2);
    expect(given.equals(xml.subarray(0, given.length))).toBe(true);
  });

  test("reads a package that sits at an offset in its buffer, as the pane's bytes may", () => {
    const bytes = zip([{ name: "a.xml", data: Buffer.from("<a/>") }]);
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(joined(inflateFirst(padded.subarray(7)).chunks)).toBe("<a/>");
  });

  test("stops the moment it passes the size it declares: a zip bomb gives no more than that", () => {
    // 64 MB of spaces deflates to about 64 KB; the directory says 1,024 bytes.
    const { chunks, refusal } = inflateFirst(zip([spaces("a.xml", 64 * MB, 1024)]));
    expect(refusal).toBeInstanceOf(UnreadablePackage);
    expect(refusal?.message).toMatch(
      /^its part a\.xml inflates beyond the 1,024 bytes it declares: the file is damaged, or built to exhaust memory \(a zip bomb\)\. Ask whoever sent it for a copy saved by Excel\.$/
    );
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(1024);
  });

  test.each([
    ["deflated", false],
    ["stored", true],
  ])("refuses a %s part larger or shorter than it declares", (_, stored) => {
    const larger = inflateFirst(zip([{ ...spaces("a.xml", 200, 100), stored }]));
    expect(larger.refusal?.message).toMatch(/its part a\.xml inflates beyond the 100 bytes/);
    const shorter = inflateFirst(zip([{ ...spaces("a.xml", 100, 200), stored }]));
    expect(shorter.refusal?.message).toMatch(
      /^its zip package is damaged \(its part a\.xml is shorter than it declares\)/
    );
  });

  test("refuses a part whose compressed data is corrupt", () => {
    const bytes = zip([{ name: "a.xml", data: Buffer.from("<row>".repeat(1000)) }]);
    // The data follows the 30-byte local header and the name; 0xFF starts a block of no type.
    bytes[30 + "a.xml".length] = 0xff;
    expect(inflateFirst(bytes).refusal?.message).toMatch(
      /^its zip package is damaged \(its part a\.xml does not inflate: invalid block type\)/
    );
  });
});
