/**
 * How large a report CareCalc reads. A report is a file someone sent: these bound the work before
 * anything is parsed. A 40-page committee report is about 100 KB of text and 1 MB as a Word
 * document with its images; the limits leave room for ten times that.
 */
export const MOST_TEXT_BYTES = 5 * 1024 * 1024;
export const MOST_DOCX_BYTES = 20 * 1024 * 1024;

/** A file the reader refuses, with the reason a person can act on. */
export class UnreadableReport extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}

export function refuseIfLarger(bytes: number, most: number, what: string): void {
  if (bytes > most)
    throw new UnreadableReport(
      `the ${what} is ${megabytes(bytes)}; CareCalc reads reports of at most ${megabytes(most)}. Check the report's text (copy the parts to check into a .txt file) or split it.`
    );
}

/** Refuses a report file on its size alone, before a byte of it is read: Word or text by its name. */
export function refuseIfFileLarger(name: string, bytes: number): void {
  if (/\.docx$/i.test(name)) refuseIfLarger(bytes, MOST_DOCX_BYTES, "Word document");
  else refuseIfLarger(bytes, MOST_TEXT_BYTES, "text");
}
