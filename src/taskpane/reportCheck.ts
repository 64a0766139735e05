/**
 * The Check tab's Report mode outside React: a report opened or pasted in the pane is read there
 * (never uploaded), checked, and its figure map made into a review schedule. The report reader,
 * the checker and mammoth load as a chunk of their own (report.js) the first time a report is
 * checked, so the pane opens as fast as before.
 */
import type { ReportCheck } from "../report/checkReport";
import {
  refuseIfFileLarger,
  refuseIfLarger,
  MOST_TEXT_BYTES,
  UnreadableReport,
} from "../report/limits";

export type CheckedReport =
  | { readonly ok: true; readonly name: string; readonly check: ReportCheck }
  | { readonly ok: false; readonly message: string };

/** What Report mode opens; the file picker offers these. */
export const REPORT_FILE_TYPES = ".docx,.txt,.md,.markdown";

/** The name the schedule gives a report that was pasted rather than opened. */
export const PASTED = "pasted text";

const reportLayer = () => import(/* webpackChunkName: "report" */ "../report");

/** A file's bytes, read in the pane: FileReader works in every webview Office uses. */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

/** The reader's refusal as the pane says it; anything else is not the report's fault and is thrown. */
function refused(name: string, error: unknown): CheckedReport {
  if (!(error instanceof UnreadableReport)) throw error;
  const what = name === PASTED ? "The pasted text" : `"${name}"`;
  return { ok: false, message: `${what} was not checked: ${error.message}` };
}

export async function checkReportFile(file: File): Promise<CheckedReport> {
  try {
    refuseIfFileLarger(file.name, file.size);
    const [bytes, report] = await Promise.all([readBytes(file), reportLayer()]);
    return {
      ok: true,
      name: file.name,
      check: report.checkReport(await report.readReport(bytes, file.name)),
    };
  } catch (error) {
    return refused(file.name, error);
  }
}

export async function checkPastedReport(text: string): Promise<CheckedReport> {
  try {
    if (text.trim() === "")
      throw new UnreadableReport(
        "there is nothing to check. Paste the report's text (from the PDF or the Word document) into the box first."
      );
    refuseIfLarger(new TextEncoder().encode(text).byteLength, MOST_TEXT_BYTES, "text");
    const report = await reportLayer();
    return { ok: true, name: PASTED, check: report.checkReport(report.readText(text)) };
  } catch (error) {
    return refused(PASTED, error);
  }
}
