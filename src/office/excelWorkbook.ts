/*
 * Excel's side of the WorkbookHost: the only module that calls Office.js. Each insert is one
 * Excel.run with exactly TWO context.sync() calls whatever the table's size: the first reads the
 * sheet names and the target cells, the second sends every write (values and formulas as one 2-D
 * array, number formats as one 2-D array, styles, column widths, chart) in a single batch.
 * The Check tab's operations are one Excel.run each too: reading the selected table and selecting
 * a cell take ONE sync, highlighting TWO (read the fills, then write) and clearing THREE (read the
 * record, read what the recorded cells wear now, then write), whatever the number of cells.
 */
import {
  blockAddress,
  CellPosition,
  cellRef,
  occupiedBlocks,
  offset,
  parseAddress,
  spanAddress,
  splitSheetAddress,
} from "../core/a1";
import { placeAt } from "../tables/place";
import { ChartPlan, planSize, PlanRange, TablePlan } from "../tables/plan";
import { uniqueSheetName } from "../tables/sheetNames";
import {
  CellFill,
  HIGHLIGHT_FILL,
  HIGHLIGHTS_SETTING,
  missingSheetsNote,
  changedCellsNote,
  NOTHING_TO_CLEAR,
  readRecord,
  rememberOriginals,
} from "./highlights";
import {
  badAddressMessage,
  FillResult,
  InsertTarget,
  occupiedMessage,
  SelectedTable,
  Selection,
  WorkbookHost,
  WriteResult,
} from "./workbookHost";

export const SYNCS_PER_INSERT = 2;
export const SYNCS_PER_READ = 1;
export const SYNCS_PER_HIGHLIGHT = 2;
export const SYNCS_PER_CLEAR = 3;

const INPUT_FILL = "#FFF2CC";
const INPUT_FONT = "#1F3864";
const HEADING_FILL = "#D9E1F2";
/** Excel measures column widths in points; one character of the default font is about 5.7 points. */
const POINTS_PER_CHARACTER = 5.7;
/** Charts need ExcelApi 1.7 (series added one by one, x values, line styles). */
const CHART_API = "1.7";
/** Workbook settings, where the highlights' original fills are kept, need ExcelApi 1.4. */
const SETTINGS_API = "1.4";
/** Telling "no fill" from a white fill needs the fill's pattern, ExcelApi 1.9. */
const FILL_PATTERN_API = "1.9";

export function createExcelWorkbook(): WorkbookHost {
  return {
    writesClearUndo: true,
    insertTable: (plan, target) =>
      Excel.run((context) => writeTable(context, plan, target)).catch(failure),
    getSelection: () => Excel.run(readSelection),
    insertFormula: (address, formula) =>
      Excel.run((context) => writeFormula(context, address, formula)).catch(failure),
    readSelectedTable: () => Excel.run(readSelectedTable),
    readUsedRange: () => Excel.run(readUsedRange),
    selectCell: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
    highlight: (sheet, addresses) =>
      Excel.run((context) => highlightCells(context, sheet, addresses)).catch(failure),
    clearHighlights: () => Excel.run(clearHighlights).catch(failure),
  };
}

/** Excel's refusal, with the next step; fits both a WriteResult and a FillResult. */
function failure(error: unknown): { ok: false; message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    message: `Excel refused the write: ${detail} Nothing was written. If you are editing a cell, press Enter or Esc and try again.`,
  };
}

export async function writeTable(
  context: Excel.RequestContext,
  plan: TablePlan,
  target: InsertTarget
): Promise<WriteResult> {
  const { rows, columns } = planSize(plan);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  let placement: { sheet: Excel.Worksheet; origin: CellPosition; cells: Excel.Range } | undefined;
  if (target.kind === "at") {
    const cell = parseAddress(target.address);
    if (!cell) return { ok: false, message: badAddressMessage(target.address) };
    const sheet = cell.sheet ? worksheets.getItem(cell.sheet) : worksheets.getActiveWorksheet();
    const cells = sheet.getRange(blockAddress(cell, rows, columns));
    sheet.load("name");
    cells.load("formulas");
    placement = { sheet, origin: cell, cells };
  }
  await context.sync(); // 1 of 2: sheet names, and what the target cells hold

  if (placement) {
    const occupied = occupiedBlocks(placement.cells.formulas, placement.origin);
    if (occupied.length > 0) return { ok: false, message: occupiedMessage(occupied), occupied };
  }
  const sheet =
    placement?.sheet ??
    worksheets.add(
      uniqueSheetName(
        plan.sheetName,
        worksheets.items.map((s) => s.name)
      )
    );
  const origin = placement?.origin ?? { row: 0, column: 0 };
  const placed = placeAt(plan, origin);
  const address = blockAddress(origin, rows, columns);
  const range = sheet.getRange(address);
  // Formats first, so text inputs such as "4+2+2" and "365/7" stay text.
  range.numberFormat = placed.numberFormats.map((row) => [...row]);
  range.formulas = placed.cells.map((row) => [...row]);
  style(sheet, placed, origin, !placement);
  const chartNote = placed.chart ? addChart(sheet, placed.chart) : undefined;
  sheet.activate();
  sheet.getRange(cellRef(origin)).select();
  sheet.load("name");
  await context.sync(); // 2 of 2: every write, in one batch

  return { ok: true, sheet: sheet.name, address, ...(chartNote && { note: chartNote }) };
}

