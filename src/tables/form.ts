import { CareError, Decimal, parseFigure, parseTerm, Term } from "../core";

/*
 * Builder forms as data: the fields a task pane shows, the values typed into them (always text,
 * as typed), and one reader that turns those values into checked inputs or inline messages.
 */

export interface TextField {
  readonly kind: "text";
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  /** Which on-screen keyboard suits it. */
  readonly inputMode?: "decimal" | "numeric" | "text";
  /** Shown beside the value, e.g. "£ per bed per week"; may follow another field, such as a basis. */
  readonly unit?: Unit;
}

/** A unit shown beside a value: fixed, or following the form's other values. */
export type Unit = string | ((values: FormValues) => string);

export function unitText(unit: Unit | undefined, values: FormValues): string | undefined {
  return typeof unit === "function" ? unit(values) : unit;
}

export interface ChoiceField {
  readonly kind: "choice";
  readonly key: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** An editable list, e.g. support levels or bidders: each row has the same columns. */
export interface RowsField {
  readonly kind: "rows";
  readonly key: string;
  readonly label: string;
  /** What one row is, e.g. "bidder". */
  readonly rowName: string;
  readonly columns: readonly {
    readonly label: string;
    readonly hint?: string;
    readonly unit?: Unit;
  }[];
  readonly minRows: number;
  readonly maxRows: number;
}

export type Field = TextField | ChoiceField | RowsField;

export type FormValues = Readonly<Record<string, string | readonly (readonly string[])[]>>;

/** Messages by field key; a list cell's key is "key.row.column" (0-based). */
export type FieldErrors = Readonly<Record<string, string>>;

export function cellKey(key: string, row: number, column: number): string {
  return `${key}.${row}.${column}`;
}

/** Reads typed text into numbers, collecting one message per field instead of stopping at the first. */
export class FormReader {
  private readonly messages: Record<string, string> = {};

  constructor(private readonly values: FormValues) {}

  get errors(): FieldErrors {
    return this.messages;
  }

  get ok(): boolean {
    return Object.keys(this.messages).length === 0;
  }

  /** Records a message for a field; the reader's results are then not to be used. */
  fail(key: string, message: string): void {
    this.messages[key] ??= message;
  }

  text(key: string): string {
    const value = this.values[key];
    return typeof value === "string" ? value.trim() : "";
  }

  rows(key: string): readonly (readonly string[])[] {
    const value = this.values[key];
    return typeof value === "string" || value === undefined
      ? []
      : value.map((row) => row.map((cell) => cell.trim()));
  }

  choice<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.text(key);
    const found = allowed.find((option) => option === value);
    if (found === undefined) {
      this.fail(key, `Choose one of: ${allowed.join(", ")}.`);
      return allowed[0];
    }
    return found;
  }

  /** Money or a plain number as people type it: "£184,308.80", "125400", "£5.49m". */
  amount(key: string, label: string, text = this.text(key), rule: Rule = "positive"): Decimal {
    if (text === "") {
      this.fail(key, `Enter ${label}.`);
      return ZERO;
    }
    const figure = parseFigure(text);
    if (!figure || figure.percent) {
      this.fail(key, `${capitalise(label)} must be a number, e.g. 125400 or £125,400.`);
      return ZERO;
    }
    return this.check(key, label, figure.value, rule);
  }

  /** A percentage typed as "7", "7%" or "3.5". */
  percent(key: string, label: string, text = this.text(key), max = 100): Decimal {
    const figure = parseFigure(text === "" ? "0" : text);
    if (
      !figure ||
      figure.value.lt(0) ||
      (figure.percent ? figure.value.mul(100) : figure.value).gt(max)
    ) {
      this.fail(key, `${capitalise(label)} must be a percentage from 0 to ${max}, e.g. 7 for 7%.`);
      return ZERO;
    }
    return figure.percent ? figure.value : figure.value.div(100);
  }

  /** A percentage that must be given, such as a target: blank is a message, not 0%. */
  requiredPercent(key: string, label: string): Decimal {
    if (this.text(key) === "") this.fail(key, `Enter ${label}, e.g. 90 for 90%.`);
    return this.percent(key, label);
  }

  whole(key: string, label: string, min: number, max: number, text = this.text(key)): number {
    const n = Number(text);
    if (text === "" || !Number.isInteger(n) || n < min || n > max) {
      this.fail(key, `${capitalise(label)} must be a whole number from ${min} to ${max}.`);
      return min;
    }
    return n;
  }

  /** A term with extensions, "4+2+2", in whole years. */
  term(key: string, label: string, maxYears = 50): Term {
    try {
      const term = parseTerm(this.text(key));
      if (!term.periods.every((p) => p.isInteger()) || term.maximumYears.gt(maxYears)) {
        this.fail(key, `${capitalise(label)} must be whole years, at most ${maxYears} in all.`);
      }
      return term;
    } catch (error) {
      this.fail(key, messageOf(error));
      return parseTerm("1");
    }
  }

  private check(key: string, label: string, value: Decimal, rule: Rule): Decimal {
    if (rule === "positive" && value.lte(0))
      this.fail(key, `${capitalise(label)} must be above 0.`);
    if (rule === "zeroOrMore" && value.lt(0))
      this.fail(key, `${capitalise(label)} cannot be negative.`);
    return value;
  }
}

type Rule = "positive" | "zeroOrMore" | "any";

const ZERO = new Decimal(0);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message of an error the core raised, which already says what to change. */
export function messageOf(error: unknown): string {
  if (error instanceof CareError)
    return error.message.charAt(0).toUpperCase() + error.message.slice(1);
  return error instanceof Error ? error.message : String(error);
}

/** What a form reports when the user edits one field, or replaces all the values. */
export type FieldChange = (key: string, value: FormValues[string]) => void;
export type FormChange = (values: FormValues) => void;

/** "1 score", "3 scores": a count in words a reader expects. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
