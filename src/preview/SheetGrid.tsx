import { useSyncExternalStore } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { cellRef, columnLetters, parseRange, spanAddress } from "../core/a1";
import { chartFromSheet } from "../tables/chart";
import { ChartPreview } from "../taskpane/components/ChartPreview";
import { showCell } from "../tables/cellFormat";
import type { PreviewWorkbook } from "./previewWorkbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  scroll: { overflow: "auto", maxHeight: "calc(100vh - 120px)" },
  grid: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "1px 4px",
      whiteSpace: "nowrap",
    },
    "& th": {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightRegular,
    },
  },
  number: { textAlign: "right" },
  input: { backgroundColor: "#FFF2CC", color: "#1F3864" },
  heading: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** The preview workbook's sheets as HTML tables: computed values shown, formulas in each cell's title. */
export function SheetGrid({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version
  );
  const sheet = workbook.view(workbook.active);
  const selected = workbook.selected;
  const range = selected.sheet === sheet.name ? parseRange(selected.address) : undefined;
  const isSelected = (row: number, column: number) =>
    !!range &&
    row >= range.from.row &&
    row <= range.to.row &&
    column >= range.from.column &&
    column <= range.to.column;
  // Shift+click stretches the selection from its first cell, as in Excel.
  const select = (row: number, column: number, extend: boolean) =>
    workbook.select(
      sheet.name,
      extend && range ? spanAddress(range.from, { row, column }) : cellRef({ row, column })
    );
  const columns = sheet.rows.reduce((most, row) => Math.max(most, row.length), 8);
  const rows = Math.max(20, sheet.rows.length);
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
        Selected: {selected.sheet}!{selected.address}. Click a cell to select it; Shift+click to
        select a range.
      </Text>
      <div className={styles.scroll}>
        <table className={styles.grid} data-testid="grid" data-sheet={sheet.name}>
          <thead>
            <tr>
              <th aria-label="Row" />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: columns }, (_, c) => {
                  const cell = sheet.rows[r]?.[c];
                  const address = cellRef({ row: r, column: c });
                  const classes = [
                    typeof cell?.value === "number" ? styles.number : "",
                    cell?.input ? styles.input : "",
                    cell?.heading ? styles.heading : "",
                    isSelected(r, c) ? styles.selected : "",
                  ];
                  return (
                    <td
                      key={address}
                      className={classes.join(" ")}
                      data-address={address}
                      data-value={
                        cell?.value === undefined || cell.value === null ? "" : String(cell.value)
                      }
                      data-selected={isSelected(r, c) || undefined}
                      data-fill={cell?.fill}
                      style={
                        cell?.fill ? { backgroundColor: cell.fill, color: "#000000" } : undefined
                      }
                      title={cell?.error ?? cell?.formula}
                      // Shift+click selects cells, not the page's text.
                      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
                      onClick={(event) => select(r, c, event.shiftKey)}
                    >
                      {cell ? showCell(cell.value, cell.format) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
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
