import { useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../office/workbookHost";
import { FORM_ERROR, FormChange, FormValues, PreviewTable, TableBuilder } from "../../tables";
import { reportClipboard } from "../../tables/reportCopy";
import { writeClipboard } from "../clipboard";
import { ChartPreview } from "./ChartPreview";
import { FormFields } from "./FormFields";
import { errorStatus, Status, useStatus } from "./Status";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: "right",
      whiteSpace: "nowrap",
    },
    "& th:first-child, & td:first-child": { textAlign: "left" },
    "& caption": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
    "& th[scope=row]": { fontWeight: tokens.fontWeightRegular },
    "& tr[data-total] th, & tr[data-total] td": {
      fontWeight: tokens.fontWeightSemibold,
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  previewBox: { overflowX: "auto" },
  addressRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface BuilderPanelProps {
  readonly builder: TableBuilder;
  readonly host: WorkbookHost;
  readonly values: FormValues;
  readonly onValuesChange: FormChange;
}

/** One table builder: its form, the live preview of the figures and chart, Copy for report, and Insert. */
export function BuilderPanel({ builder, host, values, onValuesChange }: BuilderPanelProps) {
  const styles = useStyles();
  const result = useMemo(() => builder.build(values), [builder, values]);
  const [where, setWhere] = useState<"newSheet" | "at">("newSheet");
  const [address, setAddress] = useState("");
  const { ref, at, show } = useStatus<"insert" | "copy">();
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const errors = result.ok ? {} : result.errors;

  async function useSelectedCell() {
    try {
      const selection = await host.getSelection();
      setAddress(`${selection.sheet}!${selection.address.split(":")[0]}`);
    } catch (error) {
      show("insert", errorStatus(error));
    }
  }

  async function copyForReport() {
    if (!result.ok) return;
    try {
      await writeClipboard(reportClipboard(result.preview));
      show("copy", {
        intent: "success",
        title: "Copied for the report.",
        text: `${result.preview.title} is on the clipboard: paste it into Word, where it arrives as a table.`,
      });
    } catch (error) {
      show("copy", {
        intent: "error",
        title: "Not copied.",
        text: `The clipboard refused: ${error instanceof Error ? error.message : String(error)} Select the table in the sheet and copy it from there.`,
      });
    }
  }

  async function insert() {
    if (!result.ok) {
      show("insert", {
        intent: "error",
        title: "Nothing was written.",
        text: "Some inputs need correcting: see the messages by the fields, then press Insert again.",
      });
      // Straight to the first field to correct, rather than to the message.
      requestAnimationFrame(() =>
        panel.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      );
      return;
    }
    setBusy(true);
    try {
      const written = await host.insertTable(
        result.plan,
        where === "newSheet" ? { kind: "newSheet" } : { kind: "at", address }
      );
      show(
        "insert",
        written.ok
          ? {
              intent: "success",
              title: "Table inserted.",
              text: `${result.plan.title} is on sheet "${written.sheet}", cells ${written.address}. Change the shaded input cells to update it.${written.note ? ` ${written.note}` : ""}`,
            }
          : { intent: "error", title: "Not inserted.", text: written.message }
      );
    } catch (error) {
      show("insert", errorStatus(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      ref={panel}
      className={styles.panel}
      aria-label={builder.name}
      data-testid={`builder-${builder.id}`}
    >
      <Text>{builder.description}</Text>
      <FormFields
        fields={builder.fields}
        values={values}
        errors={errors}
        onChange={(key, value) => onValuesChange(builder.change(values, key, value))}
      />
      {errors[FORM_ERROR] && (
        <MessageBar intent="error">
          <MessageBarBody>{errors[FORM_ERROR]}</MessageBarBody>
        </MessageBar>
      )}
      {result.ok && (
        <>
          <Preview table={result.preview} className={styles.preview} boxClass={styles.previewBox} />
          {result.chart && (
            <ChartPreview chart={result.chart} caption="Insert adds this chart below the table." />
          )}
          <div className={styles.actions}>
            <Button onClick={copyForReport} data-testid="copy-for-report">
              Copy for report
            </Button>
          </div>
          <Status ref={ref} status={at("copy")} />
        </>
      )}
      <RadioGroup
        value={where}
        onChange={(_, data) => setWhere(data.value === "at" ? "at" : "newSheet")}
        aria-label="Where to insert the table"
      >
        <Radio value="newSheet" label="On a new worksheet" />
        <Radio
          value="at"
          label="At a cell I choose (only if every cell the table needs is empty)"
        />
      </RadioGroup>
      {where === "at" && (
        <div className={styles.addressRow}>
          <Field label="Top-left cell" hint="e.g. D5 or Sheet1!D5">
            <Input
              value={address}
              onChange={(_, data) => setAddress(data.value)}
              data-field="address"
            />
          </Field>
          <Button onClick={useSelectedCell}>Use selected cell</Button>
        </div>
      )}
      {host.writesClearUndo && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Insert cannot be undone with Ctrl+Z: Excel clears its undo list when an add-in writes.
            CareCalc only writes to empty cells; to remove a table, delete its sheet or cells.
          </MessageBarBody>
        </MessageBar>
      )}
      {result.ok && result.warnings.length > 0 && (
        <MessageBar intent="warning" data-testid="warnings">
          <MessageBarBody>
            <MessageBarTitle>Check before inserting.</MessageBarTitle> {result.warnings.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={insert} disabled={busy} data-testid="insert">
        {busy ? (
          <Spinner size="tiny" label="Inserting…" />
        ) : (
          `Insert ${builder.name.toLowerCase()} table`
        )}
      </Button>
      <Status ref={ref} status={at("insert")} />
    </section>
  );
}

function Preview({
  table,
  className,
  boxClass,
}: {
  table: PreviewTable;
  className: string;
  boxClass: string;
}) {
  return (
    <div className={boxClass}>
      <table className={className} data-testid="preview">
        <caption>
          {table.title}
          <br />
          <Text size={200} italic>
            {table.unitsNote}
          </Text>
        </caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-total={row.total || undefined}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={table.columns[i]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={table.columns[i]}>{cell}</td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note && <Text size={200}>{table.note}</Text>}
    </div>
  );
}
