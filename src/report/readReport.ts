/** A report file's bytes, read by its kind: Word (.docx), Markdown (.md) or text (.txt). */
import { MOST_TEXT_BYTES, refuseIfLarger, UnreadableReport } from "./limits";
import type { ReportDocument } from "./model";
import { readDocx } from "./readDocx";
import { readText } from "./readText";

export const REPORT_KINDS = [".docx", ".txt", ".md"] as const;

/** UTF-8 as most exports are; Windows-1252 (where £ is byte 0xA3) when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export async function readReport(bytes: Uint8Array, name: string): Promise<ReportDocument> {
  const kind = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
  if (kind === ".docx") return readDocx(bytes);
  if (kind === ".txt" || kind === ".md" || kind === ".markdown") {
    refuseIfLarger(bytes.byteLength, MOST_TEXT_BYTES, "text");
    return readText(decodeText(bytes), kind === ".txt" ? "text" : "markdown");
  }
  throw new UnreadableReport(
    `CareCalc reads reports as ${REPORT_KINDS.join(", ")} (got "${name}").`
  );
}
