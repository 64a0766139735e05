import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { createExcelWorkbook } from "../office/excelWorkbook";
import { App } from "./App";
import { loadFunctions } from "./loadFunctions";
import { forcedColours, themeFor } from "./theme";

Office.onReady((info) => {
  const theme = themeFor(Office.context?.officeTheme?.bodyBackgroundColor, forcedColours());
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={theme}>
      {info.host === Office.HostType.Excel ? (
        <App host={createExcelWorkbook()} loadFunctions={loadFunctions} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>
            CareCalc runs inside Excel. Open it from Excel&apos;s ribbon, or try it without Excel in
            preview.html.
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
});
