import { useEffect, useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../office/workbookHost";
import { sheetPrefix } from "../../core/a1";
import {
  catalogue,
  CareFunctionEntry,
  formulaForSelection,
  FunctionsJson,
  search,
} from "../functionCatalogue";
import { errorStatus, Status, StatusMessage } from "./Status";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  name: { fontSize: tokens.fontSizeBase400, margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  params: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface FunctionReferenceProps {
  readonly host: WorkbookHost;
  readonly loadFunctions: () => Promise<FunctionsJson>;
}

/** Every CARE function with its arguments and an example, and a way to put it in the sheet. */
export function FunctionReference({ host, loadFunctions }: FunctionReferenceProps) {
  const styles = useStyles();
  const [entries, setEntries] = useState<CareFunctionEntry[]>();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<StatusMessage>();

  useEffect(() => {
    loadFunctions()
      .then((json) => setEntries(catalogue(json)))
      .catch((error) =>
        setStatus({
          intent: "error",
          title: "The function list could not be loaded.",
          text: `${error instanceof Error ? error.message : String(error)} Reload the task pane.`,
        })
      );
  }, [loadFunctions]);

  const found = useMemo(() => (entries ? search(entries, query) : []), [entries, query]);

  async function insert(entry: CareFunctionEntry) {
    try {
      const selection = await host.getSelection();
      const placement = formulaForSelection(entry, selection.address);
      if ("message" in placement) {
        setStatus({ intent: "error", title: "Not inserted.", text: placement.message });
        return;
      }
      const written = await host.insertFormula(
        `${sheetPrefix(selection.sheet)}${placement.address}`,
        placement.formula
      );
      setStatus(
        written.ok
          ? {
              intent: "success",
              title: "Formula inserted.",
              text: `${placement.formula} is in ${written.sheet}!${written.address}. Edit its arguments there.`,
            }
          : { intent: "error", title: "Not inserted.", text: written.message }
      );
    } catch (error) {
      setStatus(errorStatus(error));
    }
  }

  return (
    <section aria-label="CARE functions" data-testid="functions">
      <Field
        label="Search the CARE functions"
        hint="Select one cell for the example, or a row or column of argument cells."
      >
        <Input
          type="search"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          data-field="search"
        />
      </Field>
      <Status status={status} />
      <Text role="status" size={200}>
        {entries ? `${found.length} of ${entries.length} functions` : "Loading functions…"}
      </Text>
      <ul className={styles.list}>
        {found.map((entry) => (
          <li key={entry.name} className={styles.item} data-function={entry.name}>
            <h3 className={styles.name}>{entry.name}</h3>
            <Text>{entry.description}</Text>
            <ul className={styles.params} aria-label={`${entry.name} arguments`}>
              {entry.parameters.map((p) => (
                <li key={p.name}>
                  <span className={styles.code}>{p.optional ? `[${p.name}]` : p.name}</span>:{" "}
                  {p.description}
                </li>
              ))}
            </ul>
            {entry.example && (
              <Text block>
                Example: <span className={styles.code}>{entry.example}</span>
              </Text>
            )}
            <Button
              size="small"
              onClick={() => insert(entry)}
              aria-label={`Insert ${entry.name} into the selected cell`}
            >
              Insert into selected cell
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
