import type { ClipboardPayload } from "../tables/reportCopy";

/**
 * Puts HTML and plain text on the clipboard together, so Word pastes a table and a plain editor
 * the text. The asynchronous Clipboard API first; where a host's frame refuses it, a copy event.
 */
export async function writeClipboard(payload: ClipboardPayload): Promise<void> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([payload.html], { type: "text/html" }),
        "text/plain": new Blob([payload.text], { type: "text/plain" }),
      }),
    ]);
  } catch (error) {
    let copied = false;
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData("text/html", payload.html);
      event.clipboardData?.setData("text/plain", payload.text);
      event.preventDefault();
      copied = Boolean(event.clipboardData);
    };
    document.addEventListener("copy", onCopy, { once: true });
    document.execCommand("copy");
    document.removeEventListener("copy", onCopy);
    if (!copied) throw error;
  }
}
