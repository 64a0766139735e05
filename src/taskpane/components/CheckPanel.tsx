import { useState } from "react";
import { Button, Link, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { FINDING_COLUMNS, NO_INCONSISTENCIES } from "../../review/findingColumns";
import type { FillResult, WorkbookHost } from "../../office/workbookHost";
import {
  CheckedTable,
  checkSelectedTable,
  shownAllowance,
  shownDifference,
  shownFigure,
  whereItHolds,
} from "../tableCheck";
import { errorStatus, Status, StatusMessage } from "./Status";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  relations: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  findings: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "top",
    },
    "& caption": { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  },
  finding: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  label: { textAlign: "start" },
  figure: { textAlign: "end", whiteSpace: "nowrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Checked = Extract<CheckedTable, { ok: true }>;
/** The checker's own column names, so the pane and CARE.CHECKTABLE say the same. */
const [CELL, RELATION, STATED, EXPECTED, DIFFERENCE, ALLOWANCE, DIAGNOSIS] = FINDING_COLUMNS;

/** Check a pasted table: the relations it keeps, the figures that break them, and where they are. */
export function CheckPanel({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const [checked, setChecked] = useState<Checked>();
  const [status, setStatus] = useState<StatusMessage>();
  const [busy, setBusy] = useState(false);

  /** Runs one host call at a time; whatever goes wrong is shown in the pane. */
  async function run(action: () => Promise<StatusMessage>) {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(errorStatus(error));
    } finally {
      setBusy(false);
    }
  }

  const check = (whole: boolean) =>
    run(async () => {
      const result = await checkSelectedTable(
        await (whole ? host.readUsedRange() : host.readSelectedTable())
      );
      setChecked(result.ok ? result : undefined);
      if (!result.ok) return { intent: "error", title: "Not checked.", text: result.message };
      const count = result.findings.length;
      return count === 0
        ? {
            intent: result.skipped.length ? "warning" : "success",
            title: `${NO_INCONSISTENCIES}.`,
            text: result.skipped.length
              ? `Not checked: ${result.skipped.join("; ")}. Select each table on its own to check it.`
              : `Every relation found in ${result.sheet}!${result.address} holds.`,
          }
        : {
            intent: "warning",
            title: `${count} ${count === 1 ? "figure does" : "figures do"} not add up.`,
            text: "See the findings below; press a cell to select it in the sheet.",
          };
    });

  const select = (sheet: string, cell: string) =>
    run(() =>
      host.selectCell(sheet, cell).then(
        (): StatusMessage => ({
          intent: "info",
          title: `${cell} selected.`,
          text: `On sheet "${sheet}".`,
        }),
        // Usually the sheet was renamed or deleted since the check.
        (error: unknown): StatusMessage => ({
          intent: "error",
          title: `${cell} could not be selected.`,
          text: `${error instanceof Error ? error.message : String(error)} Select the table and press Check again.`,
        })
      )
    );

  const filled = (result: FillResult, done: string): StatusMessage => {
    if (!result.ok) return { intent: "error", title: "Not changed.", text: result.message };
    const text = [result.cells.join(", "), result.note].filter(Boolean).join(". ");
    if (result.cells.length === 0) return { intent: "info", title: "Nothing to do.", text };
    return { intent: result.note ? "warning" : "success", title: done, text };
  };

  const highlight = (result: Checked) =>
    run(async () =>
      filled(
        await host.highlight(
          result.sheet,
          result.findings.map((finding) => finding.cell)
        ),
        "Flagged cells highlighted."
      )
    );

  const clear = () =>
    run(async () =>
      filled(await host.clearHighlights(), "Highlights cleared; each cell has its own fill back.")
    );

  return (
    <section className={styles.panel} aria-label="Check a table" data-testid="check">
      <Text>
        Select the table in the sheet (labels and figures, as pasted from the report), then press
        Check, or check every table on the sheet. CareCalc reads each figure to the rounding its
        printing shows, finds the totals, factors and differences the labels announce or the figures
        bear out, and the cells that break them. Checking reads the cells; it changes nothing.
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => check(false)}
          disabled={busy}
          data-testid="check-table"
        >
          {busy ? <Spinner size="tiny" label="Working…" /> : "Check"}
        </Button>
        <Button onClick={() => check(true)} disabled={busy} data-testid="check-sheet">
          Check whole sheet
        </Button>
      </div>
      <Status status={status} />
      {checked && (
        <>
          <h3 className={styles.heading}>
            Relations found in {checked.sheet}!{checked.address}
          </h3>
          {checked.relations.length === 0 ? (
            <Text>None: no totals, factors or differences were found to check.</Text>
          ) : (
            <ul className={styles.relations} data-testid="relations">
              {checked.relations.map((relation) => (
                <li key={`${relation.kind} ${relation.words} ${relation.instances[0]?.target}`}>
                  {relation.words}: {whereItHolds(relation)}
                </li>
              ))}
            </ul>
          )}
          {checked.findings.length > 0 && (
            <table className={styles.findings} data-testid="findings">
              <caption>Findings: figures that break a relation the rest of the table keeps</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.label}>
                    {CELL}
                  </th>
                  {[STATED, EXPECTED, DIFFERENCE, ALLOWANCE].map((column) => (
                    <th key={column} scope="col" className={styles.figure}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              {/* A group of rows a finding: the figures, then its relation and diagnosis in full width. */}
              {checked.findings.map((finding) => (
                <tbody key={finding.cell} data-finding={finding.cell} className={styles.finding}>
                  <tr>
                    <th scope="rowgroup" rowSpan={3} className={styles.label}>
                      <Link
                        as="button"
                        onClick={() => select(checked.sheet, finding.cell)}
                        aria-label={`Select ${finding.cell} in the sheet`}
                      >
                        {finding.cell}
                      </Link>
                    </th>
                    <td className={styles.figure}>{shownFigure(finding.stated)}</td>
                    <td className={styles.figure}>{shownFigure(finding.expected)}</td>
                    <td className={styles.figure}>{shownDifference(finding.difference)}</td>
                    <td className={styles.figure}>{shownAllowance(finding.allowance)}</td>
                  </tr>
                  <tr>
                    <td colSpan={4}>
                      <strong>{RELATION}:</strong> {finding.relation}
                    </td>
                  </tr>
                  <tr>
                    <td colSpan={4}>
                      <strong>{DIAGNOSIS}:</strong> {finding.diagnosis}
                    </td>
                  </tr>
                </tbody>
              ))}
            </table>
          )}
          {checked.notes.length > 0 && (
            <>
              <h3 className={styles.heading}>Rounding differences (not findings)</h3>
              <ul className={styles.relations} data-testid="notes">
                {checked.notes.map((note) => (
                  <li key={note.cell}>
                    {note.cell}: {note.words}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <h3 className={styles.heading}>Highlights</h3>
      <Text>
        Highlighting changes only the fill of the flagged cells, never a value or a formula. Clear
        highlights puts back exactly the fill each cell had, even after the pane is closed.
        {host.writesClearUndo &&
          " Ctrl+Z cannot remove highlights: Excel clears its undo list when an add-in writes."}
      </Text>
      <div className={styles.actions}>
        {checked && checked.findings.length > 0 && (
          <Button onClick={() => highlight(checked)} disabled={busy} data-testid="highlight">
            Highlight flagged cells
          </Button>
        )}
        <Button onClick={clear} disabled={busy} data-testid="clear-highlights">
          Clear highlights
        </Button>
      </div>
    </section>
  );
}
