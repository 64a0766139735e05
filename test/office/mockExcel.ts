import { OfficeMockObject } from "office-addin-mock";
import { cellRef, parseRange, sheetPrefix } from "../../src/core/a1";

/* Office.js mocked with office-addin-mock: loads return values only after context.sync(). */

export interface MockFill {
  color?: string;
  pattern?: string;
  patternColor?: string;
}

export interface MockRange {
  formulas: unknown;
  numberFormat?: unknown;
  format: { fill: MockFill; font: { bold?: boolean }; columnWidth?: number };
}

export interface Workbook {
  run(callback: (context: Excel.RequestContext) => Promise<unknown>): Promise<unknown>;
  /** Every range the code asked for, by address. */
  ranges: Map<string, MockRange>;
  charts: { type: string; series: string[] }[];
  /** The add-in's workbook settings, by key. */
  settings: Record<string, unknown>;
  syncs(): number;
  added(): string | undefined;
}

export interface MockContents {
  /** Sheet1's values, by address. */
  readonly filled?: Record<string, unknown>;
  /** What Excel shows where it differs from the value, e.g. "£4,797,965.16" or "####". */
  readonly shown?: Record<string, string>;
  /** Fills other than Excel's "no fill", by address. */
  readonly fills?: Record<string, MockFill>;
  /** The selected range. */
  readonly selected?: string;
  readonly settings?: Record<string, unknown>;
}

/** What office-addin-mock does inside (typed private there): add a mocked child object and fill it. */
interface Growable {
  addMock(name: string): void;
  populate(data: object): void;
}

/** Excel's "no fill": white, with no pattern (and no pattern colour, "" here). */
export const NO_FILL: MockFill = { color: "#FFFFFF", pattern: "None", patternColor: "" };

function grow(parent: Growable & Record<string, unknown>, key: string, data: object): unknown {
  parent.addMock(key);
  (parent[key] as Growable).populate(data);
  return parent[key];
}

/** A workbook with Sheet1 active (getItem returns it whatever the name); `sheetNames` are listed. */
export function mockWorkbook(
  sheetNames: string[],
  filled: Record<string, unknown> = {},
  more: Omit<MockContents, "filled"> = {}
): Workbook {
  const ranges = new Map<string, MockRange>();
  const charts: Workbook["charts"] = [];
  const settings: Record<string, unknown> = { ...more.settings };
  let addedName: string | undefined;
  let created = 0;
  const block = (address: string, value: (cell: string) => unknown) => {
    const range = parseRange(address);
    if (!range) return [[""]];
    return Array.from({ length: range.to.row - range.from.row + 1 }, (_, r) =>
      Array.from({ length: range.to.column - range.from.column + 1 }, (_, c) =>
        value(cellRef({ row: range.from.row + r, column: range.from.column + c }))
      )
    );
  };
  const valueAt = (cell: string) => filled[cell] ?? "";
  const textAt = (cell: string) => more.shown?.[cell] ?? String(valueAt(cell));
  /** The smallest block holding every filled cell of `address`, as getUsedRangeOrNullObject(true). */
  const usedPart = (address: string) => {
    const cells = block(address, (cell) => cell)
      .flat()
      .filter((cell) => valueAt(cell as string) !== "")
      .map((cell) => parseRange(cell as string)!.from);
    if (cells.length === 0) return undefined;
    const rows = cells.map((cell) => cell.row);
    const columns = cells.map((cell) => cell.column);
    const from = cellRef({ row: Math.min(...rows), column: Math.min(...columns) });
    return `${from}:${cellRef({ row: Math.max(...rows), column: Math.max(...columns) })}`;
  };
  const sheet = (name: string) => ({
    name,
    activate() {},
    /** The sheet's used range: as a range over the first 26 columns and 100 rows would give it. */
    getUsedRangeOrNullObject(
      this: Record<string, (address: string) => { getUsedRangeOrNullObject(): unknown }>
    ) {
      return this.getRange("A1:Z100").getUsedRangeOrNullObject();
    },
    getRange(this: Growable & Record<string, MockRange>, address: string) {
      const key = `range ${address}`;
      if (!this[key]) {
        const fill = { ...NO_FILL, ...more.fills?.[address] };
        grow(this, key, {
          address: `${sheetPrefix(name)}${address}`,
          formulas: block(address, valueAt),
          values: block(address, valueAt),
          text: block(address, textAt),
          format: {
            fill: {
              ...fill,
              clear(this: MockFill) {
                Object.assign(this, NO_FILL);
              },
            },
            font: {},
            borders: { getItem: () => ({}) },
          },
          select() {},
          getUsedRangeOrNullObject(this: Growable & Record<string, unknown>) {
            const used = usedPart(address);
            const mock = grow(this, `used ${++created}`, {
              address: `${sheetPrefix(name)}${used ?? address}`,
              text: block(used ?? address, textAt),
              values: block(used ?? address, valueAt),
              formulas: block(used ?? address, valueAt),
            });
            return Object.assign(mock as object, { isNullObject: used === undefined });
          },
        });
        ranges.set(address, this[key]);
      }
      return this[key];
    },
    charts: {
      add(type: string) {
        const chart = { type, series: [] as string[] };
        charts.push(chart);
        const series = (seriesName?: string) => {
          const s = { name: seriesName, format: { line: {} }, setXAxisValues() {}, setValues() {} };
          return new Proxy(s, {
            set(target, property, value) {
              if (property === "name") chart.series.push(value);
              return Reflect.set(target, property, value);
            },
          });
        };
        return {
          title: {},
          axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
          series: { getItemAt: () => series(), add: (n: string) => series(n) },
          setPosition() {},
        };
      },
    },
  });
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: sheetNames.map((name) => ({ name })),
          active: sheet("Sheet1"),
          // Office.js loads "items/name"; the mock loads the items whole.
          load(this: OfficeMockObject) {
            OfficeMockObject.prototype.load.call(this, "items");
            return this;
          },
          getActiveWorksheet(this: { active: unknown }) {
            return this.active;
          },
          getItem(this: { active: unknown }) {
            return this.active;
          },
          add(this: Growable & { added: Growable }, name: string) {
            addedName = name;
            this.addMock("added");
            this.added.populate(sheet(name));
            return this.added;
          },
        },
        getSelectedRange(this: { worksheets: { active: { getRange(a: string): unknown } } }) {
          return this.worksheets.active.getRange(more.selected ?? "A1");
        },
        settings: {
          getItemOrNullObject(this: Growable & Record<string, unknown>, key: string) {
            const item = grow(this, `setting ${++created}`, {
              value: settings[key] ?? "",
              delete() {
                delete settings[key];
              },
            });
            return Object.assign(item as object, { isNullObject: !(key in settings) });
          },
          add(key: string, value: unknown) {
            settings[key] = value;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => unknown) {
      return callback(this.context);
    },
  }) as unknown as OfficeMockObject & { context: { sync(): Promise<void> } } & Workbook;
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    await sync();
  };
  return Object.assign(mock, {
    ranges,
    charts,
    settings,
    syncs: () => syncs,
    added: () => addedName,
  });
}

const minor = (version: string) => Number(version.split(".")[1]);

/** Office's requirement sets, as an Excel supporting ExcelApi up to `version` ("1.9") reports them. */
export function supportExcelApi(version: string): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (_: string, wanted: string) => minor(wanted) <= minor(version),
      },
    },
  };
}
