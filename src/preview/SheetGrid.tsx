import {
  ClipboardEvent,
  KeyboardEvent,
  memo,
  ReactNode,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  CellPosition,
  cellRef,
  columnLetters,
  parseAddress,
  parseRange,
  spanAddress,
} from "../core/a1";
import { chartFromSheet } from "../tables/chart";
import { ChartPreview } from "../taskpane/components/ChartPreview";
import { Status, StatusMessage } from "../taskpane/components/Status";
import { showCell } from "../tables/cellFormat";
import { Cursor, EditorActions, GridShape, moveFor } from "./gridKeys";
import type { CellView, PreviewWorkbook, SheetView } from "./previewWorkbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  scroll: { overflow: "auto", maxHeight: "calc(100vh - 160px)" },
  grid: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "1px 4px",
      whiteSpace: "nowrap",
    },
    "& td": { position: "relative", minWidth: "4em", cursor: "cell" },
    "& th": {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightRegular,
    },
    // The column letters stay in view as the rows scroll, as in Excel.
    "& thead th": { position: "sticky", top: 0, zIndex: 2 },
  },
  number: { textAlign: "right" },
  input: { backgroundColor: "#FFF2CC", color: "#1F3864" },
  heading: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Highlight",
      color: "HighlightText",
    },
  },
  active: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    ":focus": { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-3px" },
  },
  editor: {
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 1,
    height: "100%",
    boxSizing: "border-box",
    minWidth: "100%",
    font: "inherit",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** Fluent's focus manager (Tabster) moves the focus on Tab itself; in the grid, Tab moves between cells. */
const TAB_MOVES_BETWEEN_CELLS = {
  "data-tabster": JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } }),
};

/** The cell being edited; `typing` when started by typing, so arrows finish the entry as in Excel. */
interface Editing {
  readonly at: CellPosition;
  readonly text: string;
  readonly typing: boolean;
}

/**
 * The preview workbook's sheets as a grid a user can work in as in Excel: computed values shown
 * (en-GB), formulas in each cell's title; keyboard and mouse selection; typing or F2 to enter a
 * value or a formula; Ctrl+V to paste a table into empty cells; Delete to clear.
 */
