/** The bytes of a file to check: a regular file only, checked before a byte is read, and within the size limit. */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { MOST_FILE_BYTES } from "../core/limits";
import { UnreadableFile } from "./unreadable";

function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

export function readRegularFile(path: string): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFile(code === "ENOENT" ? "no such file" : `it cannot be opened (${code})`);
  }
  try {
    // The opened file itself is examined, so it cannot be swapped for another between check and read.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UnreadableFile(`it is ${kindOf(stats)}, not a regular file`);
    if (stats.size > MOST_FILE_BYTES) {
      throw new UnreadableFile(
        `it has ${stats.size.toLocaleString("en-GB")} bytes, more than the ${(MOST_FILE_BYTES / 2 ** 20).toLocaleString("en-GB")} MB CareCalc reads`
      );
    }
    // Only the size it had when examined is read, even if it grows meanwhile.
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
