/*
 * The preview page: the task pane beside an in-memory workbook, for machines without Excel. The
 * CustomFunctions stand-in must exist before the functions module runs, hence the import order.
 */
import "./installCustomFunctions";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { FunctionsMetadata, registerCareFunctions } from "../hyperformula/carePlugin";
import { App } from "../taskpane/App";
import { loadFunctions } from "../taskpane/loadFunctions";
import { forcedColours, themeFor } from "../taskpane/theme";
import { customFunctions } from "./installCustomFunctions";
import { PreviewWorkbook } from "./previewWorkbook";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  banner: { borderRadius: 0 },
  body: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    flexGrow: 1,
    minHeight: 0,
    // As narrow as a task pane: the pane above the workbook rather than squeezing it.
    "@media (max-width: 720px)": { flexDirection: "column" },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    maxHeight: "calc(100vh - 40px)",
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 720px)": { width: "100%", maxHeight: "none", borderRight: "none" },
  },
  sheet: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalM },
});

function PreviewPage({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <MessageBar intent="info" className={styles.banner} data-testid="preview-banner">
        <MessageBarBody>
          <MessageBarTitle>Preview, not Excel.</MessageBarTitle> CareCalc&apos;s task pane beside a
          practice workbook in this page, which really evaluates the formulas. Nothing leaves this
          page, and nothing is kept when you close it.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.body}>
        <aside className={styles.pane} aria-label="CareCalc task pane">
          <App host={workbook} loadFunctions={loadFunctions} />
        </aside>
        <div className={styles.sheet}>
          <SheetGrid workbook={workbook} />
        </div>
      </div>
    </div>
  );
}

const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const theme = themeFor(dark ? "#1f1f1f" : "#ffffff", forcedColours());
const root = createRoot(document.getElementById("root")!);

loadFunctions()
  .then((metadata) => {
    // The same functions.json, read for the parts HyperFormula needs (ids, parameters, result shapes).
    registerCareFunctions(metadata as unknown as FunctionsMetadata, customFunctions.registry);
    root.render(
      <FluentProvider theme={theme}>
        <PreviewPage workbook={new PreviewWorkbook()} />
      </FluentProvider>
    );
    document.body.dataset.ready = "true";
  })
  .catch((error: unknown) =>
    root.render(
      <FluentProvider theme={theme}>
        <MessageBar intent="error">
          <MessageBarBody>
            The preview could not start: {error instanceof Error ? error.message : String(error)}{" "}
            Run npm run build (or npm start) so that functions.json is beside this page, then
            reload.
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>
    )
  );
