import {
  Button,
  Field as FluentField,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { cellKey, Field, FieldChange, FieldErrors, FormValues, unitText } from "../../tables";

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  rowHeading: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

/** The unit beside a value, e.g. "£ per bed per week", read with the field's label. */
function unitLabel(unit: string | undefined) {
  return unit ? (
    <Text size={200} data-unit>
      {unit}
    </Text>
  ) : undefined;
}

export interface FieldsProps {
  readonly fields: readonly Field[];
  readonly values: FormValues;
  readonly errors: FieldErrors;
  readonly onChange: FieldChange;
}

/** A builder's form, drawn from its field list: labelled inputs with their inline messages. */
export function FormFields({ fields, values, errors, onChange }: FieldsProps) {
  return (
    <>
      {fields.map((field) =>
        field.kind === "rows" ? (
          <RowsInput key={field.key} field={field} {...{ values, errors, onChange }} />
        ) : (
          <FluentField
            key={field.key}
            label={field.label}
            hint={field.kind === "text" ? field.hint : undefined}
            validationMessage={errors[field.key]}
            validationState={errors[field.key] ? "error" : "none"}
          >
            {field.kind === "choice" ? (
              <Select
                value={String(values[field.key] ?? "")}
                onChange={(_, data) => onChange(field.key, data.value)}
                data-field={field.key}
              >
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                value={String(values[field.key] ?? "")}
                inputMode={field.inputMode}
                contentAfter={unitLabel(unitText(field.unit, values))}
                onChange={(_, data) => onChange(field.key, data.value)}
                data-field={field.key}
              />
            )}
          </FluentField>
        )
      )}
    </>
  );
}

function RowsInput({
  field,
  values,
  errors,
  onChange,
}: Omit<FieldsProps, "fields"> & { field: Extract<Field, { kind: "rows" }> }) {
  const styles = useStyles();
  const rows = Array.isArray(values[field.key]) ? (values[field.key] as string[][]) : [];
  const setCell = (r: number, c: number, text: string) =>
    onChange(
      field.key,
      rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? text : cell)) : row))
    );
  return (
    <fieldset className={styles.group} data-field={field.key}>
      <legend className={styles.legend}>{field.label}</legend>
      {errors[field.key] && (
        <FluentField validationMessage={errors[field.key]} validationState="error" />
      )}
      {rows.map((row, r) => (
        // Rows have no identity but their position, which is what the user sees and edits; inputs are controlled.
        <div key={r} className={styles.row} role="group" aria-label={`${field.rowName} ${r + 1}`}>
          <div className={styles.rowHeading}>
            <span>{`${field.rowName.charAt(0).toUpperCase()}${field.rowName.slice(1)} ${r + 1}`}</span>
            {rows.length > field.minRows && (
              <Button
                appearance="subtle"
                size="small"
                onClick={() =>
                  onChange(
                    field.key,
                    rows.filter((_, i) => i !== r)
                  )
                }
              >
                {`Remove ${field.rowName} ${r + 1}`}
              </Button>
            )}
          </div>
          {field.columns.map((column, c) => {
            const message = errors[cellKey(field.key, r, c)];
            return (
              <FluentField
                key={column.label}
                label={column.label}
                hint={r === 0 ? column.hint : undefined}
                size="small"
                validationMessage={message}
                validationState={message ? "error" : "none"}
              >
                <Input
                  size="small"
                  value={row[c] ?? ""}
                  contentAfter={unitLabel(unitText(column.unit, values))}
                  onChange={(_, data) => setCell(r, c, data.value)}
                  data-field={cellKey(field.key, r, c)}
                />
              </FluentField>
            );
          })}
        </div>
      ))}
      {rows.length < field.maxRows && (
        <Button
          size="small"
          onClick={() => onChange(field.key, [...rows, field.columns.map(() => "")])}
        >
          {`Add ${field.rowName}`}
        </Button>
      )}
    </fieldset>
  );
}
