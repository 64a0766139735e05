import { useRef, useState } from "react";
import {
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { FigureStatus, ReportCheck, ReportFinding } from "../../report/checkReport";
import { findingsCount, summaryLine } from "../../report/readable";
import { reviewSchedule } from "../../report/schedule";
import type { WorkbookHost } from "../../office/workbookHost";
import {
  CheckedReport,
  checkPastedReport,
  checkReportFile,
  PASTED,
  REPORT_FILE_TYPES,
} from "../reportCheck";
import { errorStatus, Status, StatusMessage } from "./Status";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  findings: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
  },
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    fontStyle: "italic",
  },
  map: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "start",
      verticalAlign: "top",
    },
    "& caption": { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  },
  figure: { whiteSpace: "nowrap" },
});

const STATUS_WORDS: Record<FigureStatus, string> = {
  agrees: "Traced",
  finding: "Finding",
  unverified: "Unverified",
};

type Shown = "all" | FigureStatus;
/** What the pane is busy with, so the button pressed shows it. */
type Doing = "file" | "text" | "writing";

interface Checked {
  readonly name: string;
  readonly check: ReportCheck;
}

/** Lets the pane paint "Checking…" before the check holds the page for a moment. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function where(f: { paragraph?: string; section?: string; line: number }): string {
  return f.paragraph ?? (f.section ? `"${f.section}"` : `line ${f.line}`);
}

/** Check a whole report, opened or pasted: its findings, its figure map, and the review schedule. */
export function ReportPanel({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<Checked>();
  const [shown, setShown] = useState<Shown>("all");
  const [status, setStatus] = useState<StatusMessage>();
  const [busy, setBusy] = useState<Doing>();

  async function run(doing: Doing, action: () => Promise<StatusMessage>) {
    setBusy(doing);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(errorStatus(error));
    } finally {
      setBusy(undefined);
    }
  }

  const check = (doing: Doing, read: () => Promise<CheckedReport>) =>
    run(doing, async () => {
      await nextPaint();
      const result = await read();
      if (!result.ok) return { intent: "error", title: "Not checked.", text: result.message };
      setChecked(result);
      setShown("all");
      const what = result.name === PASTED ? "the pasted text" : `"${result.name}"`;
      const notes = result.check.notes.length
        ? ` Word features CareCalc did not read: ${result.check.notes.join("; ")}.`
        : "";
      return result.check.findings.length === 0
        ? {
            intent: "success",
            title: `No findings in ${what}.`,
            text: `${summaryLine(result.check)} Unverified figures are ones nothing in the report gives: trace them to their sources. Write the review schedule to tick each figure off.${notes}`,
          }
        : {
            intent: "warning",
            title: `${findingsCount(result.check)} in ${what}.`,
            text: `${summaryLine(result.check)} See the findings below, each at its paragraph; write the review schedule to record what you decide.${notes}`,
          };
    });

  const openFile = (file: File | undefined) => {
    if (file) void check("file", () => checkReportFile(file));
    // The same file can be opened again after it has been edited.
    if (fileInput.current) fileInput.current.value = "";
  };

  const writeSchedule = (result: Checked) =>
    run("writing", async () => {
      const plan = reviewSchedule(result.name, result.check);
      const written = await host.insertTable(plan, { kind: "newSheet" });
      return written.ok
        ? {
            intent: "success",
            title: "Review schedule written.",
            text: `Sheet "${written.sheet}", cells ${written.address}: one row a figure, with its paragraph, source and status. Write your comments in the shaded column, then sign off at the foot.`,
          }
        : { intent: "error", title: "Not written.", text: written.message };
    });

  const figures = checked?.check.figures.filter((f) => shown === "all" || f.status === shown);
  const count = (status: FigureStatus) =>
    checked?.check.figures.filter((f) => f.status === status).length ?? 0;

  return (
    <section className={styles.panel} aria-label="Check a report" data-testid="report">
      <Text>
        Check a whole committee report: every table, and every figure in its text against the tables
        and the figures around it. Open the report, or paste its text. It is read here, in the task
        pane, and never uploaded or sent anywhere.
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => fileInput.current?.click()}
          disabled={busy !== undefined}
          data-testid="open-report"
        >
          {busy === "file" ? <Spinner size="tiny" label="Checking…" /> : "Open a report…"}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={REPORT_FILE_TYPES}
          hidden
          onChange={(event) => openFile(event.target.files?.[0])}
          data-testid="report-file"
        />
        <Text size={200}>Word (.docx), or text (.txt, .md)</Text>
      </div>
      <Field
        label="Or paste the report's text"
        hint="Copy it from the PDF or the Word document; table rows keep their columns."
      >
        <Textarea
          value={text}
          onChange={(_, data) => setText(data.value)}
          resize="vertical"
          rows={5}
          data-testid="report-text"
        />
      </Field>
      <Button
        onClick={() => check("text", () => checkPastedReport(text))}
        disabled={busy !== undefined}
        data-testid="check-report-text"
      >
        {busy === "text" ? <Spinner size="tiny" label="Checking…" /> : "Check the pasted text"}
      </Button>
      <Status status={status} />
      {checked && (
        <>
          <h3 className={styles.heading}>
            Findings in {checked.name === PASTED ? "the pasted text" : checked.name}
          </h3>
          {checked.check.findings.length === 0 ? (
            <Text>
              None: every figure traced to a table or to other figures agrees, and every table adds
              up.
            </Text>
          ) : (
            <ol className={styles.findings} data-testid="report-findings">
              {checked.check.findings.map((finding) => (
                <FindingItem key={`${finding.ref} ${finding.line}`} finding={finding} />
              ))}
            </ol>
          )}
          <h3 className={styles.heading}>Figure map</h3>
          <Field label="Show">
            <Select
              value={shown}
              onChange={(_, data) => setShown(data.value as Shown)}
              data-testid="figure-map-filter"
            >
              <option value="all">All figures ({checked.check.figures.length})</option>
              <option value="finding">Findings ({count("finding")})</option>
              <option value="agrees">Traced ({count("agrees")})</option>
              <option value="unverified">Unverified ({count("unverified")})</option>
            </Select>
          </Field>
          <table className={styles.map} data-testid="figure-map">
            <caption>Every figure in the text and where it comes from</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Paragraph</th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {figures?.map((f) => (
                <tr key={f.id} data-figure={f.id}>
                  <th scope="row" className={styles.figure}>
                    {f.stated}
                  </th>
                  <td>{where(f)}</td>
                  <td>{STATUS_WORDS[f.status]}</td>
                  <td>{f.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className={styles.heading}>Review schedule</h3>
          <Text>
            Writes the figure map to a new worksheet, one row a figure, with a column for your
            comments and a place to sign off. Nothing already in the workbook is changed.
            {host.writesClearUndo &&
              " Ctrl+Z cannot remove it: Excel clears its undo list when an add-in writes; delete the sheet instead."}
          </Text>
          <Button
            onClick={() => writeSchedule(checked)}
            disabled={busy !== undefined}
            data-testid="write-schedule"
          >
            {busy === "writing" ? (
              <Spinner size="tiny" label="Writing…" />
            ) : (
              "Write the review schedule to a new sheet"
            )}
          </Button>
        </>
      )}
    </section>
  );
}

function FindingItem({ finding }: { finding: ReportFinding }) {
  const styles = useStyles();
  return (
    <li data-finding={finding.ref}>
      <Text weight="semibold">
        {where(finding)}: {finding.stated}
      </Text>{" "}
      <Text size={200}>
        (line {finding.line}
        {finding.source === "table" ? ", in a table" : ""})
      </Text>
      <blockquote className={styles.quote}>{finding.quote}</blockquote>
      <div>
        {finding.expected ? `Expected ${finding.expected}: ` : "Relation: "}
        {finding.relation}
      </div>
      {finding.diagnosis && <div>Diagnosis: {finding.diagnosis}</div>}
    </li>
  );
}
