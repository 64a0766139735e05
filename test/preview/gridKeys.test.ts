/** Moving around the preview grid from the keyboard, as in Excel. */
import { cellRef, parseAddress } from "../../src/core/a1";
import { Cursor, GridKey, GridShape, moveFor } from "../../src/preview/gridKeys";

/** A sheet whose rows hold something up to these columns (-1: empty), shown 8 columns by 10 rows. */
const shape: GridShape = {
  columns: 8,
  lastFilled: (row) => [2, 4, -1, 1][row] ?? -1,
  lastCell: { row: 3, column: 4 },
  pageRows: () => 10,
};

const at = (address: string) => {
  const { row, column } = parseAddress(address)!;
  return { row, column };
};
const cursor = (active: string, end = active, tabStart?: number): Cursor => ({
  active: at(active),
  end: at(end),
  ...(tabStart !== undefined && { tabStart }),
});

/** Presses keys such as "ArrowDown", "Shift+Tab", "Ctrl+Home" in turn, from `start`. */
function press(start: Cursor, ...keys: string[]): Cursor | "leave" | undefined {
  let now: Cursor | "leave" | undefined = start;
  for (const name of keys) {
    if (now === undefined || now === "leave") return now;
    const parts = name.split("+");
    const key: GridKey = {
      key: parts[parts.length - 1],
      shift: parts.includes("Shift"),
      ctrl: parts.includes("Ctrl"),
    };
    now = moveFor(key, now, shape);
  }
  return now;
}
const shown = (c: Cursor | "leave" | undefined) =>
  c === undefined || c === "leave" ? c : `${cellRef(c.active)}..${cellRef(c.end)}`;

test.each([
  ["arrows move one cell", "B2", ["ArrowRight", "ArrowDown"], "C3..C3"],
  ["never above row 1 or left of A", "A1", ["ArrowUp", "ArrowLeft"], "A1..A1"],
  [
    "Shift+arrows stretch the selection, the active cell staying",
    "B2",
    ["Shift+ArrowDown", "Shift+ArrowDown", "Shift+ArrowRight"],
    "B2..C4",
  ],
  [
    "an arrow after a stretch moves from the active cell",
    "B2",
    ["Shift+ArrowDown", "ArrowRight"],
    "C2..C2",
  ],
  ["Enter goes down, Shift+Enter up", "B2", ["Enter", "Enter", "Shift+Enter"], "B3..B3"],
  [
    "Tab, Tab, Enter: the next row, back at the first column",
    "A1",
    ["Tab", "Tab", "Enter"],
    "A2..A2",
  ],
  ["Shift+Tab goes left", "C1", ["Shift+Tab"], "B1..B1"],
  ["Home: column A of the row", "D2", ["Home"], "A2..A2"],
  ["Shift+Home stretches to column A", "D2", ["Shift+Home"], "D2..A2"],
  ["End: the last cell of the row holding something", "A2", ["End"], "E2..E2"],
  ["End on an empty row: the sheet's last column", "A3", ["End"], "E3..E3"],
  ["Ctrl+Home: A1", "D4", ["Ctrl+Home"], "A1..A1"],
  ["Ctrl+End: the last cell the sheet holds", "A1", ["Ctrl+End"], "E4..E4"],
  ["Ctrl+Shift+End selects to it", "B2", ["Ctrl+Shift+End"], "B2..E4"],
  ["PageDown: the rows shown further down", "C2", ["PageDown", "PageDown"], "C22..C22"],
  ["PageUp stops at row 1", "C12", ["PageUp", "PageUp"], "C1..C1"],
  ["Shift+PageDown stretches a screenful", "B2", ["Shift+PageDown"], "B2..B12"],
])("%s", (_, start, keys, expected) => {
  expect(shown(press(cursor(start), ...keys))).toBe(expected);
});

test("Enter after a run of Tabs started elsewhere returns to where the run started", () => {
  expect(shown(press(cursor("B5"), "Tab", "Tab", "Tab", "Enter"))).toBe("B6..B6");
  // Another move ends the run: Enter then goes straight down.
  expect(shown(press(cursor("B5"), "Tab", "ArrowDown", "Enter"))).toBe("C7..C7");
});

test("Tab from the last column shown, or Shift+Tab from A, leaves the grid (no keyboard trap)", () => {
  expect(press(cursor("H1"), "Tab")).toBe("leave");
  expect(press(cursor("A4"), "Shift+Tab")).toBe("leave");
});

test("keys that are not moves are left to others", () => {
  expect(press(cursor("A1"), "x")).toBeUndefined();
  expect(press(cursor("A1"), "Ctrl+ArrowRight")).toBeUndefined();
  expect(press(cursor("A1"), "Ctrl+PageDown")).toBeUndefined();
});
