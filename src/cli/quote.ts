/** Text from a file, made safe to print: cut to a length a reader can take in, and unable to steer a terminal. */
import { MOST_QUOTED_CHARACTERS } from "../core/limits";

/**
 * Control characters (C0, DEL, C1: U+009B is a terminal's CSI), and the marks that reorder text
 * on screen (U+202E shows "gnp.exe" as "exe.png"), written as \uXXXX escapes.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A cell's text or a formula as a message quotes it: at most MOST_QUOTED_CHARACTERS, with the length it had. */
export function quoted(text: string): string {
  if (text.length <= MOST_QUOTED_CHARACTERS) return text;
  return `${text.slice(0, MOST_QUOTED_CHARACTERS)}... (${text.length.toLocaleString("en-GB")} characters)`;
}