function style(
  sheet: Excel.Worksheet,
  plan: TablePlan,
  origin: CellPosition,
  newSheet: boolean
): void {
  const { columns } = planSize(plan);
  const rowRange = (row: number) =>
    sheet.getRange(blockAddress(offset({ row, column: 0 }, origin), 1, columns));
  const title = sheet.getRange(cellRef(origin)).format.font;
  title.bold = true;
  title.size = 14;
  sheet.getRange(cellRef(offset({ row: 1, column: 0 }, origin))).format.font.italic = true;
  plan.headingRows.forEach((row) => {
    const format = rowRange(row).format;
    format.font.bold = true;
    format.fill.color = HEADING_FILL;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  });
  plan.totalRows.forEach((row) => {
    const format = rowRange(row).format;
    format.font.bold = true;
    format.borders.getItem("EdgeTop").style = "Continuous";
  });
  plan.inputCells.forEach((cell) => {
    const format = sheet.getRange(cellRef(offset(cell, origin))).format;
    format.fill.color = INPUT_FILL;
    format.font.color = INPUT_FONT;
  });
  // Widths change the whole column, so only on a sheet of our own.
  if (newSheet) {
    plan.columnWidths.forEach((width, column) => {
      const letters = cellRef({ row: 0, column: origin.column + column }).replace(/\d+$/, "");
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = Math.round(
        width * POINTS_PER_CHARACTER
      );
    });
  }
}

/** A range of the placed plan (placeAt has moved the chart with the table). */
function rangeOf(sheet: Excel.Worksheet, range: PlanRange): Excel.Range {
  return sheet.getRange(spanAddress(range.from, range.to));
}

const EXCEL_CHART_TYPES: Record<ChartPlan["kind"], `${Excel.ChartType}`> = {
  scatterLines: "XYScatterLines",
  stackedColumn: "ColumnStacked",
  line: "Line",
};

/** Adds the chart; returns a note instead where this Excel is too old for it. */
function addChart(sheet: Excel.Worksheet, plan: ChartPlan): string | undefined {
  if (!Office.context.requirements.isSetSupported("ExcelApi", CHART_API)) {
    return "The chart was left out: it needs Excel 2019, Microsoft 365 or Excel on the web.";
  }
  const [first, ...rest] = plan.series;
  const chart = sheet.charts.add(
    EXCEL_CHART_TYPES[plan.kind],
    rangeOf(sheet, first.values),
    "Columns"
  );
  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.xAxisTitle;
  chart.axes.valueAxis.title.text = plan.yAxisTitle;
  const describe = (series: Excel.ChartSeries, spec: (typeof plan.series)[number]) => {
    series.name = spec.name;
    const x = spec.xValues ?? plan.categories;
    if (x) series.setXAxisValues(rangeOf(sheet, x));
    if (spec.markersOnly) {
      series.format.line.lineStyle = "None";
      series.markerStyle = "Diamond";
      series.markerSize = 10;
    }
  };
  describe(chart.series.getItemAt(0), first);
  rest.forEach((spec) => {
    const series = chart.series.add(spec.name);
    series.setValues(rangeOf(sheet, spec.values));
    describe(series, spec);
  });
  chart.setPosition(cellRef(plan.anchor));
  return undefined;
}

async function readSelection(context: Excel.RequestContext): Promise<Selection> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  await context.sync();
  const [sheet, address] = splitSheetAddress(range.address);
  return { sheet, address };
}

export async function writeFormula(
  context: Excel.RequestContext,
  address: string,
  formula: string
): Promise<WriteResult> {
  const cell = parseAddress(address);
  if (!cell) return { ok: false, message: badAddressMessage(address) };
  const worksheets = context.workbook.worksheets;
  const sheet = cell.sheet ? worksheets.getItem(cell.sheet) : worksheets.getActiveWorksheet();
  const range = sheet.getRange(cellRef(cell));
  range.load("formulas");
  sheet.load("name");
  await context.sync();
  const occupied = occupiedBlocks(range.formulas, cell);
  if (occupied.length > 0) return { ok: false, message: occupiedMessage(occupied), occupied };
  range.formulas = [[formula]];
  range.select();
  await context.sync();
  return { ok: true, sheet: sheet.name, address: cellRef(cell) };
}

/** Excel shows "####" where a number is too wide for its column; the checker then needs the number. */
function shownOrValue(text: string, value: unknown): string {
  return /^#+$/.test(text) && typeof value === "number" ? String(value) : text;
}

