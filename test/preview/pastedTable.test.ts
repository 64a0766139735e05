/** Tables pasted as text, as Word, PDF readers and Excel put them on the clipboard. */
import { pastedRows } from "../../src/preview/pastedTable";

test.each([
  [
    "Word's rows end in CR LF, the last one too",
    "a\tb\r\nc\td\r\n",
    [
      ["a", "b"],
      ["c", "d"],
    ],
  ],
  ["LF, no final line break", "a\tb\nc", [["a", "b"], ["c"]]],
  ["CR alone", "a\rb", [["a"], ["b"]]],
  ["empty cells between tabs", "a\t\tb", [["a", "", "b"]]],
  ["a blank line is a row of nothing", "a\r\n\r\nb", [["a"], [""], ["b"]]],
  ["Excel quotes a cell holding a tab", '"x\ty"\tz', [["x\ty", "z"]]],
  ["or a line break", '"line 1\nline 2"\t2\n3', [["line 1\nline 2", "2"], ["3"]]],
  ["or quotes, doubled", '"a ""b"""\tc', [['a "b"', "c"]]],
  ["a quote inside a cell is a character", 'The "Hub" service\t5', [['The "Hub" service', "5"]]],
  ["so is one that opens a cell but does not end it", '"Hub" service\t5', [['"Hub" service', "5"]]],
  ["and one never closed", '"unclosed\t5\n6', [['"unclosed', "5"], ["6"]]],
  ["nothing", "", [[""]]],
])("%s", (_, text, rows) => {
  expect(pastedRows(text)).toEqual(rows);
});
