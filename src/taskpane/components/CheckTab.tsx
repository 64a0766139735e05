import { useState } from "react";
import { makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../office/workbookHost";
import { CheckPanel } from "./CheckPanel";
import { ReportPanel } from "./ReportPanel";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Mode = "table" | "report";

/**
 * The Check tab: a table selected in the sheet, or a whole report. Both stay mounted, so each
 * keeps its findings while the reviewer looks at the other.
 */
export function CheckTab({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const [mode, setMode] = useState<Mode>("table");
  return (
    <div className={styles.tab}>
      <RadioGroup
        layout="horizontal"
        value={mode}
        onChange={(_, data) => setMode(data.value === "report" ? "report" : "table")}
        aria-label="What to check"
        data-testid="check-mode"
      >
        <Radio value="table" label="A table in the sheet" />
        <Radio value="report" label="A whole report" />
      </RadioGroup>
      <div hidden={mode !== "table"}>
        <CheckPanel host={host} />
      </div>
      <div hidden={mode !== "report"}>
        <ReportPanel host={host} />
      </div>
    </div>
  );
}
