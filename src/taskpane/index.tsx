import { createRoot } from "react-dom/client";

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<p>CareCalc</p>);
});