export function SheetGrid({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version
  );
  const { active: shown, cellsVersion } = workbook;
  const drawn = useRef<SheetView>();
  const sheet = useMemo(() => {
    drawn.current = sameRowsKept(drawn.current, workbook.view(shown));
    return drawn.current;
  }, [workbook, shown, cellsVersion]);
  const selected = workbook.selected;
  const range = selected.sheet === sheet.name ? parseRange(selected.address) : undefined;
  const [moved, setMoved] = useState<{ sheet: string; address: string; cursor: Cursor }>();
  // The grid's own cursor while the selection is the one it made; else the selection's corners.
  const cursor: Cursor =
    moved && moved.sheet === selected.sheet && moved.address === selected.address
      ? moved.cursor
      : { active: range?.from ?? { row: 0, column: 0 }, end: range?.to ?? { row: 0, column: 0 } };
  const [editing, setEditing] = useState<Editing>();
  // Read by a blur that follows a commit in the same event, before React has re-rendered.
  const editingNow = useRef<Editing>();
  const [status, setStatus] = useState<StatusMessage>();
  const gridRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusActive = useRef(false);

  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>('td[tabindex="0"]');
    cell?.focus();
    // Focus scrolls the cell into the box, where it may sit under the column letters, which stay put.
    const letters = gridRef.current?.querySelector("thead th")?.getBoundingClientRect().bottom;
    const hidden = cell && letters !== undefined ? letters - cell.getBoundingClientRect().top : 0;
    if (hidden > 0) scrollRef.current?.scrollBy(0, -hidden);
  });

  // What is drawn only grows while a sheet is shown: moving back up must not shift the rows in view.
  const reached = useRef<{ sheet: string; rows: number; columns: number }>();
  const shape = gridShape(
    sheet,
    cursor,
    reached.current?.sheet === sheet.name ? reached.current : { rows: 20, columns: 8 },
    () => rowsShown(scrollRef.current)
  );
  reached.current = { sheet: sheet.name, rows: shape.rows, columns: shape.columns };
  // The selection's corners, in order: every selection the grid makes is written as its span.
  const { from, to } = range ?? parseRange(spanAddress(cursor.active, cursor.end))!;
  const moveTo = (next: Cursor, focus = true) => {
    const address = spanAddress(next.active, next.end);
    setMoved({ sheet: sheet.name, address, cursor: next });
    workbook.select(sheet.name, address);
    focusActive.current = focus;
  };
  const edit = (next?: Editing) => {
    editingNow.current = next;
    setEditing(next);
  };

  const commit: EditorActions["onCommit"] = (text, key) => {
    const current = editingNow.current;
    if (!current) return;
    const result = workbook.enter(sheet.name, current.at, text);
    if (!result.ok) {
      setStatus({
        intent: "error",
        title: `${cellRef(current.at)} was not changed.`,
        text: result.message,
      });
      return;
    }
    edit(undefined);
    setStatus(undefined);
    // Without a key the user clicked elsewhere: the selection and the focus stay where they went.
    if (!key) return;
    const here: Cursor = { ...cursor, active: current.at, end: current.at };
    const next = moveFor(key, here, shape);
    moveTo(next && next !== "leave" ? next : here);
  };
  const cancel = () => {
    edit(undefined);
    setStatus(undefined);
    focusActive.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editingNow.current || !(event.target instanceof HTMLTableCellElement)) return;
    const { key } = event;
    const ctrl = event.ctrlKey || event.metaKey;
    // A character starts a new entry in the active cell (AltGr, reported as Ctrl+Alt, types one too).
    const typed = key.length === 1 && !event.metaKey && event.ctrlKey === event.altKey;
    if (typed || key === "Backspace") {
      edit({ at: cursor.active, text: typed ? key : "", typing: true });
    } else if (key === "F2") {
      edit({
        at: cursor.active,
        text: workbook.entryText(sheet.name, cursor.active),
        typing: false,
      });
    } else if (key === "Delete") {
      workbook.clear(sheet.name, from, to);
    } else {
      const next = moveFor({ key, shift: event.shiftKey, ctrl }, cursor, shape);
      if (next === undefined || next === "leave") return;
      moveTo(next);
    }
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    if (editingNow.current) return;
    event.preventDefault();
    const result = workbook.paste(sheet.name, from, event.clipboardData.getData("text/plain"));
    setStatus(
      result.ok
        ? {
            intent: "success",
            title: `Pasted into ${result.address}.`,
            text: `${result.note} Press Check in the Check tab to check it.`,
          }
        : { intent: "error", title: "Not pasted.", text: result.message }
    );
    focusActive.current = true;
  };

  return (
    <section className={styles.root} aria-label="Preview workbook">
      <div className={styles.tabs} role="group" aria-label="Worksheets">
        {workbook.sheetNames().map((name) => (
          <Button
            key={name}
            size="small"
            appearance={name === sheet.name ? "primary" : "secondary"}
            aria-pressed={name === sheet.name}
            onClick={() => workbook.activate(name)}
            data-sheet-tab={name}
          >
            {name}
          </Button>
        ))}
      </div>
      <Text size={200}>
        Selected: {selected.sheet}!{selected.address}.
      </Text>
      <Text size={200} id="grid-help">
        Arrow keys, Tab, Enter, Home, End, PageUp and PageDown move; Shift with them selects a
        range. Type, or press F2, to enter a value or a formula (=...): Enter or Tab keeps it,
        Escape cancels. Ctrl+V pastes a table from Word, a PDF or Excel into empty cells; Delete
        clears the selected cells.
      </Text>
      <Status status={status} testId="grid-status" />
      <div className={styles.scroll} ref={scrollRef}>
        <table
          ref={gridRef}
          className={styles.grid}
          role="grid"
          aria-label={`Sheet ${sheet.name}`}
          aria-describedby="grid-help"
          aria-multiselectable="true"
          data-testid="grid"
          data-sheet={sheet.name}
          {...TAB_MOVES_BETWEEN_CELLS}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          // Shift+click selects cells, not the page's text.
          onMouseDown={(event) => event.shiftKey && event.preventDefault()}
          onClick={(event) => {
            const cell = cellOf(event.target);
            if (cell)
              moveTo(
                event.shiftKey ? { active: cursor.active, end: cell } : { active: cell, end: cell },
                false
              );
          }}
          onDoubleClick={(event) => {
            const cell = cellOf(event.target);
            if (cell) edit({ at: cell, text: workbook.entryText(sheet.name, cell), typing: false });
          }}
        >
          <thead>
            <tr>
              <th aria-label="Row" />
              {Array.from({ length: shape.columns }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shape.rows }, (_, r) => {
              const inSelection = !!range && r >= from.row && r <= to.row;
              const editingHere = editing?.at.row === r ? editing : undefined;
              return (
                <GridRow
                  key={r}
                  row={r}
                  cells={sheet.rows[r]}
                  columns={shape.columns}
                  selectedFrom={inSelection ? from.column : -1}
                  selectedTo={inSelection ? to.column : -1}
                  active={r === cursor.active.row ? cursor.active.column : -1}
                  editor={
                    editingHere && (
                      <CellEditor
                        className={styles.editor}
                        address={cellRef(editingHere.at)}
                        editing={editingHere}
                        onCommit={commit}
                        onCancel={cancel}
                      />
                    )
                  }
                  editorColumn={editingHere?.at.column ?? -1}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {sheet.charts.map((chart) => (
        <ChartPreview
          key={chart.title}
          chart={chartFromSheet(chart, (cell) => sheet.rows[cell.row]?.[cell.column]?.value)}
          width={640}
          height={320}
          caption={`Excel places this chart at ${cellRef(chart.anchor)}, below the table.`}
        />
      ))}
    </section>
  );
}

/**
 * The new view, with each row that shows exactly what it showed before kept as the same object,
 * so that typing one entry draws again only its row (and those whose formulas it changed).
 */
function sameRowsKept(before: SheetView | undefined, now: SheetView): SheetView {
  if (before?.name !== now.name) return now;
  const same = (a: CellView, b: CellView) =>
    (Object.keys(a) as (keyof CellView)[]).every((field) => a[field] === b[field]) &&
    Object.keys(a).length === Object.keys(b).length;
  const rows = now.rows.map((row, r) => {
    const old = before.rows[r];
    return old && old.length === row.length && row.every((cell, c) => same(cell, old[c]))
      ? old
      : row;
  });
  return { ...now, rows };
}

/** The grid cell an event happened in (a click on the editor inside one is its own). */
function cellOf(target: EventTarget): CellPosition | undefined {
  if (!(target instanceof Element) || target.closest("input")) return undefined;
  const address = target.closest("td")?.dataset.address;
  const cell = address === undefined ? undefined : parseAddress(address);
  return cell && { row: cell.row, column: cell.column };
}

/**
 * One row of the grid. Its props are numbers and the row's own cells, so moving the cursor draws
 * again only the rows it leaves and enters: a pasted table of thousands of cells stays quick.
 */
const GridRow = memo(function GridRow(props: {
  row: number;
  cells: readonly CellView[] | undefined;
  columns: number;
  /** The selected columns in this row, from and to; -1 when the selection is not in this row. */
  selectedFrom: number;
  selectedTo: number;
  /** The active cell's column, if it is in this row; else -1. */
  active: number;
  editor: ReactNode;
  editorColumn: number;
}) {
  const styles = useStyles();
  const { row, cells, active } = props;
  return (
    <tr>
      <th scope="row">{row + 1}</th>
      {Array.from({ length: props.columns }, (_, c) => {
        const cell = cells?.[c];
        const address = cellRef({ row, column: c });
        const selected = c >= props.selectedFrom && c <= props.selectedTo;
        const text = cell ? showCell(cell.value, cell.format) : "";
        const classes = [
          typeof cell?.value === "number" ? styles.number : "",
          cell?.input ? styles.input : "",
          cell?.heading ? styles.heading : "",
          selected ? styles.selected : "",
          c === active ? styles.active : "",
        ];
        return (
          <td
            key={address}
            className={classes.join(" ")}
            tabIndex={c === active ? 0 : -1}
            aria-selected={selected}
            // The address first, as Excel reads a cell out; the formula (title) is its description.
            aria-label={text ? `${address} ${text}` : address}
            data-address={address}
            data-value={cell?.value === undefined || cell.value === null ? "" : String(cell.value)}
            data-selected={selected || undefined}
            data-active={c === active || undefined}
            data-fill={cell?.fill}
            style={cell?.fill ? { backgroundColor: cell.fill, color: "#000000" } : undefined}
            title={cell?.error ?? cell?.formula}
          >
            {text}
            {c === props.editorColumn && props.editor}
          </td>
        );
      })}
    </tr>
  );
});

/** The rows and columns drawn (at least `least`, all the sheet holds, and the cursor), and where End goes. */
function gridShape(
  sheet: SheetView,
  cursor: Cursor,
  least: { rows: number; columns: number },
  pageRows: () => number
): GridShape & { rows: number } {
  const filled = (value: unknown) => value !== null && value !== undefined && value !== "";
  const lastFilled = (row: number) =>
    (sheet.rows[row] ?? []).reduce((last, cell, c) => (filled(cell.value) ? c : last), -1);
  const lastCell = sheet.rows.reduce(
    (corner, _, r) => {
      const column = lastFilled(r);
      return column < 0 ? corner : { row: r, column: Math.max(corner.column, column) };
    },
    { row: 0, column: 0 }
  );
  const furthest = Math.max(cursor.active.column, cursor.end.column);
  return {
    rows: Math.max(least.rows, sheet.rows.length, cursor.active.row + 1, cursor.end.row + 1),
    columns: sheet.rows.reduce(
      (most, row) => Math.max(most, row.length),
      Math.max(least.columns, furthest + 1)
    ),
    lastFilled,
    lastCell,
    pageRows,
  };
}

/** The grid's rows that fit in its scrolling box below the column letters (at least 1): a screenful. */
function rowsShown(scroll: HTMLElement | null): number {
  const row = scroll?.querySelector("tbody tr")?.getBoundingClientRect().height;
  if (!scroll || !row) return 1;
  const header = scroll.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  return Math.max(1, Math.floor((scroll.clientHeight - header) / row));
}

/**
 * The editor over a cell. Enter, Tab and their Shift forms keep the entry and move on; Escape
 * cancels; when started by typing, arrows keep it and move too (after F2 they move the caret).
 * Leaving it any other way (a click elsewhere) keeps the entry.
 */
function CellEditor(
  props: { className: string; address: string; editing: Editing } & EditorActions
) {
  const { editing, onCommit, onCancel } = props;
  const [text, setText] = useState(editing.text);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const element = input.current!;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const key = { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey };
    if (event.key === "Escape") onCancel();
    else if (event.key === "Enter" || event.key === "Tab") onCommit(text, key);
    else if (editing.typing && event.key.startsWith("Arrow")) onCommit(text, key);
    else return;
    event.preventDefault();
  };
  return (
    <input
      ref={input}
      className={props.className}
      style={{ width: `${Math.max(text.length + 2, 8)}ch` }}
      aria-label={`Edit ${props.address}`}
      value={text}
      spellCheck={false}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onCommit(text)}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      data-testid="cell-editor"
    />
  );
}
