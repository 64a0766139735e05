import { useState } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../office/workbookHost";
import { BUILDERS, FormValues } from "../tables";
import { BuilderPanel } from "./components/BuilderPanel";
import { CheckTab } from "./components/CheckTab";
import { FunctionReference } from "./components/FunctionReference";
import type { FunctionsJson } from "./functionCatalogue";

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
  return (
    <main className={styles.root}>
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