export async function readSelectedTable(context: Excel.RequestContext): Promise<SelectedTable> {
  const selected = context.workbook.getSelectedRange();
  // Only the part that holds something, so whole columns read as the table, not a million blanks.
  return readTable(context, selected, selected.getUsedRangeOrNullObject(true));
}

export async function readUsedRange(context: Excel.RequestContext): Promise<SelectedTable> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  return readTable(context, sheet.getRange("A1"), sheet.getUsedRangeOrNullObject(true));
}

/** One sync: the cells as shown, their values (for "####") and their formulas. */
async function readTable(
  context: Excel.RequestContext,
  around: Excel.Range,
  used: Excel.Range
): Promise<SelectedTable> {
  around.load("address");
  used.load("address,text,values,formulas");
  await context.sync();
  if (used.isNullObject) {
    const [sheet, address] = splitSheetAddress(around.address);
    return { sheet, address, text: [] };
  }
  const [sheet, address] = splitSheetAddress(used.address);
  const text = used.text.map((row, r) =>
    row.map((shown, c) => shownOrValue(shown, used.values[r][c]))
  );
  const formulas = used.formulas.map((row) =>
    row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : ""))
  );
  return { sheet, address, text, formulas };
}

export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

function fillOf(fill: Excel.RangeFill, withPattern: boolean): CellFill {
  if (withPattern) {
    if (fill.pattern === "None") return null;
    return fill.pattern === "Solid"
      ? { color: fill.color }
      : { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
  }
  // Older Excel reports "no fill" as white; putting back no fill is what the reviewer expects.
  return fill.color.toUpperCase() === "#FFFFFF" ? null : { color: fill.color };
}

function setFill(fill: Excel.RangeFill, to: CellFill): void {
  fill.clear();
  if (!to) return;
  fill.color = to.color;
  if (to.pattern) fill.pattern = to.pattern as Excel.FillPattern;
  if (to.patternColor) fill.patternColor = to.patternColor;
}

const unsupportedSettings: FillResult = {
  ok: false,
  message:
    "Highlighting needs Excel 2016 or later (it keeps each cell's own fill in the workbook so that Clear highlights can put it back). Nothing was changed.",
};

export async function highlightCells(
  context: Excel.RequestContext,
  sheetName: string,
  addresses: readonly string[]
): Promise<FillResult> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", SETTINGS_API)) {
    return unsupportedSettings;
  }
  const withPattern = Office.context.requirements.isSetSupported("ExcelApi", FILL_PATTERN_API);
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING);
  setting.load("value");
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const cells = addresses.map((address) =>
    sheet
      .getRange(address)
      .load(
        withPattern
          ? "format/fill/color,format/fill/pattern,format/fill/patternColor"
          : "format/fill/color"
      )
  );
  await context.sync(); // 1 of 2: the record so far and every cell's fill

  const record = rememberOriginals(
    readRecord(setting.isNullObject ? undefined : setting.value),
    sheetName,
    addresses.map((address, i) => ({ address, fill: fillOf(cells[i].format.fill, withPattern) }))
  );
  cells.forEach((cell) => setFill(cell.format.fill, { color: HIGHLIGHT_FILL }));
  context.workbook.settings.add(HIGHLIGHTS_SETTING, JSON.stringify(record));
  await context.sync(); // 2 of 2: the record and the fills, in one batch

  return { ok: true, cells: addresses };
}

export async function clearHighlights(context: Excel.RequestContext): Promise<FillResult> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", SETTINGS_API)) {
    return unsupportedSettings;
  }
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync(); // 1 of 3: the record and the sheets that still exist

  const record = readRecord(setting.isNullObject ? undefined : setting.value);
  if (setting.isNullObject || record.length === 0) {
    return { ok: true, cells: [], note: NOTHING_TO_CLEAR };
  }
  const sheets = new Set(worksheets.items.map((sheet) => sheet.name));
  const present = record.filter((cell) => sheets.has(cell.sheet));
  const skipped = record.filter((cell) => !sheets.has(cell.sheet));
  const fills = present.map((cell) =>
    worksheets.getItem(cell.sheet).getRange(cell.address).format.fill.load("color")
  );
  await context.sync(); // 2 of 3: what each recorded cell wears now

  // A cell no longer in the highlight colour was refilled, or rows moved under it: leave it be.
  const stillHighlighted = (i: number) =>
    fills[i].color.toUpperCase() === HIGHLIGHT_FILL.toUpperCase();
  const restorable = present.filter((_, i) => stillHighlighted(i));
  const changed = present.filter((_, i) => !stillHighlighted(i));
  restorable.forEach((cell) => setFill(fills[present.indexOf(cell)], cell.original));
  setting.delete();
  await context.sync(); // 3 of 3: every fill put back, and the record removed

  const note = [missingSheetsNote(skipped), changedCellsNote(changed)].filter(Boolean).join(" ");
  return {
    ok: true,
    cells: restorable.map((cell) => `${cell.sheet}!${cell.address}`),
    ...(note && { note }),
  };
}
