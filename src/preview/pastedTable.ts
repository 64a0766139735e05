/**
 * A table pasted as plain text, as Word, PDF readers and Excel put one on the clipboard: rows on
 * lines, cells between tabs. Excel quotes a cell that holds a tab, a line break or a quote
 * ("a ""b"""); a quote anywhere else is an ordinary character, as Excel reads a paste.
 */

const ENDS_FIELD = new Set(["\t", "\r", "\n"]);

/** The rows of the pasted text, each a list of its cells' text; a final line break ends the last row. */
export function pastedRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = text[i] === '"' ? quotedField(text, i) : undefined;
    let end: number;
    if (quoted) {
      row.push(quoted.value);
      end = quoted.end;
    } else {
      end = i;
      while (end < text.length && !ENDS_FIELD.has(text[end])) end++;
      row.push(text.slice(i, end));
    }
    if (end >= text.length) break;
    if (text[end] === "\t") {
      i = end + 1;
      continue;
    }
    i = end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
  }
  rows.push(row);
  return rows;
}

/**
 * The quoted field opening at `start`, if its closing quote is followed by the end of the cell;
 * undefined if not, and the quote is then an ordinary character.
 */
function quotedField(text: string, start: number): { value: string; end: number } | undefined {
  let value = "";
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return undefined;
    value += text.slice(from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    const end = quote + 1;
    return end === text.length || ENDS_FIELD.has(text[end]) ? { value, end } : undefined;
  }
}
