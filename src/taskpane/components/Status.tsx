import { forwardRef, useEffect, useRef, useState } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** The outcome of the last action, with the next step; read out by screen readers. */
export interface StatusMessage {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly title: string;
  readonly text: string;
}

/**
 * A message bar announced as it appears (a live region: assertive for errors), and focusable so the
 * pane can move focus to it where the user would otherwise not see it.
 */
export const Status = forwardRef<
  HTMLDivElement,
  { status?: StatusMessage; /** For tests, where a page shows more than one. */ testId?: string }
>(function Status({ status, testId = "status" }, ref) {
  if (!status) return null;
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      intent={status.intent}
      politeness={status.intent === "error" ? "assertive" : "polite"}
      role={status.intent === "error" ? "alert" : "status"}
      aria-live={status.intent === "error" ? "assertive" : "polite"}
      data-testid={testId}
    >
      <MessageBarBody>
        <MessageBarTitle>{status.title}</MessageBarTitle> {status.text}
      </MessageBarBody>
    </MessageBar>
  );
});

export function errorStatus(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "Something went wrong.",
    text: `${error instanceof Error ? error.message : String(error)} Nothing was written. Try again; if it keeps happening, reload the task pane.`,
  };
}

/**
 * The last outcome and where to show it (beside the control that caused it), with focus moved to the
 * message so that the user sees it and a screen reader reads it, whatever was scrolled into view.
 */
export function useStatus<Place extends string>() {
  const ref = useRef<HTMLDivElement>(null);
  // A new object each time, so that the same message shown again moves the focus again.
  const [shown, setShown] = useState<{ place: Place; status: StatusMessage }>();
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return {
    ref,
    /** The message to show at `place`, if the last one belongs there. */
    at: (place: Place) => (shown?.place === place ? shown.status : undefined),
    show: (place: Place, status: StatusMessage) => setShown({ place, status }),
  };
}
