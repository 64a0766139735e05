import { useMemo, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../office/workbookHost";
import { FORM_ERROR, FormChange, FormValues, PreviewTable, TableBuilder } from "../../tables";
import { FormFields } from "./FormFields";
import { errorStatus, Status, StatusMessage } from "./Status";

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
});

export interface BuilderPanelProps {
  readonly builder: TableBuilder;
  readonly host: WorkbookHost;
  readonly values: FormValues;
  readonly onValuesChange: FormChange;
}

/** One table builder: its form, the live preview of the figures, and Insert. */
export function BuilderPanel({ builder, host, values, onValuesChange }: BuilderPanelProps) {
  const styles = useStyles();
  const result = useMemo(() => builder.build(values), [builder, values]);
  const [where, setWhere] = useState<"newSheet" | "at">("newSheet");
  const [address, setAddress] = useState("");
  const [status, setStatus] = useState<StatusMessage>();
  const [busy, setBusy] = useState(false);
  const errors = result.ok ? {} : result.errors;

  async function useSelectedCell() {
    try {
      const selection = await host.getSelection();
      setAddress(`${selection.sheet}!${selection.address.split(":")[0]}`);
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }

  async function insert() {
    if (!result.ok) {
      setStatus({
        intent: "error",
        title: "Nothing was written.",
        text: "Some inputs need correcting: see the messages under the fields, then press Insert again.",
      });
      return;
    }
    setBusy(true);
    try {
      const written = await host.insertTable(
        result.plan,
        where === "newSheet" ? { kind: "newSheet" } : { kind: "at", address }
      );
      setStatus(
        written.ok
          ? {
              intent: "success",
              title: "Table inserted.",
              text: `${result.plan.title} is on sheet "${written.sheet}", cells ${written.address}. Change the shaded input cells to update it.${written.note ? ` ${written.note}` : ""}`,
            }
          : { intent: "error", title: "Not inserted.", text: written.message }
      );
    } catch (error) {
      setStatus(errorStatus(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      className={styles.panel}
      aria-label={builder.name}
      data-testid={`builder-${builder.id}`}
    >
      <Text>{builder.description}</Text>
      <FormFields
        fields={builder.fields}
        values={values}
        errors={errors}
        onChange={(key, value) => onValuesChange({ ...values, [key]: value })}
      />
      {errors[FORM_ERROR] && (
        <MessageBar intent="error">
          <MessageBarBody>{errors[FORM_ERROR]}</MessageBarBody>
        </MessageBar>
      )}
      {result.ok && (
        <Preview table={result.preview} className={styles.preview} boxClass={styles.previewBox} />
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
      <Button appearance="primary" onClick={insert} disabled={busy} data-testid="insert">
        {busy ? (
          <Spinner size="tiny" label="Inserting…" />
        ) : (
          `Insert ${builder.name.toLowerCase()} table`
        )}
      </Button>
      <Status status={status} />
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
