/**
 * Word documents are zip packages someone sent: what the reader refuses before mammoth unpacks
 * anything (the zip reader itself is tested in test/files/). The packages are built in the test.
 */
import { readDocx } from "../../src/report";
import { zip } from "../security/craft";
import type { ZipEntry } from "../security/craft";
import { wordDocument } from "./wordReport";

jest.setTimeout(60_000);

const MB = 1024 * 1024;
const spaces = (name: string, size: number, declaredSize?: number): ZipEntry => ({
  name,
  data: Buffer.alloc(size, 0x20),
  declaredSize,
});

test("a Word document as Word writes it passes, and is read", async () => {
  const word = await wordDocument("1.1 The block costs £413,504 a year.");
  expect((await readDocx(word)).blocks).toHaveLength(1);
});

test("a package of 10,001 files is refused before anything is unpacked", async () => {
  const parts = Array.from({ length: 10_001 }, (_, i): ZipEntry => ({
    name: `word/media/image${i}.png`,
    data: Buffer.alloc(0),
    stored: true,
  }));
  await expect(readDocx(zip(parts))).rejects.toThrow(
    /^it holds 10,001 files in its zip package, more than the 10,000 CareCalc opens \(a file saved by Word holds a few hundred at most\)\. Open it in Word and save it again/
  );
});

test("parts declared to unpack past the ceiling together are refused before anything is unpacked", async () => {
  // Two parts of a few bytes that declare 600 MB each: 1,200 MB against the ceiling of 1,024 MB.
  const parts = [
    spaces("word/document.xml", 10, 600 * MB),
    spaces("word/styles.xml", 10, 600 * MB),
  ];
  await expect(readDocx(zip(parts))).rejects.toThrow(
    /^its parts would inflate to more than 1,024 MB, the most CareCalc inflates \(as its directory declares, before anything is inflated\)/
  );
});

test("a part that unpacks to more than it declares is refused once it passes that size", async () => {
  // 64 MB of spaces deflates to about 64 KB; the directory says 1,000 bytes.
  const bomb = zip([spaces("word/document.xml", 64 * MB, 1000)]);
  expect(bomb.length).toBeLessThan(128 * 1024);
  await expect(readDocx(bomb)).rejects.toThrow(
    /^its part word\/document\.xml inflates beyond the 1,000 bytes it declares: the file is damaged, or built to exhaust memory \(a zip bomb\)\. Ask whoever sent it for a copy saved by Word\.$/
  );
});

test("a package whose directory points nowhere is refused as damaged", async () => {
  const whole = zip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]);
  // Move the directory's offset past the end of the file.
  whole.writeUInt32LE(whole.length + 100, whole.length - 6);
  await expect(readDocx(whole)).rejects.toThrow(
    /^its zip package is damaged \(its central directory does not match its contents\)\. Open it in Word and save it again/
  );
});
