import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** The outcome of the last action, with the next step; read out by screen readers. */
export interface StatusMessage {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly title: string;
  readonly text: string;
}

export function Status({ status }: { status?: StatusMessage }) {
  if (!status) return null;
  return (
    <MessageBar
      intent={status.intent}
      politeness={status.intent === "error" ? "assertive" : "polite"}
      data-testid="status"
    >
      <MessageBarBody>
        <MessageBarTitle>{status.title}</MessageBarTitle> {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}

export function errorStatus(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "Something went wrong.",
    text: `${error instanceof Error ? error.message : String(error)} Nothing was written. Try again; if it keeps happening, reload the task pane.`,
  };
}
