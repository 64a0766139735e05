import { useState } from "react";
import { Button, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../office/workbookHost";
import { BUILDERS, FormValues } from "../tables";
import { BuilderPanel } from "./components/BuilderPanel";
import { CheckTab } from "./components/CheckTab";
import { FunctionReference } from "./components/FunctionReference";
import { Status, useStatus } from "./components/Status";
import type { FunctionsJson } from "./functionCatalogue";
import { reportClipboard, reportTableFromCells } from "../tables/reportCopy";
import { writeClipboard } from "./clipboard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  tabs: { flexWrap: "wrap" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const CHECK_TAB = "check";
const FUNCTIONS_TAB = "functions";

export interface AppProps {
  /** The workbook the pane writes to: Excel, or the preview's in-memory workbook. */
  readonly host: WorkbookHost;
  readonly loadFunctions: () => Promise<FunctionsJson>;
}

export function App({ host, loadFunctions }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<string>(BUILDERS[0].id);
  // Each builder keeps what was typed while the user looks at another tab.
  const [forms, setForms] = useState<Record<string, FormValues>>(() =>
    Object.fromEntries(BUILDERS.map((b) => [b.id, b.defaults]))
  );
  const builder = BUILDERS.find((b) => b.id === tab);
  const { ref, at, show } = useStatus<"copy">();

  async function copySelection() {
    try {
      const selected = await host.readSelectedTable();
      if (selected.text.length === 0) {
        show("copy", {
          intent: "error",
          title: "Nothing to copy.",
          text: `The selected cells (${selected.sheet}!${selected.address}) are empty. Select the table, then press Copy selection for report.`,
        });
        return;
      }
      await writeClipboard(reportClipboard(reportTableFromCells(selected.text)));
      show("copy", {
        intent: "success",
        title: "Copied for the report.",
        text: `${selected.sheet}!${selected.address} is on the clipboard as shown in the sheet: paste it into Word, where it arrives as a table.`,
      });
    } catch (error) {
      show("copy", {
        intent: "error",
        title: "Not copied.",
        text: `${error instanceof Error ? error.message : String(error)} Try again, or copy the cells from the sheet.`,
      });
    }
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>CareCalc</h1>
        <Text>
          Committee-report tables for children&apos;s residential care placements, worked out
          exactly to the penny as live formulas, and a check of the tables you are given.
        </Text>
        <div>
          <Button size="small" onClick={copySelection} data-testid="copy-selection">
            Copy selection for report
          </Button>
        </div>
        <Status ref={ref} status={at("copy")} />
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(String(data.value))}
        aria-label="CareCalc tables and functions"
        size="small"
      >
        {BUILDERS.map((b) => (
          <Tab key={b.id} value={b.id} id={`tab-${b.id}`}>
            {b.name}
          </Tab>
        ))}
        <Tab value={CHECK_TAB} id={`tab-${CHECK_TAB}`}>
          Check
        </Tab>
        <Tab value={FUNCTIONS_TAB} id={`tab-${FUNCTIONS_TAB}`}>
          Functions
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {builder ? (
          <BuilderPanel
            key={builder.id}
            builder={builder}
            host={host}
            values={forms[builder.id]}
            onValuesChange={(values) => setForms((all) => ({ ...all, [builder.id]: values }))}
          />
        ) : tab === CHECK_TAB ? (
          <CheckTab host={host} />
        ) : (
          <FunctionReference host={host} loadFunctions={loadFunctions} />
        )}
      </div>
    </main>
  );
}
