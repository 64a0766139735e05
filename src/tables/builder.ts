import { ChartData, ChartPoint, chartWithPoints } from "./chart";
import type { PreviewTable } from "./display";

export type PreviewBody = Omit<PreviewTable, "title" | "unitsNote">;
import { Field, FieldErrors, FormReader, FormValues, messageOf } from "./form";
import type { TablePlan } from "./plan";

/** Choices every table shares: its number in the report and whether money shows pence. */
export interface TableStyle {
  readonly tableNumber: number;
  readonly pence: boolean;
}

export type BuildResult =
  | {
      readonly ok: true;
      readonly preview: PreviewTable;
      readonly plan: TablePlan;
      /** The chart the table inserts, with the points the core computed. */
      readonly chart?: ChartData;
      /** Inputs that are valid but unlikely to be meant (a 35% discount rate): said before insert. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: FieldErrors };

/** One builder as the task pane sees it: a form, and from its values a preview and a plan. */
export interface TableBuilder {
  readonly id: string;
  /** The tab's name, in users' words. */
  readonly name: string;
  readonly description: string;
  readonly fields: readonly Field[];
  readonly defaults: FormValues;
  build(values: FormValues): BuildResult;
  /** The form after the user sets `key` to `value`: usually just that, but e.g. a new basis converts the prices. */
  change(values: FormValues, key: string, value: FormValues[string]): FormValues;
}

/** How a builder module describes itself: reading its own inputs, then previewing and laying out. */
export interface BuilderDefinition<Inputs> {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly fields: readonly Field[];
  readonly defaults: FormValues;
  read(form: FormReader): Inputs;
  /** The preview's columns and rows; its title and units note are the plan's. */
  preview(inputs: Inputs, style: TableStyle): PreviewBody;
  plan(inputs: Inputs, style: TableStyle): TablePlan;
  /** The points of each of the plan's chart series, from the core, as the sheet will compute them. */
  chartPoints?(inputs: Inputs): ChartPoint[][];
  /** Other fields that follow a change, e.g. prices converted when the basis changes. */
  revise?(values: FormValues, key: string, value: FormValues[string]): FormValues | undefined;
  /** What looks like a slip of units or a typo, in words that say what to check. */
  warnings?(inputs: Inputs): string[];
}

const STYLE_FIELDS: readonly Field[] = [
  { kind: "text", key: "tableNumber", label: "Table number in the report", inputMode: "numeric" },
  {
    kind: "choice",
    key: "pence",
    label: "Money shown",
    options: [
      { value: "pounds", label: "Whole pounds (£#,##0)" },
      { value: "pence", label: "Pounds and pence (£#,##0.00)" },
    ],
  },
];

/** The key of a message that belongs to no single field. */
export const FORM_ERROR = "";

export function defineBuilder<Inputs>(
  definition: BuilderDefinition<Inputs>,
  defaultStyle: { tableNumber: number; pence: boolean }
): TableBuilder {
  return {
    id: definition.id,
    name: definition.name,
    description: definition.description,
    fields: [...definition.fields, ...STYLE_FIELDS],
    defaults: {
      ...definition.defaults,
      tableNumber: String(defaultStyle.tableNumber),
      pence: defaultStyle.pence ? "pence" : "pounds",
    },
    change(values, key, value) {
      return definition.revise?.(values, key, value) ?? { ...values, [key]: value };
    },
    build(values) {
      const form = new FormReader(values);
      const inputs = definition.read(form);
      const style: TableStyle = {
        tableNumber: form.whole("tableNumber", "the table number", 1, 999),
        pence: form.choice("pence", ["pounds", "pence"]) === "pence",
      };
      if (!form.ok) return { ok: false, errors: form.errors };
      try {
        const plan = definition.plan(inputs, style);
        const preview = {
          title: plan.title,
          unitsNote: plan.unitsNote,
          ...definition.preview(inputs, style),
        };
        const points = plan.chart && definition.chartPoints?.(inputs);
        return {
          ok: true,
          preview,
          plan,
          ...(plan.chart && points && { chart: chartWithPoints(plan.chart, points) }),
          warnings: definition.warnings?.(inputs) ?? [],
        };
      } catch (error) {
        // The core refuses combinations no single field shows, e.g. more occupied beds than beds.
        return { ok: false, errors: { [FORM_ERROR]: messageOf(error) } };
      }
    },
  };
}
